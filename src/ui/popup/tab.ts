import { browser } from 'wxt/browser';
import type { TabState } from '../../messages';
import { siteById, siteForUrl, type SiteInfo } from '../../settings/sites';

/**
 * Which tab the popup is about, and what that tab's overlay shows.
 *
 * Normally the active tab of the current window. `popup.html?tab=<id>` names another tab: the
 * end-to-end tests open the popup as a page (Playwright cannot click the toolbar button), where
 * the active tab would be the popup itself. The parameter only chooses which tab's state the popup
 * asks for; nothing but our own content scripts and demo page answer, so it grants nothing.
 */
export interface TargetTab {
  id: number;
  /** Undefined for pages we have no host permission for: by construction, not a supported site. */
  url: string | undefined;
}

export async function targetTab(search: string = location.search): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

export type TabView =
  /** Not a site we support (or a page we cannot see). */
  | { kind: 'unsupported' }
  /** A supported host, but not a page with an order ticket (e.g. Binance spot). */
  | { kind: 'other-page'; site: SiteInfo }
  /** A ticket page whose content script did not answer (opened before the extension was installed or updated). */
  | { kind: 'no-answer'; site: SiteInfo }
  | { kind: 'state'; site: SiteInfo; state: TabState };

const ANSWER_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

const isTabState = (v: unknown): v is TabState =>
  typeof v === 'object' && v !== null && typeof (v as TabState).site === 'string' && typeof (v as TabState).enabled === 'boolean';

/**
 * Asks the tab's overlay for its state: a venue tab through its content script
 * (`tabs.sendMessage`), the demo page, an extension page, through `runtime.sendMessage` with the tab id.
 */
export async function readTab(tab: TargetTab): Promise<TabView> {
  const match = siteForUrl(tab.url, browser.runtime.getURL('/'));
  if (match && !match.ticketPage) return { kind: 'other-page', site: match.site };
  const viaRuntime = !match || match.site.id === 'demo';
  if (!match && tab.url !== undefined) return { kind: 'unsupported' };
  const ask = viaRuntime
    ? browser.runtime.sendMessage({ type: 'lg:get-tab-state', tabId: tab.id })
    : browser.tabs.sendMessage(tab.id, { type: 'lg:get-tab-state' });
  const answer: unknown = await withTimeout(
    (ask as Promise<unknown>).catch(() => undefined),
    ANSWER_TIMEOUT_MS,
  );
  if (isTabState(answer)) {
    const site = match?.site ?? siteById(answer.site);
    if (site) return { kind: 'state', site, state: answer };
  }
  return match ? { kind: 'no-answer', site: match.site } : { kind: 'unsupported' };
}
