// Settings: the trader's limits, per-site switches and overrides, presets. Stored in storage.sync
// (schema.ts, migrations.ts, repair.ts, store.ts); the overlay reads them through `loadSettings`,
// `watchSettings` and `siteLimits`, the popup and options page also write them.
import type { Limits, Settings } from './schema';

export { LIMIT_KEYS, LIMIT_SPECS, formatLimit, formatLimitInput, parseLimitInput, type LimitKey, type LimitValues } from './limits';
export { settingsSchema, validateSettings, type Limits, type SavedPreset, type Settings, type SiteSettings } from './schema';
export { SETTINGS_VERSION, migrateSettings, settingsMigrations } from './migrations';
export { DEFAULT_LIMITS, DEFAULT_SETTINGS, defaultSettings, repairSettings } from './repair';
export {
  BUILT_IN_PRESETS,
  DEFAULT_PRESET,
  GLOBAL,
  applyLimitValues,
  matchingPreset,
  scopeValues,
  setLimits,
  setSiteEnabled,
  type LimitScope,
} from './presets';
export { SITES, siteById, siteForUrl, siteName, type SiteInfo } from './sites';
export {
  SETTINGS_KEY,
  ensureSettings,
  loadSettings,
  saveSettings,
  settingsItem,
  updateSettings,
  watchSettings,
  type SettingsState,
} from './store';

/**
 * The limits that apply on one site: the global ones with that site's overrides on top, and
 * whether the site is on (a site without an entry is on).
 */
export function siteLimits(settings: Pick<Settings, 'limits' | 'sites'>, siteId: string): { enabled: boolean; limits: Limits } {
  const site = settings.sites[siteId];
  return { enabled: site?.enabled ?? true, limits: { ...settings.limits, ...site?.overrides, hard: settings.limits.hard } };
}
