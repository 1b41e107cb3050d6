import type { RiskReport } from '../risk/types';

/** One side's risk report for what the ticket shows. */
export interface SideAssessment {
  /** null when the ticket has one side chosen; 'long'/'short' when it offers both at once. */
  side: 'long' | 'short' | null;
  report: RiskReport;
  /** Distance to liquidation as a multiple of the recent daily range (null: range unknown). */
  rangesAway?: number | null;
}

export type GuardMode = 'off' | 'warn' | 'confirm';
