import type { SchemaIssue } from './schema';
import { SYNC_ITEM_QUOTA_BYTES } from './syncQuota';

/**
 * Why settings were not saved, as typed kinds: callers decide on `kind`, never on the words.
 * The words (English for now) are all in `WRITE_PROBLEM_WORDS`, for translation later.
 */
export type WriteProblem =
  | { kind: 'invalid'; issues: SchemaIssue[] }
  /** Larger than one storage.sync item may be; `bytes` when we measured it ourselves. */
  | { kind: 'too-large'; bytes: number | null }
  /** storage.sync takes at most 120 writes a minute and 1,800 an hour. */
  | { kind: 'too-many-writes' }
  | { kind: 'newer-version'; version: number }
  /** Any other refusal by the browser, with its own message. */
  | { kind: 'browser-refused'; detail: string };

const number = (n: number) => n.toLocaleString('en-US');

const WRITE_PROBLEM_WORDS: { [K in WriteProblem['kind']]: (p: Extract<WriteProblem, { kind: K }>) => string } = {
  invalid: (p) => `Not saved: ${p.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
  'too-large': (p) =>
    `Not saved: the settings would be larger than browser sync allows${p.bytes === null ? '' : ` (${number(p.bytes)} of ${number(SYNC_ITEM_QUOTA_BYTES)} bytes)`}; delete some saved presets, shorten their names or cancel some pending changes.`,
  'too-many-writes': () => 'Not saved: the browser takes only so many settings changes a minute. Wait a minute, then save again.',
  'newer-version': (p) =>
    `Not saved: these settings come from a newer Leverage Guard (settings v${p.version}) on another browser; update this one to change them, or reset them under All settings.`,
  'browser-refused': (p) => `Not saved: the browser did not store the settings (${p.detail}).`,
};

function describeWriteProblem(problem: WriteProblem): string {
  return (WRITE_PROBLEM_WORDS[problem.kind] as (p: WriteProblem) => string)(problem);
}

export class SettingsWriteError extends Error {
  constructor(readonly problem: WriteProblem) {
    super(describeWriteProblem(problem));
    this.name = 'SettingsWriteError';
  }
}

/**
 * The kind of a storage error thrown by the browser. Browsers give no error codes here, only
 * messages: Chrome "Resource::kQuotaBytesPerItem quota exceeded" (also kQuotaBytes,
 * kMaxWriteOperationsPerMinute/Hour), Firefox "QuotaExceededError: storage.sync API call exceeded
 * its quota limitations". Reading them is confined to this function.
 */
export function problemOfStorageError(err: unknown): WriteProblem {
  const detail = err instanceof Error ? err.message : String(err);
  if (/MaxWriteOperations|MAX_WRITE_OPERATIONS/i.test(detail)) return { kind: 'too-many-writes' };
  if (/quota/i.test(detail)) return { kind: 'too-large', bytes: null };
  return { kind: 'browser-refused', detail };
}
