import { browser } from 'wxt/browser';
import { siteLimitsAnswerSchema, type Message, type SiteLimitsAnswer } from '../messages';
import { DEFAULT_LIMITS } from '../settings/defaults';
import { DEFAULT_GUARD_MODE } from '../settings/guardModes';

/**
 * A content script's view of the settings: what applies on its site, asked of the background,
 * which reads, migrates and repairs what is stored (so none of that code is in the page). Asked
 * again when anything in `storage.sync` changes and when a raised limit's cool-down ends.
 */

/** What applies when the background cannot answer (the extension is being updated): the defaults, guard on. */
const FALLBACK: SiteLimitsAnswer = { enabled: true, limits: DEFAULT_LIMITS, guardMode: DEFAULT_GUARD_MODE, riskPerTrade: DEFAULT_LIMITS.riskPerTrade, nextChangeAt: null };

const ATTEMPTS = 3;

/** The site's limits now, from the background; after three failed asks, the defaults. */
export async function askSiteLimits(siteId: string): Promise<SiteLimitsAnswer> {
  const ask: Message = { type: 'lg:site-limits', siteId };
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const parsed = siteLimitsAnswerSchema.safeParse(await browser.runtime.sendMessage(ask));
      if (parsed.success) return parsed.data;
    } catch {
      // A service worker starting up may drop the first message: ask again.
    }
    if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
  }
  return FALLBACK;
}

/**
 * Calls back with the site's limits whenever they may have changed: a write to `storage.sync`
 * (settings, their version) or the moment a pending raise falls due. Answers to older asks are dropped.
 * Returns the function that stops watching.
 */
export function watchSiteLimits(siteId: string, first: SiteLimitsAnswer, onChange: (limits: SiteLimitsAnswer) => void): () => void {
  let asked = 0;
  let timer = 0;
  let stopped = false;
  const arm = (at: number | null) => {
    clearTimeout(timer);
    timer = at === null ? 0 : window.setTimeout(reask, Math.min(Math.max(at - Date.now() + 50, 0), 2 ** 31 - 1));
  };
  const reask = () => {
    const mine = ++asked;
    void askSiteLimits(siteId).then((next) => {
      if (stopped || mine !== asked) return;
      arm(next.nextChangeAt);
      onChange(next);
    });
  };
  const onStorage = (_changes: unknown, area: string) => {
    if (area === 'sync') reask();
  };
  browser.storage.onChanged.addListener(onStorage);
  arm(first.nextChangeAt);
  return () => {
    stopped = true;
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onStorage);
  };
}

/** Adds an order placed past a warning to the override log (written by the background). */
export async function recordOverride(record: Extract<Message, { type: 'lg:record-override' }>['record']): Promise<void> {
  await browser.runtime.sendMessage({ type: 'lg:record-override', record } satisfies Message);
}
