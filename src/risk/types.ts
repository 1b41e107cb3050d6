// Shared types of the risk core, and the one list of warning codes and their sentence forms.
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
/** The ticket inputs the risk core reports missing (`RiskReport.missing`). */
export type RiskInputName = 'symbol' | 'orderType' | 'price' | 'markPrice' | 'leverage' | 'marginMode' | 'balance' | 'size';

/**
 * Every warning code and the forms of its sentence: the one list of what a trader can be warned
 * of. The English sentence (`warningText.ts`) and every locale's messages (`warning.<code>.<form>`)
 * are written per form; a test fails when a locale lacks one.
 */
export const WARNING_FORMS = {
  maxLeverage: ['above', 'near', 'beyondVenue', 'beyondVenueNear'],
  minLiquidationDistance: ['below', 'above', 'nearBelow', 'nearAbove', 'pastMark', 'atOnce'],
  maxAccountLeverage: ['above', 'near', 'beyondVenue', 'beyondVenueNear', 'noEquity'],
  maxLossAtStop: ['above', 'near', 'pastLiquidation', 'noEquity'],
  // What the venue itself would not accept: a position above the largest of the symbol's tier
  // table, leverage outside what the venue lets a trader set, a margin above the available balance.
  // Always `danger`: the figures of such an order are not ones the venue would ever show.
  sizeAboveVenueMax: ['inAsset', 'inContracts'],
  leverageBelowVenueMin: ['belowMin'],
  leverageAboveVenueMax: ['onSymbol', 'onAnyMarket'],
  notEnoughMargin: ['needs', 'outsideVenue'],
  missingInput: ['symbol', 'orderType', 'price', 'markPrice', 'leverage', 'marginMode', 'balance', 'size'],
  immediateLiquidation: ['atOnce'],
  noStopLoss: ['unchecked'],
  uncomputable: ['contractSize', 'unsupported'],
  stopPastLiquidation: ['beforeStop'],
  // Added by the ticket layer (src/guard), which compares with the venue's own estimate.
  selfCheck: ['apart'],
  // The page's maximum leverage disagrees with the tier table, or the table is older than 180 days.
  tierTableOutdated: ['pageMaxLeverage', 'olderThan180Days'],
} as const satisfies Record<string, readonly string[]>;

export type WarningCode = keyof typeof WARNING_FORMS;
export const WARNING_CODES = Object.keys(WARNING_FORMS) as WarningCode[];
type WarningForm<C extends WarningCode> = (typeof WARNING_FORMS)[C][number];

/** Leverage above what the venue allows is named, not printed: `venueMax` is set in the beyond-venue forms. */
interface LeverageFigures {
  leverage: number | null;
  max: number;
  venue: string;
  venueMax: number | null;
}

/**
 * The figures of each warning, typed, beside its code: prices and amounts as numbers, shares of
 * equity and distances as fractions (0.05 = 5 %), leverage as a multiple. The UI writes them in the
 * trader's locale; nothing here is worded.
 */
interface WarningFigures {
  maxLeverage: LeverageFigures;
  maxAccountLeverage: LeverageFigures;
  minLiquidationDistance: { distance: number | null; min: number; liquidation: number | null; mark: number | null };
  maxLossAtStop: { stop: number | null; loss: number | null; max: number };
  noStopLoss: { max: number };
  sizeAboveVenueMax: { venue: string; symbol: string | null; max: number; asset: string };
  leverageBelowVenueMin: { leverage: number; min: number; venue: string };
  leverageAboveVenueMax: { leverage: number; max: number; venue: string; symbol: string | null };
  /** `needed` is null in `outsideVenue` (a leverage the venue does not offer gives no figure it would ask for). */
  notEnoughMargin: { needed: number | null; available: number; asset: string; venue: string };
  /**
   * `field`: the input. The ticket layer adds what the page showed: the reading's typed `kind`, the
   * text in the field's place (`shown`), and the adapter's own English `detail`.
   */
  missingInput: { field: RiskInputName; kind?: string; shown?: string; detail?: string };
  immediateLiquidation: object;
  /** `detail`: the venue model's own English reason, for `unsupported`. */
  uncomputable: { symbol: string | null; sizeIn: 'quote' | 'USD' | null; detail?: string };
  stopPastLiquidation: { stop: number; liquidation: number };
  /** `word`: the venue's own name for its estimate ("Liq. Price"). */
  selfCheck: { venue: string; word: string; venueLiquidation: number; ours: number; apart: number };
  /**
   * `pageMaxLeverage`: `leverage` is the page's maximum, `tableMax` the table's. `olderThan180Days`:
   * `takenOn` is the table's date (yyyy-mm-dd) and `ageDays` its age. The others are null.
   */
  tierTableOutdated: { venue: string; symbol: string | null; leverage: number | null; tableMax: number | null; takenOn: string | null; ageDays: number | null };
}

export type WarningParams<C extends WarningCode = WarningCode> = { form: WarningForm<C> } & WarningFigures[C];

/** One warning: a typed code, its sentence's form and figures (`params`); its English sentence is `warningMessage` (warningText.ts). */
export type RiskWarning = { [C in WarningCode]: { code: C; severity: Severity; params: WarningParams<C> } }[WarningCode];

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

interface ResultingPosition {
  side: Side;
  /** Base units (coin). */
  size: number;
  entryPrice: number;
}

/**
 * Why a report has no liquidation price, for the UI to word: the order closes the position, its size
 * is 0, the collateral covers any fall (a long) or any rise (a short), the position is liquidated at
 * once, inputs are missing (`needs`), the venue would refuse the order, the venue model does not
 * cover the market (`detail`), or the size cannot be converted.
 */
export type LiquidationWhy =
  | { kind: 'closes' | 'zeroSize' | 'coversFall' | 'coversRise' | 'atOnce' | 'beyondVenue' | 'unconvertible' }
  | { kind: 'needs'; needs: RiskInputName[] }
  | { kind: 'unsupported'; detail: string };

/** Why there is no size for the trader's risk per trade, for the UI to word. */
export type SizingWhy = 'noRiskSet' | 'noStop' | 'noEntry' | 'noEquity' | 'longStopNotBelow' | 'shortStopNotAbove';

/**
 * What the order does to an existing position of the same symbol, in base units: it opens one (no
 * position), adds to it, reduces it ("closes 0.3 of your 0.5 BTC long"), closes it, or closes it and
 * opens the other side (`opens`).
 */
export type PositionChange =
  | { kind: 'opens'; side: Side; size: number }
  | { kind: 'adds'; side: Side; size: number; held: number }
  | { kind: 'reduces' | 'closes'; side: Side; closes: number; held: number }
  | { kind: 'flips'; side: Side; closes: number; held: number; opens: number };

/**
 * Maintenance margin / margin balance, before and after the order (1 = liquidation; Binance's and
 * Bybit's convention; OKX shows the reciprocal). Cross: every cross position of the account over its
 * equity; isolated: the position over its own margin. `before` is null with nothing held.
 */
export interface MarginRatio {
  before: number | null;
  after: number | null;
}

/**
 * What a liquidation at `liquidationPrice` costs, in the margin asset: the loss from now to the
 * trigger (`toTrigger`: the isolated margin's loss down to the maintenance level, or in cross the
 * position's loss from the mark), plus what the venue takes beyond it (`fee`). `rule` says how the
 * venue takes it: a published fee rate on the liquidated value (`feeRate`), the remaining margin
 * (`marginLost`: settled at the bankruptcy price), or nothing (`noFee`). An unpublished rate is
 * `fee: null, total: null`, never 0. Sources: `venues/liquidationFeeSources.ts`.
 */
export interface LiquidationLoss {
  rule: 'feeRate' | 'marginLost' | 'noFee' | 'unknown';
  feeRate: number | null;
  toTrigger: number;
  fee: number | null;
  total: number | null;
}

/**
 * Funding on an isolated position at the current rate: the margin moves by `perDay` (negative: paid)
 * and the liquidation price with it. `dayMove` is the fraction of the liquidation price it moves in
 * 24 h, positive toward the mark (`closer`). `flagged` when that is more than 0.1 %.
 */
export interface FundingDrift {
  rate: number;
  intervalHours: number;
  perDay: number;
  afterDay: number | null;
  afterWeek: number | null;
  dayMove: number | null;
  direction: 'closer' | 'further' | null;
  flagged: boolean;
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
  /** Why there is no liquidation price (the command line adds it in English as `liquidationReason`). */
  liquidationWhy: LiquidationWhy | null;
  /** Signed fraction (liquidationPrice − markPrice) / markPrice. */
  liquidationDistance: number | null;
  /** Absolute price distance |liquidationPrice − markPrice|. */
  liquidationDistancePrice: number | null;
  /** Loss if the stop is hit (incl. the fees), in the margin asset; null without a stop. */
  lossAtStop: number | null;
  /** `lossAtStop` as a fraction of equity. */
  lossAtStopFraction: number | null;
  /** Largest order whose loss at the stop stays within `riskPerTrade` of equity (null: see why). */
  sizeForRisk: SizeForRisk | null;
  /** Why there is no `sizeForRisk` (the command line adds it in English as `sizeForRiskReason`). */
  sizeForRiskWhy: SizingWhy | null;
  resultingPosition: ResultingPosition | null;
  // Account figures: always set by `assess`; optional for reports built elsewhere.
  /** What the order does to the position held in this symbol. */
  positionChange?: PositionChange | null;
  /** Margin of the position after the order: its isolated margin, or notional / leverage in cross. */
  positionMargin?: number | null;
  /** Whether `accountLeverage` counts the account's other positions (`otherPositions` given) or this symbol only. */
  accountLeverageCovers?: 'allPositions' | 'thisSymbol';
  marginRatio?: MarginRatio | null;
  liquidationLoss?: LiquidationLoss | null;
  fundingDrift?: FundingDrift | null;
  severity: Severity;
  warnings: RiskWarning[];
  missing: RiskInputName[];
}
