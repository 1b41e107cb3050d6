import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { defaultSettings } from '@/src/settings/repair';
import type { Settings } from '@/src/settings/schema';
import { listBackups, loadSettings, replaceSettings, saveSettings } from '@/src/settings/store';
import { exportFileName, exportSettings, importSettings } from '@/src/settings/transfer';

const mine = (): Settings => ({
  limits: { maxLeverage: 6, minLiquidationDistance: 0.12, maxAccountLeverage: 3, maxLossAtStop: 0.0125, hard: ['maxLeverage', 'maxLossAtStop'] },
  sites: { 'binance-usdm': { enabled: false, overrides: {} }, hyperliquid: { enabled: true, overrides: { maxLeverage: 3 } } },
  presets: [{ id: 'p-night', name: 'Night', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.005 } }],
});

const NOW = new Date('2026-04-02T08:30:00Z');

describe('export / import', () => {
  it('round-trips the settings exactly', () => {
    const text = exportSettings(mine(), NOW);
    expect(JSON.parse(text)).toEqual({ app: 'leverage-guard', kind: 'settings', version: SETTINGS_VERSION, exportedAt: NOW.toISOString(), settings: mine() });
    expect(importSettings(text)).toEqual({ ok: true, settings: mine(), fromVersion: SETTINGS_VERSION });
    expect(exportFileName(NOW)).toBe('leverage-guard-settings-2026-04-02.json');
  });

  it('reads a v1 file through the same migrations as storage', () => {
    const { presets: _p, ...v1 } = mine();
    const text = JSON.stringify({ app: 'leverage-guard', kind: 'settings', version: 1, exportedAt: NOW.toISOString(), settings: v1 });
    expect(importSettings(text)).toEqual({ ok: true, settings: { ...v1, presets: [] }, fromVersion: 1 });
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
    await saveSettings(mine());
    await replaceSettings(defaultSettings(), 'reset', () => NOW);
    expect(await loadSettings()).toEqual(defaultSettings());
    const [backup] = await listBackups();
    expect(backup).toMatchObject({ kind: 'reset', original: mine(), seen: false, at: NOW.toISOString() });
  });
});
