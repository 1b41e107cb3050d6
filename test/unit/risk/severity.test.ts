import { describe, expect, it } from 'vitest';
import { assess, SEVERITY_ORDER, worstSeverity, type RiskInput } from '../../../src/risk';
import { checkLimits, type LimitFacts } from '../../../src/risk/limits';
import type { RiskWarning } from '../../../src/risk/types';
import { liquidationReason } from '../../../src/risk/liquidationReason';
import { warningMessage } from '../../../src/risk/warningText';

// 0.1 BTC long at 50,000, 5x isolated on Binance: liquidation far away (≈ 20 % below), account leverage 0.5×.
const ticket = (o: Partial<RiskInput> = {}): RiskInput =>
  ({
    venue: 'binance-usdm',
    symbol: 'BTCUSDT',
    side: 'long',
    orderType: 'limit',
    price: 50_000,
    markPrice: 50_000,
    size: { value: 0.1, unit: 'base' },
    leverage: 5,
    marginMode: 'isolated',
    balance: 10_000,
    ...o,
  }) as RiskInput;

const limits = { maxLeverage: 10, minLiquidationDistance: 0.05, maxAccountLeverage: 5, maxLossAtStop: 0.02, hard: [] as never[] };

const facts = (f: Partial<LimitFacts>): LimitFacts => ({
  side: 'long',
  positionLeverage: null,
  accountLeverage: null,
  noEquity: false,
  markPrice: null,
  liquidationPrice: null,
  immediate: false,
  neverLiquidated: false,
  stopLoss: null,
  lossAtStopFraction: null,
  stopPastLiquidation: false,
  hasPosition: true,
  ...f,
});

describe('severity order', () => {
  it('ranks unknown above caution and below danger', () => {
    expect(SEVERITY_ORDER).toEqual(['safe', 'caution', 'unknown', 'danger', 'blocked']);
    expect(worstSeverity('safe', 'caution')).toBe('caution');
    expect(worstSeverity('caution', 'unknown')).toBe('unknown');
    expect(worstSeverity(['unknown', 'danger'])).toBe('danger');
    expect(worstSeverity('blocked', ['safe'])).toBe('blocked');
    expect(worstSeverity()).toBe('safe');
  });
});

describe('verdicts', () => {
  it('safe within every limit, with every input', () => {
    const r = assess(ticket({ stopLoss: 49_000, limits }));
    expect(r.missing).toEqual([]);
    expect(r.severity).toBe('safe');
  });

  it('safe without limits when every number is known', () => {
    const r = assess(ticket());
    expect(r.severity).toBe('safe');
    expect(r.warnings).toEqual([]);
  });

  it('unknown when the balance is missing (cross): no liquidation price, never safe', () => {
    const r = assess(ticket({ marginMode: 'cross', balance: null, limits }));
    expect(r.missing).toContain('balance');
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toMatch(/balance/);
    expect(r.severity).toBe('unknown');
    expect(r.warnings.some((w) => w.code === 'missingInput' && w.severity === 'unknown')).toBe(true);
  });

  it('unknown when the balance is missing even without limits', () => {
    expect(assess(ticket({ balance: undefined })).severity).toBe('unknown');
  });

  it('unknown for a market order without a mark price; the entry is not invented', () => {
    const r = assess(ticket({ orderType: 'market', price: null, markPrice: null, limits }));
    expect(r.missing).toContain('markPrice');
    expect(r.entryPrice).toBeNull();
    expect(r.liquidationPrice).toBeNull();
    expect(r.severity).toBe('unknown');
  });

  it('lists every field the ticket lacks', () => {
    const r = assess({ venue: 'hyperliquid', side: 'short', size: { value: 1, unit: 'base' } } as RiskInput);
    expect(r.missing.sort()).toEqual(['balance', 'leverage', 'marginMode', 'markPrice', 'orderType', 'symbol'].sort());
    expect(r.severity).toBe('unknown');
    expect(r.liquidationPrice).toBeNull();
  });

  it('danger above maxLeverage, in the trader’s words', () => {
    const r = assess(ticket({ leverage: 25, limits }));
    const w = r.warnings.find((x) => x.code === 'maxLeverage')!;
    expect(w.severity).toBe('danger');
    expect(warningMessage(w)).toBe('Leverage 25× is above your maximum of 10×');
    expect(r.severity).toBe('danger');
  });

  it('blocked when the broken limit is hard', () => {
    const r = assess(ticket({ leverage: 25, limits: { ...limits, hard: ['maxLeverage'] } }));
    expect(r.warnings.find((x) => x.code === 'maxLeverage')!.severity).toBe('blocked');
    expect(r.severity).toBe('blocked');
  });

  it('a hard limit that is not broken does not block', () => {
    expect(assess(ticket({ leverage: 5, limits: { ...limits, hard: ['maxLeverage'] } })).severity).toBe('safe');
  });

  it('caution at 85 % of maxLeverage', () => {
    const r = assess(ticket({ leverage: 8.5, limits }));
    const w = r.warnings.find((x) => x.code === 'maxLeverage')!;
    expect(w.severity).toBe('caution');
    expect(r.severity).toBe('caution');
  });

  it('a known breach outranks a missing input', () => {
    const r = assess(ticket({ leverage: 25, balance: null, limits }));
    expect(r.severity).toBe('danger');
  });

  it('danger when the liquidation is already past the mark (no limits needed)', () => {
    // Cross long with almost no collateral: liquidation above the current mark.
    const r = assess(ticket({ marginMode: 'cross', balance: 0, equity: 1 }));
    expect(r.liquidationPrice!).toBeGreaterThan(50_000);
    expect(r.severity).toBe('danger');
  });

  it('danger when the stop loses more than the maximum share of equity', () => {
    // 0.1 BTC, stop 5,000 below entry: ≈ 500 USDT of 10,000 = 5 % > 2 %.
    const r = assess(ticket({ stopLoss: 45_000, limits }));
    const w = r.warnings.find((x) => x.code === 'maxLossAtStop')!;
    expect(w.severity).toBe('danger');
    expect(r.lossAtStopFraction!).toBeGreaterThan(0.05);
    expect(r.lossAtStopFraction!).toBeLessThan(0.052);
  });
});

describe('limit checks (liquidation distance, account leverage, loss)', () => {
  const run = (lim: Parameters<typeof checkLimits>[0], f: Partial<LimitFacts>): RiskWarning[] => {
    const out: RiskWarning[] = [];
    checkLimits(lim, facts(f), out);
    return out;
  };

  it('states the distance the way a trader reads it', () => {
    const [w] = run({ minLiquidationDistance: 0.05 }, { markPrice: 50_000, liquidationPrice: 48_550 });
    expect(w).toEqual({
      code: 'minLiquidationDistance',
      severity: 'danger',
      params: { form: 'below', distance: 0.029, min: 0.05, liquidation: 48_550, mark: 50_000 },
    });
    expect(warningMessage(w!)).toBe('Liquidation is 2.9% below the mark price; your minimum is 5%');
  });

  it('caution at 85 % of the minimum distance (distance = 5 % / 0.85)', () => {
    const [w] = run({ minLiquidationDistance: 0.05 }, { markPrice: 100, liquidationPrice: 100 * (1 - 0.05 / 0.85) });
    expect(w!.severity).toBe('caution');
  });

  it('nothing below 80 % of a limit', () => {
    expect(run({ minLiquidationDistance: 0.05 }, { markPrice: 100, liquidationPrice: 90 })).toEqual([]);
    expect(run({ maxAccountLeverage: 5 }, { accountLeverage: 3.9 })).toEqual([]);
  });

  it('caution at 85 % of max account leverage, danger above it, blocked when hard', () => {
    expect(run({ maxAccountLeverage: 10 }, { accountLeverage: 8.5 })[0]!.severity).toBe('caution');
    expect(warningMessage(run({ maxAccountLeverage: 10 }, { accountLeverage: 12 })[0]!)).toBe('Account leverage 12× is above your maximum of 10×');
    expect(run({ maxAccountLeverage: 10, hard: ['maxAccountLeverage'] }, { accountLeverage: 12 })[0]!.severity).toBe('blocked');
  });

  it('caution at 85 % of the maximum loss at the stop', () => {
    expect(run({ maxLossAtStop: 0.02 }, { stopLoss: 49_000, lossAtStopFraction: 0.017 })[0]!.severity).toBe('caution');
  });

  it('a short whose liquidation is above the mark reads "above"', () => {
    const [w] = run({ minLiquidationDistance: 0.1 }, { side: 'short', markPrice: 100, liquidationPrice: 104 });
    expect(warningMessage(w!)).toBe('Liquidation is 4.0% above the mark price; your minimum is 10%');
  });

  it('a position that can never be liquidated meets any minimum distance', () => {
    expect(run({ minLiquidationDistance: 0.5 }, { neverLiquidated: true, markPrice: 100 })).toEqual([]);
  });

  it('immediate liquidation breaks the minimum distance', () => {
    expect(run({ minLiquidationDistance: 0.01, hard: ['minLiquidationDistance'] }, { immediate: true, markPrice: 100, liquidationPrice: 101 })[0]!.severity).toBe('blocked');
  });
});

describe('robustness for callers that skip the schema', () => {
  it('a ticket without a size is unknown, not an exception', () => {
    const r = assess({ ...ticket({ limits }), size: undefined } as unknown as RiskInput);
    expect(r.missing).toContain('size');
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toMatch(/order size/);
    expect(r.severity).toBe('unknown');
  });
});
