// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/src/settings/repair';
import type { LimitScope } from '@/src/settings/presets';
import type { Settings } from '@/src/settings/schema';
import { loadSettings, saveSettings, updateSettings } from '@/src/settings/store';
import { LimitsForm } from '@/src/ui/popup/LimitsForm';
import { $, click, mount, submit, type, unlabelledControls, until } from './helpers';

/** The form wired to real (fake-browser) storage, like the popup does. */
function Harness({ scope, initial }: { scope: LimitScope; initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const update = async (change: (s: Settings) => Settings) => {
    try {
      setSettings(await updateSettings(change));
      return true;
    } catch {
      return false;
    }
  };
  return <LimitsForm settings={settings} scope={scope} update={update} idPrefix="t" />;
}

let view: Awaited<ReturnType<typeof mount>>;
const input = (key: string) => $(view.root, `limit-${key}`) as HTMLInputElement;
const form = () => input('maxLeverage').form;

beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

describe('LimitsForm', () => {
  it('shows an invalid value’s error next to its field, focuses it, and saves nothing', async () => {
    view = await mount(<Harness scope={{ kind: 'global' }} initial={defaultSettings()} />);
    await type(input('maxLeverage'), '0');
    await type(input('maxLossAtStop'), 'abc');
    await submit(form());
    const err = $(view.root, 'limit-maxLeverage-error')!;
    expect(err.textContent).toBe('Must be from 1 to 500×.');
    expect(input('maxLeverage').getAttribute('aria-invalid')).toBe('true');
    expect(input('maxLeverage').getAttribute('aria-describedby')).toContain(err.id);
    expect(err.closest('.field')).toBe(input('maxLeverage').closest('.field'));
    expect($(view.root, 'limit-maxLossAtStop-error')!.textContent).toMatch(/number/);
    expect(document.activeElement).toBe(input('maxLeverage'));
    expect($(view.root, 'limits-status')!.textContent).toMatch(/^Not saved/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    await type(input('maxLeverage'), '4'); // the error clears as soon as the value is valid
    expect($(view.root, 'limit-maxLeverage-error')).toBeNull();
  });

  it('saves valid limits, typed as the trader sees them', async () => {
    view = await mount(<Harness scope={{ kind: 'global' }} initial={defaultSettings()} />);
    await type(input('maxLeverage'), '4');
    await type(input('minLiquidationDistance'), '12,5');
    await submit(form());
    await until(() => expect($(view.root, 'limits-status')!.textContent).toBe('Saved for all sites.'));
    expect((await loadSettings()).limits).toMatchObject({ maxLeverage: 4, minLiquidationDistance: 0.125 });
    expect(input('minLiquidationDistance').value).toBe('12.5');
  });

  it('applies a preset in one click and marks it pressed', async () => {
    view = await mount(<Harness scope={{ kind: 'global' }} initial={defaultSettings()} />);
    expect($(view.root, 'preset-moderate')!.getAttribute('aria-pressed')).toBe('true');
    await click($(view.root, 'preset-conservative'));
    await until(() => expect($(view.root, 'preset-conservative')!.getAttribute('aria-pressed')).toBe('true'));
    expect($(view.root, 'preset-moderate')!.getAttribute('aria-pressed')).toBe('false');
    expect(input('maxLeverage').value).toBe('3');
    expect((await loadSettings()).limits).toEqual({ maxLeverage: 3, minLiquidationDistance: 0.2, maxAccountLeverage: 2, maxLossAtStop: 0.01, riskPerTrade: 0.01, hard: [] });
  });

  it('edits one site’s overrides without touching the limits for all sites', async () => {
    view = await mount(<Harness scope={{ kind: 'site', siteId: 'hyperliquid' }} initial={defaultSettings()} />);
    expect(view.root.textContent).toContain('Same as all sites.');
    await type(input('maxLeverage'), '5');
    await submit(form());
    await until(() => expect($(view.root, 'limits-status')!.textContent).toBe('Saved for Hyperliquid.'));
    const s = await loadSettings();
    expect(s.limits.maxLeverage).toBe(10);
    expect(s.sites.hyperliquid).toEqual({ enabled: true, guard: 'confirm', overrides: { maxLeverage: 5 } });
    expect(view.root.textContent).toContain('Only here; all sites: 10×.');

    await click([...view.root.querySelectorAll('button')].find((b) => b.textContent === 'Use all-site limits')!);
    await until(() => expect(input('maxLeverage').value).toBe('10'));
    expect((await loadSettings()).sites.hyperliquid).toEqual({ enabled: true, guard: 'confirm', overrides: {} });
  });

  it('saves the limits as a named preset, and refuses a built-in name', async () => {
    view = await mount(<Harness scope={{ kind: 'global' }} initial={defaultSettings()} />);
    await type(input('maxLeverage'), '6');
    await submit(form());
    const name = view.root.querySelector('#t-preset-name') as HTMLInputElement;
    const presetForm = name.form!;
    await type(name, 'Moderate');
    await submit(presetForm);
    expect(view.root.querySelector('#t-preset-error')!.textContent).toMatch(/built-in/);
    await type(name, 'Weekend');
    await submit(presetForm);
    await until(() => expect((view.root.querySelector('#t-saved') as HTMLSelectElement | null)?.textContent).toContain('Weekend (current)'));
    expect((await loadSettings()).presets).toEqual([
      { id: 'p-weekend', name: 'Weekend', limits: { maxLeverage: 6, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02 } },
    ]);
  });

  it('follows changes made elsewhere, but not over what the trader is typing', async () => {
    await saveSettings(defaultSettings());
    function Live() {
      const [s, set] = useState(defaultSettings());
      (globalThis as { __set?: (s: Settings) => void }).__set = set;
      return <LimitsForm settings={s} scope={{ kind: 'global' }} update={async () => true} idPrefix="t" />;
    }
    view = await mount(<Live />);
    const set = (globalThis as { __set?: (s: Settings) => void }).__set!;
    const next = defaultSettings();
    next.limits.maxLeverage = 7;
    await until(() => set(next));
    await until(() => expect(input('maxLeverage').value).toBe('7'));
    await type(input('maxAccountLeverage'), '3');
    const later = defaultSettings();
    later.limits.maxLeverage = 8;
    await until(() => set(later));
    expect(input('maxAccountLeverage').value).toBe('3');
  });

  it('with a cool-down, a preset’s raises wait and the fields keep showing what applies now', async () => {
    const s = defaultSettings();
    s.discipline.coolDown = '24h';
    await saveSettings(s);
    view = await mount(<Harness scope={{ kind: 'global' }} initial={s} />);
    await click($(view.root, 'preset-aggressive'));
    await until(() => expect($(view.root, 'limits-status')!.textContent).toMatch(/^Applied Aggressive to all sites\. Raising waits for your 24 hours cool-down/));
    expect($(view.root, 'preset-moderate')!.getAttribute('aria-pressed')).toBe('true');
    expect(input('maxLeverage').value).toBe('10');
    expect((await loadSettings()).pending).toHaveLength(4);

    await click($(view.root, 'preset-conservative')); // stricter everywhere: at once
    await until(() => expect($(view.root, 'preset-conservative')!.getAttribute('aria-pressed')).toBe('true'));
    expect($(view.root, 'limits-status')!.textContent).toBe('Applied Conservative to all sites.');
    expect(input('maxLeverage').value).toBe('3');
    expect((await loadSettings()).pending).toEqual([]);
  });

  it('labels every control', async () => {
    const s = defaultSettings();
    s.presets = [{ id: 'p-a', name: 'A', limits: { maxLeverage: 2, minLiquidationDistance: 0.3, maxAccountLeverage: 1, maxLossAtStop: 0.01 } }];
    view = await mount(<Harness scope={{ kind: 'global' }} initial={s} />);
    expect(unlabelledControls(view.root)).toEqual([]);
  });
});
