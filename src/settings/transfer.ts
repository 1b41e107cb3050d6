import { SETTINGS_VERSION, migrateSettings } from './migrations';
import { validateSettings, type Settings } from './schema';

/**
 * The exported file: the settings in their stored shape, wrapped with what is needed to read
 * them back with a later version (the same migrations as storage, then the same schema).
 *
 * { "app": "leverage-guard", "kind": "settings", "version": 2, "exportedAt": "…", "settings": { … } }
 */
export const EXPORT_APP = 'leverage-guard';
export const EXPORT_KIND = 'settings';
/** Larger than any valid settings (the sync item is ≤ 8 KB); a bigger file is not ours. */
export const MAX_IMPORT_BYTES = 64 * 1024;

export interface SettingsFile {
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
