import { browser, type Browser } from 'wxt/browser';
import { parseMessage, type SiteLimitsAnswer } from '../messages';
import { siteLimits } from '../settings';
import { recordOverride } from '../settings/overrideLog';
import { nextPendingAt } from '../settings/pending';
import { ensureSettings, loadSettings, watchSettings } from '../settings/store';
import { assessOnAccount } from './accountAssessment';
import { clearBadge, onBadgeMessage, onSettingsChanged, onTabUpdated } from './badge';

// The background service worker: the toolbar badge (`badge.ts`), what applies on a site for its
// content script, a ticket's assessment on the trader's account (`accountAssessment.ts`), the
// override log's writes, and repairing stored settings at install and start-up.

type Sender = Pick<Browser.runtime.MessageSender, 'tab' | 'url' | 'id'>;

/** What applies on one site now, for its content script (which carries no settings code of its own). */
export async function siteLimitsNow(siteId: string, now: number = Date.now()): Promise<SiteLimitsAnswer> {
  const settings = await loadSettings();
  return { ...siteLimits(settings, siteId, now), nextChangeAt: nextPendingAt(settings, now) };
}

/** Registers every listener synchronously (an MV3 service worker is woken by them). */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const message = parseMessage(raw);
    if (message?.type === 'lg:badge') void onBadgeMessage(message, sender);
    if (message?.type === 'lg:site-limits') return siteLimitsNow(message.siteId);
    if (message?.type === 'lg:assess-account') return Promise.resolve(assessOnAccount(message.inputs));
    if (message?.type === 'lg:record-override') return recordOverride(message.record).then(() => true);
    return undefined; // No reply: `lg:get-tab-state` is for content scripts and the demo page.
  });
  browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => void clearBadge(tabId));
  watchSettings((settings) => void onSettingsChanged(settings));
  const repair = () => void ensureSettings().catch((err: unknown) => console.error('[Leverage Guard] settings repair failed', err));
  browser.runtime.onInstalled.addListener(repair);
  browser.runtime.onStartup.addListener(repair);
}
