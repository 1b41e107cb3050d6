// Trader's limits → warnings. Severity per issue 3: caution past 80 % of a limit, danger when it is
// broken, blocked when the broken limit is one the trader marked as hard.
import { pct, price, times } from './format';
import type { LimitCode, RiskWarning, Severity } from './types';

export interface Limits {
  maxLeverage?: number | null;
  minLiquidationDistance?: number | null;
  maxAccountLeverage?: number | null;
  maxLossAtStop?: number | null;
  hard?: readonly LimitCode[] | null;
}

/** Share of a limit past which a value earns `caution` (used = value/limit for a maximum, limit/value for a minimum). */
export const CAUTION_SHARE = 0.8;

function grade(used: number, code: LimitCode, limits: Limits): Severity | null {
  if (used > 1 + 1e-12) return limits.hard?.includes(code) ? 'blocked' : 'danger';
  return used > CAUTION_SHARE ? 'caution' : null;
}

const broken = (s: Severity): boolean => s === 'danger' || s === 'blocked';

export interface LimitFacts {
  side: 'long' | 'short';
  positionLeverage: number | null;
  accountLeverage: number | null;
  /** True when the account equity is zero or negative while a position is open. */
  noEquity: boolean;
  markPrice: number | null;
  liquidationPrice: number | null;
  /** The position is liquidated at once (no positive root, or the root is already past the mark). */
  immediate: boolean;
  /** No liquidation price exists: the collateral covers any move. */
  neverLiquidated: boolean;
  stopLoss: number | null;
  lossAtStopFraction: number | null;
  stopPastLiquidation: boolean;
  hasPosition: boolean;
  /** The venue as traders name it. */
  venueName?: string;
  /** Most leverage the venue allows on this market (null: not known); a leverage above it is named, not printed. */
  venueMaxLeverage?: number | null;
}

/** "Leverage 20×", or for a figure no order on the venue can have, what it is: beyond the venue. */
function leverageWords(what: string, x: number, f: LimitFacts): string {
  const max = f.venueMaxLeverage;
  return max != null && x > max ? `${what} is beyond what ${f.venueName ?? 'the venue'} allows (at most ${times(max)}),` : `${what} ${times(x)} is`;
}

export function checkLimits(limits: Limits | null | undefined, f: LimitFacts, out: RiskWarning[]): void {
  if (!limits) return;
  let sev: Severity | null;

  const maxLev = limits.maxLeverage;
  if (maxLev != null && f.positionLeverage != null) {
    const l = f.positionLeverage;
    if ((sev = grade(l / maxLev, 'maxLeverage', limits)))
      out.push({ code: 'maxLeverage', severity: sev, message: `${leverageWords('Leverage', l, f)} ${broken(sev) ? 'above' : 'close to'} your maximum of ${times(maxLev)}` });
  }

  const minDist = limits.minLiquidationDistance;
  if (minDist != null && f.hasPosition && !f.neverLiquidated) {
    const liq = f.liquidationPrice;
    const mark = f.markPrice;
    if (f.immediate) {
      if ((sev = grade(Infinity, 'minLiquidationDistance', limits)))
        out.push({
          code: 'minLiquidationDistance',
          severity: sev,
          message:
            liq != null && mark != null
              ? `Liquidation at ${price(liq)} is already past the mark price ${price(mark)}: the position would be liquidated at once; your minimum distance is ${pct(minDist)}`
              : `The position would be liquidated at once; your minimum distance to liquidation is ${pct(minDist)}`,
        });
    } else if (liq != null && mark != null) {
      const d = Math.abs(liq - mark) / mark;
      if ((sev = grade(d > 0 ? minDist / d : Infinity, 'minLiquidationDistance', limits)))
        out.push({
          code: 'minLiquidationDistance',
          severity: sev,
          message: `Liquidation is ${pct(d)} ${liq < mark ? 'below' : 'above'} the mark price${broken(sev) ? '; your minimum is' : ', close to your minimum of'} ${pct(minDist)}`,
        });
    }
  }

  const maxAcc = limits.maxAccountLeverage;
  if (maxAcc != null) {
    if (f.noEquity) {
      if ((sev = grade(Infinity, 'maxAccountLeverage', limits)))
        out.push({ code: 'maxAccountLeverage', severity: sev, message: `Account equity is zero or negative, so account leverage is unbounded; your maximum is ${times(maxAcc)}` });
    } else if (f.accountLeverage != null) {
      const a = f.accountLeverage;
      if ((sev = grade(a / maxAcc, 'maxAccountLeverage', limits)))
        out.push({ code: 'maxAccountLeverage', severity: sev, message: `${leverageWords('Account leverage', a, f)} ${broken(sev) ? 'above' : 'close to'} your maximum of ${times(maxAcc)}` });
    }
  }

  const maxLoss = limits.maxLossAtStop;
  if (maxLoss != null && f.hasPosition) {
    if (f.stopLoss == null) {
      // Informational only: a ticket without a stop is not graded (see src/risk/README.md).
      out.push({ code: 'noStopLoss', severity: 'safe', message: `No stop loss is set, so your maximum loss of ${pct(maxLoss)} of equity is not checked` });
    } else if (f.noEquity) {
      if ((sev = grade(Infinity, 'maxLossAtStop', limits)))
        out.push({ code: 'maxLossAtStop', severity: sev, message: `Account equity is zero or negative; any loss at the stop exceeds your maximum of ${pct(maxLoss)}` });
    } else if (f.lossAtStopFraction != null) {
      const loss = f.lossAtStopFraction;
      if ((sev = grade(maxLoss > 0 ? loss / maxLoss : loss > 0 ? Infinity : 0, 'maxLossAtStop', limits)))
        out.push({
          code: 'maxLossAtStop',
          severity: sev,
          message: f.stopPastLiquidation
            ? `Your stop at ${price(f.stopLoss)} is past the liquidation price, so you would be liquidated first and lose ${pct(loss)} of equity; your maximum is ${pct(maxLoss)}`
            : `A stop at ${price(f.stopLoss)} loses ${pct(loss)} of your equity${broken(sev) ? '; your maximum is' : ', close to your maximum of'} ${pct(maxLoss)}`,
        });
    }
  }
}
