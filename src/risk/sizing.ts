// Risk-based sizing: the largest order whose loss at the stop (price move plus the taker fee to
// open and to close) stays within the trader's risk per trade.
import type { ContractKind, Side, SizingWhy } from './types';

export interface SizeForRisk {
  /** Largest size in base units (coin). */
  base: number;
  /** The same size in the quote currency at the entry price (USD value for inverse contracts). */
  quote: number;
  /** The loss at the stop for that size, in the margin asset (= risk budget). */
  risk: number;
}

export type SizingResult = { ok: true; size: SizeForRisk } | { ok: false; why: SizingWhy };

/** Why, in English, for the command line; the UI words the typed `why` in the trader's language. */
const REASONS: Record<SizingWhy, string> = {
  noRiskSet: 'no risk per trade is set',
  noStop: 'set a stop loss on the ticket to size by risk',
  noEntry: 'the entry price is not known',
  noEquity: 'the account equity is not known',
  longStopNotBelow: 'a long stop must be below the entry price',
  shortStopNotAbove: 'a short stop must be above the entry price',
};
export const sizingReason = (why: SizingWhy): string => REASONS[why];
const cannot = (why: SizingWhy): SizingResult => ({ ok: false, why });

/**
 * Linear: loss per coin = |entry − stop| + feeRate × (entry + stop).
 * Inverse (value V in USD, margin in coin): loss per USD = |1/entry − 1/stop| + feeRate × (1/entry + 1/stop).
 */
export function sizeForRisk(args: {
  kind: ContractKind;
  side: Side;
  entry: number | null;
  stop: number | null;
  equity: number | null;
  riskPerTrade: number | null;
  feeRate: number;
}): SizingResult {
  const { kind, side, entry, stop, equity, riskPerTrade, feeRate } = args;
  if (riskPerTrade == null) return cannot('noRiskSet');
  if (stop == null) return cannot('noStop');
  if (entry == null) return cannot('noEntry');
  if (equity == null || equity <= 0) return cannot('noEquity');
  if (side === 'long' ? stop >= entry : stop <= entry) return cannot(side === 'long' ? 'longStopNotBelow' : 'shortStopNotAbove');
  const budget = equity * riskPerTrade;
  if (kind === 'linear') {
    const perCoin = Math.abs(entry - stop) + feeRate * (entry + stop);
    const base = budget / perCoin;
    return { ok: true, size: { base, quote: base * entry, risk: budget } };
  }
  const perUsd = Math.abs(1 / entry - 1 / stop) + feeRate * (1 / entry + 1 / stop);
  const usd = budget / perUsd;
  return { ok: true, size: { base: usd / entry, quote: usd, risk: budget } };
}
