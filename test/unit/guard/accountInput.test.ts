import { describe, expect, it } from 'vitest';
import { sameMarket, withAccount } from '../../../src/guard/accountInput';
import { assess, riskInputSchema, type RiskInput } from '../../../src/risk';
import type { AccountReading, PositionRow } from '../../../src/venues/account';

const ticket: RiskInput = riskInputSchema.parse({
  venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'short', orderType: 'limit', price: 62000, markPrice: 62000,
  size: { value: 0.3, unit: 'base' }, leverage: 20, marginMode: 'cross', balance: 12500,
});
const read = (rows: PositionRow[], extra: Partial<AccountReading> = {}): AccountReading => ({
  positions: { kind: 'read', rows, source: 'test' },
  ...extra,
});

describe('a positions-panel row and the ticket’s market', () => {
  it.each([
    ['BTCUSDT', 'BTCUSDT'],
    ['BTCUSDT Perp', 'BTCUSDT'],
    ['BTC-USDT-SWAP', 'BTC-USDT-SWAP'],
    ['BTC', 'BTC-USD'],
    ['ETH-USD', 'ETH'],
  ])('%s is the market of a %s ticket', (row, symbol) => expect(sameMarket(row, symbol)).toBe(true));
  it.each([
    ['ETHUSDT', 'BTCUSDT'],
    ['BTCUSDC', 'BTCUSDT'],
    ['BTCDOM', 'BTC'],
  ])('%s is not the market of a %s ticket', (row, symbol) => expect(sameMarket(row, symbol)).toBe(false));
});

describe('the ticket on the account', () => {
  it('a long held in the ticket’s market becomes the position the order reduces; the others weigh in cross', () => {
    const input = withAccount(ticket, read([
      { symbol: 'BTCUSDT', side: 'long', size: 0.5, entryPrice: 60000, markPrice: 62000, marginMode: 'cross' },
      { symbol: 'ETHUSDT', side: 'long', size: 2, entryPrice: 3000, markPrice: 3050, marginMode: 'cross' },
    ], { equity: 15000 }));
    const report = assess(riskInputSchema.parse(input));
    expect(report.positionChange).toEqual({ kind: 'reduces', side: 'long', closes: 0.3, held: 0.5 });
    expect(report.accountLeverageCovers).toBe('allPositions');
    // 0.2 BTC left at 62,000 plus 2 ETH at 3,050 over the 15,000 margin balance.
    expect(report.accountLeverage).toBeCloseTo((0.2 * 62000 + 2 * 3050) / 15000, 12);
  });

  it('positions that were not read leave the ticket alone: account leverage covers this symbol only, and a margin balance is not used without them', () => {
    const input = withAccount(ticket, { positions: { kind: 'unknown', why: 'collapsed', detail: 'folded' }, equity: 99999, fundingRate: 0.0003 });
    expect(input.otherPositions).toBeUndefined();
    expect(input.position).toBeUndefined();
    expect(input.equity).toBeUndefined();
    expect(input.fundingRate).toBe(0.0003);
    expect(assess(riskInputSchema.parse(input)).accountLeverageCovers).toBe('thisSymbol');
  });

  it('two rows of the ticket’s market (hedge mode) are not folded into one guessed position', () => {
    const input = withAccount(ticket, read([
      { symbol: 'BTCUSDT', side: 'long', size: 0.5, entryPrice: 60000, markPrice: 62000 },
      { symbol: 'BTCUSDT', side: 'short', size: 0.2, entryPrice: 61000, markPrice: 62000 },
    ]));
    expect(input.position).toBeUndefined();
    expect(input.otherPositions).toBeUndefined();
  });

  it('the page’s maximum leverage and the funding rate reach the risk core', () => {
    const input = withAccount({ ...ticket, venue: 'hyperliquid', symbol: 'SOL' }, { positions: { kind: 'read', rows: [], source: 't' }, maxLeverage: 20, fundingRate: 0.0000125, fundingIntervalHours: 1 });
    expect(input).toMatchObject({ pageMaxLeverage: 20, fundingRate: 0.0000125, fundingIntervalHours: 1, otherPositions: [] });
  });
});
