import { storage } from '#imports';
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { keepUnreadable } from '../settings/backups';
import { applyDue } from '../settings/pending';
import type { Settings } from '../settings/schema';
import { siteForUrl } from '../settings/sites';
import { loadSettings } from '../settings/store';
import { formatLeverage } from '../ui/format';
import { t } from '../ui/i18n';
import { verdictWords } from '../ui/popup/words';

/**
 * The toolbar badge per tab: a content script (or the demo page) sends `{type:'lg:badge', leverage, severity}`; the
 * badge of that tab shows the position leverage ("12x") on a colour for the severity. It is
 * cleared when the tab loads a new page (the content script there sends its own), when the tab
 * leaves the site's ticket pages inside a single-page app, and when the trader switches the site off.
 */

export type BadgeSeverity = 'safe' | 'caution' | 'danger' | 'blocked' | 'unknown';

export const BADGE_COLORS: Record<BadgeSeverity, { background: string; text: string }> = {
  safe: { background: '#1a7f37', text: '#ffffff' },
  caution: { background: '#f2b705', text: '#000000' },
  danger: { background: '#d1242f', text: '#ffffff' },
  blocked: { background: '#6e0b14', text: '#ffffff' },
  unknown: { background: '#6e7781', text: '#ffffff' },
};

/** Fits the badge's ~4 characters: "2.5x", "12x", "125x", "999+"; "" when there is no number. */
export function badgeText(leverage: number | null | undefined): string {
  if (leverage == null || !Number.isFinite(leverage) || leverage <= 0) return '';
  if (leverage >= 999.5) return '999+';
  if (leverage < 9.95 && Math.abs(leverage - Math.round(leverage)) >= 0.05) return `${leverage.toFixed(1)}x`;
  return `${Math.round(leverage)}x`;
}

/** Which tab shows a badge for which site, so switching a site off can clear its badges. Stored untyped: parsed before use. */
const badgeTabsItem = storage.defineItem<unknown>('session:badgeTabs', { fallback: null });
const badgeTabsSchema = z.record(z.string(), z.string());

const badgeTabs = {
  /** Tab id → site id. Anything else stored there is kept as text under Backups and replaced. */
  async getValue(): Promise<Record<string, string>> {
    const raw = await badgeTabsItem.getValue();
    if (raw === null || raw === undefined) return {};
    const parsed = badgeTabsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await keepUnreadable('badge-tabs', raw);
    await badgeTabsItem.setValue({});
    return {};
  },
  setValue: (tabs: Record<string, string>) => badgeTabsItem.setValue(tabs),
};

type Sender = Pick<Browser.runtime.MessageSender, 'tab' | 'url' | 'id'>;

function senderSite(sender: Sender): string | null {
  return siteForUrl(sender.tab?.url ?? sender.url, browser.runtime.getURL('/'))?.site.id ?? null;
}

/** The tooltip over the badge: what its number is and what it means, in the trader's language. */
async function setBadgeTitle(tabId: number, leverage: number, severity: BadgeSeverity | null): Promise<void> {
  try {
    await browser.action.setTitle({ tabId, title: t('badge.title', { leverage: formatLeverage(leverage), verdict: verdictWords(severity ?? 'unknown') }) });
  } catch {
    // The tab closed in between; the badge itself is what matters.
  }
}

async function setBadge(tabId: number, text: string, severity: BadgeSeverity | null): Promise<void> {
  const colors = BADGE_COLORS[severity ?? 'unknown'];
  await browser.action.setBadgeText({ tabId, text });
  if (!text) return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: colors.background });
  // setBadgeTextColor: Chrome 110+, Firefox 63+; older browsers keep their default white.
  if (typeof browser.action.setBadgeTextColor === 'function') {
    await browser.action.setBadgeTextColor({ tabId, color: colors.text });
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
    // An empty title shows the extension's name, as before the badge.
    await browser.action.setTitle({ tabId, title: '' });
  } catch {
    // The tab is gone.
  }
  const tabs = await badgeTabs.getValue();
  if (String(tabId) in tabs) {
    const { [String(tabId)]: _gone, ...rest } = tabs;
    await badgeTabs.setValue(rest);
  }
}

export async function onBadgeMessage(
  message: { leverage: number | null; severity: BadgeSeverity | null },
  sender: Sender,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || (sender.id !== undefined && sender.id !== browser.runtime.id)) return;
  const site = senderSite(sender);
  if (site !== null) {
    const settings = applyDue(await loadSettings());
    if (settings.sites[site]?.enabled === false) return clearBadge(tabId);
  }
  const { leverage } = message;
  const text = badgeText(leverage);
  if (!text || leverage == null) return clearBadge(tabId);
  try {
    await setBadge(tabId, text, message.severity);
  } catch {
    return; // The tab closed in between.
  }
  await setBadgeTitle(tabId, leverage, message.severity);
  if (site !== null) await badgeTabs.setValue({ ...(await badgeTabs.getValue()), [String(tabId)]: site });
}

export async function onTabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
  if (change.status === 'loading') return clearBadge(tabId);
  if (change.url !== undefined) {
    // A single-page app changed its URL: keep the badge only while on a page with a ticket.
    const match = siteForUrl(change.url, browser.runtime.getURL('/'));
    if (!match?.ticketPage) await clearBadge(tabId);
  }
}

export async function onSettingsChanged(stored: Settings): Promise<void> {
  const settings = applyDue(stored);
  const tabs = await badgeTabs.getValue();
  for (const [tabId, site] of Object.entries(tabs)) {
    if (settings.sites[site]?.enabled === false) await clearBadge(Number(tabId));
  }
}
