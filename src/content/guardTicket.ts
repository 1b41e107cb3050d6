import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, type TabState } from '../messages';
import { askSiteLimits, recordOverride, watchSiteLimits } from './siteSettings';
import type { SiteLimitsAnswer } from '../messages';
import { Overlay } from '../ui/overlay/Overlay';
import { overlayCss, ticketLostCss } from '../ui/overlay/styles';
import { TicketLost } from '../ui/overlay/TicketLost';
import { ticketTheme } from '../ui/overlay/theme';
import { warningText } from '../ui/warnings';
import { loadOverlayPrefs, saveOverlayPrefs, watchOverlayPrefs, type OverlayPrefs } from '../settings/overlayPrefs';
import { createShadowUi, type ShadowUi } from '../ui/overlay/shadowHost';
import type { VenueAdapter } from '../venues/adapter';
import type { VenueModel } from '../risk/venues/model';
import { validateReading, type TicketReading } from '../venues/reading';
import { forgetLookups, rememberLookups } from '../venues/dom';
import { assessTicket, type TicketAssessment } from '../guard/assessTicket';
import { dailyRange, MarkHistory } from '../guard/markHistory';
import { OrderGate } from '../guard/orderGate';
import { fillSize } from './fillSize';
import type { GuardMode } from '../guard/types';
import type { OverlayModel } from '../ui/overlay/Overlay';

/** Attribute changes inside a ticket that can change what it means (tabs, toggles, visibility). */
const WATCHED_ATTRIBUTES = ['aria-selected', 'aria-checked', 'aria-pressed', 'data-state', 'class', 'style', 'hidden', 'checked', 'value', 'disabled'];
const TICKET_EVENTS = ['input', 'change', 'click'] as const;
/** How often a lost or not-yet-rendered ticket is looked for. A poll, not a page-wide observer: order books mutate 50×/s. */
const SEARCH_INTERVAL_MS = 500;
/** A trade page whose ticket is still missing after this long has changed (or failed): say so. */
export const TICKET_LOST_AFTER_MS = 6000;
/** How closely the overlay follows a mark price that ticks outside the ticket. */
const MARK_FOLLOW_MS = 500;

/**
 * Watches one venue's order ticket and keeps the overlay beside its submit buttons up to date.
 * One MutationObserver scoped to the ticket (plus the mark price), batched to one update per frame.
 *
 * What runs in which state:
 * - off (the trader switched the site off): no observer, no timers, no overlay, no badge; the
 *   window listeners (order gate, ticket events, location changes) stay attached but return at
 *   once, and the popup is still answered ("off"); switching on starts the rest;
 * - on, ticket not found yet: a 500 ms search; on a ticket page, after 6 s the lost-ticket notice;
 * - on, ticket found: the observer, the ticket's input listeners, the overlay, the badge, the
 *   order gate (guard mode), and the popup's tab-state answers;
 * - holding an order: the gate's panel in the overlay; any change re-assesses the held order.
 */
export async function guardTicket(
  ctx: ContentScriptContext,
  adapter: VenueAdapter,
  options: {
    /** The risk rules this page may need (Bybit: linear and inverse); the content script ships only these. */
    models: readonly VenueModel[];
    tabId?: number;
  },
): Promise<void> {
  let site = await askSiteLimits(adapter.id);
  let siteKey = JSON.stringify(site);
  let ticket: Element | null = null;
  let observer: MutationObserver | null = null;
  let ui: ShadowUi | null = null;
  let uiAnchor: Element | null = null;
  let frame = 0;
  let searchTimer = 0;
  let lastKey = '';
  let latest: { reading: TicketReading; assessment: TicketAssessment } | null = null;
  let lastBadge = '';
  let prefs: OverlayPrefs = await loadOverlayPrefs();
  /** The ticket's own theme, read when the overlay mounts under it. */
  let pageTheme: 'dark' | 'light' = 'light';
  const marks = new MarkHistory();
  let ticketMissingSince: number | null = null;
  let lostUi: ShadowUi | null = null;
  let lostHiddenOn: string | null = null;
  const guardMode = (): GuardMode => site.guardMode;
  const riskPerTrade = (): number | null => site.riskPerTrade;

  /** Every ticket the adapter recognises now, from a fresh look (the gate's question at a click). */
  const allTickets = (): Element[] => {
    if (!site.enabled) return [];
    forgetLookups();
    if (adapter.findTickets) return adapter.findTickets(document);
    const one = adapter.findTicket(document);
    return one ? [one] : [];
  };

  const gate = new OrderGate(
    {
      watchedTicket: () => (site.enabled && ticket?.isConnected ? ticket : null),
      allTickets,
      submitButtons: (t) => adapter.submitButtons?.(t) ?? [],
      assessNow: (t) => {
        if (t !== ticket) attach(t);
        update(true);
        return latest && ticket === t ? latest : null;
      },
      mode: guardMode,
      changed: () => renderOverlay(),
      placed: ({ reading, assessment: a }) => {
        recordOverride({
          site: adapter.id,
          symbol: reading.symbol.ok ? reading.symbol.value : null,
          side: a.report.side,
          leverage: a.report.positionLeverage,
          severity: a.report.severity,
          // Recorded as the trader read them, in their language.
          warnings: a.report.warnings.filter((w) => w.severity === 'danger' || w.severity === 'blocked').map(warningText),
        }).catch(() => {
          // The log is the trader's record, not a gate: a failed write never blocks the order.
        });
      },
    },
    (type, handler) => ctx.addEventListener(window, type as 'click', handler, { capture: true }),
  );

  // The window's own rAF, cancelled by one invalidation handler: WXT's ctx.requestAnimationFrame
  // adds an abort listener per call that is never removed (one per frame, for the page's life).
  const onFrame = () => {
    frame = 0;
    update();
  };
  const schedule = () => {
    if (frame || ctx.isInvalid) return;
    frame = requestAnimationFrame(onFrame);
  };
  // A mark tick outside the ticket only moves the distance to liquidation: the overlay follows it
  // at most every MARK_FOLLOW_MS (what the trader types is still answered at once, and guard mode
  // re-reads at the click), so a venue ticking its mark several times a second costs no more.
  let markTimer = 0;
  let lastRead = 0;
  const scheduleMark = () => {
    if (frame || markTimer || ctx.isInvalid) return;
    const wait = lastRead + MARK_FOLLOW_MS - performance.now();
    if (wait <= 0) schedule();
    else
      markTimer = window.setTimeout(() => {
        markTimer = 0;
        schedule();
      }, wait);
  };
  ctx.onInvalidated(() => {
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(markTimer);
    frame = markTimer = 0;
  });
  // What the trader does (a keystroke, a click) is answered within the same event: a listener on
  // the window's bubble phase runs after the page's own handlers. If the page stops the event's
  // propagation, a message to ourselves (the earliest following task) does it instead.
  let pendingEvent = false;
  const afterEvent = new MessageChannel();
  const answerEvent = () => {
    if (!pendingEvent) return;
    pendingEvent = false;
    update(true);
  };
  afterEvent.port1.onmessage = answerEvent;
  ctx.onInvalidated(() => afterEvent.port1.close());
  for (const type of TICKET_EVENTS) ctx.addEventListener(window, type, answerEvent);
  // On a page with several tickets the overlay follows the one the trader is using.
  if (adapter.findTickets) {
    const follow = (event: Event) => {
      if (!site.enabled || gate.held) return;
      const path = event.composedPath();
      if (ticket && path.includes(ticket)) return;
      const used = allTickets().find((t) => path.includes(t));
      if (used) {
        attach(used);
        schedule();
      }
    };
    for (const type of ['focusin', 'input'] as const) ctx.addEventListener(window, type, follow, { capture: true });
  }
  const onTicketEvent = (event: Event) => {
    // A click may switch a tab or open a row; typing only changes values.
    if (event.type === 'click') forgetLookups();
    if (pendingEvent || ctx.isInvalid) return;
    pendingEvent = true;
    afterEvent.port2.postMessage(null);
  };

  /** Anything but new text or a new input value may have moved, shown or hidden what the adapter looks up. */
  function noteMutations(records: MutationRecord[]) {
    const hasElement = (nodes: NodeList) => Array.prototype.some.call(nodes, (n: Node) => n.nodeType === 1);
    const moved = records.some((r) =>
      r.type === 'attributes' ? r.attributeName !== 'value' : r.type === 'childList' && (hasElement(r.addedNodes) || hasElement(r.removedNodes)),
    );
    if (moved) forgetLookups();
  }

  function detach() {
    observer?.disconnect();
    observer = null;
    if (ticket) for (const type of TICKET_EVENTS) ticket.removeEventListener(type, onTicketEvent, true);
    ticket = null;
  }

  /** Watches `which` (a ticket the trader is using), or the ticket the adapter finds. */
  function attach(which?: Element): boolean {
    detach();
    const found = which ?? adapter.findTicket(document) ?? adapter.findTickets?.(document)[0] ?? null;
    if (!found) return false;
    ticket = found;
    forgetLookups();
    observer = new MutationObserver((records) => {
      noteMutations(records);
      // The page replaced the ticket (a re-render): find the new one now, not at the next search tick.
      if (!found.isConnected) return schedule();
      if (records.some((r) => found.contains(r.target))) schedule();
      else scheduleMark();
    });
    observer.observe(found, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    // Only direct children of each ancestor: a ticket swapped out is seen, an order book's churn is not.
    for (let up = found.parentNode; up && up !== document; up = up.parentNode instanceof ShadowRoot ? up.parentNode.host : up.parentNode) {
      observer.observe(up, { childList: true });
    }
    for (const el of adapter.externalWatch?.(document) ?? []) {
      if (!found.contains(el)) observer.observe(el, { subtree: true, childList: true, characterData: true });
    }
    // Values typed into inputs are not mutations; capture so a page that stops propagation cannot hide them.
    for (const type of TICKET_EVENTS) found.addEventListener(type, onTicketEvent, true);
    return true;
  }

  function removeUi() {
    ui?.remove();
    ui = null;
    uiAnchor = null;
    lastKey = '';
  }

  function mountUi(anchor: Element | null, host: Element) {
    removeUi();
    ui = createShadowUi({ name: 'leverage-guard', css: overlayCss, anchor: anchor ?? host, append: anchor ? 'after' : 'last' });
    uiAnchor = anchor ?? host;
    // From where the overlay sits: the anchor itself may be a brightly painted button.
    pageTheme = ticketTheme(ui.host.parentElement ?? uiAnchor);
  }

  /** The ticket is there again (or the notice was hidden, or the site switched off): no notice, no clock running. */
  function clearTicketLost() {
    ticketMissingSince = null;
    lostUi?.remove();
    lostUi = null;
  }

  /**
   * No ticket found. On a page that should have one (a symbol's trade page), a ticket still
   * missing after TICKET_LOST_AFTER_MS is said out loud in a corner notice; elsewhere (a markets
   * list) nothing is shown. Called on every search tick while the ticket is missing.
   */
  function ticketMissing() {
    if (!adapter.ticketPage(location) || lostHiddenOn === location.href) return clearTicketLost();
    const now = Date.now();
    ticketMissingSince ??= now;
    if (now - ticketMissingSince < TICKET_LOST_AFTER_MS || lostUi) return;
    lostUi = createShadowUi({ name: 'leverage-guard-notice', css: ticketLostCss, anchor: document.body, append: 'last' });
    const hide = () => {
      lostHiddenOn = location.href;
      clearTicketLost();
    };
    render(h(TicketLost, { siteName: adapter.name, onHide: hide }), lostUi.container);
  }

  function sendBadge(assessment: TicketAssessment | null) {
    // Two sides offered at once (Binance): their shared leverage (one-way mode), else the higher.
    const leverages = (assessment?.assessments ?? []).map((a) => a.report.positionLeverage).filter((l): l is number => l != null);
    const leverage = leverages.length > 0 ? Math.max(...leverages) : null;
    const severity = assessment?.severity ?? null;
    const key = `${leverage}|${severity}`;
    if (key === lastBadge) return;
    lastBadge = key;
    browser.runtime.sendMessage({ type: 'lg:badge', leverage, severity }).catch(() => {
      // No background listening (for example during an extension update): the badge is cosmetic.
    });
  }

  function renderOverlay() {
    if (!ui || !latest) return;
    const model: OverlayModel = {
      siteName: adapter.name,
      words: adapter.words,
      reading: latest.reading,
      ...latest.assessment,
      riskPerTrade: riskPerTrade(),
      held: gate.held,
      notice: gate.notice,
      detailsOpen: prefs.detailsOpen[adapter.id] ?? false,
      theme: prefs.theme === 'auto' ? pageTheme : prefs.theme,
    };
    render(
      h(Overlay, {
        model,
        actions: {
          acknowledge: (understood) => gate.acknowledge(understood),
          detailsToggled: (open) => {
            if ((prefs.detailsOpen[adapter.id] ?? false) === open) return;
            prefs = { ...prefs, detailsOpen: { ...prefs.detailsOpen, [adapter.id]: open } };
            saveOverlayPrefs((p) => ({ ...p, detailsOpen: { ...p.detailsOpen, [adapter.id]: open } })).catch(() => {
              // A preference of this screen: losing it costs nothing but a click.
            });
          },
          confirm: () => gate.confirm(),
          cancel: () => gate.cancel(),
          useSize: (a) => {
            const input = ticket && adapter.sizeInput?.(ticket);
            if (input && a.report.sizeForRisk && latest) fillSize(input, a.report.sizeForRisk, latest.reading);
          },
        },
      }),
      ui.container,
    );
  }

  /** Reads the ticket and re-renders when anything changed; `force` re-reads even mid-frame (guard mode). */
  function update(force = false) {
    if (!site.enabled || ctx.isInvalid) return;
    if (force && frame) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
    if (!ticket?.isConnected) {
      if (!attach()) {
        if (ui) removeUi();
        latest = null;
        sendBadge(null);
        ticketMissing();
        return;
      }
    }
    if (ticketMissingSince !== null) clearTicketLost();
    const current = ticket!;
    // Changes the page made within this event, not yet delivered to the observer.
    if (observer) noteMutations(observer.takeRecords());
    const anchor = adapter.overlayAnchor(current);
    if (!ui || uiAnchor !== (anchor ?? current) || !ui.host.isConnected) mountUi(anchor, current);
    lastRead = performance.now();
    if (markTimer) {
      clearTimeout(markTimer);
      markTimer = 0;
    }
    const raw = adapter.read(current, location);
    if (raw.markPrice.ok) marks.add(raw.symbol.ok ? raw.symbol.value : null, raw.markPrice.value, Date.now());
    const range = dailyRange(raw.high24h?.ok ? raw.high24h.value : null, raw.low24h?.ok ? raw.low24h.value : null, marks.range());
    // Most re-reads (the page re-rendering after a keystroke we already answered) find nothing new:
    // compare first, validate and assess only what changed.
    const key = `${JSON.stringify(raw)}|${range}|${siteKey}`;
    if (key === lastKey) return;
    lastKey = key;
    const reading = validateReading(raw);
    const venueId = adapter.riskVenueFor?.(location) ?? adapter.riskVenue;
    const model = options.models.find((m) => m.id === venueId);
    if (!model) {
      // A build mistake (the entrypoint did not ship this venue's rules): loud in tests, harmless to the page.
      console.error(`Leverage Guard: no risk rules for ${venueId} in this content script`);
      return;
    }
    const assessment = assessTicket(reading, adapter, { model, limits: site.limits, riskPerTrade: riskPerTrade(), dailyRange: range });
    latest = { reading, assessment };
    if (gate.held) gate.ticketUpdated(latest, current);
    renderOverlay();
    sendBadge(assessment);
  }

  function start() {
    schedule();
    if (!searchTimer) {
      // Finds a late or re-rendered ticket, and notices when the one we watch is replaced.
      searchTimer = ctx.setInterval(() => {
        // Remembered lookups never outlive one tick: a change outside what we observe is seen within it.
        forgetLookups();
        if (!ticket?.isConnected || (uiAnchor && !uiAnchor.isConnected)) schedule();
      }, SEARCH_INTERVAL_MS);
    }
  }

  function stop() {
    if (searchTimer) clearInterval(searchTimer);
    searchTimer = 0;
    detach();
    removeUi();
    clearTicketLost();
    latest = null;
    sendBadge(null);
  }

  function applyLimits(next: SiteLimitsAnswer) {
    site = next;
    siteKey = JSON.stringify(site);
    lastKey = '';
    if (site.enabled) start();
    else stop();
  }

  // Any settings change, and a raised limit whose cool-down ends, re-asks the background.
  const unwatch = watchSiteLimits(adapter.id, site, applyLimits);
  const unwatchPrefs = watchOverlayPrefs((next) => {
    prefs = next;
    renderOverlay();
  });
  ctx.onInvalidated(() => {
    unwatch();
    unwatchPrefs();
    stop();
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // A symbol switch inside the single-page app: re-find the ticket (which forgets remembered lookups) and re-read everything.
    detach();
    lastKey = '';
    schedule();
  });

  const onMessage = (raw: unknown): Promise<TabState> | undefined => {
    const message = parseMessage(raw);
    if (message?.type !== 'lg:get-tab-state') return undefined;
    if (message.tabId !== undefined && options.tabId !== undefined && message.tabId !== options.tabId) return undefined;
    return Promise.resolve({
      site: adapter.id,
      siteName: adapter.name,
      enabled: site.enabled,
      ticketFound: latest !== null,
      ticketLost: lostUi !== null,
      reading: latest?.reading ?? null,
      report: latest?.assessment.assessments[0]?.report ?? null,
      words: adapter.words,
    });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  rememberLookups(true);
  ctx.onInvalidated(() => rememberLookups(false));
  if (site.enabled) start();
}
