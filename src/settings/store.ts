import { storage } from '#imports';
import * as z from 'zod/mini';
import { addBackup, repairBackups, shortText, unseenRepairs, type BackupEntry } from './backups';
import { applyDue, commitChange, type CommitResult } from './discipline';
import { SETTINGS_VERSION, migrateSettings } from './migrations';
import { repairOverrideLog } from './overrideLog';
import { SettingsWriteError, problemOfStorageError, type WriteProblem } from './problems';
import { repairSettings } from './repair';
import { validateSettings, type Settings } from './schema';
import { SYNC_ITEM_QUOTA_BYTES, syncItemBytes } from './syncQuota';

export { SettingsWriteError, type WriteProblem } from './problems';
export { SYNC_ITEM_QUOTA_BYTES } from './syncQuota';
export {
  BACKUP_KEY,
  addBackup,
  backupItem,
  dismissRepairs,
  listBackups,
  watchBackups,
  type BackupEntry,
  type SettingsBackup,
  type UnreadableBackup,
} from './backups';

/**
 * The settings live in one `storage.sync` item so the limits follow the trader to every browser
 * they sign in to, with their version in `sync:settings$` (`{ v }`, the layout WXT uses).
 * Content scripts only read (`loadSettings`, `watchSettings`); the background, the popup and the
 * options page also repair and write (`ensureSettings`, `saveSettings`, `replaceSettings`).
 *
 * Migrations run here, not in WXT's item definition: that one writes from every context that
 * imports this module (content scripts too) and logs an error on every page when a newer version
 * stored the settings. Readers migrate in memory; `ensureSettings` writes the result.
 *
 * storage.sync limits (Chrome and Firefox): 8,192 bytes per item, 120 writes a minute. The schema
 * caps what can grow (20 presets, 40-character names), forms write on submit, not per keystroke,
 * and every write is measured the way the browser counts first (`syncQuota.ts`).
 */
export const SETTINGS_KEY = 'sync:settings' as const;
const VERSION_KEY = 'sync:settings$' as const;

/** Stored untyped on purpose: what is there is migrated and repaired before use. */
export const settingsItem = storage.defineItem<unknown>(SETTINGS_KEY, { fallback: null });

const versionSchema = z.looseObject({ v: z.optional(z.number().check(z.int(), z.gte(1))) });

interface Stored {
  raw: unknown;
  /** The version the value was stored at; a value without one is a v1 value (or nothing). */
  version: number;
  /** The stored version itself was not readable (the value is then read as v1: migrations are idempotent). */
  versionIssue: string | null;
}

async function readStored(): Promise<Stored> {
  const [value, version] = await storage.getItems([SETTINGS_KEY, VERSION_KEY]);
  const raw: unknown = value?.value;
  const meta: unknown = version?.value;
  if (meta === null || meta === undefined) return { raw, version: 1, versionIssue: null };
  const parsed = versionSchema.safeParse(meta);
  if (parsed.success) return { raw, version: parsed.data.v ?? 1, versionIssue: null };
  return { raw, version: 1, versionIssue: `The settings version was ${shortText(meta)}; read the settings as this version's.` };
}

/** The settings as far as this version understands them (a newer version's value is not migrated, only read). */
const readable = ({ raw, version }: Stored) => repairSettings(version > SETTINGS_VERSION ? raw : migrateSettings(raw, version));

/** The settings, migrated and repaired in memory if the stored value is older or not valid. Never writes: safe in content scripts. */
export async function loadSettings(): Promise<Settings> {
  return readable(await readStored()).settings;
}

/** Calls back with the (migrated, repaired) settings whenever they change, in this or any other context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Read as v1 (every migration passes a newer shape unchanged): the version may change in the same write.
  return settingsItem.watch((value) => onChange(repairSettings(migrateSettings(value, 1)).settings));
}

export interface SettingsState {
  settings: Settings;
  /** Settings were written by a newer Leverage Guard (another browser): read them, don't edit them (reset, import and restore still replace them). */
  newerVersion: number | null;
  /** Backups the trader has not dismissed yet (repairs, unreadable values), newest first. */
  unseenRepairs: BackupEntry[];
  /** The repaired or migrated settings could not be written back; they apply in memory only. */
  notSaved: WriteProblem | null;
}

/** Calls back with the state whenever the settings or their version change; results of older reads are dropped. */
export function watchSettingsState(onChange: (state: SettingsState) => void): () => void {
  let asked = 0;
  let stopped = false;
  const reread = () => {
    const mine = ++asked;
    void settingsState().then((s) => !stopped && mine === asked && onChange(s), () => undefined);
  };
  const unwatchValue = settingsItem.watch(reread);
  const unwatchVersion = storage.watch(VERSION_KEY, reread);
  return () => {
    stopped = true;
    unwatchValue();
    unwatchVersion();
  };
}

/** The state as stored, repaired in memory only. */
export async function settingsState(): Promise<SettingsState> {
  const stored = await readStored();
  const newer = stored.version > SETTINGS_VERSION;
  return { settings: readable(stored).settings, newerVersion: newer ? stored.version : null, unseenRepairs: await unseenRepairs(), notSaved: null };
}

/** Reads, changes and writes of the settings are queued per context, so a change never writes over one made just before it. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Loads the settings and, if the stored value was older or had to be repaired, stores the
 * migrated or repaired value (a repair keeps the original in the backups, with what was wrong);
 * pending changes that are due are applied and written too. The backups list and the override
 * log are repaired first, so nothing stored can stop this. Called by the background at start-up
 * and by the popup and options page when they open and whenever a pending change falls due
 * while they are open. Never throws on what is stored; a failed write is reported in `notSaved`.
 */
export function ensureSettings(now: () => Date = () => new Date()): Promise<SettingsState> {
  return serial(() => ensureUnqueued(now));
}

async function ensureUnqueued(now: () => Date): Promise<SettingsState> {
  await repairBackups(now);
  await repairOverrideLog(now);
  const stored = await readStored();
  const { raw, version, versionIssue } = stored;
  if (version > SETTINGS_VERSION) {
    // A newer version synced these. Its fields would be lost by rewriting them in our shape.
    return { settings: readable(stored).settings, newerVersion: version, unseenRepairs: await unseenRepairs(), notSaved: null };
  }
  const { settings: repaired, issues: found } = readable(stored);
  const issues = versionIssue ? [versionIssue, ...found] : found;
  if (issues.length > 0) await addBackup({ kind: 'repair', version, issues, original: raw }, now);
  const settings = applyDue(repaired, now().getTime());
  const migrated = raw !== null && raw !== undefined && version < SETTINGS_VERSION;
  let notSaved: WriteProblem | null = null;
  if (issues.length > 0 || settings !== repaired || migrated) {
    try {
      await writeSettings(settings);
    } catch (err) {
      notSaved = err instanceof SettingsWriteError ? err.problem : problemOfStorageError(err);
    }
  }
  return { settings, newerVersion: null, unseenRepairs: await unseenRepairs(), notSaved };
}

/** Bytes the settings take in storage.sync (key + JSON value), as the browser counts them. */
export const syncBytes = (settings: Settings): number => syncItemBytes('settings', settings);

/** Validated, measured: the settings as they may be written, or the reason they may not. */
function writable(next: Settings): Settings {
  const checked = validateSettings(next);
  if (!checked.ok) throw new SettingsWriteError({ kind: 'invalid', issues: checked.issues });
  const bytes = syncBytes(checked.settings);
  if (bytes > SYNC_ITEM_QUOTA_BYTES) throw new SettingsWriteError({ kind: 'too-large', bytes });
  return checked.settings;
}

/** Writes the settings with this version's stamp; a refusal by the browser becomes a `SettingsWriteError`. */
async function writeSettings(next: Settings): Promise<Settings> {
  const settings = writable(next);
  try {
    await storage.setItems([
      { key: SETTINGS_KEY, value: settings },
      { key: VERSION_KEY, value: { v: SETTINGS_VERSION } },
    ]);
  } catch (err) {
    throw new SettingsWriteError(problemOfStorageError(err));
  }
  return settings;
}

/**
 * The only way settings are edited: validated with the schema (invalid settings are never
 * saved), measured against the sync quota, refused if a newer version owns the stored data.
 */
export function saveSettings(next: Settings): Promise<Settings> {
  return serial(() => saveUnqueued(next));
}

async function saveUnqueued(next: Settings): Promise<Settings> {
  const settings = writable(next);
  const { version } = await readStored();
  if (version > SETTINGS_VERSION) throw new SettingsWriteError({ kind: 'newer-version', version });
  return writeSettings(settings);
}

/**
 * Read (with due pending changes applied), change, apply the cool-down rule, validate, write.
 * `change` sees the settings as they apply at `now`; raises in what it returns are stored as
 * pending changes (`commitChange`). Every change from the popup and options page goes through here.
 */
export function commitSettings(change: (current: Settings) => Settings, now: number = Date.now()): Promise<CommitResult> {
  return serial(async () => {
    const current = applyDue(await loadSettings(), now);
    const result = commitChange(current, change(current), now);
    return { ...result, settings: await saveUnqueued(result.settings) };
  });
}

/** `commitSettings`, for callers that only want the stored settings. */
export async function updateSettings(change: (current: Settings) => Settings, now: number = Date.now()): Promise<Settings> {
  return (await commitSettings(change, now)).settings;
}

/**
 * Replaces all settings (import, reset, restore), keeping the previous ones as a backup. The
 * replacement is a change like any other: its raises wait for the cool-down in force (otherwise
 * exporting, editing the file and importing it would skip the cool-down). Pending changes in
 * `next` count as asked for now; the current pending changes are dropped.
 *
 * Unlike edits, this also replaces settings stored by a newer version (the trader confirmed it):
 * the backup then keeps the stored value as it was, with its version, not our reading of it.
 */
export function replaceSettings(
  next: Settings,
  kind: 'import' | 'reset' | 'restore',
  now: () => Date = () => new Date(),
): Promise<CommitResult> {
  return serial(() => replaceUnqueued(next, kind, now));
}

async function replaceUnqueued(next: Settings, kind: 'import' | 'reset' | 'restore', now: () => Date): Promise<CommitResult> {
  const at = now().getTime();
  const stored = await readStored();
  const previous = readable(stored).settings;
  const target = { ...applyDue(next, Number.POSITIVE_INFINITY), pending: [] };
  const result = commitChange(applyDue(previous, at), target, at);
  const settings = writable(result.settings);
  const newer = stored.version > SETTINGS_VERSION;
  // The backup first: if the write then fails, nothing is lost either way.
  await addBackup(
    { kind, version: newer ? stored.version : SETTINGS_VERSION, issues: [], original: newer ? stored.raw : previous },
    now,
  );
  return { ...result, settings: await writeSettings(settings) };
}
