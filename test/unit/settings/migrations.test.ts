import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, migrateSettings, settingsMigrations } from '@/src/settings/migrations';
import { validateSettings } from '@/src/settings/schema';

/** A v1 value as the placeholder contract (0.1.0 development builds) stored it. */
const V1 = {
  limits: { maxLeverage: 7, minLiquidationDistance: 0.05, maxAccountLeverage: 4, maxLossAtStop: 0.015, hard: ['maxLeverage'] },
  sites: { hyperliquid: { enabled: false, overrides: {} }, 'binance-usdm': { enabled: true, overrides: { maxLeverage: 3 } } },
};

/** What v1 becomes at v3: presets (v2), then risk per trade, guard mode per stored site, no cool-down, nothing pending (v3). */
const V1_AT_V3 = {
  limits: { ...V1.limits, riskPerTrade: 0.01 },
  sites: {
    hyperliquid: { enabled: false, guard: 'confirm', overrides: {} },
    'binance-usdm': { enabled: true, guard: 'confirm', overrides: { maxLeverage: 3 } },
  },
  presets: [],
  discipline: { coolDown: 'none' },
  pending: [],
};

/** A v2 value as the version-2 builds stored it. */
const V2 = {
  ...V1,
  presets: [{ id: 'p-a', name: 'A', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.01 } }],
};

describe('settings migrations (pure)', () => {
  it('has one migration for every version after 1', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(typeof settingsMigrations[v], `v${v}`).toBe('function');
    expect(Object.keys(settingsMigrations).map(Number).sort()).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
  });

  it('v1 → v2 keeps every v1 field and adds an empty preset list', () => {
    const v2 = migrateSettings(V1, 1, 2);
    expect(v2).toEqual({ ...V1, presets: [] });
    expect(validateSettings(migrateSettings(v2, 2, 3)).ok).toBe(true);
  });

  it('v2 → v3 adds risk per trade, guard mode confirm on every stored site, no cool-down and nothing pending', () => {
    const v3 = migrateSettings(V2, 2, 3);
    expect(v3).toEqual({ ...V1_AT_V3, presets: V2.presets });
    expect(validateSettings(v3)).toEqual({ ok: true, settings: v3 });
    expect(V2.limits).not.toHaveProperty('riskPerTrade'); // the input is not mutated
  });

  it('v1 → v3 runs both steps', () => {
    const v3 = migrateSettings(V1, 1);
    expect(v3).toEqual(V1_AT_V3);
    expect(validateSettings(v3).ok).toBe(true);
  });

  it('v2 → v3 keeps what is already in the v3 shape (a v3 value read as older) and leaves broken parts for the repair', () => {
    const v3 = { ...V1_AT_V3, sites: { demo: { enabled: true, guard: 'off', overrides: {} } }, discipline: { coolDown: '24h' } };
    expect(migrateSettings(v3, 1)).toEqual(v3);
    const broken = { limits: 'x', sites: { demo: 'on', hyperliquid: { enabled: true, overrides: {} } } };
    expect(migrateSettings(broken, 2)).toEqual({
      limits: 'x',
      sites: { demo: 'on', hyperliquid: { enabled: true, guard: 'confirm', overrides: {} } },
      discipline: { coolDown: 'none' },
      pending: [],
    });
  });

  it('v1 → v2 passes a value that already has presets unchanged (a v2 value without metadata)', () => {
    expect(migrateSettings(V2, 1, 2)).toEqual(V2);
  });

  it('never throws on garbage: leaves it for the repair', () => {
    for (const junk of [null, undefined, 42, 'x', [1, 2], true]) {
      expect(() => migrateSettings(junk, 1)).not.toThrow();
      expect(migrateSettings(junk, 1)).toEqual(junk);
    }
  });

  it('runs nothing from the current version', () => {
    expect(migrateSettings(V1, SETTINGS_VERSION)).toBe(V1);
  });
});

describe('settings migrations through the storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  /** Imports the store the way an extension context does: the item is defined (and migrated) on import. */
  const freshStore = async () => import('@/src/settings/store');

  it('reads a v1 value stored without metadata as v3 in memory, and ensureSettings writes it with the version', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1 });
    const store = await freshStore();
    expect(await store.loadSettings()).toEqual(V1_AT_V3);
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings: V1 }); // readers never write
    expect((await store.ensureSettings()).unseenRepairs).toEqual([]);
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: V1_AT_V3,
      settings$: { v: SETTINGS_VERSION },
    });
  });

  it('migrates a v2 value stored with metadata v2, without a repair', async () => {
    await fakeBrowser.storage.sync.set({ settings: V2, settings$: { v: 2 } });
    const store = await freshStore();
    const state = await store.ensureSettings();
    expect(state.unseenRepairs).toEqual([]);
    expect(state.settings).toEqual({ ...V1_AT_V3, presets: V2.presets });
    expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: { ...V1_AT_V3, presets: V2.presets },
      settings$: { v: 3 },
    });
  });

  it('migrates a v1 value stored with metadata v1', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1, settings$: { v: 1 } });
    const store = await freshStore();
    expect((await store.ensureSettings()).unseenRepairs).toEqual([]);
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('runs no migration on a value already at the current version', async () => {
    const migrations = await import('@/src/settings/migrations');
    const spy2 = vi.spyOn(migrations.settingsMigrations, 2 as never);
    const spy3 = vi.spyOn(migrations.settingsMigrations, 3 as never);
    await fakeBrowser.storage.sync.set({ settings: V1 });
    const store = await freshStore();
    await store.ensureSettings();
    expect(spy2).toHaveBeenCalledTimes(1);
    expect(spy3).toHaveBeenCalledTimes(1);
    await store.loadSettings();
    await store.ensureSettings();
    expect(spy2).toHaveBeenCalledTimes(1);
    expect(spy3).toHaveBeenCalledTimes(1);
    spy2.mockRestore();
    spy3.mockRestore();
  });

  it('reads a value whose version is not readable as this version’s, repairs the version and keeps a backup', async () => {
    await fakeBrowser.storage.sync.set({ settings: V1_AT_V3, settings$: { v: 'three' } });
    const store = await freshStore();
    const state = await store.ensureSettings();
    expect(state.settings).toEqual(V1_AT_V3);
    expect(state.unseenRepairs[0]).toMatchObject({ kind: 'repair', issues: ['The settings version was {"v":"three"}; read the settings as this version\'s.'] });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('writes nothing on a fresh install until the first save, then stamps the version', async () => {
    const store = await freshStore();
    const { DEFAULT_SETTINGS } = await import('@/src/settings/repair');
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await store.saveSettings({ ...DEFAULT_SETTINGS, limits: { ...DEFAULT_SETTINGS.limits, maxLeverage: 4 } });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('leaves settings from a newer version alone and refuses to overwrite them', async () => {
    const newer = { ...V1_AT_V3, journal: { enabled: true } };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    // Nothing is logged either: an error on every page of every exchange would help no one.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = await freshStore();
    const state = await store.ensureSettings();
    expect(state.newerVersion).toBe(SETTINGS_VERSION + 1);
    expect(state.settings.limits.maxLeverage).toBe(7); // read what we understand
    await expect(store.saveSettings(state.settings)).rejects.toThrow(/newer Leverage Guard/);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(newer);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({}); // no backup, nothing was replaced
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
