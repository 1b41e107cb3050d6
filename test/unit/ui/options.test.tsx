// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/src/settings/repair';
import { listBackups, loadSettings, saveSettings } from '@/src/settings/store';
import { exportSettings } from '@/src/settings/transfer';
import { OptionsApp } from '@/src/ui/options/App';
import { $, choose, click, mount, submit, toggle, type, unlabelledControls, until } from './helpers';
import type { OverrideRecord } from '@/src/settings/overrideLog';

let view: Awaited<ReturnType<typeof mount>>;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  view?.unmount();
  vi.restoreAllMocks();
});

async function chooseFile(input: Element | null, name: string, text: string) {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const open = async () => {
  view = await mount(<OptionsApp />);
  await until(() => expect($(view.root, 'sites-table')).not.toBeNull());
};

describe('options page', () => {
  it('edits every site’s overrides in one table; an empty cell follows all sites; errors stay by their cell', async () => {
    const s = defaultSettings();
    s.sites.hyperliquid = { enabled: true, guard: 'confirm', overrides: { maxLeverage: 4 } };
    await saveSettings(s);
    await open();
    const cell = (site: string, key: string) => $(view.root, `ov-${site}-${key}`) as HTMLInputElement;
    expect(cell('hyperliquid', 'maxLeverage').value).toBe('4');
    expect(cell('binance-usdm', 'maxLeverage').value).toBe('');
    expect(cell('binance-usdm', 'maxLeverage').placeholder).toBe('10×');

    await type(cell('binance-usdm', 'minLiquidationDistance'), '120');
    await submit($(view.root, 'sites-table'));
    expect(view.root.querySelector('#ov-binance-usdm-minLiquidationDistance-error')!.textContent).toBe('Must be from 0 to 90%.');
    expect(cell('binance-usdm', 'minLiquidationDistance').getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).sites).toEqual(s.sites);

    await type(cell('binance-usdm', 'minLiquidationDistance'), '15');
    await type(cell('hyperliquid', 'maxLeverage'), '');
    await submit($(view.root, 'sites-table'));
    await until(() => expect($(view.root, 'sites-status')!.textContent).toBe('Site overrides saved.'));
    expect((await loadSettings()).sites).toEqual({
      hyperliquid: { enabled: true, guard: 'confirm', overrides: {} },
      'binance-usdm': { enabled: true, guard: 'confirm', overrides: { minLiquidationDistance: 0.15 } },
    });
  });

  it('switches a site off from the table at once', async () => {
    await open();
    await toggle($(view.root, 'site-enabled-demo'));
    await until(async () => expect((await loadSettings()).sites.demo).toEqual({ enabled: false, guard: 'confirm', overrides: {} }));
  });

  it('marks limits as hard', async () => {
    await open();
    await toggle($(view.root, 'hard-maxLeverage'));
    await until(async () => expect((await loadSettings()).limits.hard).toEqual(['maxLeverage']));
  });

  it('imports a valid file, keeping the previous settings as a backup', async () => {
    await open();
    const incoming = defaultSettings();
    incoming.limits.maxLeverage = 2;
    incoming.presets = [{ id: 'p-x', name: 'X', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.01 } }];
    await chooseFile($(view.root, 'import'), 'mine.json', exportSettings(incoming));
    await until(() => expect($(view.root, 'transfer-status')!.textContent).toMatch(/^Imported mine.json/));
    expect(await loadSettings()).toEqual(incoming);
    expect((await listBackups())[0]).toMatchObject({ kind: 'import', original: defaultSettings() });
    await until(() => expect($(view.root, 'preset-p-x')).not.toBeNull());
  });

  it('refuses an invalid file with every reason and changes nothing', async () => {
    await saveSettings(defaultSettings());
    await open();
    const bad = JSON.parse(exportSettings(defaultSettings()));
    bad.settings.limits.maxLeverage = 0;
    bad.settings.sites = { demo: { enabled: 'no', overrides: {} } };
    await chooseFile($(view.root, 'import'), 'bad.json', JSON.stringify(bad));
    await until(() => expect($(view.root, 'import-errors')).not.toBeNull());
    expect($(view.root, 'import-errors')!.textContent).toContain('settings.limits.maxLeverage: must be at least 1');
    expect($(view.root, 'import-errors')!.textContent).toContain('settings.sites.demo.enabled: must be true or false');
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('resets to defaults only after confirming', async () => {
    const s = defaultSettings();
    s.limits.maxLeverage = 3;
    await saveSettings(s);
    await open();
    await click($(view.root, 'reset'));
    expect((await loadSettings()).limits.maxLeverage).toBe(3);
    await click($(view.root, 'reset-confirm'));
    await until(async () => expect(await loadSettings()).toEqual(defaultSettings()));
    await until(() => expect($(view.root, 'backups')!.textContent).toContain('Before a reset to defaults'));
  });

  it('sets the cool-down; shortening it waits for the current one', async () => {
    await open();
    const select = () => $(view.root, 'cool-down') as HTMLSelectElement;
    expect(select().value).toBe('none');
    await choose(select(), '24h');
    await until(async () => expect((await loadSettings()).discipline).toEqual({ coolDown: '24h' }));
    await choose(select(), '1h');
    await until(() => expect($(view.root, 'pending')).not.toBeNull());
    expect(select().value).toBe('24h');
    expect($(view.root, 'pending')!.textContent).toMatch(/Cool-down 1 hour from \d\d:\d\d tomorrow/);
    expect((await loadSettings()).discipline).toEqual({ coolDown: '24h' });
  });

  it('sets each site’s guard mode from the table; with a cool-down a weaker one waits', async () => {
    await open();
    await choose($(view.root, 'site-guard-hyperliquid'), 'warn');
    await until(async () => expect((await loadSettings()).sites.hyperliquid).toEqual({ enabled: true, guard: 'warn', overrides: {} }));
    await choose($(view.root, 'cool-down'), '1h');
    await until(async () => expect((await loadSettings()).discipline.coolDown).toBe('1h'));
    await choose($(view.root, 'site-guard-hyperliquid'), 'off');
    await until(() => expect($(view.root, 'sites-status')!.textContent).toMatch(/^Hyperliquid: guard mode unchanged for now\. Raising waits/));
    expect(($(view.root, 'site-guard-hyperliquid') as HTMLSelectElement).value).toBe('warn');
    expect((await loadSettings()).pending).toMatchObject([{ field: 'guard', site: 'hyperliquid', value: 'off' }]);
    await choose($(view.root, 'site-guard-hyperliquid'), 'confirm'); // stricter: at once, and replaces the waiting change
    await until(async () => expect((await loadSettings()).sites.hyperliquid!.guard).toBe('confirm'));
    expect((await loadSettings()).pending).toEqual([]);
  });

  it('an import under a cool-down cannot raise a limit at once', async () => {
    const s = defaultSettings();
    s.discipline.coolDown = '1h';
    await saveSettings(s);
    await open();
    const incoming = defaultSettings();
    incoming.limits.maxLeverage = 50;
    await chooseFile($(view.root, 'import'), 'loose.json', exportSettings(incoming));
    await until(() => expect($(view.root, 'transfer-status')!.textContent).toContain('2 raises in it wait for your cool-down'));
    const now = await loadSettings();
    expect(now.limits.maxLeverage).toBe(10);
    expect(now.discipline.coolDown).toBe('1h');
    expect(now.pending.map((p) => [p.field, p.value])).toEqual(
      expect.arrayContaining([
        ['limit', 50],
        ['coolDown', 'none'],
      ]),
    );
  });

  it('lists the override log newest first, exports it as CSV and clears it after confirming', async () => {
    const r = (at: number, symbol: string): OverrideRecord => ({
      at,
      site: 'binance-usdm',
      symbol,
      side: 'long',
      leverage: 20,
      severity: 'danger',
      warnings: ['Too, "much"'],
    });
    await fakeBrowser.storage.local.set({ overrideLog: [r(Date.UTC(2026, 3, 1), 'OLD'), r(Date.UTC(2026, 3, 2), 'NEW')] });
    await open();
    await until(() => expect(view.root.querySelectorAll('[data-testid="override-row"]')).toHaveLength(2));
    const rows = [...view.root.querySelectorAll('[data-testid="override-row"]')].map((tr) => tr.querySelectorAll('td')[2]!.textContent);
    expect(rows).toEqual(['NEW', 'OLD']);

    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    const names: string[] = [];
    const clickSpy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await click($(view.root, 'overrides-export'));
    expect(clickSpy).toHaveBeenCalledTimes(1);
    expect(names[0]).toMatch(/^leverage-guard-overrides-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await blob!.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'time,site,symbol,side,leverage,severity,warnings',
      '2026-04-01T00:00:00.000Z,binance-usdm,OLD,long,20,danger,"Too, ""much"""',
      '2026-04-02T00:00:00.000Z,binance-usdm,NEW,long,20,danger,"Too, ""much"""',
      '',
    ]);

    await click($(view.root, 'overrides-clear'));
    expect(view.root.querySelectorAll('[data-testid="override-row"]')).toHaveLength(2);
    await click($(view.root, 'overrides-clear-confirm'));
    await until(() => expect($(view.root, 'overrides-empty')).not.toBeNull());
    expect(await fakeBrowser.storage.local.get('overrideLog')).toEqual({});
  });

  it('settings saved by a newer version: edits are off, but Reset names what is lost, keeps a copy and replaces them', async () => {
    const newer = { ...defaultSettings(), limits: { ...defaultSettings().limits, maxLeverage: 3 }, journal: { on: true } };
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 4 } });
    await open();
    expect($(view.root, 'newer-version')!.textContent).toContain('settings v4');
    expect(($(view.root, 'hard-maxLeverage') as HTMLInputElement).disabled).toBe(true);
    expect(($(view.root, 'reset') as HTMLButtonElement).disabled).toBe(false);
    expect(($(view.root, 'import') as HTMLInputElement).disabled).toBe(false);
    await click($(view.root, 'reset'));
    expect($(view.root, 'reset-question')!.textContent).toBe(
      'Replace all your settings with the defaults (Moderate limits, every site on in guard mode Confirm, no cool-down)? You lose your limits for all sites and whatever only the newer Leverage Guard (settings v4) that saved them understands. A copy is kept under Backups on this device.',
    );
    await click($(view.root, 'reset-confirm'));
    await until(async () => expect(await fakeBrowser.storage.sync.get(['settings', 'settings$'])).toEqual({ settings: defaultSettings(), settings$: { v: 3 } }));
    await until(() => expect($(view.root, 'newer-version')).toBeNull());
    expect(($(view.root, 'hard-maxLeverage') as HTMLInputElement).disabled).toBe(false);
    expect((await listBackups())[0]).toMatchObject({ kind: 'reset', version: 4, original: newer });
  });

  it('lists every backup, keeping the ones it cannot read as text, and Reset still works', async () => {
    const good = { id: 'import-1', at: '2026-03-01T10:00:00.000Z', kind: 'import', version: 3, issues: [], original: defaultSettings(), seen: true };
    await fakeBrowser.storage.local.set({ settingsBackup: [good, { id: 7 }, null] });
    await open();
    await until(() => expect(view.root.querySelectorAll('[data-testid="backup"]')).toHaveLength(3));
    const rows = [...view.root.querySelectorAll('[data-testid="backup"]')].map((li) => li.textContent);
    expect(rows[0]).toMatch(/^Before an import, .*DownloadRestore$/);
    expect(rows[1]).toMatch(/^A backup that could not be read, .* \(kept as text\)Download$/);
    await click($(view.root, 'reset'));
    expect($(view.root, 'reset-question')!.textContent).toContain('Your settings are the defaults already.');
    await click($(view.root, 'reset-confirm'));
    await until(() => expect($(view.root, 'transfer-status')!.textContent).toMatch(/^Settings reset to the defaults/));
  });

  it('offers Reset and Import when the settings cannot be loaded at all', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValueOnce(new Error('IO error: …/Sync Extension Settings/LOCK'));
    view = await mount(<OptionsApp />);
    await until(() => expect($(view.root, 'reset')).not.toBeNull());
    expect($(view.root, 'settings-error')!.textContent).toContain('Could not load your settings');
    expect(($(view.root, 'export') as HTMLButtonElement).disabled).toBe(true);
    await click($(view.root, 'reset'));
    expect($(view.root, 'reset-question')!.textContent).toContain('You lose whatever your stored settings were.');
    await click($(view.root, 'reset-confirm'));
    await until(() => expect($(view.root, 'sites-table')).not.toBeNull());
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('sets the overlay’s colours for this device: follow the exchange page, always dark or always light', async () => {
    await fakeBrowser.storage.local.set({ overlayPrefs: { theme: 'light', detailsOpen: { demo: true } } });
    await open();
    const radio = (theme: string) => $(view.root, `overlay-theme-${theme}`) as HTMLInputElement;
    await until(() => expect(radio('light').checked).toBe(true));
    expect(radio('light').closest('label')!.textContent).toBe('Always light');

    await toggle(radio('dark'));
    await until(async () => expect(await fakeBrowser.storage.local.get('overlayPrefs')).toEqual({ overlayPrefs: { theme: 'dark', detailsOpen: { demo: true } } }));
    expect(radio('dark').checked).toBe(true);

    // Another options tab (or a sync of this one) changes it: the page follows.
    await act(async () => {
      await fakeBrowser.storage.local.set({ overlayPrefs: { theme: 'auto', detailsOpen: {} } });
    });
    await until(() => expect(radio('auto').checked).toBe(true));
    expect(radio('auto').closest('label')!.textContent).toBe('Follow the exchange page');
  });

  it('labels every control', async () => {
    await fakeBrowser.storage.local.set({
      overrideLog: [{ at: Date.now(), site: 'demo', symbol: 'BTCUSDT', side: 'long', leverage: 20, severity: 'danger', warnings: [] }],
    });
    const s = defaultSettings();
    s.presets = [{ id: 'p-x', name: 'X', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.01 } }];
    await saveSettings(s);
    await open();
    expect(unlabelledControls(view.root)).toEqual([]);
  });
});
