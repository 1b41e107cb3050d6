// What a liquidation at the computed price costs the trader: the loss down to the trigger plus what
// the venue takes beyond it (its published fee, or the margin left when it settles at bankruptcy).
import type { LiquidationLoss } from './types';
import type { LiquidationFeeRule } from './venues/liquidationFees';

export interface LossFacts {
  mode: 'isolated' | 'cross';
  /** Isolated: the position's margin (its collateral). */
  margin: number;
  /** Signed PnL of the position from its entry to the liquidation price, and from entry to the mark. */
  pnlAtLiquidation: number;
  pnlAtMark: number;
  /** The position's value at the liquidation price, in the margin asset (what a fee rate applies to). */
  valueAtLiquidation: number;
  /** Cross: the position's maintenance margin at the liquidation price (its share of what the account has left there). */
  maintenanceAtLiquidation: number;
  takerFeeRate: number;
}

/**
 * Isolated: the margin falls to the maintenance level at the trigger (`toTrigger` = margin − what is
 * left), then the venue takes its fee from what is left, or all of it. Cross: the position loses
 * from the mark to the trigger, and the venue's fee (capped by the position's margin left at the
 * trigger, its maintenance margin there) or that margin comes on top.
 */
export function liquidationLoss(rule: LiquidationFeeRule, f: LossFacts): LiquidationLoss {
  const rate = rule.rate === 'taker' ? f.takerFeeRate : (rule.rate ?? null);
  const isolated = f.mode === 'isolated';
  const left = Math.max(0, isolated ? f.margin + f.pnlAtLiquidation : f.maintenanceAtLiquidation);
  const toTrigger = isolated ? f.margin - left : Math.max(0, f.pnlAtMark - f.pnlAtLiquidation);
  let fee: number | null = null;
  if (rule.rule === 'marginLost') fee = left;
  else if (rule.rule === 'noFee') fee = 0;
  else if (rule.rule === 'feeRate' && rate != null) fee = Math.min(left, rate * f.valueAtLiquidation);
  return {
    rule: rule.rule,
    feeRate: rule.rule === 'feeRate' ? rate : null,
    toTrigger,
    fee,
    total: fee == null ? null : toTrigger + fee,
  };
}
