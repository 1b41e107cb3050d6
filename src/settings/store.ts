import { storage } from '#imports';
import { applyDue, commitChange, type CommitResult } from './discipline';
import { SETTINGS_VERSION, settingsMigrations } from './migrations';
import { DEFAULT_SETTINGS, repairSettings } from './repair';
import { validateSettings, type Settings } from './schema';

/**
 * The settings live in one `storage.sync` item so the limits follow the trader to every browser
 * they sign in to. Content scripts only read (`loadSettings`, `watchSettings`); the background,
 * the popup and the options page also repair and write (`ensureSettings`, `saveSettings`).
 *
 * storage.sync limits (Chrome and Firefox): 8,192 bytes per item, 120 writes a minute. The schema
 * caps what can grow (20 presets, 40-character names) and forms write on submit, not per keystroke.
 */
export const SETTINGS_KEY = 'sync:settings' as const;
export const BACKUP_KEY = 'local:settingsBackup' as const;
export const SYNC_ITEM_QUOTA_BYTES = 8192;
const MAX_BACKUPS = 5;

export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

/** What replaced or repaired settings left behind: the previous value, kept on this device only. */
export interface BackupEntry {
  id: string;
  /** ISO time. */
  at: string;
  /** `repair`: stored data was corrupt or unknown; `import`/`reset`/`restore`: the settings before that action. */
  kind: 'repair' | 'import' | 'reset' | 'restore';
  /** Settings version the original was stored at. */
  version: number;
  /** For `repair`, what was wrong and what was done, one line each. */
  issues: string[];
  original: unknown;
  /** The popup has shown this and the trader dismissed it. */
  seen: boolean;
}

export const backupItem = storage.defineItem<BackupEntry[]>(BACKUP_KEY, { fallback: [] });

/** The settings, repaired in memory if the stored value is not valid. Never writes: safe in content scripts. */
export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).settings;
}

/** Calls back with the (repaired) settings whenever they change, in this or any other context. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(repairSettings(value).settings));
}

export class SettingsWriteError extends Error {}

/** The version stored in the item's metadata; an item without one is a v1 value (or nothing). */
async function storedVersion(): Promise<number> {
  const meta = (await settingsItem.getMeta()) as { v?: unknown };
  return typeof meta.v === 'number' ? meta.v : 1;
}

export interface SettingsState {
  settings: Settings;
  /** Settings were written by a newer Leverage Guard (another browser): read them, don't write them. */
  newerVersion: number | null;
  /** Backups the trader has not dismissed yet, newest first. */
  unseenRepairs: BackupEntry[];
}

/**
 * Loads the settings and, if the stored value had to be repaired, stores the repaired value and
 * keeps the original in `local:settingsBackup` with what was wrong; pending changes that are due
 * are applied and written too. Called by the background at start-up and by the popup and options
 * page when they open and whenever a pending change falls due while they are open.
 */
export async function ensureSettings(now: () => Date = () => new Date()): Promise<SettingsState> {
  const raw: unknown = await settingsItem.getValue();
  const version = await storedVersion();
  const { settings: repaired, issues } = repairSettings(raw);
  if (version > SETTINGS_VERSION) {
    // A newer version synced these. Its fields would be lost by rewriting them in our shape.
    return { settings: repaired, newerVersion: version, unseenRepairs: await unseenRepairs() };
  }
  if (issues.length > 0) await addBackup({ kind: 'repair', version, issues, original: raw }, now);
  const settings = applyDue(repaired, now().getTime());
  if (issues.length > 0 || settings !== repaired) await settingsItem.setValue(settings);
  return { settings, newerVersion: null, unseenRepairs: await unseenRepairs() };
}

async function unseenRepairs(): Promise<BackupEntry[]> {
  return (await backupItem.getValue()).filter((b) => b.kind === 'repair' && !b.seen);
}

const sameJson = (a: unknown, b: unknown): boolean => {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
};

/** Keeps a copy of `original`. The same corrupt value repaired twice (two contexts at once) is kept once. */
export async function addBackup(
  entry: Pick<BackupEntry, 'kind' | 'version' | 'issues' | 'original'>,
  now: () => Date = () => new Date(),
): Promise<BackupEntry> {
  const list = await backupItem.getValue();
  const same = list.find((b) => b.kind === entry.kind && sameJson(b.original, entry.original));
  if (same) return same;
  const at = now().toISOString();
  const full: BackupEntry = { ...entry, id: `${entry.kind}-${Date.parse(at).toString(36)}-${list.length}`, at, seen: false };
  await backupItem.setValue([full, ...list].slice(0, MAX_BACKUPS));
  return full;
}

export async function dismissRepairs(): Promise<void> {
  const list = await backupItem.getValue();
  await backupItem.setValue(list.map((b) => (b.kind === 'repair' ? { ...b, seen: true } : b)));
}

export async function listBackups(): Promise<BackupEntry[]> {
  return backupItem.getValue();
}

/** Bytes the settings take in storage.sync (key + JSON value), as Chrome counts them. */
export const syncBytes = (settings: Settings): number =>
  new TextEncoder().encode('settings').length + new TextEncoder().encode(JSON.stringify(settings)).length;

/**
 * The only way settings are written: validated with the schema (invalid settings are never
 * saved), checked against the sync quota, refused if a newer version owns the stored data.
 */
export async function saveSettings(next: Settings): Promise<Settings> {
  const checked = validateSettings(next);
  if (!checked.ok) {
    throw new SettingsWriteError(`Not saved: ${checked.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`);
  }
  if (syncBytes(checked.settings) > SYNC_ITEM_QUOTA_BYTES) {
    throw new SettingsWriteError('Not saved: the settings are larger than browser sync allows; delete some saved presets or cancel some pending changes.');
  }
  const version = await storedVersion();
  if (version > SETTINGS_VERSION) {
    throw new SettingsWriteError(
      `Not saved: these settings come from a newer Leverage Guard (settings v${version}) on another browser; update this one to change them.`,
    );
  }
  await settingsItem.setValue(checked.settings);
  return checked.settings;
}

/**
 * Read (with due pending changes applied), change, apply the cool-down rule, validate, write.
 * `change` sees the settings as they apply at `now`; raises in what it returns are stored as
 * pending changes (`commitChange`). Every change from the popup and options page goes through here.
 */
export async function commitSettings(change: (current: Settings) => Settings, now: number = Date.now()): Promise<CommitResult> {
  const current = applyDue(await loadSettings(), now);
  const result = commitChange(current, change(current), now);
  return { ...result, settings: await saveSettings(result.settings) };
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
 */
export async function replaceSettings(
  next: Settings,
  kind: 'import' | 'reset' | 'restore',
  now: () => Date = () => new Date(),
): Promise<CommitResult> {
  const at = now().getTime();
  const previous = await loadSettings();
  const target = { ...applyDue(next, Number.POSITIVE_INFINITY), pending: [] };
  const result = commitChange(applyDue(previous, at), target, at);
  const saved = await saveSettings(result.settings);
  await addBackup({ kind, version: SETTINGS_VERSION, issues: [], original: previous }, now);
  return { ...result, settings: saved };
}
