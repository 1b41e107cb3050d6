// Settings: the trader's limits, per-site switches, guard modes and overrides, presets, the
// cool-down with its pending raises. Stored in storage.sync (schema.ts, migrations.ts, repair.ts,
// store.ts); the override log is in storage.local (overrideLog.ts). The content script reads them
// through `loadSettings`, `watchSettings`, `siteLimits` and `nextPendingAt`, and writes the
// override log with `recordOverride`; the popup and options page also write the settings.
import { defaultSite } from './defaults';
import { applyDue } from './pending';
import type { GuardMode, Limits, PendingChange, Settings } from './schema';

export {
  DEFAULT_RISK_PER_TRADE,
  LIMIT_KEYS,
  LIMIT_SPECS,
  NUMBER_KEYS,
  formatLimitInput,
  parseLimitInput,
  type LimitKey,
  type LimitValues,
  type NumberKey,
  type NumberValues,
} from './limits';
export {
  COOL_DOWNS,
  GUARD_MODES,
  pendingKey,
  settingsSchema,
  validateSettings,
  type CoolDown,
  type GuardMode,
  type Limits,
  type PendingChange,
  type SavedPreset,
  type Settings,
  type SiteSettings,
} from './schema';
export { SETTINGS_VERSION, migrateSettings, settingsMigrations } from './migrations';
export { DEFAULT_LIMITS, DEFAULT_SETTINGS, defaultSettings, defaultSite } from './defaults';
export { repairSettings } from './repair';
export {
  BUILT_IN_PRESETS,
  DEFAULT_PRESET,
  GLOBAL,
  applyLimitValues,
  matchingPreset,
  scopeValues,
  setLimits,
  type LimitScope,
} from './presets';
export { COOL_DOWN_MS, commitChange } from './discipline';
export { applyDue, cancelPending, nextPendingAt } from './pending';
export { setCoolDown, setGuardMode, setSiteEnabled, setSiteOption } from './changes';
export { DISCIPLINE_OPTIONS, SITE_OPTIONS } from './table';
export { SITES, siteById, siteForUrl, siteName, type SiteInfo } from './sites';
export {
  SETTINGS_KEY,
  commitSettings,
  ensureSettings,
  loadSettings,
  saveSettings,
  settingsItem,
  updateSettings,
  watchSettings,
  type SettingsState,
} from './store';
export {
  MAX_OVERRIDES,
  OVERRIDE_LOG_KEY,
  clearOverrideLog,
  loadOverrideLog,
  overrideLogItem,
  overrideLogToCsv,
  overridesOn,
  overridesToday,
  overridesTodayText,
  recordOverride,
  watchOverrideLog,
  type OverrideRecord,
} from './overrideLog';

export interface SiteLimits {
  /** False: the trader switched Leverage Guard off on this site (no overlay, no checks). */
  enabled: boolean;
  /** All sites' limits with the site's overrides on top; `hard` is always the global list. */
  limits: Limits;
  guardMode: GuardMode;
  /** Share of equity the sizing button risks (the site's override, or all sites'). */
  riskPerTrade: number;
}

/**
 * What applies on one site at `now`: the global limits with the site's overrides on top, whether
 * the site is on (a site without an entry is on, in guard mode `confirm`), its guard mode and risk
 * per trade, with every pending change that is due by `now` applied (raises apply exactly at their
 * `appliesAt`, whether or not anything has written them back yet).
 */
export function siteLimits(
  settings: Pick<Settings, 'limits' | 'sites'> & { pending?: readonly PendingChange[]; discipline?: Settings['discipline'] },
  siteId: string,
  now: number = Date.now(),
): SiteLimits {
  const applied = settings.pending?.length
    ? applyDue({ presets: [], discipline: { coolDown: 'none' }, ...settings, pending: [...settings.pending] } as Settings, now)
    : settings;
  const site = applied.sites[siteId] ?? defaultSite();
  const limits: Limits = { ...applied.limits, ...site.overrides, hard: applied.limits.hard };
  return { enabled: site.enabled, limits, guardMode: site.guard, riskPerTrade: limits.riskPerTrade };
}
