import { browser } from 'wxt/browser';
import type { TicketNow } from '../guard/orderGate';
import type { PositionHealth } from '../guard/positionHealth';
import { parseMessage, type TabState } from '../messages';
import type { VenueAdapter } from '../venues/adapter';

export interface TabFacts {
  enabled: boolean;
  latest: TicketNow | null;
  ticketLost: boolean;
  positions: PositionHealth[] | null;
}

/**
 * Answers the popup's question about this tab (also while the site is off: the popup says so).
 * The demo page runs in the extension itself and is asked with its tab id. Returns the function
 * that stops answering.
 */
export function answerPopup(adapter: Pick<VenueAdapter, 'id' | 'name' | 'words'>, tabId: number | undefined, facts: () => TabFacts): () => void {
  const onMessage = (raw: unknown): Promise<TabState> | undefined => {
    const message = parseMessage(raw);
    if (message?.type !== 'lg:get-tab-state') return undefined;
    if (message.tabId !== undefined && tabId !== undefined && message.tabId !== tabId) return undefined;
    const { enabled, latest, ticketLost, positions } = facts();
    return Promise.resolve({
      site: adapter.id,
      siteName: adapter.name,
      enabled,
      ticketFound: latest !== null,
      ticketLost,
      reading: latest?.reading ?? null,
      report: latest?.assessment.assessments[0]?.report ?? null,
      words: adapter.words,
      positions,
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
