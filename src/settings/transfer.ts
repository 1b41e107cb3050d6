import { NUMBER_KEYS } from './limits';
import { SETTINGS_VERSION, migrateSettings } from './migrations';
import { DEFAULT_COOL_DOWN, DEFAULT_LIMITS } from './defaults';
import { validateSettings, type CoolDown, type Settings } from './schema';
import { SITE_OPTIONS, SITE_OPTION_KEYS } from './table';

/**
 * The exported file: the settings in their stored shape, wrapped with what is needed to read
 * them back with a later version (the same migrations as storage, then the same schema).
 *
 * { "app": "leverage-guard", "kind": "settings", "version": 2, "exportedAt": "…", "settings": { … } }
 */
/** @inlined */
export const EXPORT_APP = 'leverage-guard';
/** @inlined */
export const EXPORT_KIND = 'settings';
/** Larger than any valid settings (the sync item is ≤ 8 KB); a bigger file is not ours. @inlined */
export const MAX_IMPORT_BYTES = 64 * 1024;

interface SettingsFile {
  app: typeof EXPORT_APP;
  kind: typeof EXPORT_KIND;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = { app: EXPORT_APP, kind: EXPORT_KIND, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `leverage-guard-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportResult = { ok: true; settings: Settings; fromVersion: number } | { ok: false; errors: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an exported file. Nothing is repaired here: a file that does not validate is refused with
 * every problem listed, and the current settings stay as they are.
 */
export function importSettings(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, errors: ['The file is too large to be Leverage Guard settings.'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`The file is not valid JSON (${err instanceof Error ? err.message : String(err)}).`] };
  }
  if (!isRecord(data) || data.app !== EXPORT_APP || data.kind !== EXPORT_KIND) {
    return { ok: false, errors: ['This is not a Leverage Guard settings file (it should start with "app": "leverage-guard").'] };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['The file has no valid settings version.'] };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      errors: [`The file comes from a newer Leverage Guard (settings v${version}; this one reads up to v${SETTINGS_VERSION}). Update the extension first.`],
    };
  }
  const unknownKeys = Object.keys(data).filter((k) => !['app', 'kind', 'version', 'exportedAt', 'settings'].includes(k));
  if (unknownKeys.length > 0) return { ok: false, errors: [`The file has unknown fields: ${unknownKeys.join(', ')}.`] };
  const checked = validateSettings(migrateSettings(data.settings, version));
  if (!checked.ok) return { ok: false, errors: checked.issues.map((i) => `${i.path === '(settings)' ? 'settings' : `settings.${i.path}`}: ${i.message}`) };
  return { ok: true, settings: checked.settings, fromVersion: version };
}

/** What a reset to the defaults takes away, as kinds (the options page words them). */
export type ResetLoss =
  | { kind: 'limits' }
  | { kind: 'hard'; count: number }
  | { kind: 'sites'; count: number }
  | { kind: 'presets'; count: number }
  | { kind: 'coolDown'; coolDown: CoolDown }
  | { kind: 'pending'; count: number }
  /** Stored by a newer version: whatever only it understands goes too. */
  | { kind: 'newer-version'; version: number }
  /** The settings could not be read at all: whatever they were goes. */
  | { kind: 'unreadable' };

/** Everything in `settings` that differs from the defaults, so the trader can be told before a reset. */
export function whatResetLoses(settings: Settings | null, newerVersion: number | null = null): ResetLoss[] {
  const newer: ResetLoss[] = newerVersion === null ? [] : [{ kind: 'newer-version', version: newerVersion }];
  if (settings === null) return [{ kind: 'unreadable' }, ...newer];
  const losses: ResetLoss[] = [];
  if (NUMBER_KEYS.some((k) => settings.limits[k] !== DEFAULT_LIMITS[k])) losses.push({ kind: 'limits' });
  if (settings.limits.hard.length > 0) losses.push({ kind: 'hard', count: settings.limits.hard.length });
  const ownSites = Object.values(settings.sites).filter(
    (s) => SITE_OPTION_KEYS.some((k) => s[k] !== SITE_OPTIONS[k].default) || Object.values(s.overrides).some((v) => v !== undefined),
  ).length;
  if (ownSites > 0) losses.push({ kind: 'sites', count: ownSites });
  if (settings.presets.length > 0) losses.push({ kind: 'presets', count: settings.presets.length });
  if (settings.discipline.coolDown !== DEFAULT_COOL_DOWN) losses.push({ kind: 'coolDown', coolDown: settings.discipline.coolDown });
  if (settings.pending.length > 0) losses.push({ kind: 'pending', count: settings.pending.length });
  return [...losses, ...newer];
}
