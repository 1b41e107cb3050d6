// Orders that add to, reduce or flip an existing position; hand-worked expectations.
import { describe, expect, it } from 'vitest';
import { assess, type RiskInput } from '../../../src/risk';
import { liquidationReason } from '../../../src/risk/liquidationReason';

const linear = (o: Partial<RiskInput>): RiskInput =>
  ({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'limit', price: 200, markPrice: 200, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 10_000, ...o }) as RiskInput;

describe('resulting position', () => {
  it('adding to a linear long averages the entry by size', () => {
    const r = assess(linear({ position: { side: 'long', size: 1, entryPrice: 100, margin: 10 } }));
    expect(r.resultingPosition).toEqual({ side: 'long', size: 2, entryPrice: 150 });
    // Isolated margin: 10 already in the position + 200/10 for the order.
    expect(r.collateral).toBeCloseTo(30, 12);
    // Liquidation of 2 BTC @150 with 30 USDT at 0.4 %: 2P − 300 + 30 = 0.008P ⇒ P = 270/1.992.
    expect(r.liquidationPrice).toBeCloseTo(270 / 1.992, 9);
  });

  it('adding to an inverse position averages by contracts (harmonic mean of prices)', () => {
    const r = assess({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', side: 'long', orderType: 'limit', price: 200, markPrice: 200, size: { value: 1, unit: 'contracts' }, leverage: 10, marginMode: 'cross', balance: 1, position: { side: 'long', size: 1, entryPrice: 100 } } as RiskInput);
    // 100 USD at 100 (1 BTC) + 100 USD at 200 (0.5 BTC): 200 USD for 1.5 BTC ⇒ entry 133.33.
    expect(r.resultingPosition!.entryPrice).toBeCloseTo(200 / 1.5, 9);
    expect(r.resultingPosition!.size).toBeCloseTo(1.5, 12);
    expect(r.marginAsset).toBe('BTC');
  });

  it('reducing keeps the old entry and releases margin pro rata', () => {
    const r = assess(linear({ side: 'short', size: { value: 0.5, unit: 'base' }, position: { side: 'long', size: 2, entryPrice: 100, margin: 20 } }));
    expect(r.resultingPosition).toEqual({ side: 'long', size: 1.5, entryPrice: 100 });
    expect(r.collateral).toBeCloseTo(15, 12);
  });

  it('an order larger than the position flips it at the order price', () => {
    const r = assess(linear({ side: 'short', price: 110, markPrice: 110, size: { value: 3, unit: 'base' }, position: { side: 'long', size: 1, entryPrice: 100, margin: 10 } }));
    expect(r.resultingPosition).toEqual({ side: 'short', size: 2, entryPrice: 110 });
    // Margin for the 2 BTC that open the short: 2 × 110 / 10.
    expect(r.collateral).toBeCloseTo(22, 12);
    expect(r.liquidationPrice!).toBeGreaterThan(110);
  });

  it('closing exactly leaves nothing to liquidate', () => {
    const r = assess(linear({ side: 'short', size: { value: 1, unit: 'base' }, position: { side: 'long', size: 1, entryPrice: 100, margin: 10 } }));
    expect(r.resultingPosition).toBeNull();
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toMatch(/closes the position/);
  });

  it('cross: the existing position’s unrealized PnL is not counted twice, realized PnL is kept', () => {
    // Equity 1,100 = wallet 1,000 + uPnL 100 of 1 BTC long from 100 at mark 200. Closing half at 200 realizes 50.
    const r = assess(linear({ side: 'short', orderType: 'market', price: null, size: { value: 0.5, unit: 'base' }, marginMode: 'cross', equity: 1_100, position: { side: 'long', size: 1, entryPrice: 100 } }));
    expect(r.collateral).toBeCloseTo(1_000 + 50, 9);
    // 0.5 BTC long @100 with 1,050: 1,050 + 0.5(P − 100) = 0.002P ⇒ P < 0 ⇒ never liquidated.
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toMatch(/No liquidation price/);
  });

  it('a short with enough collateral in coin can never be liquidated (inverse)', () => {
    const r = assess({ venue: 'bybit-inverse', symbol: 'BTCUSD', side: 'short', orderType: 'limit', price: 50_000, markPrice: 50_000, size: { value: 50_000, unit: 'contracts' }, leverage: 1, marginMode: 'cross', balance: 1.1 } as RiskInput);
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toMatch(/covers any rise/);
  });

  it('market orders take the mark price as entry; limit orders their price', () => {
    expect(assess(linear({ orderType: 'market', price: 150 })).entryPrice).toBe(200);
    expect(assess(linear({ orderType: 'limit', price: 150 })).entryPrice).toBe(150);
  });

  it('margin amounts are in the coin for inverse contracts', () => {
    const r = assess({ venue: 'bitmex', symbol: 'XBTUSD', side: 'long', orderType: 'limit', price: 50_000, markPrice: 50_000, size: { value: 10_000, unit: 'contracts' }, leverage: 10, marginMode: 'isolated', balance: 1 } as RiskInput);
    expect(r.notional).toBeCloseTo(0.2, 12);
    expect(r.initialMargin).toBeCloseTo(0.02, 12);
    expect(r.notionalQuote).toBe(10_000);
  });
});
