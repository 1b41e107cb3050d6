// GMX v2 perpetuals (gmx-synthetics): positions in USD, collateral in a token, isolated per market,
// side and collateral token. Liquidation is a collateral floor, not a maintenance rate.
import table from '../tiers/gmx.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import type { RiskInput } from '../schema';
import { statusOf } from '../solve';
import type { CustomRule, PositionFacts, VenueModel } from './model';

const tiers = tierLookup(table);

/** Protocol-wide defaults from `tiers/gmx.json` (gmx-io/gmx-synthetics config/markets.ts). */
export const GMX_DEFAULTS = { minCollateralUsd: table.minCollateralUsd, positionFeeRate: table.positionFeeRate } as const;

/** The market's `minCollateralFactor`: the input's, else the tier file's row for the symbol. */
export function minCollateralFactor(input: Pick<RiskInput, 'symbol' | 'gmx'>): number {
  return input.gmx?.minCollateralFactor ?? tiers(input.symbol)[0]!.mmr;
}

/** Negative closing price impact in USD (≤ 0): positive impact is ignored; capped at −size × factor when the factor is given. */
function priceImpact(sizeUsd: number, g: RiskInput['gmx']): number {
  let impact = Math.min(g?.priceImpactUsd ?? 0, 0);
  const cap = g?.maxPositionImpactFactorForLiquidations;
  if (cap != null) impact = Math.max(impact, -sizeUsd * cap);
  return impact;
}

/**
 * Official UI formula, gmx-io/gmx-interface `src/domain/synthetics/positions/utils.ts` `getLiquidationPrice`:
 *   closingFee = positionFee(sizeInUsd); totalFees = pendingBorrowing + pendingFunding + closingFee
 *   liqCollateralUsd = max(sizeInUsd × minCollateralFactor, minCollateralUsd)
 *   collateral ≠ index token: remaining = collateralUsd + priceImpact − pendingFees − closingFee
 *     long  P = (liqCollateralUsd − remaining + sizeInUsd) / sizeInTokens
 *     short P = (liqCollateralUsd − remaining − sizeInUsd) / −sizeInTokens
 *   collateral = index token:
 *     long  P = (sizeInUsd + liqCollateralUsd − priceImpact + totalFees) / (sizeInTokens + collateralAmount)
 *     short P = (sizeInUsd − liqCollateralUsd + priceImpact − totalFees) / (sizeInTokens − collateralAmount)
 * With R = liqCollateralUsd + totalFees − priceImpact (the "requirement", fixed at the entry size) both
 * reduce to: long (size + R − C)/Q and short (size − R + C)/Q, resp. (size + R)/(Q + c) and (size − R)/(Q − c).
 */
const rule: CustomRule = {
  requirement(sizeUsd, input, feeRate) {
    const g = input.gmx;
    const floor = Math.max(sizeUsd * minCollateralFactor(input), g?.minCollateralUsd ?? GMX_DEFAULTS.minCollateralUsd);
    return floor + sizeUsd * feeRate + (g?.pendingFeesUsd ?? 0) - priceImpact(sizeUsd, g);
  },
  liquidation({ s, size, entry, collateral, requirement, input }: PositionFacts) {
    const g = input.gmx;
    const sizeUsd = size * entry;
    const indexCollateral = g?.collateralTokens != null || g?.collateralIsIndexToken === true;
    if (!indexCollateral) {
      const price = s > 0 ? (sizeUsd + requirement - collateral) / size : (sizeUsd - requirement + collateral) / size;
      return { price, status: statusOf('linear', s, price) };
    }
    const tokens = g?.collateralTokens ?? collateral / entry;
    if (s > 0) {
      const price = (sizeUsd + requirement) / (size + tokens);
      return { price, status: price > 0 && price < Infinity ? 'ok' : 'none' };
    }
    const d = size - tokens;
    if (d > 0) {
      // Equity falls as the price rises; at a price of 0 it is size − R: at or below that, liquidated at any price.
      const price = (sizeUsd - requirement) / d;
      return { price, status: price > 0 && price < Infinity ? 'ok' : 'exhausted' };
    }
    // The collateral (in the index token) outweighs the short: equity no longer falls as the price rises.
    return { price: NaN, status: sizeUsd >= requirement ? 'none' : 'exhausted' };
  },
  collateral: (input) => input.gmx?.collateralUsd ?? null,
  feeRate: (input) => input.gmx?.positionFeeRate ?? null,
};

export const gmx: VenueModel = {
  id: 'gmx',
  name: 'GMX',
  kind: () => 'linear',
  marginAsset: () => 'USD', // collateral is valued in USD; sizes are USD
  contractSize: () => NaN, // GMX has no contracts: sizes are USD or index tokens
  tiers,
  limits: /* @__PURE__ */ limitsLookup(table),
  // The row's max leverage is 1 / minCollateralFactor; leverage is the collateral the trader puts up, so no minimum is checked.
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table),
  takerFee: GMX_DEFAULTS.positionFeeRate,
  feeInMaintenance: true, // the closing fee is part of the requirement
  tierAt: 'entry',
  basis: 'entry', // the collateral floor is on sizeInUsd, fixed at the position's entry
  custom: rule,
};
