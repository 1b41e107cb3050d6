// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/src/messages';
import type { RiskReport } from '@/src/risk/types';
import { loadSettings, saveSettings } from '@/src/settings/store';
import type { OverrideRecord } from '@/src/settings/overrideLog';
import { defaultSettings } from '@/src/settings/repair';
import { PopupApp } from '@/src/ui/popup/App';
import { $, choose, click, mount, submit, toggle, type, unlabelledControls, until } from './helpers';

const report = (over: Partial<RiskReport> = {}): RiskReport =>
  ({
    venue: 'binance-usdm',
    symbol: 'BTCUSDT',
    side: 'long',
    kind: 'linear',
    marginAsset: 'USDT',
    entryPrice: 62000,
    markPrice: 62000,
    size: 0.5,
    notional: 31000,
    notionalQuote: 31000,
    initialMargin: 1550,
    fee: 15.5,
    feeRate: 0.0005,
    positionLeverage: 20,
    accountLeverage: 2.48,
    maintenanceMargin: 124,
    maintenanceMarginRate: 0.004,
    collateral: 12500,
    liquidationPrice: 37148.59,
    liquidationDistance: -0.4008,
    liquidationDistancePrice: 24851.41,
    lossAtStop: null,
    lossAtStopFraction: null,
    resultingPosition: null,
    severity: 'danger',
    warnings: [{ code: 'maxLeverage', severity: 'danger', message: 'Leverage 20× is above your maximum of 10×.' }],
    missing: [],
    ...over,
  }) as RiskReport;

const state = (over: Partial<TabState> = {}): TabState => ({
  site: 'binance-usdm',
  siteName: 'Binance USDⓈ-M Futures',
  enabled: true,
  ticketFound: true,
  reading: null,
  report: report(),
  ...over,
});

let view: Awaited<ReturnType<typeof mount>>;
let sendMessage: ReturnType<typeof vi.spyOn>;

async function openOn(url: string, answer: () => Promise<unknown>) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  // fake-browser's query({ currentWindow }) needs window state it does not keep; the popup asks exactly this.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: object) => {
    expect(q).toEqual({ active: true, currentWindow: true });
    return [tab];
  }) as never);
  sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => answer()) as never);
  view = await mount(<PopupApp search="" />);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  view?.unmount();
  vi.restoreAllMocks();
});

describe('popup', () => {
  it('says when the tab is not a supported site, and still offers the limits', async () => {
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'unsupported')).not.toBeNull());
    expect(view.root.textContent).toContain('Not a supported site');
    expect($(view.root, 'site-toggle')).toBeNull();
    expect($(view.root, 'limit-maxLeverage')).not.toBeNull();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('shows the live report of the tab’s overlay', async () => {
    await openOn('https://www.binance.com/en/futures/BTCUSDT', async () => state());
    await until(() => expect($(view.root, 'live-report')).not.toBeNull());
    expect(sendMessage).toHaveBeenCalledWith(expect.any(Number), { type: 'lg:get-tab-state' });
    expect($(view.root, 'site-name')!.textContent).toBe('Binance USDⓈ-M Futures');
    expect($(view.root, 'live-leverage')!.textContent).toBe('20×');
    expect($(view.root, 'live-severity')!.textContent).toBe('Breaks your limits');
    expect($(view.root, 'live-liq-distance')!.textContent).toBe('40.1% below mark');
    expect($(view.root, 'live-warnings')!.textContent).toContain('above your maximum');
    expect(($(view.root, 'site-toggle') as HTMLInputElement).checked).toBe(true);
  });

  it('switches the site off in one click, and says the site is off', async () => {
    await openOn('https://www.binance.com/en/futures/BTCUSDT', async () => state());
    await until(() => expect($(view.root, 'live-report')).not.toBeNull());
    await toggle($(view.root, 'site-toggle'));
    await until(() => expect($(view.root, 'live-off')).not.toBeNull());
    expect((await loadSettings()).sites['binance-usdm']).toEqual({ enabled: false, guard: 'confirm', overrides: {} });
    expect($(view.root, 'site-status')!.getAttribute('data-enabled')).toBe('false');
    await toggle($(view.root, 'site-toggle'));
    await until(async () => expect((await loadSettings()).sites['binance-usdm']?.enabled).toBe(true));
  });

  it('asks for an order ticket when the page has none', async () => {
    await openOn('https://app.hyperliquid.xyz/trade/ETH', async () => state({ site: 'hyperliquid', ticketFound: false, report: null }));
    await until(() => expect($(view.root, 'live-empty')).not.toBeNull());
    expect(view.root.textContent).toContain('Open an order ticket on this page');
  });

  it('says out loud when a trade page’s ticket cannot be found (the page changed), instead of asking for a ticket', async () => {
    await openOn('https://app.hyperliquid.xyz/trade/ETH', async () => state({ site: 'hyperliquid', siteName: 'Hyperliquid', ticketFound: false, ticketLost: true, report: null }));
    await until(() => expect($(view.root, 'live-ticket-lost')).not.toBeNull());
    expect($(view.root, 'live-ticket-lost')!.textContent).toContain('cannot find the Hyperliquid order ticket');
    expect($(view.root, 'live-empty')).toBeNull();
  });

  it('asks for a reload when the tab’s content script does not answer', async () => {
    await openOn('https://app.hyperliquid.xyz/trade/ETH', () => Promise.reject(new Error('Could not establish connection.')));
    await until(() => expect($(view.root, 'live-no-answer')).not.toBeNull());
  });

  it('on a non-ticket page of a supported host, points to the ticket pages', async () => {
    await openOn('https://www.binance.com/en/trade/BTC_USDT', async () => state());
    await until(() => expect($(view.root, 'live-empty')).not.toBeNull());
    expect(view.root.textContent).toContain('futures trading pages');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('reads the demo page (an extension page) through runtime messaging, for the tab named by ?tab=', async () => {
    const demo = await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/demo.html'), active: false });
    fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender, sendResponse) => {
      const m = msg as { type: string; tabId?: number };
      if (m.type !== 'lg:get-tab-state' || m.tabId !== demo.id) return undefined;
      sendResponse(state({ site: 'demo', siteName: 'Demo', report: report({ positionLeverage: 4, severity: 'safe', warnings: [] }) }));
      return true;
    });
    view = await mount(<PopupApp search={`?tab=${demo.id}`} />);
    await until(() => expect($(view.root, 'live-report')).not.toBeNull());
    expect($(view.root, 'site-status')!.getAttribute('data-site')).toBe('demo');
    expect($(view.root, 'live-leverage')!.textContent).toBe('4×');
    expect($(view.root, 'live-severity')!.textContent).toBe('Within your limits');
  });

  it('opens on the site’s own limits when the site has overrides', async () => {
    const s = defaultSettings();
    s.sites.hyperliquid = { enabled: true, guard: 'confirm', overrides: { maxLeverage: 3 } };
    await saveSettings(s);
    await openOn('https://app.hyperliquid.xyz/trade/ETH', async () => state({ site: 'hyperliquid' }));
    await until(() => expect(($(view.root, 'scope-site') as HTMLInputElement | null)?.checked).toBe(true));
    expect(($(view.root, 'limit-maxLeverage') as HTMLInputElement).value).toBe('3');
    // In the popup's little room, the note shows only beside the site's own limit; the others are read out.
    const note = (key: string) => view.root.querySelector(`#${($(view.root, `limit-${key}`) as HTMLInputElement).id}-help`)!;
    expect(note('maxLeverage').className).toBe('help');
    expect(note('maxLeverage').textContent).toBe('Only here; all sites: 10×.');
    expect(note('minLiquidationDistance').className).toBe('visually-hidden');
    expect(note('minLiquidationDistance').textContent).toBe('Same as all sites.');
    await click($(view.root, 'scope-global'));
    await until(() => expect(($(view.root, 'limit-maxLeverage') as HTMLInputElement).value).toBe('10'));
  });

  it('shows the repair notice once, until dismissed', async () => {
    await fakeBrowser.storage.sync.set({ settings: { limits: 'x', sites: {}, presets: [], discipline: { coolDown: 'none' }, pending: [] }, settings$: { v: 3 } });
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'repair-notice')).not.toBeNull());
    expect(view.root.textContent).toContain('repaired to the nearest valid settings');
    await click($(view.root, 'repair-dismiss'));
    await until(() => expect($(view.root, 'repair-notice')).toBeNull());
  });

  it('opens with a backups list that is not a list, and says it was set aside', async () => {
    await fakeBrowser.storage.local.set({ settingsBackup: 'junk' });
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'limit-maxLeverage')).not.toBeNull());
    await until(() => expect($(view.root, 'repair-notice')?.textContent).toContain('The list of backups could not be read.'));
    expect($(view.root, 'settings-error')).toBeNull();
  });

  it('says in words when the browser refuses a save for its quota', async () => {
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'limit-maxLeverage')).not.toBeNull());
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    await type($(view.root, 'limit-maxLeverage'), '5');
    await submit(($(view.root, 'limit-maxLeverage') as HTMLInputElement).form);
    await until(() => expect($(view.root, 'settings-error')).not.toBeNull());
    expect($(view.root, 'settings-error')!.textContent).toMatch(/^Not saved: the settings would be larger than browser sync allows; /);
    expect($(view.root, 'settings-error')!.textContent).not.toContain('Resource::');
    expect($(view.root, 'limits-status')!.textContent).toBe('Not saved.');
  });

  it('sets the guard mode of the site in one control', async () => {
    await openOn('https://www.binance.com/en/futures/BTCUSDT', async () => state());
    await until(() => expect($(view.root, 'guard-mode')).not.toBeNull());
    const select = $(view.root, 'guard-mode') as HTMLSelectElement;
    expect(select.value).toBe('confirm');
    expect(view.root.textContent).toContain('Holds an order past your limits until you confirm it');
    await choose(select, 'warn');
    await until(async () => expect((await loadSettings()).sites['binance-usdm']).toEqual({ enabled: true, guard: 'warn', overrides: {} }));
    expect(select.value).toBe('warn');
  });

  it('with a cool-down, a weaker guard mode and a raise wait: shown with when they apply, and cancellable', async () => {
    const s = defaultSettings();
    s.discipline.coolDown = '1h';
    await saveSettings(s);
    const t0 = Date.now();
    await openOn('https://www.binance.com/en/futures/BTCUSDT', async () => state());
    await until(() => expect($(view.root, 'guard-mode')).not.toBeNull());
    expect($(view.root, 'pending')).toBeNull();

    await choose($(view.root, 'guard-mode'), 'off');
    await until(() => expect($(view.root, 'pending')).not.toBeNull());
    expect(($(view.root, 'guard-mode') as HTMLSelectElement).value).toBe('confirm');
    const due = new Date(t0 + 3_600_000);
    const hhmm = `${String(due.getHours()).padStart(2, '0')}:${String(due.getMinutes()).padStart(2, '0')}`;
    const item = () => [...view.root.querySelectorAll('[data-testid="pending-item"]')].map((li) => li.textContent);
    expect(item()[0]).toMatch(new RegExp(`^Guard mode Off on Binance USDⓈ-M Futures from ${hhmm} (today|tomorrow)Cancel$`));

    await type($(view.root, 'limit-maxLeverage'), '25');
    await submit(($(view.root, 'limit-maxLeverage') as HTMLInputElement).form);
    await until(() => expect(item()).toHaveLength(2));
    expect(item().some((t) => /^Max leverage 25× from \d\d:\d\d (today|tomorrow)Cancel$/.test(t ?? ''))).toBe(true);
    expect(($(view.root, 'limit-maxLeverage') as HTMLInputElement).value).toBe('10');
    expect($(view.root, 'limits-status')!.textContent).toMatch(/^Saved for all sites\. Raising waits for your 1 hour cool-down/);
    const stored = await loadSettings();
    expect(stored.limits.maxLeverage).toBe(10);
    expect(stored.pending.map((p) => p.appliesAt - p.requestedAt)).toEqual([3_600_000, 3_600_000]);

    await click(view.root.querySelector('[data-key="guard:binance-usdm"] [data-testid="pending-cancel"]'));
    await until(() => expect(item()).toHaveLength(1));
    expect((await loadSettings()).pending.map((p) => p.field)).toEqual(['limit']);
  });

  it('applies a pending change when it falls due while the popup is open, and writes it back', async () => {
    const s = defaultSettings();
    s.discipline.coolDown = '1h';
    const now = Date.now();
    s.pending = [{ field: 'limit', site: null, key: 'maxLeverage', value: 30, requestedAt: now + 300 - 3_600_000, appliesAt: now + 300 }];
    await saveSettings(s);
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'pending')).not.toBeNull());
    expect(($(view.root, 'limit-maxLeverage') as HTMLInputElement).value).toBe('10');
    await until(() => expect(($(view.root, 'limit-maxLeverage') as HTMLInputElement).value).toBe('30'), 3000);
    expect($(view.root, 'pending')).toBeNull();
    await until(async () => expect(await loadSettings()).toMatchObject({ limits: { maxLeverage: 30 }, pending: [] }));
  });

  it('edits the risk per trade with the limits', async () => {
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'limit-riskPerTrade')).not.toBeNull());
    expect(($(view.root, 'limit-riskPerTrade') as HTMLInputElement).value).toBe('1');
    await type($(view.root, 'limit-riskPerTrade'), '0.5');
    await submit(($(view.root, 'limit-riskPerTrade') as HTMLInputElement).form);
    await until(async () => expect((await loadSettings()).limits.riskPerTrade).toBe(0.005));
  });

  it('counts today’s overrides, and says nothing when there are none', async () => {
    await openOn('https://example.com/', async () => undefined);
    await until(() => expect($(view.root, 'limit-maxLeverage')).not.toBeNull());
    expect($(view.root, 'override-count')).toBeNull();
    const r = (at: number): OverrideRecord => ({ at, site: 'demo', symbol: 'BTCUSDT', side: 'long', leverage: 20, severity: 'danger', warnings: ['x'] });
    const today = new Date();
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1, 12).getTime();
    await fakeBrowser.storage.local.set({ overrideLog: [r(yesterday), r(Date.now() - 1000), r(Date.now() - 500), r(Date.now())] });
    await until(() => expect($(view.root, 'override-count')?.textContent).toBe('3 overrides today'));
  });

  it('labels every control', async () => {
    await openOn('https://www.binance.com/en/futures/BTCUSDT', async () => state());
    await until(() => expect($(view.root, 'live-report')).not.toBeNull());
    expect(unlabelledControls(view.root)).toEqual([]);
  });
});
