import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, type RiskInput } from '@/src/risk';
import { sizingReason } from '@/src/risk/sizing';
import { warningMessage } from '@/src/risk/warningText';

const base: RiskInput = {
  venue: 'binance-usdm',
  symbol: 'BTCUSDT',
  side: 'long',
  orderType: 'limit',
  price: 100,
  markPrice: 100,
  size: { value: 1, unit: 'base' },
  leverage: 2,
  marginMode: 'cross',
  balance: 10_000,
  feeRate: 0,
  riskPerTrade: 0.01,
};

describe('risk-based sizing', () => {
  it('risks exactly the budget at the stop (hand-derived: 1 % of 10,000 over a 5-point stop = 20 coins)', () => {
    const r = assess({ ...base, stopLoss: 95 });
    expect(r.sizeForRisk?.base).toBeCloseTo(20, 9);
    expect(r.sizeForRisk?.quote).toBeCloseTo(2000, 6);
  });

  it('counts the taker fee to open and to close (1,000-point stop at 0.05 %: 100 / 1,049.5 BTC)', () => {
    const r = assess({ ...base, price: 50_000, markPrice: 50_000, stopLoss: 49_000, feeRate: 0.0005 });
    expect(r.sizeForRisk?.base).toBeCloseTo(100 / 1049.5, 9);
  });

  it('says why it cannot size: no stop, or a stop on the wrong side', () => {
    expect(assess(base).sizeForRisk).toBeNull();
    expect(sizingReason(assess(base).sizeForRiskWhy!)).toMatch(/stop loss/);
    const wrong = assess({ ...base, stopLoss: 105 });
    expect(wrong.sizeForRisk).toBeNull();
    expect(sizingReason(wrong.sizeForRiskWhy!)).toMatch(/below the entry/);
  });

  it('an order of the suggested size loses the risk budget at its stop, on linear and inverse venues', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('binance-usdm', 'bybit-linear', 'hyperliquid', 'binance-coinm', 'bybit-inverse') as fc.Arbitrary<RiskInput['venue']>,
        fc.constantFrom('long', 'short') as fc.Arbitrary<'long' | 'short'>,
        fc.double({ min: 1_000, max: 100_000, noNaN: true }),
        fc.double({ min: 0.002, max: 0.05, noNaN: true }),
        fc.double({ min: 0.001, max: 0.03, noNaN: true }),
        (venue, side, entry, stopDistance, risk) => {
          const symbol = venue.includes('coinm') || venue.includes('inverse') ? 'BTCUSD' : venue === 'hyperliquid' ? 'BTC' : 'BTCUSDT';
          const balance = symbol === 'BTCUSD' ? 10 : 100_000;
          const stopLoss = side === 'long' ? entry * (1 - stopDistance) : entry * (1 + stopDistance);
          const input: RiskInput = { ...base, venue, symbol, side, price: entry, markPrice: entry, balance, stopLoss, riskPerTrade: risk, leverage: 1, feeRate: 0.0004 };
          const sized = assess(input).sizeForRisk!;
          const placed = assess({ ...input, size: { value: sized.base, unit: 'base' } });
          expect(placed.lossAtStopFraction!).toBeCloseTo(risk, 9);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('a stop loss beyond the liquidation price is a danger warning, with or without limits', () => {
    // Isolated long 1 BTC at 100,000, 10×: liquidation near 90,400, so a stop at 88,000 never triggers.
    const r = assess({ ...base, price: 100_000, markPrice: 100_000, leverage: 10, marginMode: 'isolated', stopLoss: 88_000 });
    const w = r.warnings.find((x) => x.code === 'stopPastLiquidation');
    expect(w?.severity).toBe('danger');
    expect(r.severity).toBe('danger');
    expect(warningMessage(w!)).toMatch(/88,000/);
  });
});
