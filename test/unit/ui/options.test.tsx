// @vitest-environment happy-dom
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/src/settings/repair';
import { listBackups, loadSettings, saveSettings } from '@/src/settings/store';
import { exportSettings } from '@/src/settings/transfer';
import { OptionsApp } from '@/src/ui/options/App';
import { $, click, mount, submit, toggle, type, unlabelledControls, until } from './helpers';

let view: Awaited<ReturnType<typeof mount>>;
beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

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
    s.sites.hyperliquid = { enabled: true, overrides: { maxLeverage: 4 } };
    await saveSettings(s);
    await open();
    const cell = (site: string, key: string) => $(view.root, `ov-${site}-${key}`) as HTMLInputElement;
    expect(cell('hyperliquid', 'maxLeverage').value).toBe('4');
    expect(cell('binance-usdm', 'maxLeverage').value).toBe('');
    expect(cell('binance-usdm', 'maxLeverage').placeholder).toBe('10×');

    await type(cell('binance-usdm', 'minLiquidationDistance'), '120');
    await submit($(view.root, 'sites-table'));
    expect(view.root.querySelector('#ov-binance-usdm-minLiquidationDistance-error')!.textContent).toBe('Must be from 0 to 90 %.');
    expect(cell('binance-usdm', 'minLiquidationDistance').getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).sites).toEqual(s.sites);

    await type(cell('binance-usdm', 'minLiquidationDistance'), '15');
    await type(cell('hyperliquid', 'maxLeverage'), '');
    await submit($(view.root, 'sites-table'));
    await until(() => expect($(view.root, 'sites-status')!.textContent).toBe('Site overrides saved.'));
    expect((await loadSettings()).sites).toEqual({
      hyperliquid: { enabled: true, overrides: {} },
      'binance-usdm': { enabled: true, overrides: { minLiquidationDistance: 0.15 } },
    });
  });

  it('switches a site off from the table at once', async () => {
    await open();
    await toggle($(view.root, 'site-enabled-demo'));
    await until(async () => expect((await loadSettings()).sites.demo).toEqual({ enabled: false, overrides: {} }));
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

  it('labels every control', async () => {
    const s = defaultSettings();
    s.presets = [{ id: 'p-x', name: 'X', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.01 } }];
    await saveSettings(s);
    await open();
    expect(unlabelledControls(view.root)).toEqual([]);
  });
});
