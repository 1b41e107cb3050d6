// Shared types of the risk core. Pure data, no runtime cost.
import type { SizeForRisk } from './sizing';

export type Severity = 'safe' | 'caution' | 'danger' | 'blocked' | 'unknown';

/**
 * Severities from least to most serious. `unknown` ranks above `caution` (a missing input could
 * hide a breach, so it never reads as safe or merely cautious) but below `danger`/`blocked` (a limit
 * that is known to be broken stays the verdict even when some other number is missing).
 */
export const SEVERITY_ORDER: readonly Severity[] = ['safe', 'caution', 'unknown', 'danger', 'blocked'];

/** Position of each severity in SEVERITY_ORDER. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { safe: 0, caution: 1, unknown: 2, danger: 3, blocked: 4 };

/** The most serious of the given severities (`safe` for none); takes severities and/or arrays of them. */
export function worstSeverity(...severities: (Severity | readonly Severity[])[]): Severity {
  let worst = 0;
  for (const s of severities.flat()) worst = Math.max(worst, SEVERITY_RANK[s]);
  return SEVERITY_ORDER[worst]!;
}

export type Venue =
  | 'binance-usdm'
  | 'binance-coinm'
  | 'bybit-linear'
  | 'bybit-inverse'
  | 'okx-swap'
  | 'bitget-usdtm'
  | 'hyperliquid'
  | 'dydx'
  | 'bitmex'
  | 'gmx'
  | 'mexc-usdtm';

export type ContractKind = 'linear' | 'inverse';
export type Side = 'long' | 'short';
export type LimitCode = 'maxLeverage' | 'minLiquidationDistance' | 'maxAccountLeverage' | 'maxLossAtStop';
/**
 * What the venue itself would not accept (issue 12): a position above the largest of the symbol's
 * tier table, leverage outside what the venue lets a trader set, a margin above the available
 * balance. Always `danger`: the figures of such an order are not ones the venue would ever show.
 */
export type VenueLimitCode = 'sizeAboveVenueMax' | 'leverageBelowVenueMin' | 'leverageAboveVenueMax' | 'notEnoughMargin';
export type WarningCode = LimitCode | VenueLimitCode | 'missingInput' | 'immediateLiquidation' | 'noStopLoss' | 'uncomputable' | 'stopPastLiquidation';

export interface RiskWarning {
  /** One of `WarningCode`; typed open so callers can add their own codes. */
  code: WarningCode | (string & {});
  severity: Severity;
  message: string;
}

/**
 * One maintenance tier. `floor`/`cap` bound the position notional in the tier's unit: quote
 * currency for linear contracts, coin for inverse ones, contracts for OKX (tiers by size).
 * `deduction` is the venue's "maintenance amount"/"cum"/"MM deduction"/"offset".
 */
export interface Tier {
  floor: number;
  cap: number;
  mmr: number;
  maxLeverage: number;
  deduction: number;
}

export interface ResultingPosition {
  side: Side;
  /** Base units (coin). */
  size: number;
  entryPrice: number;
}

export interface RiskReport {
  venue: Venue;
  symbol: string | null;
  side: Side;
  kind: ContractKind;
  /** Asset every margin amount, `notional` and `fee` are expressed in ('USDT', 'USDC', 'BTC', 'XBT'…). */
  marginAsset: string;
  /** Limit price, or the mark price for a market order. */
  entryPrice: number | null;
  markPrice: number | null;
  /** The order's size in base units (coin). */
  size: number | null;
  /** The order's value at its entry price, in the margin asset (the coin for inverse contracts). */
  notional: number | null;
  /** The order's value in the quote currency (USD/USDT/USDC), for every contract kind. */
  notionalQuote: number | null;
  /** Margin the order locks: notional / leverage, in the margin asset. */
  initialMargin: number | null;
  /** Estimated taker fee of the order, in the margin asset. */
  fee: number | null;
  feeRate: number;
  /** Leverage of the position after the order (its notional / its margin; the setting in cross mode). */
  positionLeverage: number | null;
  /** Open notional after the order (this symbol) at the mark price / account equity. */
  accountLeverage: number | null;
  /** Maintenance requirement of the position after the order at the mark price (incl. the fee term on venues that add one). */
  maintenanceMargin: number | null;
  /** Rate behind `maintenanceMargin` (tier rate, plus the fee rate where the venue adds it). */
  maintenanceMarginRate: number | null;
  /** Collateral the liquidation solve used (isolated margin, or cross collateral), in the margin asset. */
  collateral: number | null;
  liquidationPrice: number | null;
  liquidationReason: string | null;
  /** Signed fraction (liquidationPrice − markPrice) / markPrice. */
  liquidationDistance: number | null;
  /** Absolute price distance |liquidationPrice − markPrice|. */
  liquidationDistancePrice: number | null;
  /** Loss if the stop is hit (incl. the fees), in the margin asset; null without a stop. */
  lossAtStop: number | null;
  /** `lossAtStop` as a fraction of equity. */
  lossAtStopFraction: number | null;
  /** Largest order whose loss at the stop stays within `riskPerTrade` of equity (null: see the reason). */
  sizeForRisk: SizeForRisk | null;
  sizeForRiskReason: string | null;
  resultingPosition: ResultingPosition | null;
  severity: Severity;
  warnings: RiskWarning[];
  missing: string[];
}
