import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { defaultSettings } from '@/src/settings/repair';
import type { PendingChange, Settings } from '@/src/settings/schema';
import { listBackups, loadSettings, replaceSettings, saveSettings } from '@/src/settings/store';
import { exportFileName, exportSettings, importSettings, whatResetLoses } from '@/src/settings/transfer';

const NOW = new Date('2026-04-02T08:30:00Z');
const HOUR = 3_600_000;

const mine = (): Settings => ({
  limits: { maxLeverage: 6, minLiquidationDistance: 0.12, maxAccountLeverage: 3, maxLossAtStop: 0.0125, riskPerTrade: 0.0075, hard: ['maxLeverage', 'maxLossAtStop'] },
  sites: {
    'binance-usdm': { enabled: false, guard: 'confirm', overrides: {} },
    hyperliquid: { enabled: true, guard: 'warn', overrides: { maxLeverage: 3 } },
  },
  presets: [{ id: 'p-night', name: 'Night', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.005 } }],
  discipline: { coolDown: '1h' },
  pending: [{ field: 'limit', site: null, key: 'maxLeverage', value: 8, requestedAt: NOW.getTime(), appliesAt: NOW.getTime() + HOUR }],
});

/** The same settings as a v2 settings file held them. */
const mineV2 = () => ({
  limits: { maxLeverage: 6, minLiquidationDistance: 0.12, maxAccountLeverage: 3, maxLossAtStop: 0.0125, hard: ['maxLeverage', 'maxLossAtStop'] },
  sites: { 'binance-usdm': { enabled: false, overrides: {} }, hyperliquid: { enabled: true, overrides: { maxLeverage: 3 } } },
  presets: mine().presets,
});

describe('export / import', () => {
  it('round-trips the settings exactly', () => {
    const text = exportSettings(mine(), NOW);
    expect(JSON.parse(text)).toEqual({ app: 'leverage-guard', kind: 'settings', version: SETTINGS_VERSION, exportedAt: NOW.toISOString(), settings: mine() });
    expect(importSettings(text)).toEqual({ ok: true, settings: mine(), fromVersion: SETTINGS_VERSION });
    expect(exportFileName(NOW)).toBe('leverage-guard-settings-2026-04-02.json');
  });

  it('reads v1 and v2 files through the same migrations as storage', () => {
    const { presets: _p, ...v1 } = mineV2();
    const v3 = {
      ...mineV2(),
      limits: { ...mineV2().limits, riskPerTrade: 0.01 },
      sites: { 'binance-usdm': { enabled: false, guard: 'confirm', overrides: {} }, hyperliquid: { enabled: true, guard: 'confirm', overrides: { maxLeverage: 3 } } },
      discipline: { coolDown: 'none' },
      pending: [],
    };
    const file = (version: number, settings: unknown) => JSON.stringify({ app: 'leverage-guard', kind: 'settings', version, exportedAt: NOW.toISOString(), settings });
    expect(importSettings(file(1, v1))).toEqual({ ok: true, settings: { ...v3, presets: [] }, fromVersion: 1 });
    expect(importSettings(file(2, mineV2()))).toEqual({ ok: true, settings: v3, fromVersion: 2 });
  });

  it('refuses anything else with a reason, and repairs nothing', () => {
    const file = (patch: object) => JSON.stringify({ ...JSON.parse(exportSettings(mine(), NOW)), ...patch });
    const errors = (text: string) => {
      const r = importSettings(text);
      expect(r.ok).toBe(false);
      return r.ok ? [] : r.errors;
    };
    expect(errors('{ not json')[0]).toMatch(/^The file is not valid JSON/);
    expect(errors('[]')[0]).toMatch(/not a Leverage Guard settings file/);
    expect(errors(file({ app: 'other' }))[0]).toMatch(/not a Leverage Guard settings file/);
    expect(errors(file({ version: SETTINGS_VERSION + 1 }))[0]).toMatch(/newer Leverage Guard/);
    expect(errors(file({ version: '2' }))).toEqual(['The file has no valid settings version.']);
    expect(errors(file({ settings: { ...mine(), pending: [{ field: 'coolDown', value: 'never', requestedAt: 0, appliesAt: 0 }] } }))).toEqual([
      'settings.pending.0.value: must be one of none, 1h, 24h',
    ]);
    expect(errors(file({ extra: 1 }))).toEqual(['The file has unknown fields: extra.']);
    expect(errors(file({ settings: { ...mine(), limits: { ...mine().limits, maxLeverage: 1000 } } }))).toEqual([
      'settings.limits.maxLeverage: must be at most 500',
    ]);
    expect(errors(file({ settings: null }))).toEqual(['settings: must be an object']);
    expect(errors('x'.repeat(70_000))[0]).toMatch(/too large/);
  });
});

describe('replacing settings (import, reset)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the previous settings as a backup, not shown as a repair', async () => {
    const noCoolDown = { ...mine(), discipline: { coolDown: 'none' as const }, pending: [] };
    await saveSettings(noCoolDown);
    const result = await replaceSettings(defaultSettings(), 'reset', () => NOW);
    expect(result.deferred).toEqual([]);
    expect(await loadSettings()).toEqual(defaultSettings());
    const [backup] = await listBackups();
    expect(backup).toMatchObject({ kind: 'reset', original: noCoolDown, seen: false, at: NOW.toISOString() });
  });

  it('goes through the cool-down: a reset or import cannot raise a limit at once', async () => {
    await saveSettings(mine()); // cool-down 1 h, max leverage 6 with 8 pending
    const t = NOW.getTime();
    const { settings, deferred } = await replaceSettings(defaultSettings(), 'reset', () => NOW);
    // Everything in the defaults that is looser waits; what is stricter applies now.
    expect(settings.limits).toEqual(mine().limits);
    expect(settings.discipline).toEqual({ coolDown: '1h' }); // shortening the cool-down waits as well
    expect(settings.sites).toEqual({
      // binance-usdm: switched on at once (no entry = on, guard confirm, no overrides)
      hyperliquid: { enabled: true, guard: 'confirm', overrides: { maxLeverage: 3 } }, // warn → confirm: at once
    });
    const describe = (p: PendingChange) => `${p.field}:${'key' in p ? p.key : ''}:${'site' in p ? String(p.site) : ''}:${String(p.value)}`;
    expect(deferred.map(describe).sort()).toEqual([
      'coolDown:::none',
      'hard:maxLeverage::false',
      'hard:maxLossAtStop::false',
      'limit:maxAccountLeverage:null:5',
      'limit:maxLeverage:hyperliquid:null', // its stricter override goes: the site would follow 6× (later 10×)
      'limit:maxLeverage:null:10', // replaces the pending 8×
      'limit:maxLossAtStop:null:0.02',
      'limit:minLiquidationDistance:null:0.08',
      'limit:riskPerTrade:null:0.01',
    ]);
    expect(settings.pending).toEqual(expect.arrayContaining(deferred));
    expect(settings.pending).toHaveLength(deferred.length);
    expect(deferred.every((p) => p.requestedAt === t && p.appliesAt === t + HOUR)).toBe(true);
  });
});

describe('what a reset loses', () => {
  it('names everything that differs from the defaults, and nothing when there is nothing', () => {
    expect(whatResetLoses(defaultSettings())).toEqual([]);
    const s = defaultSettings();
    s.limits.maxLeverage = 5;
    s.limits.hard = ['maxLeverage', 'maxLossAtStop'];
    s.sites = {
      demo: { enabled: false, guard: 'confirm', overrides: {} },
      hyperliquid: { enabled: true, guard: 'confirm', overrides: {} }, // as the defaults: nothing to lose
      'binance-usdm': { enabled: true, guard: 'warn', overrides: { maxLeverage: 3 } },
    };
    s.presets = [{ id: 'p-a', name: 'A', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.01 } }];
    s.discipline.coolDown = '24h';
    s.pending = [{ field: 'coolDown', value: 'none', requestedAt: 0, appliesAt: 1 }];
    expect(whatResetLoses(s, 4)).toEqual([
      { kind: 'limits' },
      { kind: 'hard', count: 2 },
      { kind: 'sites', count: 2 },
      { kind: 'presets', count: 1 },
      { kind: 'coolDown', coolDown: '24h' },
      { kind: 'pending', count: 1 },
      { kind: 'newer-version', version: 4 },
    ]);
  });

  it('says whatever was stored is lost when the settings could not be read', () => {
    expect(whatResetLoses(null)).toEqual([{ kind: 'unreadable' }]);
  });
});
