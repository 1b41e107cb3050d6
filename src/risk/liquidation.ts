// A position's maintenance requirement and liquidation price under one venue's rules: what the
// ticket's assessment and the account figures both solve with.
import type { RiskInput } from './schema';
import { solve, tierFor, valueAt, type LiquidationStatus } from './solve';
import type { ContractKind, Tier } from './types';
import type { VenueModel } from './venues/model';

/** Tiers by contract count (OKX): with an unknown face value the count is unknown, so the table's last (highest) tier is used. */
export const contractsOf = (amt: number, cs: number): number => (Number.isFinite(cs) ? amt / cs : Infinity);

export interface Leg {
  s: number;
  /** Base units (linear) or USD value (inverse). */
  amt: number;
  entry: number;
}

/** Tier of a position of `amt` at `price` (the tier unit: contracts for venues that tier by them). */
function tierAtPrice(v: VenueModel, kind: ContractKind, tiers: readonly Tier[], amt: number, price: number, cs: number): Tier {
  return tierFor(tiers, v.tierAt === 'contracts' ? contractsOf(amt, cs) : valueAt(kind, amt, price));
}

/** Maintenance requirement of a position at `price` (at entry where the venue fixes it there; GMX's own rule). */
export function maintenanceAt(v: VenueModel, input: RiskInput, kind: ContractKind, tiers: readonly Tier[], cs: number, feeRate: number, amt: number, entry: number, price: number): number {
  if (v.custom) return v.custom.requirement(valueAt(kind, amt, entry), input, feeRate);
  const p = v.basis === 'entry' ? entry : price;
  const t = tierAtPrice(v, kind, tiers, amt, p, cs);
  return valueAt(kind, amt, p) * (t.mmr + (v.feeInMaintenance ? feeRate : 0)) - t.deduction;
}

/** The venue's liquidation price of a position with this collateral. */
export function liquidationOf(
  v: VenueModel,
  input: RiskInput,
  kind: ContractKind,
  tiers: readonly Tier[],
  cs: number,
  feeRate: number,
  mark: number | null,
  res: Leg,
  collateral: number,
): { price: number; status: LiquidationStatus } {
  const custom = v.custom;
  if (custom) {
    const requirement = custom.requirement(valueAt(kind, res.amt, res.entry), input, feeRate);
    return custom.liquidation({ s: res.s, size: res.amt, entry: res.entry, collateral, requirement, input });
  }
  const tierAt =
    v.tierAt === 'liquidation' ? 'liquidation' : v.tierAt === 'contracts' ? contractsOf(res.amt, cs) : valueAt(kind, res.amt, v.tierAt === 'mark' ? (mark ?? res.entry) : res.entry);
  return solve(kind, res.s, res.amt, res.entry, collateral, tiers, v.feeInMaintenance ? feeRate : 0, tierAt, v.basis);
}
