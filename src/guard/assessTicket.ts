import { assessWith } from '../risk/assess';
import type { RiskInput } from '../risk/schema';
import { worstSeverity, type RiskReport, type Severity } from '../risk/types';
import type { VenueModel } from '../risk/venues/model';
import type { Limits } from '../settings/schema';
import type { VenueAdapter } from '../venues/adapter';
import type { TicketReading } from '../venues/reading';
import { warning } from '../risk/warning';
import type { SideAssessment } from './types';

export interface TicketAssessment {
  assessments: SideAssessment[];
  severity: Severity;
  /** Why the ticket was not assessed at all (a closing order, an unreadable side), or absent. */
  unassessed?: string;
}

/** Our liquidation price and the venue's own estimate may differ by this much before we say so. @inlined */
export const SELF_CHECK_TOLERANCE = 0.005;

export interface AssessOptions {
  /** The risk rules of the venue the ticket is on (for Bybit, of the page's contract kind). */
  model: VenueModel;
  limits: Limits | null;
  riskPerTrade?: number | null;
  /** The recent daily price range, for the distance in daily ranges. */
  dailyRange?: number | null;
  /**
   * The report of one side's input on the trader's account (positions, funding, the page's maximum
   * leverage), once the background has assessed it; null until then, when the ticket alone is assessed.
   */
  onAccount?: (input: RiskInput) => RiskReport | null;
}

const value = <T>(f: { ok: true; value: T } | { ok: false }): T | undefined => (f.ok ? f.value : undefined);

/** The risk core's input for one side of what the ticket shows; fields the ticket lacks stay absent. */
function toRiskInput(
  reading: TicketReading,
  venue: RiskInput['venue'],
  side: 'long' | 'short',
  limits: Limits | null,
  riskPerTrade: number | null = null,
): RiskInput {
  const stopLoss = value(reading.stopLoss);
  return {
    venue,
    symbol: value(reading.symbol),
    side,
    orderType: value(reading.orderType),
    price: value(reading.price),
    markPrice: value(reading.markPrice),
    size: value(reading.size),
    leverage: value(reading.leverage),
    marginMode: value(reading.marginMode),
    balance: value(reading.balance),
    ...(stopLoss != null ? { stopLoss } : {}),
    ...(limits ? { limits } : {}),
    ...(riskPerTrade != null ? { riskPerTrade } : {}),
  } as RiskInput;
}

/**
 * Replaces the risk core's generic "input missing" warnings with what the adapter knows:
 * which field of the ticket could not be read, and why.
 */
function explainMissing(report: RiskReport, reading: TicketReading): RiskReport {
  if (report.missing.length === 0) return report;
  const explained = report.missing.map((name) => {
    const field = reading[name];
    // The English sentence (warningMessage) names the adapter's reason, `detail`; the UI words it from `kind` and `shown`.
    const read = field.ok ? {} : { detail: field.reason, ...(field.kind ? { kind: field.kind } : {}), ...(field.shown !== undefined ? { shown: field.shown } : {}) };
    return warning('missingInput', 'unknown', { form: name, field: name, ...read });
  });
  return { ...report, warnings: [...explained, ...report.warnings.filter((w) => w.code !== 'missingInput')] };
}

/**
 * Self-check: where the ticket shows the venue's own estimated liquidation price, a difference
 * of more than 0.5 % from ours means a stale tier table or a misread field: say so, with both.
 */
function selfCheck(report: RiskReport, reading: TicketReading, adapter: Pick<VenueAdapter, 'name' | 'words'>): RiskReport {
  const venue = reading.venueLiquidationPrice;
  const ours = report.liquidationPrice;
  if (!venue.ok || venue.value == null || ours == null || ours <= 0) return report;
  const apart = Math.abs(venue.value - ours) / ours;
  if (apart <= SELF_CHECK_TOLERANCE) return report;
  const check = warning('selfCheck', 'caution', { form: 'apart', venue: adapter.name, word: adapter.words.liquidationPrice, venueLiquidation: venue.value, ours, apart });
  return { ...report, warnings: [...report.warnings, check], severity: worstSeverity(report.severity, 'caution') };
}

/**
 * Assesses the ticket: one report when the trader has chosen a side, one per side when the
 * ticket offers Buy/Long and Sell/Short at once (as Binance's does). A market order without a
 * mark price, or any field the verdict needs, makes the verdict `unknown`, never `safe`.
 */
export function assessTicket(reading: TicketReading, adapter: Pick<VenueAdapter, 'name' | 'words'>, options: AssessOptions): TicketAssessment {
  // Without a side, only a ticket that offers both at once is assessed (once per side); a Close tab,
  // Reduce-Only or an unreadable side is "unknown", with the adapter's reason.
  if (!reading.side.ok && reading.side.kind !== 'bothSides') {
    return { assessments: [], severity: 'unknown', unassessed: `Not assessed: ${reading.side.reason}.` };
  }
  const sides: ('long' | 'short')[] = reading.side.ok ? [reading.side.value] : ['long', 'short'];
  const assessments = sides.map((side) => {
    const input = toRiskInput(reading, options.model.id, side, options.limits, options.riskPerTrade);
    const report = selfCheck(explainMissing(options.onAccount?.(input) ?? assessWith(options.model, input), reading), reading, adapter);
    const range = options.dailyRange;
    const rangesAway = range && report.liquidationDistancePrice != null ? report.liquidationDistancePrice / range : null;
    return { side: reading.side.ok ? null : side, report, rangesAway };
  });
  return { assessments, severity: worstSeverity(assessments.map((a) => a.report.severity)) };
}
