// The age of the tier table a symbol is priced from: a table older than 180 days is named as such.
import { TIER_FILES } from './tierFiles';
import { ownTable, type TierFile } from './tiers';
import type { RiskReport, RiskWarning } from './types';
import { VENUE_MODELS } from './venues';
import { warning } from './warning';

/** @inlined */
export const TIER_TABLE_MAX_AGE_DAYS = 180;

export interface TierTableAge {
  takenOn: string;
  ageDays: number;
  old: boolean;
}

/** Days from the table's `takenOn` to `asOf` (both yyyy-mm-dd); null for a date that does not parse. */
export function tierTableAge(file: TierFile, symbol: string | null | undefined, asOf: string): TierTableAge | null {
  const key = symbol ? symbol.toUpperCase() : '';
  const table = (key && ownTable(file, key)) || file.default;
  const ageDays = Math.floor((Date.parse(asOf) - Date.parse(table.takenOn)) / 86_400_000);
  if (!Number.isFinite(ageDays)) return null;
  return { takenOn: table.takenOn, ageDays, old: ageDays > TIER_TABLE_MAX_AGE_DAYS };
}

/** The note for a table older than 180 days on `asOf` (severity `safe`: it grades nothing), or null. */
function oldTableWarning(file: TierFile, venue: string, symbol: string | null, asOf: string): RiskWarning | null {
  const age = tierTableAge(file, symbol, asOf);
  if (!age?.old) return null;
  return warning('tierTableOutdated', 'safe', { form: 'olderThan180Days', venue, symbol, leverage: null, tableMax: null, takenOn: age.takenOn, ageDays: age.ageDays });
}

/**
 * Adds the note for a tier table older than 180 days on `asOf` (yyyy-mm-dd, today in UTC for the
 * command line and the background) to a report of `assess`.
 */
export function noteOldTable(report: RiskReport, asOf: string): RiskReport {
  const old = oldTableWarning(TIER_FILES[report.venue], VENUE_MODELS[report.venue].name, report.symbol, asOf);
  if (old) report.warnings.push(old);
  return report;
}

/** Today in UTC, as `asOf`. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
