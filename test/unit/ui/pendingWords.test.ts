import { afterEach, describe, expect, it, vi } from 'vitest';
import { appliesAtWords, describePending } from '@/src/ui/popup/words';
import { useMessages } from './messages';

// The pending changes as the popup and the options page word them (English, the default locale).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2 April 2026, 13:05 local time (tests read and write local times the same way, whatever the time zone). */
const T0 = new Date(2026, 3, 2, 13, 5).getTime();

describe('words', () => {
  it('describes each pending change', () => {
    const t = { requestedAt: T0, appliesAt: T0 + HOUR };
    expect(describePending({ field: 'limit', site: null, key: 'maxLeverage', value: 25, ...t })).toBe('Max leverage 25×');
    expect(describePending({ field: 'limit', site: 'hyperliquid', key: 'minLiquidationDistance', value: 0.03, ...t })).toBe(
      'Min distance to liquidation 3% on Hyperliquid',
    );
    expect(describePending({ field: 'limit', site: 'demo', key: 'riskPerTrade', value: null, ...t })).toBe('Risk per trade on Demo exchange: same as all sites');
    expect(describePending({ field: 'hard', key: 'maxLossAtStop', value: false, ...t })).toBe('Max loss at stop no longer a hard limit');
    expect(describePending({ field: 'guard', site: 'binance-usdm', value: 'warn', ...t })).toBe('Guard mode Warn on Binance USDⓈ-M Futures');
    expect(describePending({ field: 'enabled', site: 'demo', value: false, ...t })).toBe('Leverage Guard off on Demo exchange');
    expect(describePending({ field: 'coolDown', value: '1h', ...t })).toBe('Cool-down 1 hour');
  });

  it('says when, in local time', () => {
    expect(appliesAtWords(T0 + HOUR, T0)).toBe('14:05 today');
    expect(appliesAtWords(T0 + DAY, T0)).toBe('13:05 tomorrow');
    expect(appliesAtWords(new Date(2026, 3, 3, 0, 7).getTime(), new Date(2026, 3, 2, 23, 30).getTime())).toBe('00:07 tomorrow');
    expect(appliesAtWords(new Date(2026, 3, 5, 13, 5).getTime(), T0)).toBe('Apr 5, 13:05');
  });

  it('says when in the browser’s language, with its own words for today and tomorrow', () => {
    useMessages('ru');
    vi.stubGlobal('navigator', { language: 'ru' });
    expect(appliesAtWords(new Date(2026, 3, 5, 13, 5).getTime(), T0)).toBe('5 апр., 13:05');
    expect(appliesAtWords(T0 + DAY, T0)).not.toContain('tomorrow');
  });
});

afterEach(() => {
  useMessages();
  vi.unstubAllGlobals();
});
