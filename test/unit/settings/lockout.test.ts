import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { setLimits } from '@/src/settings/presets';
import { defaultSettings } from '@/src/settings/repair';
import type { Settings } from '@/src/settings/schema';
import {
  SettingsWriteError,
  ensureSettings,
  listBackups,
  loadSettings,
  replaceSettings,
  saveSettings,
  updateSettings,
} from '@/src/settings/store';

/** Nothing stored may lock the trader out of their settings. */

const T = new Date('2026-03-01T10:00:00Z');
const mine = (): Settings => {
  const s = defaultSettings();
  s.limits.maxLeverage = 7;
  s.presets = [{ id: 'p-night', name: 'Night', limits: { maxLeverage: 5, minLiquidationDistance: 0.1, maxAccountLeverage: 3, maxLossAtStop: 0.01 } }];
  return s;
};
const sync = async () => fakeBrowser.storage.sync.get(['settings', 'settings$']);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('junk in local storage', () => {
  it('a backups list that is not a list does not stop corrupt settings from being repaired and written', async () => {
    await fakeBrowser.storage.local.set({ settingsBackup: 'not a list' });
    await fakeBrowser.storage.sync.set({ settings: { ...mine(), limits: 'x' }, settings$: { v: SETTINGS_VERSION } });
    const state = await ensureSettings(() => T);
    expect(state.settings.limits.maxLeverage).toBe(10);
    expect((await sync()).settings).toEqual(state.settings);
    expect(state.unseenRepairs.map((b) => b.kind)).toEqual(['repair', 'unreadable']);
    expect((await listBackups()).find((b) => b.kind === 'unreadable')).toMatchObject({ from: 'settings-backups', original: '"not a list"' });
  });

  it('never throws on anything stored in the backups list or the override log', async () => {
    const junk: unknown[] = ['x', 0, false, {}, { length: 3 }, [null], [{ kind: 'repair' }], [[1]], [{ ...mine(), kind: 'reset' }]];
    for (const value of junk) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set({ settingsBackup: value, overrideLog: value });
      await expect(ensureSettings()).resolves.toMatchObject({ settings: defaultSettings() });
      await expect(listBackups()).resolves.toBeInstanceOf(Array);
    }
  });
});

describe('settings saved by a newer version', () => {
  const newer = () => ({ ...mine(), journal: { enabled: true } });

  it('are read, not edited, but reset replaces them after keeping them as they were', async () => {
    await fakeBrowser.storage.sync.set({ settings: newer(), settings$: { v: SETTINGS_VERSION + 1 } });
    expect((await ensureSettings()).newerVersion).toBe(SETTINGS_VERSION + 1);
    await expect(saveSettings(mine())).rejects.toMatchObject({ problem: { kind: 'newer-version', version: SETTINGS_VERSION + 1 } });

    await replaceSettings(defaultSettings(), 'reset', () => T);
    expect(await sync()).toEqual({ settings: defaultSettings(), settings$: { v: SETTINGS_VERSION } });
    expect((await listBackups())[0]).toMatchObject({ kind: 'reset', version: SETTINGS_VERSION + 1, original: newer() });
    expect((await ensureSettings()).newerVersion).toBeNull();
  });

  it('import and restore replace them too', async () => {
    await fakeBrowser.storage.sync.set({ settings: newer(), settings$: { v: SETTINGS_VERSION + 1 } });
    await replaceSettings(mine(), 'import');
    expect((await sync()).settings).toEqual(mine());
  });
});

describe('the sync quota', () => {
  it('refuses settings larger than Chrome allows, counted as Chrome does, before the browser is asked', async () => {
    const s = defaultSettings();
    s.presets = Array.from({ length: 20 }, (_, i) => ({
      id: `p-${i}`,
      name: `${'<'.repeat(39)}${String.fromCharCode(97 + i)}`,
      limits: { maxLeverage: 5, minLiquidationDistance: 0.1, maxAccountLeverage: 3, maxLossAtStop: 0.01 },
    }));
    for (let i = 0; i < 20; i++) s.sites[`pad-${i}`] = { enabled: true, guard: 'confirm', overrides: {} };
    expect('settings'.length + JSON.stringify(s).length).toBeLessThan(8192); // what the old check counted
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const err = await saveSettings(s).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsWriteError);
    expect((err as SettingsWriteError).problem).toMatchObject({ kind: 'too-large' });
    expect((err as Error).message).toMatch(/^Not saved: the settings would be larger than browser sync allows \([\d,]+ of 8,192 bytes\)/);
    expect(set).not.toHaveBeenCalled();
  });

  it.each([
    ['Resource::kQuotaBytesPerItem quota exceeded', 'too-large'],
    ['Resource::kQuotaBytes quota exceeded', 'too-large'],
    ['QuotaExceededError: storage.sync API call exceeded its quota limitations.', 'too-large'],
    ['Resource::kMaxWriteOperationsPerMinute quota exceeded', 'too-many-writes'],
    ['Resource::kMaxWriteOperationsPerHour quota exceeded', 'too-many-writes'],
  ])('words the browser’s “%s” for the trader', async (browserMessage, kind) => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(browserMessage));
    const err = await updateSettings((s) => setLimits(s, { ...s.limits, maxLeverage: 5 })).catch((e: unknown) => e);
    expect((err as SettingsWriteError).problem.kind).toBe(kind);
    expect((err as Error).message).toMatch(/^Not saved: /);
    expect((err as Error).message).not.toMatch(/Resource::|QuotaExceededError/);
  });

  it('still hands out repaired settings when writing them back fails, and says so', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...mine(), limits: 'x' }, settings$: { v: SETTINGS_VERSION } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Resource::kMaxWriteOperationsPerMinute quota exceeded'));
    const state = await ensureSettings();
    expect(state.settings.limits.maxLeverage).toBe(10);
    expect(state.notSaved).toEqual({ kind: 'too-many-writes' });
  });
});

describe('changes made one after the other in one page', () => {
  it('are all kept: a change never writes over the one just before it', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, limits: { ...s.limits, maxLeverage: 6 } })),
      updateSettings((s) => ({ ...s, limits: { ...s.limits, maxAccountLeverage: 2 } })),
      updateSettings((s) => ({ ...s, limits: { ...s.limits, hard: ['maxLeverage'] } })),
    ]);
    expect((await loadSettings()).limits).toMatchObject({ maxLeverage: 6, maxAccountLeverage: 2, hard: ['maxLeverage'] });
  });
});
