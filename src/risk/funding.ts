// Funding on an isolated position: each payment moves its margin, and so its liquidation price.
import type { FundingDrift, Venue } from './types';

/**
 * Hours between funding payments where the venue publishes its usual interval. Binance, OKX, Bitget,
 * MEXC: 8 h (some symbols 4 h or 2 h: give `fundingIntervalHours`); Hyperliquid and dYdX: every hour;
 * GMX accrues by the second, so its rate is taken per hour. Sources in src/risk/README.md.
 */
export const FUNDING_INTERVAL_HOURS: Record<Venue, number> = {
  'binance-usdm': 8,
  'binance-coinm': 8,
  'bybit-linear': 8,
  'bybit-inverse': 8,
  'okx-swap': 8,
  'bitget-usdtm': 8,
  'mexc-usdtm': 8,
  bitmex: 8,
  hyperliquid: 1,
  dydx: 1,
  gmx: 1,
};

/** A share of a liquidation price near zero can overflow: the report carries only finite figures. */
const finite = (x: number | null): number | null => (x != null && Number.isFinite(x) ? x : null);

/** A move of the liquidation price by more than this share of it in 24 h is worth telling. @inlined */
export const FUNDING_DRIFT_FLAG = 0.001;

/**
 * The liquidation price after 24 h and 7 days of funding at `rate` per payment, with no top-up.
 * `payment` is the position's value at the reference price times the rate, signed as the position
 * pays it (`s` +1 long: a positive rate is paid by longs). `liquidationWith(margin)` re-solves the
 * venue's own liquidation equation with that margin.
 */
export function fundingDrift(
  rate: number,
  intervalHours: number,
  s: number,
  valueAtReference: number,
  margin: number,
  liquidation: number,
  mark: number,
  liquidationWith: (margin: number) => number | null,
): FundingDrift {
  const perPayment = -s * valueAtReference * rate;
  const perDay = (perPayment * 24) / intervalHours;
  const afterDay = liquidationWith(margin + perDay);
  const afterWeek = liquidationWith(margin + perDay * 7);
  let dayMove: number | null = null;
  let direction: FundingDrift['direction'] = null;
  if (afterDay != null) {
    // Toward the mark is positive: a long's price rises to it, a short's falls to it.
    const toward = Math.sign(mark - liquidation) * (afterDay - liquidation);
    dayMove = Math.abs(afterDay - liquidation) / liquidation;
    direction = toward > 0 ? 'closer' : toward < 0 ? 'further' : null;
    if (direction === 'further') dayMove = -dayMove;
  }
  return { rate, intervalHours, perDay, afterDay: finite(afterDay), afterWeek: finite(afterWeek), dayMove: finite(dayMove), direction, flagged: dayMove != null && Math.abs(dayMove) > FUNDING_DRIFT_FLAG };
}
