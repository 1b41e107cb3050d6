// GMX v2: collateral-based liquidation, the official UI's formula (gmx-interface `getLiquidationPrice`).
// GMX-1 is a vector derived from that formula; the rest are derived by hand from the cited formulas (each
// test shows its arithmetic).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures';
import { assess, riskInputSchema, type RiskInput } from '../../../src/risk';
import { GMX_DEFAULTS } from '../../../src/risk/venues/gmx';
import { liquidationReason } from '../../../src/risk/liquidationReason';

/** Worked examples hold to 1e-9 (relative): they are exact arithmetic on the cited figures. */
const close = (actual: number | null | undefined, expected: number, tol = 1e-9) => expectClose(actual, expected, tol);

const gmxOrder = (o: Partial<RiskInput>): RiskInput =>
  ({
    venue: 'gmx',
    symbol: 'ETH/USD',
    side: 'long',
    orderType: 'limit',
    price: 2_000,
    markPrice: 2_000,
    size: { value: 10_000, unit: 'quote' },
    leverage: 10,
    marginMode: 'isolated',
    balance: 5_000,
    ...o,
  }) as RiskInput;

describe('GMX v2', () => {
  it('GMX-1 (derived, §11): long 5 ETH, size 10,000 USD, 1,000 USDC collateral, 0.5 %, no fees → 1,810; short → 2,190', () => {
    const noFees = { positionFeeRate: 0 };
    const long = assess(gmxOrder({ gmx: noFees }));
    close(long.liquidationPrice, 1_810);
    expect(long.collateral).toBe(1_000);
    expect(long.maintenanceMargin).toBe(50); // max(10,000 × 0.005, 1)
    expect(long.marginAsset).toBe('USD');
    close(assess(gmxOrder({ side: 'short', gmx: noFees })).liquidationPrice, 2_190);
  });

  it('GMX-1 again with the collateral stated in USD instead of implied by the leverage', () => {
    const r = assess(gmxOrder({ leverage: 25, gmx: { collateralUsd: 1_000, positionFeeRate: 0 } }));
    close(r.liquidationPrice, 1_810);
    expect(r.collateral).toBe(1_000);
    expect(r.initialMargin).toBe(400); // the ticket's leverage still sets the order's margin figure
  });

  it('the closing fee (default 0.06 %), pending fees and a negative price impact raise the requirement', () => {
    // R = 50 + 10,000 × 0.0006 = 56 → 2,000 − (1,000 − 56)/5 = 1,811.2
    const fee = assess(gmxOrder({}));
    expect(fee.feeRate).toBe(GMX_DEFAULTS.positionFeeRate);
    close(fee.maintenanceMargin, 56);
    close(fee.liquidationPrice, 1_811.2);
    close(fee.fee, 6); // the opening position fee of the order
    // + pending 20, impact −30: R = 106 → 2,000 − 894/5 = 1,821.2; short 2,000 + 894/5 = 2,178.8
    const g = { pendingFeesUsd: 20, priceImpactUsd: -30 };
    close(assess(gmxOrder({ gmx: g })).liquidationPrice, 1_821.2);
    close(assess(gmxOrder({ side: 'short', gmx: g })).liquidationPrice, 2_178.8);
    // The market caps the impact used for liquidation (factor 0 on most markets: ignored): R = 76 → 1,815.2
    close(assess(gmxOrder({ gmx: { ...g, maxPositionImpactFactorForLiquidations: 0 } })).liquidationPrice, 1_815.2);
    // 0.1 % cap → −10: R = 86 → 1,817.2
    close(assess(gmxOrder({ gmx: { ...g, maxPositionImpactFactorForLiquidations: 0.001 } })).liquidationPrice, 1_817.2);
    // A positive impact is ignored, as the UI does.
    close(assess(gmxOrder({ gmx: { priceImpactUsd: 500 } })).liquidationPrice, 1_811.2);
  });

  it('the collateral floor is minCollateralUsd for small positions', () => {
    // 100 USD at 10x: collateral 10, R = max(0.5, 1) + 0.06 = 1.06 → 2,000 − (10 − 1.06)/0.05 = 1,821.2
    const r = assess(gmxOrder({ size: { value: 100, unit: 'quote' } }));
    close(r.maintenanceMargin, 1.06);
    close(r.liquidationPrice, 1_821.2);
    // a stated floor of 5 USD: R = 5.06 → 2,000 − 4.94/0.05 = 1,901.2
    close(assess(gmxOrder({ size: { value: 100, unit: 'quote' }, gmx: { minCollateralUsd: 5 } })).liquidationPrice, 1_901.2);
  });

  it('per-market factor: the tier file (BTC/ETH 0.5 %, others 1 %) or the input', () => {
    expect(assess(gmxOrder({ symbol: 'BTC/USD', gmx: { positionFeeRate: 0 } })).maintenanceMargin).toBe(50);
    expect(assess(gmxOrder({ symbol: 'DOGE/USD', gmx: { positionFeeRate: 0 } })).maintenanceMargin).toBe(100);
    expect(assess(gmxOrder({ gmx: { positionFeeRate: 0, minCollateralFactor: 0.02 } })).maintenanceMargin).toBe(200);
  });

  it('collateral in the index token (ETH collateral on ETH/USD), UI formula', () => {
    // 0.5 ETH collateral (1,000 USD at 2,000), R = 50: long (10,000 + 50)/(5 + 0.5) = 1,827.27…; short (10,000 − 50)/(5 − 0.5) = 2,211.11…
    const g = { collateralIsIndexToken: true, positionFeeRate: 0 };
    close(assess(gmxOrder({ gmx: g })).liquidationPrice, 10_050 / 5.5);
    close(assess(gmxOrder({ side: 'short', gmx: g })).liquidationPrice, 9_950 / 4.5);
    // Stated token amount: 1 ETH → long 10,050/6 = 1,675
    close(assess(gmxOrder({ gmx: { collateralTokens: 1, positionFeeRate: 0 } })).liquidationPrice, 1_675);
    // A short whose ETH collateral outweighs it (5 ETH short, 6 ETH collateral) is never liquidated by a rise.
    const hedged = assess(gmxOrder({ side: 'short', gmx: { collateralTokens: 6, positionFeeRate: 0 } }));
    expect(hedged.liquidationPrice).toBeNull();
    expect(liquidationReason(hedged)).toMatch(/covers any rise/);
  });

  it('a requirement above the collateral is immediate liquidation; contracts are not a GMX unit', () => {
    const r = assess(gmxOrder({ leverage: 150 })); // collateral 66.67 > R 56: liquidated just under the entry
    expect(r.liquidationPrice!).toBeLessThan(2_000);
    const over = assess(gmxOrder({ gmx: { collateralUsd: 40 } })); // 40 < 56
    expect(over.warnings.map((w) => w.code)).toContain('immediateLiquidation');
    const contracts = assess(gmxOrder({ size: { value: 3, unit: 'contracts' } }));
    expect(contracts.liquidationPrice).toBeNull();
    expect(contracts.warnings.map((w) => w.code)).toContain('uncomputable');
  });

  it('schema: the gmx block is optional and validated', () => {
    expect(riskInputSchema.safeParse(gmxOrder({})).success).toBe(true);
    expect(riskInputSchema.safeParse(gmxOrder({ gmx: { minCollateralFactor: 1 } })).success).toBe(false);
    expect(riskInputSchema.safeParse(gmxOrder({ gmx: { pendingFeesUsd: -1 } })).success).toBe(false);
    expect(riskInputSchema.safeParse(gmxOrder({ gmx: { collateralUsd: 0 } })).success).toBe(false);
    expect(riskInputSchema.safeParse(gmxOrder({ gmx: { priceImpactUsd: -12.5, collateralIsIndexToken: false } })).success).toBe(true);
  });

  it('property: at the liquidation price the position’s equity equals the requirement (stable and index-token collateral)', () => {
    const arb = fc.record({
      side: fc.constantFrom('long' as const, 'short' as const),
      entry: fc.double({ min: 1, max: 200_000, noNaN: true }),
      usd: fc.double({ min: 50, max: 5e7, noNaN: true }),
      leverage: fc.double({ min: 1.1, max: 100, noNaN: true }),
      pending: fc.double({ min: 0, max: 100, noNaN: true }),
      impact: fc.double({ min: -100, max: 100, noNaN: true }),
      index: fc.boolean(),
    });
    let checked = 0;
    fc.assert(
      fc.property(arb, (g) => {
        const r = assess(gmxOrder({ side: g.side, price: g.entry, markPrice: g.entry, size: { value: g.usd, unit: 'quote' }, leverage: g.leverage, gmx: { pendingFeesUsd: g.pending, priceImpactUsd: g.impact, collateralIsIndexToken: g.index } }));
        if (r.liquidationPrice == null) return;
        checked++;
        const P = r.liquidationPrice;
        const s = g.side === 'long' ? 1 : -1;
        const Q = g.usd / g.entry;
        const C = r.collateral!;
        const collateralAt = g.index ? (C / g.entry) * P : C; // index-token collateral is revalued at P
        const equity = collateralAt + s * (Q * P - g.usd);
        expect(Math.abs(equity - r.maintenanceMargin!)).toBeLessThanOrEqual(Math.max(g.usd, C) * 1e-9);
      }),
      { numRuns: 500 },
    );
    expect(checked).toBeGreaterThan(300);
  });
});
