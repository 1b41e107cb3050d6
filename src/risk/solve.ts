// Generic liquidation math: equity at the liquidation price equals the maintenance requirement, for
// linear and inverse contracts with tiered rates and deductions; every venue module reduces to it.
import type { ContractKind, Side, Tier } from './types';

export type LiquidationStatus = 'ok' | 'none' | 'exhausted';

export interface TierRow {
  floor: number;
  cap: number | null;
  mmr: number;
  maxLeverage: number;
  deduction?: number;
}

/** Tier rows → tiers with the deduction recurrence D₁ = 0, Dₙ = Dₙ₋₁ + floorₙ·(mₙ − mₙ₋₁) (§1.3) unless a row states its own. */
export function buildTiers(rows: readonly TierRow[]): Tier[] {
  let d = 0;
  return rows.map((r, i) => {
    if (i > 0) d += r.floor * (r.mmr - rows[i - 1]!.mmr);
    return { floor: i ? r.floor : 0, cap: i === rows.length - 1 || r.cap == null ? Infinity : r.cap, mmr: r.mmr, maxLeverage: r.maxLeverage, deduction: r.deduction ?? d };
  });
}

/** The tier whose bracket holds `notional` (the last tier beyond the table). */
export function tierFor(tiers: readonly Tier[], notional: number): Tier {
  for (const t of tiers) if (notional <= t.cap) return t;
  return tiers[tiers.length - 1]!;
}

/**
 * Root of "equity = maintenance requirement". `amount` is the size in base units (linear) or the
 * USD value V of the contracts (inverse); `rate` = MMR + fee rate; `deduction` = D.
 *   linear  §1.1:  C + s·Q·(P − E) = Q·P·rate − D   ⇒  P = (C + D − s·Q·E) / (Q·(rate − s))
 *   inverse §1.2:  C + s·V·(1/E − 1/P) = V·rate/P − D ⇒  P = V·(rate + s) / (C + D + s·V/E)
 * A maintenance margin fixed in advance (evaluated at entry) is rate = 0, deduction = −MM.
 */
function rootPrice(kind: ContractKind, s: number, amount: number, entry: number, collateral: number, rate: number, deduction: number): number {
  return kind === 'linear'
    ? (collateral + deduction - s * amount * entry) / (amount * (rate - s))
    : (amount * (rate + s)) / (collateral + deduction + (s * amount) / entry);
}

/**
 * A non-positive root means equity never meets the requirement at a positive price: the position can
 * never be liquidated ('none': linear longs, inverse shorts) or is below it at every price ('exhausted').
 */
export function statusOf(kind: ContractKind, s: number, price: number): LiquidationStatus {
  if (price > 0 && price < Infinity) return 'ok';
  return (kind === 'linear') === (s > 0) ? 'none' : 'exhausted';
}

/** Position value in the tier unit at `price`: quote for linear (Q·P), coin for inverse (V/P). */
export const valueAt = (kind: ContractKind, amount: number, price: number): number => (kind === 'linear' ? amount * price : amount / price);

export interface SolveArgs {
  kind: ContractKind;
  side: Side;
  /** Base units (linear) or USD value of the contracts (inverse). */
  amount: number;
  entry: number;
  /** Collateral backing the position (isolated margin, or cross collateral net of other positions). */
  collateral: number;
  tiers: readonly Tier[];
  /** Fee rate the venue adds to the maintenance rate (0 when it adds none). */
  feeInRate: number;
  /**
   * Where the tier is read: 'liquidation' solves per bracket and keeps the consistent one (§1.3);
   * a number picks the tier at that notional (tier unit) and keeps it for the solve.
   */
  tierAt: 'liquidation' | number;
  /** 'price': the requirement moves with the price (MM = value(P)·rate − D); 'entry': fixed at entry value. */
  basis: 'price' | 'entry';
}

export interface Solved {
  price: number;
  status: LiquidationStatus;
  tier: Tier;
}

// Positional helpers: no closures and no argument objects in the hot path.
function rootFor(kind: ContractKind, s: number, amount: number, entry: number, collateral: number, fee: number, basis: 'price' | 'entry', t: Tier): number {
  if (basis === 'entry') {
    const mm = valueAt(kind, amount, entry) * (t.mmr + fee) - t.deduction;
    return rootPrice(kind, s, amount, entry, collateral, 0, -mm);
  }
  return rootPrice(kind, s, amount, entry, collateral, t.mmr + fee, t.deduction);
}

/** `solveLiquidation` with positional arguments (what `assess` calls). */
export function solve(
  kind: ContractKind,
  s: number,
  amount: number,
  entry: number,
  collateral: number,
  tiers: readonly Tier[],
  fee: number,
  tierAt: 'liquidation' | number,
  basis: 'price' | 'entry',
): Solved {
  let tier: Tier;
  let price: number;
  if (tierAt !== 'liquidation') {
    tier = tierFor(tiers, tierAt);
    price = rootFor(kind, s, amount, entry, collateral, fee, basis, tier);
  } else {
    // Solve in each bracket and accept the one whose value at the solved price lies in that bracket (§1.3).
    tier = tiers[0]!;
    price = NaN;
    for (let i = 0; i < tiers.length; i++) {
      const t = tiers[i]!;
      const p = rootFor(kind, s, amount, entry, collateral, fee, basis, t);
      if (!(p > 0 && p < Infinity)) continue;
      const v = valueAt(kind, amount, p);
      if (v >= t.floor * (1 - 1e-9) && v <= t.cap * (1 + 1e-9)) {
        tier = t;
        price = p;
        break;
      }
    }
    if (Number.isNaN(price)) price = rootFor(kind, s, amount, entry, collateral, fee, basis, tier); // none consistent: first tier decides the status
  }
  return { price, status: statusOf(kind, s, price), tier };
}

export function solveLiquidation(a: SolveArgs): Solved {
  return solve(a.kind, a.side === 'long' ? 1 : -1, a.amount, a.entry, a.collateral, a.tiers, a.feeInRate, a.tierAt, a.basis);
}

export interface LowLevelArgs {
  side: Side;
  /** Base units (linear) or contracts' USD value (inverse). */
  size: number;
  entryPrice: number;
  /** Wallet balance (cross) or isolated margin, in the margin asset. */
  collateral: number;
  /** Maintenance margin of the account's other positions (cross; TMM1 at Binance, MMR_o at dYdX). */
  otherMaintenance?: number;
  /** Unrealized PnL of the account's other positions (cross; UPNL1 at Binance). */
  otherUnrealizedPnl?: number;
  /** Either a tier table, or one rate and its deduction. */
  tiers?: readonly Tier[];
  mmr?: number;
  deduction?: number;
  feeRate?: number;
}

function lowLevel(kind: ContractKind, a: LowLevelArgs): Solved {
  const tiers = a.tiers ?? [{ floor: 0, cap: Infinity, mmr: a.mmr ?? 0, maxLeverage: 1, deduction: a.deduction ?? 0 }];
  return solveLiquidation({
    kind,
    side: a.side,
    amount: a.size,
    entry: a.entryPrice,
    collateral: a.collateral - (a.otherMaintenance ?? 0) + (a.otherUnrealizedPnl ?? 0),
    tiers,
    feeInRate: a.feeRate ?? 0,
    tierAt: 'liquidation',
    basis: 'price',
  });
}

/** Linear liquidation price for multi-position cross accounts (Binance FAQ form, §2.1; dYdX cross, §8.2). */
export const linearLiquidationPrice = (a: LowLevelArgs): Solved => lowLevel('linear', a);
/** Inverse liquidation price (Binance COIN-M form, §3.1); `size` is the contracts' USD value. */
export const inverseLiquidationPrice = (a: LowLevelArgs): Solved => lowLevel('inverse', a);
