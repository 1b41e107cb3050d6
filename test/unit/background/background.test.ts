import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteLimitsNow, startBackground } from '@/src/background';
import { BADGE_COLORS, badgeText, onBadgeMessage, onSettingsChanged, onTabUpdated } from '@/src/background/badge';
import { loadOverrideLog } from '@/src/settings/overrideLog';
import { defaultSettings } from '@/src/settings/repair';
import { SETTINGS_VERSION } from '@/src/settings/migrations';
import { loadSettings, saveSettings } from '@/src/settings/store';
import { setSiteEnabled } from '@/src/settings/changes';

const HL = 'https://app.hyperliquid.xyz/trade/BTC';
const sender = (tabId: number, url = HL) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as never });
const text = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const flush = () => new Promise((r) => setTimeout(r, 20));

describe('badgeText', () => {
  it('fits the leverage into four characters', () => {
    expect([1, 2.5, 3.04, 9.94, 9.96, 12.4, 12.5, 125, 999.4, 999.5, 5000].map(badgeText)).toEqual([
      '1x',
      '2.5x',
      '3x',
      '9.9x',
      '10x',
      '12x',
      '13x',
      '125x',
      '999x',
      '999+',
      '999+',
    ]);
    for (const v of [null, undefined, 0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(badgeText(v)).toBe('');
  });
});

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the position leverage on the severity colour, per tab', async () => {
    await onBadgeMessage({ leverage: 12.2, severity: 'danger' }, sender(3));
    await onBadgeMessage({ leverage: 2, severity: 'safe' }, sender(4, 'chrome-extension://test-extension-id/demo.html'));
    expect(await text(3)).toBe('12x');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([0xd1, 0x24, 0x2f, 255]);
    expect(await fakeBrowser.action.getBadgeTextColor({ tabId: 3 })).toBe(BADGE_COLORS.danger.text);
    expect(await text(4)).toBe('2x');
    expect(await fakeBrowser.action.getBadgeTextColor({ tabId: 4 })).toBe(BADGE_COLORS.safe.text);
  });

  it('clears when the content script has no number', async () => {
    await onBadgeMessage({ leverage: 12, severity: 'danger' }, sender(3));
    await onBadgeMessage({ leverage: null, severity: null }, sender(3));
    expect(await text(3)).toBe('');
  });

  it('shows nothing for a site that is switched off, and clears its tabs when it is switched off', async () => {
    await saveSettings(setSiteEnabled(defaultSettings(), 'binance-usdm', false));
    await onBadgeMessage({ leverage: 8, severity: 'safe' }, sender(5, 'https://www.binance.com/en/futures/BTCUSDT'));
    expect(await text(5)).toBe('');

    await onBadgeMessage({ leverage: 8, severity: 'caution' }, sender(6));
    await onBadgeMessage({ leverage: 8, severity: 'caution' }, sender(7, 'chrome-extension://test-extension-id/demo.html'));
    await onSettingsChanged(setSiteEnabled(await loadSettings(), 'hyperliquid', false));
    expect(await text(6)).toBe('');
    expect(await text(7)).toBe('8x');
  });

  it('clears when the tab loads a page, or a single-page app leaves the ticket pages', async () => {
    await onBadgeMessage({ leverage: 8, severity: 'safe' }, sender(6));
    await onTabUpdated(6, { url: 'https://app.hyperliquid.xyz/trade/ETH' }); // still a ticket page
    expect(await text(6)).toBe('8x');
    await onTabUpdated(6, { url: 'https://app.hyperliquid.xyz/portfolio' });
    expect(await text(6)).toBe('');

    await onBadgeMessage({ leverage: 8, severity: 'safe' }, sender(6));
    await onTabUpdated(6, { status: 'complete' });
    expect(await text(6)).toBe('8x');
    await onTabUpdated(6, { status: 'loading' });
    expect(await text(6)).toBe('');
  });

  it('ignores messages without a tab or from another extension', async () => {
    await onBadgeMessage({ leverage: 8, severity: 'safe' }, { id: fakeBrowser.runtime.id, url: HL });
    await onBadgeMessage({ leverage: 8, severity: 'safe' }, { ...sender(9), id: 'someone-else' });
    expect(await text(9)).toBe('');
  });

  it('is wired to runtime messages, tab events and settings changes', async () => {
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'lg:badge', leverage: 20, severity: 'blocked' }, sender(11), () => {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'lg:badge', leverage: 'x' }, sender(12), () => {});
    await flush();
    expect(await text(11)).toBe('20x');
    expect(await text(12)).toBe('');

    await saveSettings(setSiteEnabled(defaultSettings(), 'hyperliquid', false));
    await flush();
    expect(await text(11)).toBe('');
  });

  it('follows what applies now: a site switch-off waiting for the cool-down keeps the badge until it is due', async () => {
    const s = defaultSettings();
    s.discipline.coolDown = '1h';
    const now = Date.now();
    s.pending = [{ field: 'enabled', site: 'hyperliquid', value: false, requestedAt: now, appliesAt: now + 3_600_000 }];
    await saveSettings(s);
    await onBadgeMessage({ leverage: 8, severity: 'safe' }, sender(21));
    expect(await text(21)).toBe('8x');
    await onSettingsChanged(s);
    expect(await text(21)).toBe('8x');
    await onSettingsChanged({ ...s, pending: [{ ...s.pending[0]!, requestedAt: now - 3_600_000, appliesAt: now }] });
    expect(await text(21)).toBe('');
  });

  it('keeps a damaged list of badged tabs as text and still shows and clears badges', async () => {
    await fakeBrowser.storage.session.set({ badgeTabs: 'junk' });
    await onBadgeMessage({ leverage: 12, severity: 'danger' }, sender(31));
    expect(await text(31)).toBe('12x');
    expect((await fakeBrowser.storage.session.get('badgeTabs')).badgeTabs).toEqual({ '31': 'hyperliquid' });
    expect((await fakeBrowser.storage.local.get('settingsBackup')).settingsBackup).toEqual([
      expect.objectContaining({ kind: 'unreadable', from: 'badge-tabs', original: '"junk"' }),
    ]);
    await onSettingsChanged(setSiteEnabled(defaultSettings(), 'hyperliquid', false));
    expect(await text(31)).toBe('');
  });

  it('repairs stored settings when the extension starts', async () => {
    await fakeBrowser.storage.sync.set({ settings: { limits: 'broken' }, settings$: { v: SETTINGS_VERSION } });
    startBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    await flush();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(defaultSettings());
    expect((await fakeBrowser.storage.local.get('settingsBackup')).settingsBackup).toHaveLength(1);
  });
});

describe('what a content script is told applies on its site', () => {
  beforeEach(() => fakeBrowser.reset());
  const T0 = Date.UTC(2026, 0, 5, 12);
  const HOUR = 60 * 60 * 1000;

  it('an unreadable stored value reads as the defaults, guard on, nothing due', async () => {
    await fakeBrowser.storage.sync.set({ settings: { limits: 'broken' }, settings$: { v: SETTINGS_VERSION } });
    const answer = await siteLimitsNow('hyperliquid', T0);
    expect(answer).toEqual({ enabled: true, limits: defaultSettings().limits, guardMode: 'confirm', riskPerTrade: defaultSettings().limits.riskPerTrade, nextChangeAt: null });
  });

  it('a site switched off is off; its overrides apply on top of all sites’ limits', async () => {
    const s = defaultSettings();
    await saveSettings({ ...s, sites: { hyperliquid: { enabled: false, overrides: { maxLeverage: 3 }, guard: 'warn' } } });
    const answer = await siteLimitsNow('hyperliquid', T0);
    expect(answer.enabled).toBe(false);
    expect(answer.guardMode).toBe('warn');
    expect(answer.limits.maxLeverage).toBe(3);
    expect((await siteLimitsNow('dydx', T0)).limits.maxLeverage).toBe(s.limits.maxLeverage);
  });

  it('a raise waiting out its cool-down: the old limit until it is due, and when it falls due', async () => {
    const s = defaultSettings();
    const raised = s.limits.maxLeverage + 5;
    await saveSettings({ ...s, pending: [{ field: 'limit', site: null, key: 'maxLeverage', value: raised, requestedAt: T0, appliesAt: T0 + HOUR }] });
    const before = await siteLimitsNow('hyperliquid', T0);
    expect(before.limits.maxLeverage).toBe(s.limits.maxLeverage);
    expect(before.nextChangeAt).toBe(T0 + HOUR);
    expect((await siteLimitsNow('hyperliquid', T0 + HOUR)).limits.maxLeverage).toBe(raised);
  });

  it('answers the content script’s message, and records an override it reports', async () => {
    startBackground();
    const ask = (message: unknown) => fakeBrowser.runtime.onMessage.trigger(message, sender(7, 'https://dydx.trade/trade/BTC-USD'), () => undefined);
    expect(await ask({ type: 'lg:site-limits', siteId: 'dydx' })).toMatchObject([{ enabled: true, guardMode: 'confirm' }]);
    const record = { site: 'dydx', symbol: 'BTC-USD', side: 'long', leverage: 40, severity: 'danger', warnings: ['Leverage 40× is above your maximum of 10×'] };
    expect(await ask({ type: 'lg:record-override', record })).toEqual([true]);
    expect(await loadOverrideLog()).toMatchObject([record]);
  });
});
