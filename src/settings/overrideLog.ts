import { storage } from '#imports';
import * as z from 'zod/mini';
import { keepUnreadable } from './backups';

/**
 * The override log: one record each time the trader places an order past a warning. Kept in
 * `storage.local` only: it never syncs and never leaves this browser (the trader can export it as
 * CSV from the options page, or clear it). The newest `MAX_OVERRIDES` records are kept.
 *
 * The content script calls `recordOverride` when an order goes through past a warning; the popup
 * counts today's records, the options page lists and exports them. What is stored is parsed
 * record by record; what cannot be read is kept as text under Backups before the log is
 * rewritten (`repairOverrideLog`, and `recordOverride` itself), never dropped silently.
 */

/** @inlined */
export const OVERRIDE_LOG_KEY = 'local:overrideLog' as const;
export const MAX_OVERRIDES = 1000;
/** Bounds on what one record may carry, so a runaway page cannot fill local storage. */
const MAX_TEXT = 200;
const MAX_WARNINGS = 20;

const OVERRIDE_SEVERITIES = ['safe', 'caution', 'danger', 'blocked', 'unknown'] as const;

export interface OverrideRecord {
  /** When the order was placed: epoch milliseconds. */
  at: number;
  /** Site id (`binance-usdm`, `hyperliquid`, `demo`…). */
  site: string;
  symbol: string | null;
  side: 'long' | 'short' | null;
  /** Position leverage of the order, as the overlay computed it. */
  leverage: number | null;
  /** The overlay's verdict when the order was placed. */
  severity: (typeof OVERRIDE_SEVERITIES)[number];
  /** The warnings' messages, as the overlay showed them. */
  warnings: string[];
}

const text = z.string().check(z.maxLength(MAX_TEXT));

/** Loose: fields a newer version adds to a record are kept when the log is rewritten. */
const overrideRecordSchema = z.looseObject({
  at: z.number().check(z.gte(0)),
  site: text,
  symbol: z.nullable(text),
  side: z.nullable(z.enum(['long', 'short'])),
  leverage: z.nullable(z.number()),
  severity: z.enum(OVERRIDE_SEVERITIES),
  warnings: z.array(text).check(z.maxLength(MAX_WARNINGS)),
});

/** Stored untyped on purpose: what is there is parsed before use. */
const overrideLogItem = storage.defineItem<unknown>(OVERRIDE_LOG_KEY, { fallback: null });

interface ReadOverrideLog {
  /** The records that are valid, oldest first. */
  log: OverrideRecord[];
  /** What could not be read: the whole value (not a list) or the records that are not valid. */
  unreadable: { from: 'override-log'; value: unknown; count: 1 } | { from: 'override-records'; value: unknown[]; count: number } | null;
}

const validRecord = (r: unknown): OverrideRecord | null => {
  const parsed = overrideRecordSchema.safeParse(r);
  return parsed.success && Number.isFinite(parsed.data.at) ? (parsed.data as OverrideRecord) : null;
};

/** Splits what is stored into the valid records and what cannot be read. Never throws. */
function readOverrideLog(raw: unknown): ReadOverrideLog {
  if (raw === null || raw === undefined) return { log: [], unreadable: null };
  if (!Array.isArray(raw)) return { log: [], unreadable: { from: 'override-log', value: raw, count: 1 } };
  const log: OverrideRecord[] = [];
  const bad: unknown[] = [];
  for (const r of raw) {
    const record = validRecord(r);
    if (record) log.push(record);
    else bad.push(r);
  }
  return { log, unreadable: bad.length > 0 ? { from: 'override-records', value: bad, count: bad.length } : null };
}

/** The records that are valid, oldest first (anything else in storage is skipped, never thrown on). */
export function parseOverrideLog(raw: unknown): OverrideRecord[] {
  return readOverrideLog(raw).log;
}

export async function loadOverrideLog(): Promise<OverrideRecord[]> {
  return parseOverrideLog(await overrideLogItem.getValue());
}

export function watchOverrideLog(onChange: (log: OverrideRecord[]) => void): () => void {
  return overrideLogItem.watch((value) => onChange(parseOverrideLog(value)));
}

/** Reads the log for a rewrite: what cannot be read is kept as text under Backups first. */
async function readForWrite(now: () => Date): Promise<{ log: OverrideRecord[]; repaired: boolean }> {
  const { log, unreadable } = readOverrideLog(await overrideLogItem.getValue());
  if (unreadable) await keepUnreadable(unreadable.from, unreadable.value, now, unreadable.count);
  return { log, repaired: unreadable !== null };
}

const clip = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** Writes are queued per context so two quick overrides in one tab are both kept. */
let queue: Promise<unknown> = Promise.resolve();

function queued<T>(write: () => Promise<T>): Promise<T> {
  const run = queue.then(write);
  queue = run.catch(() => undefined);
  return run;
}

/** Keeps what cannot be read as text under Backups and rewrites the log with the valid records. */
export function repairOverrideLog(now: () => Date = () => new Date()): Promise<void> {
  return queued(async () => {
    const { log, repaired } = await readForWrite(now);
    if (repaired) await overrideLogItem.setValue(log);
  });
}

/**
 * Adds one record (`at` defaults to now). Text is clipped to fit; a record that is still not
 * valid (an unknown severity, a non-finite time) is refused with an error.
 */
export function recordOverride(record: Omit<OverrideRecord, 'at'> & { at?: number }): Promise<OverrideRecord> {
  const full = {
    at: record.at ?? Date.now(),
    site: clip(record.site),
    symbol: record.symbol === null ? null : clip(record.symbol),
    side: record.side,
    leverage: record.leverage !== null && Number.isFinite(record.leverage) ? record.leverage : null,
    severity: record.severity,
    warnings: record.warnings.slice(0, MAX_WARNINGS).map(clip),
  };
  const parsed = overrideRecordSchema.safeParse(full);
  if (!parsed.success || !Number.isFinite(full.at)) return Promise.reject(new Error('Not a valid override record.'));
  const valid = parsed.data as OverrideRecord;
  return queued(async () => {
    const { log } = await readForWrite(() => new Date());
    await overrideLogItem.setValue([...log, valid].slice(-MAX_OVERRIDES));
    return valid;
  });
}

export async function clearOverrideLog(): Promise<void> {
  await overrideLogItem.removeValue();
}

/** The records placed on the same local calendar day as `day`. */
export function overridesOn(log: readonly OverrideRecord[], day: Date): OverrideRecord[] {
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime();
  const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
  return log.filter((r) => r.at >= start && r.at < end);
}

/** How many overrides today (local time). */
export const overridesToday = (log: readonly OverrideRecord[], now: number = Date.now()): number => overridesOn(log, new Date(now)).length;

/** "3 overrides today", "1 override today", "No overrides today". */
export const overridesTodayText = (count: number): string =>
  count === 0 ? 'No overrides today' : `${count} override${count === 1 ? '' : 's'} today`;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, or starts/ends with
 * spaces; quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) gets a leading apostrophe: symbols are read from the exchange's page.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const CSV_COLUMNS = ['time', 'site', 'symbol', 'side', 'leverage', 'severity', 'warnings'] as const;

/** The log as CSV, oldest first: a header row, CRLF line ends, the time in ISO 8601 (UTC), warnings joined by " | ". */
export function overrideLogToCsv(log: readonly OverrideRecord[]): string {
  const rows = [...log]
    .sort((a, b) => a.at - b.at)
    .map((r) =>
      [new Date(r.at).toISOString(), r.site, r.symbol, r.side, r.leverage, r.severity, r.warnings.join(' | ')].map(csvField).join(','),
    );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function overrideLogFileName(now: Date = new Date()): string {
  return `leverage-guard-overrides-${now.toISOString().slice(0, 10)}.csv`;
}
