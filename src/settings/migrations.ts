/**
 * Stored-settings versions. WXT keeps the version in the item's metadata (`sync:settings$` → `{ v }`)
 * and runs `settingsMigrations[n]` for every n above the stored version when the item is defined;
 * import runs the same functions from the version written in the file.
 *
 * v1 (0.1.0 development builds, the placeholder contract):
 *   { limits: { maxLeverage, minLiquidationDistance, maxAccountLeverage, maxLossAtStop, hard },
 *     sites: { [siteId]: { enabled, overrides } } }
 * v2: adds the trader's saved presets.
 *   { limits, sites, presets: [{ id, name, limits }] }
 * v3: guard mode per site, risk per trade, the cool-down and pending raises.
 *   { limits: { …, riskPerTrade }, sites: { [id]: { enabled, guard, overrides } }, presets,
 *     discipline: { coolDown }, pending: [] }
 *   Added with their defaults: `riskPerTrade: 0.01`, `guard: 'confirm'` on every stored site,
 *   `coolDown: 'none'` (a cool-down is the trader's choice, never imposed), no pending changes.
 *
 * Adding v4: bump SETTINGS_VERSION, add `4: (v3) => …` below, add the new setting (a row of
 * `table.ts`, or a limit spec: see docs/settings.md), and add a "v3 → v4" case to
 * test/unit/settings/migrations.test.ts.
 *
 * Rules for a migration: total (never throws: a thrown migration leaves the item stuck at its
 * old version, WXT only logs it); idempotent (a value that is already the new shape passes
 * unchanged, since a value written without metadata is taken to be v1); leaves anything it does
 * not understand for `repairSettings`, which keeps a backup of what it replaces.
 */

export const SETTINGS_VERSION = 3;

type Migration = (old: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const settingsMigrations: Record<number, Migration> = {
  2: (v1) => {
    if (!isRecord(v1)) return v1;
    return { ...v1, presets: 'presets' in v1 ? v1.presets : [] };
  },
  3: (v2) => {
    if (!isRecord(v2)) return v2;
    const limits = isRecord(v2.limits) && !('riskPerTrade' in v2.limits) ? { ...v2.limits, riskPerTrade: 0.01 } : v2.limits;
    const sites = isRecord(v2.sites)
      ? Object.fromEntries(Object.entries(v2.sites).map(([id, site]) => [id, isRecord(site) && !('guard' in site) ? { ...site, guard: 'confirm' } : site]))
      : v2.sites;
    return {
      ...v2,
      limits,
      sites,
      discipline: 'discipline' in v2 ? v2.discipline : { coolDown: 'none' },
      pending: 'pending' in v2 ? v2.pending : [],
    };
  },
};

/** Runs the migrations after `fromVersion` up to `toVersion`, for import and tests. */
export function migrateSettings(value: unknown, fromVersion: number, toVersion: number = SETTINGS_VERSION): unknown {
  let current = value;
  for (let v = Math.max(1, Math.floor(fromVersion)) + 1; v <= toVersion; v++) {
    const step = settingsMigrations[v];
    if (step) current = step(current) ?? current;
  }
  return current;
}
