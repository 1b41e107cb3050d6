import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, defaultSettings, repairSettings } from '@/src/settings/repair';
import { validateSettings, type Settings } from '@/src/settings/schema';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { dismissRepairs, ensureSettings, listBackups, loadSettings, saveSettings, settingsItem, watchSettings } from '@/src/settings/store';

const good = (): Settings => ({
  limits: { maxLeverage: 7, minLiquidationDistance: 0.05, maxAccountLeverage: 4, maxLossAtStop: 0.015, hard: ['maxLeverage'] },
  sites: { hyperliquid: { enabled: false, overrides: { maxLossAtStop: 0.01 } } },
  presets: [{ id: 'p-mine', name: 'Mine', limits: { maxLeverage: 5, minLiquidationDistance: 0.1, maxAccountLeverage: 3, maxLossAtStop: 0.01 } }],
});

const repaired = (raw: unknown) => {
  const r = repairSettings(raw);
  expect(validateSettings(r.settings).ok).toBe(true);
  return r;
};

describe('repairSettings', () => {
  it('returns valid settings untouched and nothing stored as the defaults, with no issues', () => {
    expect(repaired(good())).toEqual({ settings: good(), issues: [] });
    expect(repaired(null)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
    expect(repaired(undefined)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
  });

  it('clamps an out-of-range number to the nearest valid one and keeps everything else', () => {
    const raw = { ...good(), limits: { ...good().limits, maxLeverage: 1000, minLiquidationDistance: -0.2 } };
    const { settings, issues } = repaired(raw);
    expect(settings).toEqual({ ...good(), limits: { ...good().limits, maxLeverage: 500, minLiquidationDistance: 0 } });
    expect(issues).toEqual([
      'limits.maxLeverage was 1000, outside 1–500; set to 500.',
      'limits.minLiquidationDistance was -0.2, outside 0–0.9; set to 0.',
    ]);
  });

  it('reads numbers and booleans stored as text', () => {
    const raw = { ...good(), limits: { ...good().limits, maxLeverage: '12' }, sites: { hyperliquid: { enabled: 'false', overrides: {} } } };
    const { settings, issues } = repaired(raw);
    expect(settings.limits.maxLeverage).toBe(12);
    expect(settings.sites.hyperliquid).toEqual({ enabled: false, overrides: {} });
    expect(issues).toHaveLength(2);
  });

  it('replaces what cannot be read with the default of that one field', () => {
    const raw = { ...good(), limits: { ...good().limits, maxAccountLeverage: 'lots', maxLossAtStop: null } };
    const { settings, issues } = repaired(raw);
    expect(settings.limits).toEqual({ ...good().limits, maxAccountLeverage: 5, maxLossAtStop: 0.02 });
    expect(settings.sites).toEqual(good().sites);
    expect(settings.presets).toEqual(good().presets);
    expect(issues).toEqual(['limits.maxAccountLeverage was "lots"; set to 5.', 'limits.maxLossAtStop was null; set to 0.02.']);
  });

  it('drops unknown fields, bad overrides and bad hard entries, keeping the valid siblings', () => {
    const raw = {
      ...good(),
      theme: 'dark',
      limits: { ...good().limits, hard: ['maxLeverage', 'nope', 'maxLeverage'], colour: 1 },
      sites: {
        hyperliquid: { enabled: true, overrides: { maxLeverage: 'x', maxAccountLeverage: 3, hard: ['maxLeverage'] }, guard: 'confirm' },
        'NOT VALID': { enabled: true, overrides: {} },
        'binance-usdm': 'off',
      },
    };
    const { settings, issues } = repaired(raw);
    expect(settings.limits.hard).toEqual(['maxLeverage']);
    expect(settings.sites).toEqual({
      hyperliquid: { enabled: true, overrides: { maxAccountLeverage: 3 } },
      'binance-usdm': { enabled: true, overrides: {} },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'theme is not a setting; dropped it.',
        'limits.colour is not a setting; dropped it.',
        'sites.hyperliquid.guard is not a setting; dropped it.',
        'sites.hyperliquid.overrides.hard is not a limit; dropped it.',
        'sites.hyperliquid.overrides.maxLeverage was "x"; dropped the override.',
        'sites has an entry with an invalid id "NOT VALID"; dropped it.',
      ]),
    );
  });

  it('keeps sites this version does not know (a newer version may support them)', () => {
    const raw = { ...good(), sites: { ...good().sites, 'okx-swap': { enabled: false, overrides: {} } } };
    expect(repaired(raw)).toEqual({ settings: raw, issues: [] });
  });

  it('fixes presets one by one: names, duplicate ids and names, bad limits, too many', () => {
    const lim = good().presets[0]!.limits;
    const raw = {
      ...good(),
      presets: [
        { id: 'p-a', name: '  Spaced  ', limits: lim },
        { id: 'p-a', name: 'spaced', limits: { ...lim, maxLeverage: 0 } },
        { name: '', limits: 'x' },
        7,
        ...Array.from({ length: 20 }, (_, i) => ({ id: `p-n${i}`, name: `N${i}`, limits: lim })),
      ],
    };
    const { settings, issues } = repaired(raw);
    expect(settings.presets).toHaveLength(20);
    expect(settings.presets.slice(0, 3)).toEqual([
      { id: 'p-a', name: 'Spaced', limits: lim },
      { id: 'p-repaired-2', name: 'spaced (2)', limits: { ...lim, maxLeverage: 1 } },
      { id: 'p-repaired-3', name: 'Preset 3', limits: { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02 } },
    ]);
    expect(issues.some((i) => i.includes('past the 20-preset limit'))).toBe(true);
  });

  it('adds what a current-version value is missing, saying so', () => {
    const { limits, sites } = good();
    expect(repaired({ limits, sites })).toEqual({ settings: { limits, sites, presets: [] }, issues: ['presets was missing; you have no saved presets.'] });
    expect(repaired({ presets: [] }).settings).toEqual(defaultSettings());
  });

  it('starts from the defaults when the stored value is not settings at all', () => {
    for (const junk of [42, 'corrupt', [1, 2, 3], true]) {
      const { settings, issues } = repaired(junk);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(issues).toHaveLength(1);
    }
  });

  it('always returns valid settings, whatever it is given', () => {
    const samples: unknown[] = [
      {},
      { limits: [] },
      { limits: { maxLeverage: Number.NaN } },
      { sites: [] },
      { sites: { a: null } },
      { sites: { a: { overrides: [] } } },
      { presets: {} },
      { presets: [null, { id: 5, name: 5, limits: null }] },
      Object.create(null),
    ];
    for (const s of samples) expect(validateSettings(repairSettings(s).settings).ok, JSON.stringify(s)).toBe(true);
  });
});

describe('ensureSettings: stored repair with a backup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const store = async (value: unknown) => {
    await fakeBrowser.storage.sync.set({ settings: value, settings$: { v: SETTINGS_VERSION } });
  };

  it('writes the repaired settings and keeps the original, with what was wrong, for the popup', async () => {
    const corrupt = { ...good(), limits: { ...good().limits, maxLeverage: 'abc' }, junk: true };
    await store(corrupt);
    const state = await ensureSettings(() => new Date('2026-03-01T10:00:00Z'));
    expect(state.settings).toEqual({ ...good(), limits: { ...good().limits, maxLeverage: 10 } });
    expect(await settingsItem.getValue()).toEqual(state.settings);
    expect(state.unseenRepairs).toHaveLength(1);
    expect(state.unseenRepairs[0]).toMatchObject({
      kind: 'repair',
      at: '2026-03-01T10:00:00.000Z',
      version: SETTINGS_VERSION,
      original: corrupt,
      seen: false,
      issues: ['limits.maxLeverage was "abc"; set to 10.', 'junk is not a setting; dropped it.'],
    });
    // Nothing the trader set is lost: the original is in local storage, on this device.
    const { settingsBackup } = (await fakeBrowser.storage.local.get('settingsBackup')) as { settingsBackup: { original: unknown }[] };
    expect(settingsBackup[0]!.original).toEqual(corrupt);
  });

  it('does nothing when the settings are valid', async () => {
    await store(good());
    expect(await ensureSettings()).toEqual({ settings: good(), newerVersion: null, unseenRepairs: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps one backup when two contexts repair the same value at once', async () => {
    await store('garbage');
    await Promise.all([ensureSettings(), ensureSettings()]);
    await ensureSettings();
    const backups = await listBackups();
    expect(backups.filter((b) => b.kind === 'repair')).toHaveLength(1);
  });

  it('hides the notice once dismissed, and keeps the backup', async () => {
    await store({ limits: 5 });
    expect((await ensureSettings()).unseenRepairs).toHaveLength(1);
    await dismissRepairs();
    expect((await ensureSettings()).unseenRepairs).toHaveLength(0);
    expect(await listBackups()).toHaveLength(1);
  });

  it('loadSettings repairs in memory only (content scripts never write)', async () => {
    await store({ limits: 5 });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ limits: 5 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('watchSettings hands out repaired settings on every change', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(good());
    await fakeBrowser.storage.sync.set({ settings: { ...good(), limits: { ...good().limits, maxLeverage: 9999 } } });
    await fakeBrowser.storage.sync.remove('settings');
    unwatch();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen.map((s) => s.limits.maxLeverage)).toEqual([7, 500, 10]);
  });

  it('never saves invalid settings', async () => {
    await store(good());
    const bad = { ...good(), limits: { ...good().limits, maxLeverage: 0 } };
    await expect(saveSettings(bad)).rejects.toThrow('Not saved: limits.maxLeverage must be at least 1');
    expect(await settingsItem.getValue()).toEqual(good());
  });
});
