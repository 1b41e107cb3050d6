import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/src/background';
import { assessOnAccount } from '@/src/background/accountAssessment';
import type { RiskReport } from '@/src/risk';

const input = {
  venue: 'hyperliquid', symbol: 'SOL', side: 'long', orderType: 'market', markPrice: 150, size: { value: 100, unit: 'base' }, leverage: 10,
  marginMode: 'cross', balance: 5000, equity: 5000, otherPositions: [{ symbol: 'ETH', side: 'short', size: 1, entryPrice: 3000, markPrice: 3100 }], pageMaxLeverage: 20,
};

describe('the ticket assessed on the account, in the background', () => {
  it('counts the other positions, and the page’s maximum leverage sets Hyperliquid’s maintenance rate (SOL at 20×: 2.5 %)', () => {
    const [report] = assessOnAccount([input]);
    expect(report?.accountLeverageCovers).toBe('allPositions');
    // 100 SOL at 150 and 1 ETH at 3,100 over 5,000 of equity.
    expect(report?.accountLeverage).toBeCloseTo((15000 + 3100) / 5000, 12);
    expect(report?.maintenanceMarginRate).toBeCloseTo(1 / (2 * 20), 12);
  });

  it('an input a page could have bent (a negative size, a string price) gets null, and the others still their report', () => {
    const reports = assessOnAccount([{ ...input, size: { value: -1, unit: 'base' } }, { ...input, markPrice: '150' }]);
    expect(reports).toEqual([null, null]);
    expect(assessOnAccount([{ ...input, venue: 'nowhere' }, input]).map((r) => r === null)).toEqual([true, false]);
  });

  it('answers a content script’s lg:assess-account message, and refuses more than two inputs', async () => {
    fakeBrowser.reset();
    startBackground();
    const url = 'https://app.hyperliquid.xyz/trade/SOL';
    const ask = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, url, tab: { id: 3, url } as never }, () => undefined);
    const [answer] = (await ask({ type: 'lg:assess-account', inputs: [input] })) as unknown as [(RiskReport | null)[]];
    expect(answer[0]?.accountLeverageCovers).toBe('allPositions');
    expect(await ask({ type: 'lg:assess-account', inputs: [input, input, input] })).toEqual([undefined]);
  });
});
