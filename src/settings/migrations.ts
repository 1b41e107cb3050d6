/**
 * Stored-settings versions. WXT keeps the version in the item's metadata (`sync:settings$` → `{ v }`)
 * and runs `settingsMigrations[n]` for every n above the stored version when the item is defined;
 * import runs the same functions from the version written in the file.
 *
 * v1 (0.1.0 development builds, the placeholder contract):
 *   { limits: { maxLeverage, minLiquidationDistance, maxAccountLeverage, maxLossAtStop, hard },
 *     sites: { [siteId]: { enabled, overrides } } }
 * v2 (issue 5): adds the trader's saved presets.
 *   { limits, sites, presets: [{ id, name, limits }] }
 *
 * Adding v3 (e.g. issue 7: `sites[id].guard = 'warn'`, `discipline: { coolDown: 'none' }`,
 * `pending: []`): bump SETTINGS_VERSION, add `3: (v2) => …` below, extend `schema.ts` and
 * `repair.ts`, and add a "v2 → v3" case to test/unit/settings/migrations.test.ts.
 *
 * Rules for a migration: total (never throws: a thrown migration leaves the item stuck at its
 * old version, WXT only logs it); idempotent (a value that is already the new shape passes
 * unchanged, since a value written without metadata is taken to be v1); leaves anything it does
 * not understand for `repairSettings`, which keeps a backup of what it replaces.
 */

export const SETTINGS_VERSION = 2;

type Migration = (old: unknown) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const settingsMigrations: Record<number, Migration> = {
  2: (v1) => {
    if (!isRecord(v1)) return v1;
    return { ...v1, presets: 'presets' in v1 ? v1.presets : [] };
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
