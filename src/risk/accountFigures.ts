// The account figures of a report: what the order does to the position held, the margin ratio, the
// cost of liquidation and funding drift, with the other positions and the page's limits that move the
// liquidation price. `assess` (the command line, the popup) passes ACCOUNT to `assessWith`; a content
// script that does not pass it does not carry this code.
import { marginRatioOf, type OtherPosition, type OtherPositionsTotals, otherPositionsTotals, pnlAt, positionChangeOf } from './account';
import { FUNDING_INTERVAL_HOURS, fundingDrift } from './funding';
import { type Leg, liquidationOf, maintenanceAt } from './liquidation';
import { liquidationLoss } from './liquidationLoss';
import { type PageLimits, pageLimits } from './pageLimits';
import type { RiskInput } from './schema';
import { valueAt } from './solve';
import type { SymbolLimits } from './tiers';
import type { ContractKind, FundingDrift, MarginRatio, RiskReport, Side, Tier } from './types';
import { liquidationFeeOf } from './venues/liquidationFees';
import type { VenueModel } from './venues/model';

/** What the assessment knows once it has solved the ticket. */
interface AccountFacts {
  v: VenueModel;
  input: RiskInput;
  /** The ticket's symbol, side and equity (else balance), as `assessWith` read them from the input. */
  symbol: string | null;
  side: Side;
  base: number | null;
  kind: ContractKind;
  tiers: readonly Tier[];
  cs: number;
  feeRate: number;
  mode: 'isolated' | 'cross' | null;
  orderSide: number;
  /** The order in base units (linear) or USD value (inverse), and its entry. */
  amount: number | null;
  entry: number | null;
  mark: number | null;
  leverage: number | null;
  position: { side: 'long' | 'short'; size: number; entryPrice: number } | null;
  positionAmount: number;
  positionMargin: number | null;
  res: Leg | null;
  known: boolean;
  collateral: number | null;
  liquidation: number | null;
  maintenance: number | null;
  orderNotional: number | null;
  others: OtherPositionsTotals | null;
}

/** What `assessWith` asks of the account side. */
export interface AccountRules {
  others(v: VenueModel, others: readonly OtherPosition[], mode: 'isolated' | 'cross' | null, feeRate: number): OtherPositionsTotals;
  page(v: VenueModel, symbol: string | null, tiers: Tier[], own: SymbolLimits | null, pageMax: number): PageLimits;
  /** Sets the account figures on `report`. */
  figures(f: AccountFacts, report: RiskReport): void;
}

function accountFigures(f: AccountFacts, report: RiskReport): void {
  const { v, input, symbol, base, kind, tiers, cs, feeRate, mode, orderSide, amount, entry, mark, position: pos, positionAmount: posAmt, positionMargin: posMargin, res, collateral, others } = f;
  const linear = kind === 'linear';
  const liq = f.liquidation;
  const mm = f.maintenance;
  const ref = mark ?? entry;
  const orderBase = amount != null && entry ? (linear ? amount : amount / entry) : null;
  const positionChange = orderBase != null ? positionChangeOf(f.side, orderBase, pos) : null;
  const isolatedMargin = mode === 'isolated' || (v.custom?.collateral != null && res != null);
  const positionMargin = !res ? null : isolatedMargin ? collateral : f.leverage ? valueAt(kind, res.amt, res.entry) / f.leverage : null;
  let marginRatio: MarginRatio | null = null;
  if (ref && mode === 'cross' && base != null && f.known) {
    const othersMm = others?.crossMaintenance ?? 0;
    const held = pos ? maintenanceAt(v, input, kind, tiers, cs, feeRate, posAmt, pos.entryPrice, ref) : 0;
    // The order's fee leaves the balance, and a fill away from the mark is a PnL at once.
    const after = base - (f.orderNotional ?? 0) * feeRate + pnlAt(kind, orderSide, amount ?? 0, entry ?? ref, ref);
    marginRatio = {
      before: pos || others ? finite(marginRatioOf(held + othersMm, base)) : null,
      after: finite(marginRatioOf((res ? (mm ?? 0) : 0) + othersMm, after)),
    };
  } else if (ref && mode === 'isolated') {
    const ps = pos?.side === 'long' ? 1 : -1;
    marginRatio = {
      before:
        pos && posMargin != null
          ? finite(marginRatioOf(maintenanceAt(v, input, kind, tiers, cs, feeRate, posAmt, pos.entryPrice, ref), posMargin + pnlAt(kind, ps, posAmt, pos.entryPrice, ref)))
          : null,
      after: res && mm != null && collateral != null ? finite(marginRatioOf(mm, collateral + pnlAt(kind, res.s, res.amt, res.entry, ref))) : null,
    };
  }
  const lossMode = isolatedMargin ? 'isolated' : mode;
  const cost =
    liq != null && res && collateral != null && lossMode
      ? liquidationLoss(liquidationFeeOf(v.id, symbol), {
          mode: lossMode,
          margin: collateral,
          pnlAtLiquidation: pnlAt(kind, res.s, res.amt, res.entry, liq),
          pnlAtMark: pnlAt(kind, res.s, res.amt, res.entry, ref ?? res.entry),
          valueAtLiquidation: valueAt(kind, res.amt, liq),
          maintenanceAtLiquidation: maintenanceAt(v, input, kind, tiers, cs, feeRate, res.amt, res.entry, liq),
          takerFeeRate: feeRate,
        })
      : null;
  // Drift needs an isolated margin and a liquidation price: only then is the funding rate read.
  let drift: FundingDrift | null = null;
  const rate = isolatedMargin && liq != null && res && collateral != null && mark != null ? input.fundingRate : null;
  if (rate != null && liq != null && res && collateral != null && mark != null)
    drift = fundingDrift(rate, input.fundingIntervalHours ?? FUNDING_INTERVAL_HOURS[v.id], res.s, valueAt(kind, res.amt, mark), collateral, liq, mark, (margin) => {
      const r = liquidationOf(v, input, kind, tiers, cs, feeRate, mark, res, margin);
      return r.status === 'ok' ? r.price : null;
    });
  report.positionChange = positionChange;
  report.positionMargin = finite(positionMargin);
  report.accountLeverageCovers = others ? 'allPositions' : 'thisSymbol';
  report.marginRatio = marginRatio;
  report.liquidationLoss = cost;
  report.fundingDrift = drift;
}

/** Figures from finite inputs can still overflow near zero: the report carries only finite ones. */
const finite = (x: number | null): number | null => (x != null && Number.isFinite(x) ? (x === 0 ? 0 : x) : null);

export const ACCOUNT: AccountRules = { others: otherPositionsTotals, page: pageLimits, figures: accountFigures };
