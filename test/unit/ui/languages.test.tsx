// @vitest-environment happy-dom
/**
 * The popup, the options page and the overlay in every shipped language: every word is found in
 * the locale's file (no "[i18n] Message not found"), no {placeholder} is left unfilled, and the
 * page declares the language it speaks.
 */
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assessTicket } from '@/src/guard/assessTicket';
import type { TabState } from '@/src/messages';
import { VENUE_MODELS } from '@/src/risk/venues';
import type { OverrideRecord } from '@/src/settings/overrideLog';
import { defaultSettings } from '@/src/settings/repair';
import { saveSettings } from '@/src/settings/store';
import { OptionsApp } from '@/src/ui/options/App';
import { Overlay } from '@/src/ui/overlay/Overlay';
import { TicketLost } from '@/src/ui/overlay/TicketLost';
import { PopupApp } from '@/src/ui/popup/App';
import { validateReading } from '@/src/venues/reading';
import { adapters } from '@/src/venues/registry';
import { load } from '../venues/fixtureDom';
import { VENUE_PAGES } from '../venues/venuePages';
import { $, mount, until } from './helpers';
import { LOCALES, getMessageFrom, useMessages, type Locale } from './messages';

const BINANCE = 'https://www.binance.com/en/futures/BTCUSDT';
const HOUR = 3_600_000;

/** What the popup's live report shows: a Binance long at 20× that breaks a limit. */
function binanceState(): TabState {
  const adapter = adapters.find((a) => a.id === 'binance-usdm')!;
  load(readFileSync(VENUE_PAGES['binance-usdm']!.fixture, 'utf8'));
  const ticket = adapter.findTicket(document)!;
  adapter.sizeInput!(ticket)!.value = '0.5';
  const reading = validateReading(adapter.read(ticket, new URL(VENUE_PAGES['binance-usdm']!.url)));
  const a = assessTicket(reading, adapter, { model: VENUE_MODELS['binance-usdm'], limits: null });
  return { site: 'binance-usdm', siteName: adapter.name, enabled: true, ticketFound: true, reading, report: a.assessments[0]?.report ?? null };
}

/** Settings that show as many words as they can: a cool-down, a pending raise, a preset, a site override. */
async function wordySettings() {
  const s = defaultSettings();
  s.discipline.coolDown = '1h';
  s.limits.hard = ['maxLeverage'];
  s.presets = [{ id: 'p-mine', name: 'Mine', limits: { maxLeverage: 4, minLiquidationDistance: 0.1, maxAccountLeverage: 2, maxLossAtStop: 0.01 } }];
  s.sites['binance-usdm'] = { enabled: true, guard: 'warn', overrides: { maxLeverage: 5 } };
  const now = Date.now();
  s.pending = [{ field: 'limit', site: null, key: 'maxLeverage', value: 25, requestedAt: now, appliesAt: now + HOUR }];
  await saveSettings(s);
  const record = (at: number): OverrideRecord => ({ at, site: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', leverage: 20, severity: 'danger', warnings: ['x'] });
  await fakeBrowser.storage.local.set({ overrideLog: [record(now - 2000), record(now - 1000)] });
}

const unfilled = (text: string | null) => text?.match(/\{[A-Za-z]+\}/g) ?? [];

let warn: MockInstance<typeof console.warn>;
const i18nWarnings = () => warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('[i18n]'));

describe.each(LOCALES)('%s', (locale: Locale) => {
  const message = getMessageFrom(locale);
  const language = locale.replace('_', '-');
  let unmount = () => {};

  beforeEach(() => {
    fakeBrowser.reset();
    useMessages(locale);
    Object.defineProperty(navigator, 'language', { value: language, configurable: true });
    warn = vi.spyOn(console, 'warn');
  });
  afterEach(() => {
    unmount();
    useMessages('en');
    delete (navigator as { language?: string }).language;
    vi.restoreAllMocks();
  });

  it('the popup on a ticket with a live report, a site override and a pending raise', async () => {
    await wordySettings();
    const state = binanceState();
    const tab = await fakeBrowser.tabs.create({ url: BINANCE, active: true });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => state) as never);
    const view = await mount(<PopupApp search={`?tab=${tab.id}`} />);
    unmount = view.unmount;
    await until(() => expect($(view.root, 'live-report')).not.toBeNull());
    await until(() => expect($(view.root, 'pending-item')).not.toBeNull());
    await until(() => expect($(view.root, 'override-count')).not.toBeNull());
    expect(document.documentElement.lang).toBe(language);
    expect(view.root.querySelector('#limits-heading')!.textContent).toBe(message('popup_yourLimits'));
    expect(unfilled(view.root.textContent)).toEqual([]);
    expect(i18nWarnings()).toEqual([]);
  });

  it('the options page with presets, hard limits, a pending raise and the override log', async () => {
    await wordySettings();
    const view = await mount(<OptionsApp />);
    unmount = view.unmount;
    await until(() => expect($(view.root, 'override-row')).not.toBeNull());
    await until(() => expect($(view.root, 'pending-item')).not.toBeNull());
    expect(document.title).toBe(message('options_title'));
    expect(document.documentElement.lang).toBe(language);
    expect(unfilled(view.root.textContent)).toEqual([]);
    expect(i18nWarnings()).toEqual([]);
  });

  it('the overlay with a held-free assessment, and the lost-ticket notice', async () => {
    const state = binanceState();
    const adapter = adapters.find((a) => a.id === 'binance-usdm')!;
    const a = assessTicket(state.reading!, adapter, { model: VENUE_MODELS['binance-usdm'], limits: null });
    const overlay = await mount(h(Overlay, { model: { siteName: adapter.name, words: adapter.words, reading: state.reading!, ...a, riskPerTrade: 0.01 }, actions: { useSize: () => {} } }));
    const lost = await mount(<TicketLost siteName={adapter.name} onHide={() => {}} />);
    unmount = () => {
      overlay.unmount();
      lost.unmount();
    };
    expect(overlay.root.querySelector('[data-testid="lg-overlay"]')!.getAttribute('lang')).toBe(language);
    expect(overlay.root.querySelector('summary')!.textContent).toBe(message('overlay_details'));
    expect(lost.root.textContent).toContain(message('lost_hide'));
    expect(unfilled(overlay.root.textContent)).toEqual([]);
    expect(unfilled(lost.root.textContent)).toEqual([]);
    expect(i18nWarnings()).toEqual([]);
  });
});
