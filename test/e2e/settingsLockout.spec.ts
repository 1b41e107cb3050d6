import type { Page } from '@playwright/test';
import { chromeItemBytes, syncItemBytes } from '../../src/settings/syncQuota';
import { test, expect } from './fixtures';
import { OptionsPage, PopupPage } from './pages/popup';

/**
 * Stored data the extension cannot use must never lock the trader out of
 * their settings. Every corrupt value is written into the real chrome.storage from the
 * extension's own page, the way another version, a sync conflict or a bug would leave it.
 */

type Area = 'local' | 'sync';
type StorageArea = { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; getBytesInUse(k: string): Promise<number> };
type WithChrome = { chrome: { storage: Record<Area, StorageArea> } };

const write = (page: Page, area: Area, items: Record<string, unknown>) =>
  page.evaluate(([a, v]) => (globalThis as unknown as WithChrome).chrome.storage[a].set(v), [area, items] as const);
const read = (page: Page, area: Area, key: string) =>
  page.evaluate(async ([a, k]) => (await (globalThis as unknown as WithChrome).chrome.storage[a].get(k))[k], [area, key] as const);

const LIMITS = { maxLeverage: 7, minLiquidationDistance: 0.1, maxAccountLeverage: 3, maxLossAtStop: 0.01 };
const valid = () => ({
  limits: { ...LIMITS, riskPerTrade: 0.01, hard: [] as string[] },
  sites: {} as Record<string, unknown>,
  presets: [] as { id: string; name: string; limits: typeof LIMITS }[],
  discipline: { coolDown: 'none' },
  pending: [] as unknown[],
});

async function openOptions(openPage: (url: string) => Promise<Page>, extensionId: string) {
  return new OptionsPage(await openPage(OptionsPage.url(extensionId)));
}

test.describe('settings that never lock the trader out', () => {
  test('a backup list that is not a list: the popup still opens, the options page offers Reset, the corrupt settings are repaired and the junk is kept as text', async ({
    openPage,
    extensionId,
  }) => {
    const options = await openOptions(openPage, extensionId);
    await expect(options.resetButton).toBeVisible();
    await write(options.page, 'local', { settingsBackup: 'not a list' });
    await write(options.page, 'sync', { settings: { ...valid(), limits: 'x' }, settings$: { v: 3 } });

    const popup = new PopupPage(await openPage(PopupPage.url(extensionId)));
    await expect(popup.limit('maxLeverage')).toHaveValue('10');
    await expect(popup.repairNotice).toBeVisible();
    await expect(popup.settingsError).toHaveCount(0);

    await options.page.reload();
    await expect(options.resetButton).toBeEnabled();
    await expect(options.settingsError).toHaveCount(0);
    await expect.poll(() => read(options.page, 'sync', 'settings')).toMatchObject({ limits: { maxLeverage: 10 } });
    await expect(options.backup('Before a repair of damaged settings')).toHaveCount(1);
    await expect(options.backup('The list of backups could not be read')).toHaveCount(1);
    const kept = (await read(options.page, 'local', 'settingsBackup')) as { kind: string; original: unknown }[];
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'unreadable', original: '"not a list"' }),
        expect.objectContaining({ kind: 'repair', original: { ...valid(), limits: 'x' } }),
      ]),
    );
  });

  test('a backup of the wrong shape: the options page lists every backup, and Reset works and keeps one more', async ({ openPage, extensionId }) => {
    const options = await openOptions(openPage, extensionId);
    const good = { id: 'import-1', at: '2026-03-01T10:00:00.000Z', kind: 'import', version: 3, issues: [], original: valid(), seen: true };
    await write(options.page, 'local', { settingsBackup: [good, { id: 7, kind: 'mystery' }, null] });
    await options.page.reload();

    await expect(options.backup('Before an import')).toHaveCount(1);
    await expect(options.backup('A backup that could not be read')).toHaveCount(2);
    await options.resetButton.click();
    await options.resetConfirm.click();
    await expect(options.transferStatus).toContainText('reset to the defaults');
    await expect(options.backup('Before a reset to defaults')).toHaveCount(1);
    await expect(options.backup('Before an import')).toHaveCount(1);
    await expect(options.backup('A backup that could not be read')).toHaveCount(2);
  });

  test('settings saved by a newer version: Reset works after a confirmation that names what is lost, and the newer settings are kept', async ({
    openPage,
    extensionId,
  }) => {
    const options = await openOptions(openPage, extensionId);
    const newer = { ...valid(), presets: [{ id: 'p-night', name: 'Night', limits: LIMITS }], journal: { enabled: true } };
    await write(options.page, 'sync', { settings: newer, settings$: { v: 4 } });
    await options.page.reload();

    await expect(options.newerVersion).toBeVisible();
    await expect(options.hard('maxLeverage')).toBeDisabled();
    await expect(options.resetButton).toBeEnabled();
    await options.resetButton.click();
    await expect(options.resetQuestion).toContainText('your limits for all sites');
    await expect(options.resetQuestion).toContainText('1 saved preset');
    await expect(options.resetQuestion).toContainText('newer Leverage Guard (settings v4)');
    await expect(options.resetQuestion).toContainText('A copy is kept under Backups');
    await options.resetConfirm.click();

    await expect(options.transferStatus).toContainText('reset to the defaults');
    await expect.poll(() => read(options.page, 'sync', 'settings')).toMatchObject({ limits: { maxLeverage: 10 }, presets: [] });
    expect(await read(options.page, 'sync', 'settings$')).toEqual({ v: 3 });
    await expect(options.newerVersion).toHaveCount(0);
    await expect(options.hard('maxLeverage')).toBeEnabled();
    await expect(options.backup('Before a reset to defaults')).toHaveCount(1);
    const kept = (await read(options.page, 'local', 'settingsBackup')) as { kind: string; version: number; original: unknown }[];
    expect(kept[0]).toMatchObject({ kind: 'reset', version: 4, original: newer });
  });

  test('a change that would not fit browser sync: a message in words, never the browser’s quota error, and nothing is lost', async ({
    openPage,
    extensionId,
  }) => {
    const options = await openOptions(openPage, extensionId);
    // Chrome counts '<' as six bytes (\u003C); everything else here is one byte a character.
    const chromeBytes = (v: unknown) => {
      const json = JSON.stringify(v);
      return 'settings'.length + json.length + 5 * (json.match(/</g)?.length ?? 0);
    };
    const settings = valid();
    for (let i = 0; i < 19; i++) settings.presets.push({ id: `p-${i}`, name: `${'<'.repeat(39)}${String.fromCharCode(97 + i)}`, limits: LIMITS });
    settings.presets.push({ id: 'p-plain', name: 'Plain', limits: LIMITS });
    for (let i = 0; chromeBytes(settings) < 8192 - 200; i++) settings.sites[`pad-${i}`] = { enabled: true, guard: 'confirm', overrides: {} };
    await write(options.page, 'sync', { settings, settings$: { v: 3 } });
    expect(await options.page.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.sync.getBytesInUse('settings'))).toBe(
      chromeBytes(settings),
    );
    await options.page.reload();

    // Renamed, the settings would take more than Chrome's 8,192 bytes for one item.
    await options.presetName('p-plain').fill('<'.repeat(40));
    await options.renamePreset('p-plain').click();
    await expect(options.settingsError).toContainText('larger than browser sync allows');
    await expect(options.settingsError).not.toContainText('kQuotaBytesPerItem');
    await expect(options.settingsError).not.toContainText('quota exceeded');
    expect(await read(options.page, 'sync', 'settings')).toEqual(settings);
  });

  test('the settings are measured as Chrome counts them against the sync quota', async ({ openPage, extensionId }) => {
    const options = await openOptions(openPage, extensionId);
    const now = Date.now();
    const values: unknown[] = [
      valid(),
      { ...valid(), presets: [{ id: 'p-x', name: '<b> & "q" \\ é € 😀 \u2028', limits: LIMITS }] },
      { ...valid(), pending: [{ field: 'limit', site: null, key: 'maxLeverage', value: 20, requestedAt: now, appliesAt: now + 3_600_000 }] },
      ['<', '>', '&', '\n', '\t', '\u0001', '\u007f', '\u2029', '\ud83d\ude00'],
      [0, -0, 1, -1, 0.1, 1.5, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 1e11, 999_999_999_999, 1e12, 1.7e12 + 0.5, 1e20, 1e21, 1e-6, 1e-7, 1.5e-6, -5.5],
      { nested: { list: [true, false, null], text: 'plain' } },
    ];
    for (const value of values) {
      const inChrome = await options.page.evaluate(async (v) => {
        const { chrome } = globalThis as unknown as WithChrome;
        await chrome.storage.sync.set({ settings: v });
        return chrome.storage.sync.getBytesInUse('settings');
      }, value);
      expect(chromeItemBytes('settings', value), JSON.stringify(value)).toBe(inChrome);
      expect(syncItemBytes('settings', value)).toBeGreaterThanOrEqual(inChrome); // Firefox's count may be the larger
    }
  });

  test('an override log that is not a list, or has unreadable records: the log shows what it can, the rest is kept as text', async ({
    openPage,
    extensionId,
  }) => {
    const options = await openOptions(openPage, extensionId);
    const record = { at: Date.now(), site: 'demo', symbol: 'BTCUSDT', side: 'long', leverage: 20, severity: 'danger', warnings: [] };
    await write(options.page, 'local', { overrideLog: [record, { at: 'yesterday' }] });
    await options.page.reload();
    await expect(options.overrideRows).toHaveCount(1);
    await expect(options.backup('Override log records that could not be read')).toHaveCount(1);
    await expect.poll(() => read(options.page, 'local', 'overrideLog')).toEqual([record]);

    await write(options.page, 'local', { overrideLog: { broken: true } });
    const popup = new PopupPage(await openPage(PopupPage.url(extensionId)));
    await expect(popup.limit('maxLeverage')).toBeVisible();
    await expect(popup.repairNotice).toContainText('override log');
    await options.page.reload();
    await expect(options.overridesEmpty).toBeVisible();
    await expect(options.backup('The override log could not be read')).toHaveCount(1);
    await expect.poll(() => read(options.page, 'local', 'overrideLog')).toEqual([]);
  });
});
