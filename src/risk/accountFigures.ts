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
import type { ContractKind, FundingDrift, LiquidationLoss, MarginRatio, PositionChange, Tier } from './types';
import { liquidationFeeOf } from './venues/liquidationFees';
import type { VenueModel } from './venues/model';

/** What the assessment knows once it has solved the ticket. */
interface AccountFacts {
  v: VenueModel;
  input: RiskInput;
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

interface AccountFigures {
  positionChange: PositionChange | null;
  positionMargin: number | null;
  accountLeverageCovers: 'allPositions' | 'thisSymbol';
  marginRatio: MarginRatio | null;
  liquidationLoss: LiquidationLoss | null;
  fundingDrift: FundingDrift | null;
}

/** What `assessWith` asks of the account side. */
export interface AccountRules {
  others(v: VenueModel, others: readonly OtherPosition[], mode: 'isolated' | 'cross' | null, feeRate: number): OtherPositionsTotals;
  page(v: VenueModel, symbol: string | null, tiers: Tier[], own: SymbolLimits | null, pageMax: number): PageLimits;
  figures(f: AccountFacts): AccountFigures;
}

function accountFigures(f: AccountFacts): AccountFigures {
  const { v, input, kind, tiers, cs, feeRate, mode, orderSide, amount, entry, mark, position: pos, positionAmount: posAmt, positionMargin: posMargin, res, collateral, others } = f;
  const linear = kind === 'linear';
  const liq = f.liquidation;
  const mm = f.maintenance;
  const ref = mark ?? entry;
  const orderBase = amount != null && entry ? (linear ? amount : amount / entry) : null;
  const positionChange = orderBase != null ? positionChangeOf(input.side, orderBase, pos) : null;
  const isolatedMargin = mode === 'isolated' || (v.custom?.collateral != null && res != null);
  const positionMargin = !res ? null : isolatedMargin ? collateral : f.leverage ? valueAt(kind, res.amt, res.entry) / f.leverage : null;
  const base = input.equity ?? input.balance;
  let marginRatio: MarginRatio | null = null;
  if (ref && mode === 'cross' && base != null && f.known) {
    const othersMm = others?.crossMaintenance ?? 0;
    const held = pos ? maintenanceAt(v, input, kind, tiers, cs, feeRate, posAmt, pos.entryPrice, ref) : 0;
    // The order's fee leaves the balance, and a fill away from the mark is a PnL at once.
    const after = base - (f.orderNotional ?? 0) * feeRate + pnlAt(kind, orderSide, amount ?? 0, entry ?? ref, ref);
    marginRatio = {
      before: pos || others ? marginRatioOf(held + othersMm, base) : null,
      after: marginRatioOf((res ? (mm ?? 0) : 0) + othersMm, after),
    };
  } else if (ref && mode === 'isolated') {
    const ps = pos?.side === 'long' ? 1 : -1;
    marginRatio = {
      before: pos && posMargin != null ? marginRatioOf(maintenanceAt(v, input, kind, tiers, cs, feeRate, posAmt, pos.entryPrice, ref), posMargin + pnlAt(kind, ps, posAmt, pos.entryPrice, ref)) : null,
      after: res && mm != null && collateral != null ? marginRatioOf(mm, collateral + pnlAt(kind, res.s, res.amt, res.entry, ref)) : null,
    };
  }
  if (marginRatio) marginRatio = { before: finite(marginRatio.before), after: finite(marginRatio.after) };
  const lossMode = isolatedMargin ? 'isolated' : mode;
  const cost =
    liq != null && res && collateral != null && lossMode
      ? liquidationLoss(liquidationFeeOf(v.id, input.symbol), {
          mode: lossMode,
          margin: collateral,
          pnlAtLiquidation: pnlAt(kind, res.s, res.amt, res.entry, liq),
          pnlAtMark: pnlAt(kind, res.s, res.amt, res.entry, ref ?? res.entry),
          valueAtLiquidation: valueAt(kind, res.amt, liq),
          maintenanceAtLiquidation: maintenanceAt(v, input, kind, tiers, cs, feeRate, res.amt, res.entry, liq),
          takerFeeRate: feeRate,
        })
      : null;
  const rate = input.fundingRate;
  const drift =
    rate != null && isolatedMargin && liq != null && res && collateral != null && mark != null
      ? fundingDrift(rate, input.fundingIntervalHours ?? FUNDING_INTERVAL_HOURS[v.id], res.s, valueAt(kind, res.amt, mark), collateral, liq, mark, (margin) => {
          const r = liquidationOf(v, input, kind, tiers, cs, feeRate, mark, res, margin);
          return r.status === 'ok' ? r.price : null;
        })
      : null;
  return {
    positionChange,
    positionMargin: finite(positionMargin),
    accountLeverageCovers: others ? 'allPositions' : 'thisSymbol',
    marginRatio,
    liquidationLoss: cost,
    fundingDrift: drift,
  };
}

/** Figures from finite inputs can still overflow near zero: the report carries only finite ones. */
const finite = (x: number | null): number | null => (x != null && Number.isFinite(x) ? (x === 0 ? 0 : x) : null);

export const ACCOUNT: AccountRules = { others: otherPositionsTotals, page: pageLimits, figures: accountFigures };
