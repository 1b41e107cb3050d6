import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, defaultSettings, repairSettings } from '@/src/settings/repair';
import { validateSettings, type Settings } from '@/src/settings/schema';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { dismissRepairs, ensureSettings, listBackups, loadSettings, saveSettings, settingsItem, watchSettings } from '@/src/settings/store';

const T0 = Date.UTC(2026, 2, 1, 10, 0);
const HOUR = 3_600_000;

const good = (): Settings => ({
  limits: { maxLeverage: 7, minLiquidationDistance: 0.05, maxAccountLeverage: 4, maxLossAtStop: 0.015, riskPerTrade: 0.01, hard: ['maxLeverage'] },
  sites: { hyperliquid: { enabled: false, guard: 'confirm', overrides: { maxLossAtStop: 0.01 } } },
  presets: [{ id: 'p-mine', name: 'Mine', limits: { maxLeverage: 5, minLiquidationDistance: 0.1, maxAccountLeverage: 3, maxLossAtStop: 0.01 } }],
  discipline: { coolDown: '1h' },
  pending: [{ field: 'limit', site: null, key: 'maxLeverage', value: 12, requestedAt: T0, appliesAt: T0 + HOUR }],
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
    const raw = { ...good(), limits: { ...good().limits, maxLeverage: '12' }, sites: { hyperliquid: { enabled: 'false', guard: 'warn', overrides: {} } } };
    const { settings, issues } = repaired(raw);
    expect(settings.limits.maxLeverage).toBe(12);
    expect(settings.sites.hyperliquid).toEqual({ enabled: false, guard: 'warn', overrides: {} });
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
        hyperliquid: { enabled: true, guard: 'warn', overrides: { maxLeverage: 'x', maxAccountLeverage: 3, hard: ['maxLeverage'] }, colour: 'red' },
        'NOT VALID': { enabled: true, guard: 'warn', overrides: {} },
        'binance-usdm': 'off',
      },
    };
    const { settings, issues } = repaired(raw);
    expect(settings.limits.hard).toEqual(['maxLeverage']);
    expect(settings.sites).toEqual({
      hyperliquid: { enabled: true, guard: 'warn', overrides: { maxAccountLeverage: 3 } },
      'binance-usdm': { enabled: true, guard: 'confirm', overrides: {} },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        'theme is not a setting; dropped it.',
        'limits.colour is not a setting; dropped it.',
        'sites.hyperliquid.colour is not a setting; dropped it.',
        'sites.hyperliquid.overrides.hard is not a limit; dropped it.',
        'sites.hyperliquid.overrides.maxLeverage was "x"; dropped the override.',
        'sites has an entry with an invalid id "NOT VALID"; dropped it.',
      ]),
    );
  });

  it('keeps sites this version does not know (a newer version may support them)', () => {
    const raw = { ...good(), sites: { ...good().sites, 'okx-swap': { enabled: false, guard: 'off', overrides: {} } } };
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
    expect(settings.presets[0]).not.toHaveProperty('riskPerTrade');
    expect(repaired({ ...good(), presets: [{ id: 'p-r', name: 'R', limits: { ...lim, riskPerTrade: 0.02 } }] }).issues).toEqual([
      'presets[0].limits.riskPerTrade is not a setting; dropped it.',
    ]);
    expect(issues.some((i) => i.includes('past the 20-preset limit'))).toBe(true);
  });

  it('adds what a current-version value is missing, saying so', () => {
    const { limits, sites, discipline, pending } = good();
    expect(repaired({ limits, sites, discipline, pending })).toEqual({
      settings: { limits, sites, presets: [], discipline, pending },
      issues: ['presets was missing; you have no saved presets.'],
    });
    expect(repaired({ presets: [], discipline: { coolDown: 'none' }, pending: [] }).settings).toEqual(defaultSettings());
  });

  it('repairs v3 fields: guard mode, risk per trade, cool-down', () => {
    const raw = {
      ...good(),
      limits: { ...good().limits, riskPerTrade: 0.5 },
      sites: { hyperliquid: { enabled: true, guard: 'hold', overrides: { riskPerTrade: '0.02' } }, demo: { enabled: true, overrides: {} } },
      discipline: { coolDown: 3600, strict: true },
    };
    const { settings, issues } = repaired(raw);
    expect(settings.limits.riskPerTrade).toBe(0.2);
    expect(settings.sites).toEqual({
      hyperliquid: { enabled: true, guard: 'confirm', overrides: { riskPerTrade: 0.02 } },
      demo: { enabled: true, guard: 'confirm', overrides: {} },
    });
    expect(settings.discipline).toEqual({ coolDown: 'none' });
    expect(issues).toEqual([
      'limits.riskPerTrade was 0.5, outside 0.0005–0.2; set to 0.2.',
      'sites.hyperliquid.guard was "hold"; guard mode is confirm.',
      'sites.hyperliquid.overrides.riskPerTrade was the text "0.02"; read it as the number 0.02.',
      'sites.demo.guard was missing; guard mode is confirm.',
      'discipline.coolDown was 3600; the cool-down is none.',
      'discipline.strict is not a setting; dropped it.',
    ]);
    expect(repaired({ ...good(), discipline: 'long' }).issues).toEqual(['discipline was "long"; the cool-down is none.']);
  });

  it('keeps valid pending changes one by one and drops the rest (dropping one only keeps the stricter setting)', () => {
    const ok = good().pending[0]!;
    const raw = {
      ...good(),
      pending: [
        ok,
        { ...ok, value: 15 }, // the same setting again
        { ...ok, key: 'maxAccountLeverage', appliesAt: ok.requestedAt - 1 },
        { field: 'guard', site: 'demo', value: 'never', requestedAt: T0, appliesAt: T0 + HOUR },
        'soon',
        { field: 'coolDown', value: 'none', requestedAt: T0, appliesAt: T0 + 24 * HOUR },
        ...Array.from({ length: 12 }, (_, i) => ({ field: 'enabled', site: `site-${i}`, value: false, requestedAt: T0, appliesAt: T0 + HOUR })),
      ],
    };
    const { settings, issues } = repaired(raw);
    expect(settings.pending.slice(0, 2)).toEqual([ok, { field: 'coolDown', value: 'none', requestedAt: T0, appliesAt: T0 + 24 * HOUR }]);
    expect(settings.pending).toHaveLength(10);
    expect(issues.slice(0, 4)).toEqual([
      'pending[1] repeats a pending change of the same setting; dropped it.',
      expect.stringMatching(/^pending\[2\] was .*; dropped it \(the setting stays as it applies now\)\.$/),
      expect.stringMatching(/^pending\[3\] was /),
      'pending[4] was "soon"; dropped it (the setting stays as it applies now).',
    ]);
    expect(issues.filter((i) => i.includes('past the 10-change limit'))).toHaveLength(4);
    expect(repaired({ ...good(), pending: {} }).issues).toEqual(['pending was {}, not a list; dropped the changes waiting for the cool-down.']);
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
      { discipline: null, pending: [null, {}, { field: 'limit' }] },
      { sites: { a: { guard: 7 } }, pending: [{ field: 'limit', site: null, key: 'maxLeverage', value: null, requestedAt: 0, appliesAt: 0 }] },
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

  it('does nothing when the settings are valid and nothing pending is due', async () => {
    await store(good());
    expect(await ensureSettings(() => new Date(T0 + HOUR - 1))).toEqual({ settings: good(), newerVersion: null, unseenRepairs: [], notSaved: null });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await settingsItem.getValue()).toEqual(good());
  });

  it('writes back pending changes that have fallen due, without a backup', async () => {
    await store(good());
    const state = await ensureSettings(() => new Date(T0 + HOUR));
    expect(state.settings).toEqual({ ...good(), limits: { ...good().limits, maxLeverage: 12 }, pending: [] });
    expect(await settingsItem.getValue()).toEqual(state.settings);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('repairs corrupt v3 data in storage and keeps the original', async () => {
    const corrupt = { ...good(), sites: { demo: { enabled: true, guard: 42, overrides: {} } }, pending: [{ field: 'limit', value: 'lots' }] };
    await store(corrupt);
    const state = await ensureSettings(() => new Date(T0));
    expect(state.settings).toEqual({ ...good(), sites: { demo: { enabled: true, guard: 'confirm', overrides: {} } }, pending: [] });
    expect(state.unseenRepairs[0]).toMatchObject({ kind: 'repair', original: corrupt });
    expect(state.unseenRepairs[0]!.issues).toEqual([
      'sites.demo.guard was 42; guard mode is confirm.',
      'pending[0] was {"field":"limit","value":"lots"}; dropped it (the setting stays as it applies now).',
    ]);
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
