import type { VenueAdapter } from '../venues/adapter';
import { forgetLookups } from '../venues/dom';

/** Attribute changes inside a ticket that can change what it means (tabs, toggles, visibility). */
const WATCHED_ATTRIBUTES = ['aria-selected', 'aria-checked', 'aria-pressed', 'data-state', 'class', 'style', 'hidden', 'checked', 'value', 'disabled'];
const TICKET_EVENTS = ['input', 'change', 'click'] as const;
/** How often a lost or not-yet-rendered ticket is looked for. A poll, not a page-wide observer: order books mutate 50×/s. */
export const SEARCH_INTERVAL_MS = 500;
/** How closely the overlay follows a mark price that ticks outside the ticket. */
export const MARK_FOLLOW_MS = 500;

/** The page's frames and timers (a test drives its own). */
export interface WatcherClock {
  requestFrame(run: () => void): number;
  cancelFrame(id: number): void;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  setInterval(run: () => void, ms: number): number;
  clearInterval(id: number): void;
  now(): number;
}

// The window's own rAF: WXT's ctx.requestAnimationFrame adds an abort listener per call that is
// never removed (one per frame, for the page's life).
const windowClock: WatcherClock = {
  requestFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (id) => cancelAnimationFrame(id),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id),
  setInterval: (run, ms) => window.setInterval(run, ms),
  clearInterval: (id) => window.clearInterval(id),
  now: () => performance.now(),
};

export interface WatcherHooks {
  /** Reads the ticket and shows what it says; `force`: now, within the trader's event. */
  read(force: boolean): void;
  /** Whether the overlay may move to another ticket the trader uses (not while an order is held). */
  mayFollow(): boolean;
  /** Whether the overlay lost its place in the page (its anchor was removed). */
  overlayLost(): boolean;
  /** The address changed inside the single-page app (a symbol switch): read everything afresh. */
  navigated(): void;
  /** Whether the content script is still alive (the extension was not reloaded under it). */
  alive(): boolean;
}

type Navigation = { addEventListener(type: 'navigate', run: (e: { destination: { url: string } }) => void, options: { signal: AbortSignal }): void };

/**
 * Finds the venue's order ticket and says when to read it again: one MutationObserver scoped to
 * the ticket (plus its ancestors' direct children and the venue's mark price), batched to one read
 * per frame; what the trader types or clicks is read within the same event; a mark tick outside the
 * ticket at most every MARK_FOLLOW_MS; a missing ticket looked for every SEARCH_INTERVAL_MS.
 * Stopped, it holds nothing: no listener, observer, timer or message channel.
 */
export class TicketWatcher {
  #watched: Element | null = null;
  #observer: MutationObserver | null = null;
  #frame = 0;
  #markTimer = 0;
  #searchTimer = 0;
  #lastRead = -Infinity;
  #pendingEvent = false;
  #listening: AbortController | null = null;
  #afterEvent: MessageChannel | null = null;
  #href = '';

  readonly #adapter: Pick<VenueAdapter, 'findTicket' | 'findTickets' | 'externalWatch'>;
  readonly #hooks: WatcherHooks;
  readonly #clock: WatcherClock;

  constructor(adapter: Pick<VenueAdapter, 'findTicket' | 'findTickets' | 'externalWatch'>, hooks: WatcherHooks, clock: WatcherClock = windowClock) {
    this.#adapter = adapter;
    this.#hooks = hooks;
    this.#clock = clock;
  }

  /** The ticket being watched, while it is in the page. */
  get ticket(): Element | null {
    return this.#watched?.isConnected ? this.#watched : null;
  }

  start(): void {
    if (this.#listening) return;
    const listening = new AbortController();
    this.#listening = listening;
    const signal = listening.signal;
    // What the trader does is answered within the same event: a listener on the window's bubble
    // phase runs after the page's own handlers. If the page stops the event's propagation, a
    // message to ourselves (the earliest following task) does it instead.
    const afterEvent = new MessageChannel();
    this.#afterEvent = afterEvent;
    afterEvent.port1.onmessage = this.#answerEvent;
    for (const type of TICKET_EVENTS) window.addEventListener(type, this.#answerEvent, { signal });
    // On a page with several tickets the overlay follows the one the trader is using.
    if (this.#adapter.findTickets) {
      for (const type of ['focusin', 'input'] as const) window.addEventListener(type, this.#follow, { capture: true, signal });
    }
    this.#href = location.href;
    const navigation = (globalThis as { navigation?: Navigation }).navigation;
    navigation?.addEventListener('navigate', (e) => this.#checkAddress(e.destination.url), { signal });
    this.#searchTimer = this.#clock.setInterval(this.#searchTick, SEARCH_INTERVAL_MS);
    this.schedule();
  }

  stop(): void {
    this.#listening?.abort();
    this.#listening = null;
    this.#afterEvent?.port1.close();
    this.#afterEvent = null;
    this.#pendingEvent = false;
    if (this.#searchTimer) this.#clock.clearInterval(this.#searchTimer);
    if (this.#frame) this.#clock.cancelFrame(this.#frame);
    if (this.#markTimer) this.#clock.clearTimeout(this.#markTimer);
    this.#searchTimer = this.#frame = this.#markTimer = 0;
    this.#detach();
  }

  /** One read at the next frame (several changes within a frame make one read). */
  schedule = (): void => {
    if (this.#frame || !this.#listening || !this.#hooks.alive()) return;
    this.#frame = this.#clock.requestFrame(this.#onFrame);
  };

  /**
   * The ticket to read now: the watched one, or one found afresh (null when there is none). Takes
   * the page's changes not yet delivered, and stands for the pending frame and mark follow-up.
   */
  ticketToRead(force: boolean): Element | null {
    if (force && this.#frame) {
      this.#clock.cancelFrame(this.#frame);
      this.#frame = 0;
    }
    if (!this.ticket && !this.attach()) return null;
    // Changes the page made within this event, not yet delivered to the observer.
    if (this.#observer) noteMutations(this.#observer.takeRecords());
    this.#lastRead = this.#clock.now();
    if (this.#markTimer) {
      this.#clock.clearTimeout(this.#markTimer);
      this.#markTimer = 0;
    }
    return this.#watched;
  }

  /** Every ticket the adapter recognises now, from a fresh look (the gate's question at a click). */
  allTickets(): Element[] {
    forgetLookups();
    if (this.#adapter.findTickets) return this.#adapter.findTickets(document);
    const one = this.#adapter.findTicket(document);
    return one ? [one] : [];
  }

  /** Watches `which` (a ticket the trader is using), or the ticket the adapter finds. */
  attach(which?: Element): boolean {
    this.#detach();
    const found = which ?? this.#adapter.findTicket(document) ?? this.#adapter.findTickets?.(document)[0] ?? null;
    if (!found) return false;
    this.#watched = found;
    forgetLookups();
    const observer = new MutationObserver((records) => {
      noteMutations(records);
      // The page replaced the ticket (a re-render): find the new one now, not at the next search tick.
      if (!found.isConnected) return this.schedule();
      if (records.some((r) => found.contains(r.target))) this.schedule();
      else this.#scheduleMark();
    });
    observer.observe(found, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    // Only direct children of each ancestor: a ticket swapped out is seen, an order book's churn is not.
    for (let up = found.parentNode; up && up !== document; up = up.parentNode instanceof ShadowRoot ? up.parentNode.host : up.parentNode) {
      observer.observe(up, { childList: true });
    }
    for (const el of this.#adapter.externalWatch?.(document) ?? []) {
      if (!found.contains(el)) observer.observe(el, { subtree: true, childList: true, characterData: true });
    }
    this.#observer = observer;
    // Values typed into inputs are not mutations; capture so a page that stops propagation cannot hide them.
    for (const type of TICKET_EVENTS) found.addEventListener(type, this.#onTicketEvent, true);
    return true;
  }

  #detach() {
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#watched) for (const type of TICKET_EVENTS) this.#watched.removeEventListener(type, this.#onTicketEvent, true);
    this.#watched = null;
  }

  #onFrame = () => {
    this.#frame = 0;
    this.#hooks.read(false);
  };

  // A mark tick outside the ticket only moves the distance to liquidation: the overlay follows it
  // at most every MARK_FOLLOW_MS (what the trader types is still answered at once, and guard mode
  // re-reads at the click), so a venue ticking its mark several times a second costs no more.
  #scheduleMark() {
    if (this.#frame || this.#markTimer || !this.#listening) return;
    const wait = this.#lastRead + MARK_FOLLOW_MS - this.#clock.now();
    if (wait <= 0) return this.schedule();
    this.#markTimer = this.#clock.setTimeout(() => {
      this.#markTimer = 0;
      this.schedule();
    }, wait);
  }

  #searchTick = () => {
    if (!this.#hooks.alive()) return;
    // Remembered lookups never outlive one tick: a change outside what we observe is seen within it.
    forgetLookups();
    this.#checkAddress(location.href);
    if (!this.ticket || this.#hooks.overlayLost()) this.schedule();
  };

  #checkAddress(href: string) {
    if (href === this.#href) return;
    this.#href = href;
    // A symbol switch: re-find the ticket (which forgets remembered lookups) and re-read everything.
    this.#detach();
    this.#hooks.navigated();
    this.schedule();
  }

  #onTicketEvent = (event: Event) => {
    // A click may switch a tab or open a row; typing only changes values.
    if (event.type === 'click') forgetLookups();
    if (this.#pendingEvent || !this.#afterEvent) return;
    this.#pendingEvent = true;
    this.#afterEvent.port2.postMessage(null);
  };

  #answerEvent = () => {
    if (!this.#pendingEvent) return;
    this.#pendingEvent = false;
    this.#hooks.read(true);
  };

  #follow = (event: Event) => {
    if (!this.#hooks.mayFollow()) return;
    const path = event.composedPath();
    if (this.#watched && path.includes(this.#watched)) return;
    const used = this.allTickets().find((t) => path.includes(t));
    if (used) {
      this.attach(used);
      this.schedule();
    }
  };
}

/** Anything but new text or a new input value may have moved, shown or hidden what the adapter looks up. */
function noteMutations(records: MutationRecord[]) {
  const hasElement = (nodes: NodeList) => Array.prototype.some.call(nodes, (n: Node) => n.nodeType === 1);
  const moved = records.some((r) =>
    r.type === 'attributes' ? r.attributeName !== 'value' : r.type === 'childList' && (hasElement(r.addedNodes) || hasElement(r.removedNodes)),
  );
  if (moved) forgetLookups();
}
