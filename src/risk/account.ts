// The account around the ticket: the other positions' weight in cross margin, what the order does to
// the position already held, and the margin ratio before and after.
import type { RiskInput } from './schema';
import { tierFor, valueAt } from './solve';
import type { ContractKind, PositionChange, Side } from './types';
import type { VenueModel } from './venues/model';

export type OtherPosition = NonNullable<RiskInput['otherPositions']>[number];

/** What the account's other positions weigh, in the margin asset, each at its own mark. */
export interface OtherPositionsTotals {
  /** Open value of all of them (account leverage counts every position). */
  notional: number;
  /** Maintenance margin and unrealized PnL of the cross ones only (isolated ones carry their own margin). */
  crossMaintenance: number;
  crossUnrealizedPnl: number;
}

/** Signed PnL of `amount` (base units, or USD value for inverse contracts) from `entry` to `price`. */
export const pnlAt = (kind: ContractKind, s: number, amount: number, entry: number, price: number): number =>
  s * (kind === 'linear' ? amount * (price - entry) : amount * (1 / entry - 1 / price));

/**
 * Maintenance margin of one other position: its stated rate (and deduction), else the venue's tier
 * table for its symbol at its value (contracts for venues that tier by contracts).
 */
function maintenanceOf(v: VenueModel, kind: ContractKind, o: OtherPosition, amount: number, feeRate: number): number {
  const value = valueAt(kind, amount, o.markPrice);
  if (o.maintenanceMarginRate != null) return value * o.maintenanceMarginRate - (o.maintenanceAmount ?? 0);
  const cs = v.contractSize(o.symbol);
  const t = tierFor(v.tiers(o.symbol), v.tierAt === 'contracts' ? amount / cs : value);
  return value * (t.mmr + (v.feeInMaintenance ? feeRate : 0)) - (o.maintenanceAmount ?? t.deduction);
}

/** The other positions' totals; `mode` is the ticket's margin mode, the default of a position that does not say its own. */
export function otherPositionsTotals(v: VenueModel, others: readonly OtherPosition[], mode: 'isolated' | 'cross' | null, feeRate: number): OtherPositionsTotals {
  let notional = 0;
  let crossMaintenance = 0;
  let crossUnrealizedPnl = 0;
  for (const o of others) {
    if (!(o.size > 0)) continue;
    const kind = v.kind(o.symbol);
    // Sizes are in base units; an inverse position is measured by its USD value at entry.
    const amount = kind === 'linear' ? o.size : o.size * o.entryPrice;
    notional += valueAt(kind, amount, o.markPrice);
    if ((o.marginMode ?? mode) !== 'cross') continue;
    crossMaintenance += maintenanceOf(v, kind, o, amount, feeRate);
    crossUnrealizedPnl += pnlAt(kind, o.side === 'long' ? 1 : -1, amount, o.entryPrice, o.markPrice);
  }
  return { notional, crossMaintenance, crossUnrealizedPnl };
}

/** What an order of `size` (base units) on `side` does to a held position (null: none held). */
export function positionChangeOf(side: Side, size: number, held: { side: Side; size: number } | null): PositionChange {
  if (!held || !(held.size > 0)) return { kind: 'opens', side, size };
  if (held.side === side) return { kind: 'adds', side, size, held: held.size };
  const eps = held.size * 1e-12;
  if (size < held.size - eps) return { kind: 'reduces', side: held.side, closes: size, held: held.size };
  if (size <= held.size + eps) return { kind: 'closes', side: held.side, closes: held.size, held: held.size };
  return { kind: 'flips', side: held.side, closes: held.size, held: held.size, opens: size - held.size };
}

/** Maintenance margin over margin balance; null when the balance is not positive (the ratio is unbounded). */
export const marginRatioOf = (maintenance: number, balance: number): number | null => (balance > 0 ? maintenance / balance : null);

/**
 * An isolated position's margin ratio from its row: its maintenance margin at the mark (its venue's
 * tier table for its symbol) over its margin plus its unrealized PnL; null where the ratio is unbounded.
 */
export function isolatedMarginRatio(v: VenueModel, row: { symbol: string; side: Side; size: number; entryPrice: number; markPrice: number; margin: number }): number | null {
  const kind = v.kind(row.symbol);
  const amount = kind === 'linear' ? row.size : row.size * row.entryPrice;
  const held: OtherPosition = { symbol: row.symbol, side: row.side, size: row.size, entryPrice: row.entryPrice, markPrice: row.markPrice };
  const mm = maintenanceOf(v, kind, held, amount, v.takerFee);
  return marginRatioOf(mm, row.margin + pnlAt(kind, row.side === 'long' ? 1 : -1, amount, row.entryPrice, row.markPrice));
}
