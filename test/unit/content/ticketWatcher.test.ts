// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MARK_FOLLOW_MS, SEARCH_INTERVAL_MS, TicketWatcher, type WatcherClock } from '@/src/content/ticketWatcher';

/** Frames and timers that run only when the test says so: no waiting on the wall clock. */
class ManualClock implements WatcherClock {
  private time = 0;
  private nextId = 1;
  private frames = new Map<number, () => void>();
  private timers = new Map<number, { at: number; run: () => void; every?: number }>();
  requestFrame(run: () => void) {
    this.frames.set(this.nextId, run);
    return this.nextId++;
  }
  cancelFrame(id: number) {
    this.frames.delete(id);
  }
  setTimeout(run: () => void, ms: number) {
    this.timers.set(this.nextId, { at: this.time + ms, run });
    return this.nextId++;
  }
  clearTimeout(id: number) {
    this.timers.delete(id);
  }
  setInterval(run: () => void, ms: number) {
    this.timers.set(this.nextId, { at: this.time + ms, run, every: ms });
    return this.nextId++;
  }
  clearInterval(id: number) {
    this.timers.delete(id);
  }
  now() {
    return this.time;
  }
  /** The browser paints: every frame requested so far runs. */
  paint() {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const run of due) run();
  }
  /** Time passes: timers due within `ms` run in order. */
  advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!next) break;
      const [id, timer] = next;
      this.time = timer.at;
      if (timer.every) timer.at += timer.every;
      else this.timers.delete(id);
      timer.run();
    }
    this.time = end;
  }
  get pending() {
    return this.frames.size + this.timers.size;
  }
}

/** The overlay's reads: when (within the trader's event or at a frame) and of which ticket. */
let reads: { now: boolean; ticket: string | null }[];
/** Symbol switches inside the single-page app the watcher reported. */
let switches: number;
let clock: ManualClock;
let watcher: TicketWatcher;
let page: AbortController;

const TICKET = '<form class="ticket" id="a"><input id="size"><button role="tab" aria-selected="true">Limit</button></form>';
const ticketIds = () => reads.map((r) => r.ticket);
/** Mutation records are delivered as a microtask after the change. */
const observed = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function watch(adapter: Partial<ConstructorParameters<typeof TicketWatcher>[0]> = {}) {
  watcher = new TicketWatcher(
    { findTicket: (doc) => doc.querySelector('form.ticket'), externalWatch: (doc) => [doc.querySelector('#mark')!], ...adapter },
    {
      read: (now) => {
        const t = watcher.ticketToRead(now);
        reads.push({ now, ticket: t?.id ?? null });
      },
      mayFollow: () => true,
      overlayLost: () => false,
      navigated: () => {
        switches++;
      },
      alive: () => true,
    },
    clock,
  );
  watcher.start();
  clock.paint();
  reads = [];
}

beforeEach(() => {
  document.body.innerHTML = `<main><div id="mark">64000</div><section id="panel">${TICKET}</section></main>`;
  reads = [];
  switches = 0;
  clock = new ManualClock();
  page = new AbortController();
});
afterEach(() => {
  watcher.stop();
  page.abort();
});

describe('the ticket watcher', () => {
  it('finds the ticket and reads it at the first frame', () => {
    watch();
    watcher.stop();
    watcher.start();
    expect(reads).toEqual([]);
    clock.paint();
    expect(reads).toEqual([{ now: false, ticket: 'a' }]);
  });

  it('answers a keystroke within the same event, once', () => {
    watch();
    document.querySelector('#size')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(reads).toEqual([{ now: true, ticket: 'a' }]);
  });

  it('answers a keystroke the page stopped from propagating, in the next task', async () => {
    watch();
    document.querySelector('#size')!.addEventListener('input', (e) => e.stopPropagation(), { signal: page.signal });
    document.querySelector('#size')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(reads).toEqual([]);
    await vi.waitFor(() => expect(reads).toEqual([{ now: true, ticket: 'a' }]));
  });

  it('several changes inside the ticket within one frame make one read', async () => {
    watch();
    const tab = document.querySelector('[role="tab"]')!;
    tab.setAttribute('aria-selected', 'false');
    tab.textContent = 'Market';
    tab.setAttribute('aria-selected', 'true');
    await observed();
    expect(reads).toEqual([]);
    clock.paint();
    expect(reads).toEqual([{ now: false, ticket: 'a' }]);
  });

  it('a mark ticking outside the ticket is followed at most every 500 ms', async () => {
    watch();
    document.querySelector('#size')!.dispatchEvent(new Event('input', { bubbles: true }));
    reads = [];
    clock.advance(100);
    document.querySelector('#mark')!.textContent = '64001';
    await observed();
    clock.paint();
    expect(reads).toEqual([]);
    clock.advance(MARK_FOLLOW_MS - 100 - 1);
    clock.paint();
    expect(reads).toEqual([]);
    clock.advance(1);
    clock.paint();
    expect(reads).toEqual([{ now: false, ticket: 'a' }]);
  });

  it('a ticket the page re-renders is found again at the next frame, not at the next search', async () => {
    watch();
    document.querySelector('#panel')!.innerHTML = TICKET.replace('id="a"', 'id="b"');
    await observed();
    clock.paint();
    expect(ticketIds()).toEqual(['b']);
    document.querySelector('#size')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ticketIds()).toEqual(['b', 'b']);
  });

  it('a ticket not rendered yet is looked for every 500 ms until it appears', () => {
    document.querySelector('#panel')!.innerHTML = '';
    watch();
    clock.advance(SEARCH_INTERVAL_MS);
    clock.paint();
    expect(ticketIds()).toEqual([null]);
    document.querySelector('#panel')!.innerHTML = TICKET;
    clock.advance(SEARCH_INTERVAL_MS);
    clock.paint();
    expect(ticketIds()).toEqual([null, 'a']);
  });

  it('a symbol switch inside the single-page app is noticed and the ticket found afresh', () => {
    watch();
    history.pushState(null, '', '/en/futures/ETHUSDT');
    document.querySelector('#panel')!.innerHTML = TICKET.replace('id="a"', 'id="eth"');
    clock.advance(SEARCH_INTERVAL_MS);
    clock.paint();
    expect(switches).toBe(1);
    expect(ticketIds()).toEqual(['eth']);
    clock.advance(SEARCH_INTERVAL_MS);
    expect(switches).toBe(1);
  });

  it('on a page with two tickets, follows the one the trader types in', () => {
    document.querySelector('#panel')!.insertAdjacentHTML('beforeend', TICKET.replace('id="a"', 'id="b"').replace('id="size"', 'id="size-b"'));
    watch({ findTickets: (doc) => [...doc.querySelectorAll('form.ticket')] });
    document.querySelector('#size-b')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(ticketIds()).toEqual(['b']);
  });

  it('stopped, it reads nothing and holds no timer, frame or listener', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    watch({ findTickets: (doc) => [...doc.querySelectorAll('form.ticket')] });
    watcher.stop();
    expect(added.mock.calls.length).toBeGreaterThan(0);
    const stillListening = added.mock.calls.filter(([, , options]) => !(typeof options === 'object' && options.signal?.aborted));
    expect(stillListening.map(([type]) => type)).toEqual([]);
    added.mockRestore();
    expect(clock.pending).toBe(0);
    document.querySelector('#size')!.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('#mark')!.textContent = '64002';
    document.querySelector('#panel')!.innerHTML = TICKET.replace('id="a"', 'id="b"');
    await observed();
    clock.advance(5 * SEARCH_INTERVAL_MS);
    clock.paint();
    expect(reads).toEqual([]);
    expect(clock.pending).toBe(0);
    expect(watcher.ticket).toBeNull();
  });
});
