import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OrderGate, TicketNow } from '../guard/orderGate';
import { TicketReview } from '../guard/ticketReview';
import type { VenueModel } from '../risk/venues/model';
import type { VenueAdapter } from '../venues/adapter';
import { rememberLookups } from '../venues/dom';
import { AccountLink } from './accountLink';
import { createBadge } from './badge';
import { positionHealth, type PositionHealth } from '../guard/positionHealth';
import { isolatedMarginRatio } from '../risk/account';
import { createPositionAlert } from './positionAlert';
import { listenForOrders } from './guardMode';
import { OverlayView } from './overlayView';
import { askSiteLimits, watchSiteLimits } from './siteSettings';
import { answerPopup } from './tabState';
import { createTicketLostNotice } from './ticketLostNotice';
import { TicketWatcher } from './ticketWatcher';

/** How often the account (positions panel, funding) is read again while the ticket is shown. */
const ACCOUNT_EVERY_MS = 1000;

/**
 * Leverage Guard on one venue's page: the overlay beside the order ticket, the toolbar badge and
 * guard mode, kept up to date with what the ticket shows. What runs in which state:
 * - off (the trader switched the site off): the settings subscription (storage.onChanged, and a
 *   timer only while a raised limit's cool-down is pending) and the popup's answer ("off"). No
 *   window listener, observer, timer, frame, message channel, overlay or badge.
 * - on, ticket not found: the watcher's window listeners, message channel and 500 ms search, the
 *   gate's capture listeners, the overlay preferences' subscription; on a symbol's trade page,
 *   after 6 s, the lost-ticket notice.
 * - on, ticket found: also the observer scoped to the ticket and its input listeners, the overlay,
 *   the badge; guard mode judges each press of a submit button; on a venue whose account is read,
 *   a one-second timer that reads the positions again, and a message to the background per changed
 *   ticket (its assessment on the account).
 * - holding an order: the gate's panel in the overlay; each read re-assesses the held order, and the
 *   overlay stays on the held order's ticket.
 */
export async function guardTicket(ctx: ContentScriptContext, adapter: VenueAdapter, options: { models: readonly VenueModel[]; tabId?: number }): Promise<void> {
  let site = await askSiteLimits(adapter.id);
  let latest: TicketNow | null = null;
  let gate: OrderGate | null = null;
  let on: AbortController | null = null;
  const review = new TicketReview(adapter, options.models);
  const badge = createBadge();
  const positionAlert = createPositionAlert();
  let health: PositionHealth[] | null = null;
  const lost = createTicketLostNotice(adapter);
  const account = new AccountLink(() => {
    review.forget();
    watcher.schedule();
  });
  const view: OverlayView = new OverlayView(adapter, () => ({ latest, ticket: watcher.ticket, gate, riskPerTrade: site.riskPerTrade }));
  const watcher: TicketWatcher = new TicketWatcher(adapter, {
    read: (force) => update(force),
    mayFollow: () => !gate?.held,
    overlayLost: () => view.lost,
    navigated: () => review.forget(),
    alive: () => !ctx.isInvalid,
  });

  /** Reads the ticket and shows what changed; `force` reads now, even mid-frame (guard mode, the trader's event). */
  function update(force: boolean) {
    if (!on || ctx.isInvalid) return;
    const ticket = watcher.ticketToRead(force);
    if (!ticket) {
      view.remove();
      latest = null;
      badge.show(null);
      return lost.missing();
    }
    lost.clear();
    if (view.place(adapter.overlayAnchor(ticket), ticket)) review.forget();
    const at = Date.now();
    // The account is read here only the first time; after that by its own one-second timer, so a
    // keystroke never waits for a positions panel to be read.
    if (!account.account) account.read(adapter, ticket);
    const result = review.review(adapter.read(ticket, location), location, site, at, { reading: account.account!, key: account.key, report: account.report });
    // A build mistake (the entrypoint did not ship this venue's rules): loud in tests, harmless to the page.
    if (result.kind === 'noRules') return console.error(`Leverage Guard: no risk rules for ${result.venue} in this content script`);
    if (result.kind === 'unchanged') return;
    latest = result.now;
    if (gate?.held) gate.ticketUpdated(latest, ticket);
    view.render();
    const min = site.limits.minLiquidationDistance ?? null;
    const symbol = latest.reading.symbol.ok ? latest.reading.symbol.value : null;
    health = positionHealth(latest.account, min, { symbol, dailyRange: latest.dailyRange ?? null }, (row) => isolatedMarginRatio(result.model, row));
    positionAlert.check(health, min);
    badge.show(latest.assessment, health?.some((p) => p.belowMin) ?? false);
  }

  async function start() {
    const mine = new AbortController();
    on = mine;
    await view.start();
    if (on !== mine) return;
    const readNow = () => {
      update(true);
      return latest;
    };
    gate = listenForOrders(adapter, watcher, { readNow, mode: () => site.guardMode, changed: () => view.render() }, mine.signal);
    watcher.start();
    // Positions move with their marks while the ticket stands still: look again each second.
    if (adapter.readAccount) {
      const timer = setInterval(() => {
        const ticket = watcher.ticket;
        if (!ticket || ctx.isInvalid) return;
        if (account.read(adapter, ticket)) watcher.schedule();
      }, ACCOUNT_EVERY_MS);
      mine.signal.addEventListener('abort', () => clearInterval(timer));
    }
  }

  function stop() {
    if (!on) return;
    on.abort();
    on = gate = latest = health = null;
    watcher.stop();
    view.stop();
    lost.clear();
    positionAlert.clear();
    badge.show(null);
  }

  // Any settings change, and a raised limit whose cool-down ends, re-asks the background.
  const unwatch = watchSiteLimits(adapter.id, site, (next) => {
    site = next;
    review.forget();
    if (!site.enabled) stop();
    else if (!on) void start();
    else watcher.schedule();
  });
  const stopAnswering = answerPopup(adapter, options.tabId, () => ({ enabled: site.enabled, latest, ticketLost: lost.shown, positions: health }));
  rememberLookups(true);
  ctx.onInvalidated(() => {
    unwatch();
    stopAnswering();
    stop();
    rememberLookups(false);
  });
  if (site.enabled) void start();
}
