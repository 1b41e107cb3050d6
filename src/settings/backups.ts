import { storage } from '#imports';
import * as z from 'zod/mini';

/**
 * Backups on this device (`local:settingsBackup`), newest first: the settings as they were before
 * a repair, import, reset or restore, and any stored value that could not be read at all, kept
 * as text. Nothing here throws on what is stored: the list and each entry are parsed with their
 * schema, and what does not parse is itself kept as text (an `unreadable` entry) and replaced.
 */
export const BACKUP_KEY = 'local:settingsBackup' as const;
/** Kept of each group, newest first: settings backups, and unreadable values. */
export const MAX_BACKUPS = 5;

type SettingsBackupKind = 'repair' | 'import' | 'reset' | 'restore';

/** A settings backup: what a repair, import, reset or restore replaced. */
export interface SettingsBackup {
  id: string;
  /** ISO time. */
  at: string;
  /** `repair`: stored data was corrupt or unknown; `import`/`reset`/`restore`: the settings before that action. */
  kind: SettingsBackupKind;
  /** Settings version the original was stored at. */
  version: number;
  /** For `repair`, what was wrong and what was done, one line each. */
  issues: string[];
  original: unknown;
  /** The popup has shown this and the trader dismissed it. */
  seen: boolean;
}

/** The stored values that can be set aside as unreadable. */
const STORED_VALUES = ['settings-backups', 'backup-entry', 'override-log', 'override-records', 'badge-tabs'] as const;
export type StoredValue = (typeof STORED_VALUES)[number];

/** A stored value that could not be read, kept as text (JSON where it was JSON) so nothing is lost. */
export interface UnreadableBackup {
  id: string;
  at: string;
  kind: 'unreadable';
  from: StoredValue;
  /** What was wrong and what was done, one line each. */
  issues: string[];
  original: string;
  seen: boolean;
}

export type BackupEntry = SettingsBackup | UnreadableBackup;

/** What each unreadable value is called, and what was done about it (English for now; in one place for translation). */
const UNREADABLE_WORDS: Record<StoredValue, { what: string; issue: (text: string, count: number) => string }> = {
  'settings-backups': {
    what: 'The list of backups could not be read',
    issue: (text) => `The list of backups on this device was ${text}, not a list; kept it as text and started a new list.`,
  },
  'backup-entry': {
    what: 'A backup that could not be read',
    issue: (text) => `A backup on this device was ${text}, not a backup this version can read; kept it as text.`,
  },
  'override-log': {
    what: 'The override log could not be read',
    issue: (text) => `The override log was ${text}, not a list; kept it as text and started a new log.`,
  },
  'override-records': {
    what: 'Override log records that could not be read',
    issue: (_text, count) => `${count} record${count === 1 ? '' : 's'} of the override log could not be read; kept ${count === 1 ? 'it' : 'them'} as text.`,
  },
  'badge-tabs': {
    what: 'The list of tabs with a toolbar badge could not be read',
    issue: (text) => `The list of tabs with a toolbar badge was ${text}; kept it as text and started a new one.`,
  },
};

const isoTime = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s))));
const common = { id: z.string().check(z.minLength(1)), at: isoTime, issues: z.array(z.string()), seen: z.boolean() };
/** Loose: fields a newer version adds to an entry are kept, not dropped. */
const backupEntrySchema = z.discriminatedUnion('kind', [
  z.looseObject({ ...common, kind: z.enum(['repair', 'import', 'reset', 'restore']), version: z.number().check(z.int(), z.gte(1)), original: z.unknown() }),
  z.looseObject({ ...common, kind: z.literal('unreadable'), from: z.enum(STORED_VALUES), original: z.string() }),
]);

/** The value as text for an unreadable backup: JSON where it can be, so it can be read back by hand. */
function asText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A value short enough for one line of a notice. */
export const shortText = (value: unknown): string => {
  const text = asText(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** An entry that keeps `value` as text. */
function unreadableEntry(from: StoredValue, value: unknown, at: Date, index = 0, count = 1): UnreadableBackup {
  const original = asText(value);
  return {
    id: `${from}-${at.getTime().toString(36)}-${index}`,
    at: at.toISOString(),
    kind: 'unreadable',
    from,
    issues: [UNREADABLE_WORDS[from].issue(shortText(value), count)],
    original,
    seen: false,
  };
}

export interface ParsedBackups {
  list: BackupEntry[];
  /** Something stored could not be read and was turned into an unreadable entry: write `list` back. */
  changed: boolean;
}

/** Parses what is stored: never throws; an unreadable list or entry becomes an unreadable entry holding its text. */
export function parseBackups(raw: unknown, now: Date = new Date()): ParsedBackups {
  if (raw === null || raw === undefined) return { list: [], changed: false };
  if (!Array.isArray(raw)) return { list: [unreadableEntry('settings-backups', raw, now)], changed: true };
  let changed = false;
  const list = raw.map((item, i): BackupEntry => {
    const parsed = backupEntrySchema.safeParse(item);
    if (parsed.success) return parsed.data as BackupEntry;
    changed = true;
    return unreadableEntry('backup-entry', item, now, i);
  });
  return { list, changed };
}

/** Stored untyped on purpose: what is there is parsed before use. */
export const backupItem = storage.defineItem<unknown>(BACKUP_KEY, { fallback: null });

const sameJson = (a: unknown, b: unknown): boolean => asText(a) === asText(b);

/** Newest `MAX_BACKUPS` of each group: unreadable values never push settings backups out. */
function trim(list: BackupEntry[]): BackupEntry[] {
  let settings = 0;
  let unreadable = 0;
  return list.filter((b) => (b.kind === 'unreadable' ? ++unreadable : ++settings) <= MAX_BACKUPS);
}

/** Changes to the list are queued per context, so two at once both land. */
let queue: Promise<unknown> = Promise.resolve();

/** Reads (parsing), changes and writes the list; `change` returns null to leave it as it is. */
function changeBackups<T>(change: (list: BackupEntry[], now: Date) => { list: BackupEntry[] | null; result: T }, now: Date): Promise<T> {
  const run = queue.then(async () => {
    const parsed = parseBackups(await backupItem.getValue(), now);
    const { list, result } = change(parsed.list, now);
    if (list !== null) await backupItem.setValue(trim(list));
    else if (parsed.changed) await backupItem.setValue(parsed.list);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function listBackups(): Promise<BackupEntry[]> {
  return parseBackups(await backupItem.getValue()).list;
}

export function watchBackups(onChange: (list: BackupEntry[]) => void): () => void {
  return backupItem.watch((raw) => onChange(parseBackups(raw).list));
}

/** Writes the list back if part of it could not be read (the unreadable part kept as text). */
export function repairBackups(now: () => Date = () => new Date()): Promise<void> {
  return changeBackups(() => ({ list: null, result: undefined }), now());
}

/** Keeps a copy of the settings in `original`. The same value backed up twice (two contexts at once) is kept once. */
export function addBackup(
  entry: Pick<SettingsBackup, 'kind' | 'version' | 'issues' | 'original'>,
  now: () => Date = () => new Date(),
): Promise<SettingsBackup> {
  return changeBackups((list, at) => {
    const same = list.find((b): b is SettingsBackup => b.kind === entry.kind && sameJson(b.original, entry.original));
    if (same) return { list: null, result: same };
    const full: SettingsBackup = { ...entry, id: `${entry.kind}-${at.getTime().toString(36)}-${list.length}`, at: at.toISOString(), seen: false };
    return { list: [full, ...list], result: full };
  }, now());
}

/** Keeps a stored value that could not be read, as text, before it is replaced. */
export function keepUnreadable(from: StoredValue, value: unknown, now: () => Date = () => new Date(), count = 1): Promise<UnreadableBackup> {
  return changeBackups((list, at) => {
    const entry = unreadableEntry(from, value, at, list.length, count);
    const same = list.find((b): b is UnreadableBackup => b.kind === 'unreadable' && b.from === from && b.original === entry.original);
    if (same) return { list: null, result: same };
    return { list: [entry, ...list], result: entry };
  }, now());
}

/** Backups the trader should hear about (repairs and unreadable values not yet dismissed), newest first. */
const unseenNotices = (list: readonly BackupEntry[]): BackupEntry[] => list.filter((b) => (b.kind === 'repair' || b.kind === 'unreadable') && !b.seen);

export async function unseenRepairs(): Promise<BackupEntry[]> {
  return unseenNotices(await listBackups());
}

export function dismissRepairs(): Promise<void> {
  return changeBackups(
    (list) => ({ list: list.map((b) => (b.kind === 'repair' || b.kind === 'unreadable' ? { ...b, seen: true } : b)), result: undefined }),
    new Date(),
  );
}
