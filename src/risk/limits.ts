// Trader's limits → warnings: caution past 80 % of a limit, danger when it is broken, blocked when
// the broken limit is one the trader marked as hard.
import { LIMIT_SPECS, type LimitKey, type Limits } from './limitSpecs';
import type { LimitCode, RiskWarning, Severity } from './types';
import { warning } from './warning';

/** Share of a limit past which a value earns `caution` (`usedShare`). @inlined */
export const CAUTION_SHARE = 0.8;

/**
 * How much of a limit a value uses (1 = at the limit): value/limit for a `max`, limit/value for a
 * `min`. A value of 0 against a `min` uses all of it and more, as does any value against a `max` of 0.
 */
function usedShare(key: LimitKey, value: number, limit: number): number {
  if (LIMIT_SPECS[key].bound === 'min') return value > 0 ? limit / value : Infinity;
  return limit > 0 ? value / limit : value > 0 ? Infinity : 0;
}

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

/** The form of a leverage warning: a figure beyond what the venue allows is named, not printed. */
function leverageForm(x: number, sev: Severity, f: LimitFacts): 'above' | 'near' | 'beyondVenue' | 'beyondVenueNear' {
  const max = f.venueMaxLeverage;
  const beyond = max != null && x > max;
  return broken(sev) ? (beyond ? 'beyondVenue' : 'above') : beyond ? 'beyondVenueNear' : 'near';
}

// An unbounded leverage (no collateral left) has no figure: null, and the sentence names none.
// One literal with the form, not a spread of the figures into it: spreading copies key by key.
const leverageParams = (x: number, sev: Severity, max: number, f: LimitFacts) => ({
  form: leverageForm(x, sev, f),
  leverage: Number.isFinite(x) ? x : null,
  max,
  venue: f.venueName ?? 'the venue',
  venueMax: f.venueMaxLeverage ?? null,
});

export function checkLimits(limits: Limits | null | undefined, f: LimitFacts, out: RiskWarning[]): void {
  if (!limits) return;
  let sev: Severity | null;

  const maxLev = limits.maxLeverage;
  if (maxLev != null && f.positionLeverage != null) {
    const l = f.positionLeverage;
    sev = grade(usedShare('maxLeverage', l, maxLev), 'maxLeverage', limits);
    if (sev)
      out.push(warning('maxLeverage', sev, leverageParams(l, sev, maxLev, f)));
  }

  const minDist = limits.minLiquidationDistance;
  if (minDist != null && f.hasPosition && !f.neverLiquidated) {
    const liq = f.liquidationPrice;
    const mark = f.markPrice;
    if (f.immediate) {
      sev = grade(Infinity, 'minLiquidationDistance', limits);
      if (sev)
        out.push(warning('minLiquidationDistance', sev, { form: liq != null && mark != null ? 'pastMark' : 'atOnce', distance: null, min: minDist, liquidation: liq, mark }));
    } else if (liq != null && mark != null) {
      const d = Math.abs(liq - mark) / mark;
      sev = grade(usedShare('minLiquidationDistance', d, minDist), 'minLiquidationDistance', limits);
      if (sev)
        out.push(
          warning('minLiquidationDistance', sev, {
            form: liq < mark ? (broken(sev) ? 'below' : 'nearBelow') : broken(sev) ? 'above' : 'nearAbove',
            distance: d,
            min: minDist,
            liquidation: liq,
            mark,
          }),
        );
    }
  }

  const maxAcc = limits.maxAccountLeverage;
  if (maxAcc != null) {
    if (f.noEquity) {
      sev = grade(Infinity, 'maxAccountLeverage', limits);
      if (sev)
        out.push(warning('maxAccountLeverage', sev, { form: 'noEquity', leverage: null, max: maxAcc, venue: f.venueName ?? 'the venue', venueMax: null }));
    } else if (f.accountLeverage != null) {
      const a = f.accountLeverage;
      sev = grade(usedShare('maxAccountLeverage', a, maxAcc), 'maxAccountLeverage', limits);
      if (sev)
        out.push(warning('maxAccountLeverage', sev, leverageParams(a, sev, maxAcc, f)));
    }
  }

  const maxLoss = limits.maxLossAtStop;
  if (maxLoss != null && f.hasPosition) {
    if (f.stopLoss == null) {
      // Informational only: a ticket without a stop is not graded (see src/risk/README.md).
      out.push(warning('noStopLoss', 'safe', { form: 'unchecked', max: maxLoss }));
    } else if (f.noEquity) {
      sev = grade(Infinity, 'maxLossAtStop', limits);
      if (sev)
        out.push(warning('maxLossAtStop', sev, { form: 'noEquity', stop: f.stopLoss, loss: null, max: maxLoss }));
    } else if (f.lossAtStopFraction != null) {
      const loss = f.lossAtStopFraction;
      sev = grade(usedShare('maxLossAtStop', loss, maxLoss), 'maxLossAtStop', limits);
      if (sev)
        out.push(
          warning('maxLossAtStop', sev, {
            form: f.stopPastLiquidation ? 'pastLiquidation' : broken(sev) ? 'above' : 'near',
            stop: f.stopLoss,
            loss,
            max: maxLoss,
          }),
        );
    }
  }
}
