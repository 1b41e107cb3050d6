/**
 * Page overhead in real Chromium, on every venue's fixture page served at its real URL (so the
 * venue's own content script runs on it exactly as on the exchange):
 *
 * - Main-thread time. The same busy script on every page (an order book and a trades list outside
 *   the ticket, updated 50 times a second; the venue's mark price ticked 4 times a second through
 *   the fixture's `__fixture.setMark`, which the overlay re-reads), the ticket idle for 1.5 s and
 *   then typed into (3 sizes × 6 keystrokes, 40 ms apart). Main-thread time is the renderer's
 *   TaskDuration (DevTools protocol, Performance.getMetrics) over that window, counted in the main
 *   thread's CPU time (`timeDomain: 'threadTicks'`; BENCH_TIME_DOMAIN=timeTicks for wall time), so
 *   other processes taking the core count less. One browser with the extension and one without stay
 *   open for the whole run; each round opens a fresh page in each, alternating which goes first, so
 *   both share the machine's drift. The ratio reported is the median of the per-round ratios.
 * - Soak. Ten minutes of the same page compressed: 30,000 book/trade updates (50/s) and 2,400 mark
 *   ticks (4/s), one mark tick and 12–13 book updates per animation frame, so the extension's own
 *   MutationObserver → requestAnimationFrame → read → render cycle runs once per tick, as live
 *   (the bench counts the overlay's answers). Playwright's `page.clock` is not used: it drives the
 *   page's main-world timers, but the content script's isolated world keeps real timers and frames
 *   (checked: 60 simulated mark ticks in one `runFor` got 10 overlay renders).
 *   JS heap (Performance.getMetrics JSHeapUsedSize after HeapProfiler.collectGarbage) and the
 *   count of JS event listeners at 0, 5 and 10 simulated minutes, with and without the extension
 *   (the two run side by side: memory, not time). Frames are unthrottled (--disable-frame-rate-limit),
 *   so ten minutes take ~20 s. Content scripts share the page's V8 heap, so the figure includes the
 *   extension's memory in that page (Blink's own C++ heap is not in it).
 *
 * `BENCH_VENUES=binance,hyperliquid` narrows the venues, `BENCH_ROUNDS=n` sets the rounds (3),
 * `BENCH_SOAK_VENUES=…|all|none` the soak's venues (default: Binance and Hyperliquid among those run).
 * `npx tsx bench/pageOverhead.ts` prints the raw figures.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Locator, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, extensionDir } from '../test/e2e/browser';
import { overlayShown } from './overlay';
import { BinancePage, BINANCE_FIXTURES } from '../test/e2e/pages/binancePage';
import { BitgetPage, BITGET_FIXTURES } from '../test/e2e/pages/bitgetPage';
import { BitmexPage, BITMEX_FIXTURES } from '../test/e2e/pages/bitmexPage';
import { BybitPage, BYBIT_FIXTURES } from '../test/e2e/pages/bybitPage';
import { DydxPage, DYDX_FIXTURES } from '../test/e2e/pages/dydxPage';
import { GmxPage, GMX_FIXTURES } from '../test/e2e/pages/gmxPage';
import { HyperliquidPage, HYPERLIQUID_FIXTURES } from '../test/e2e/pages/hyperliquidPage';
import { MexcPage, MEXC_FIXTURES } from '../test/e2e/pages/mexcPage';
import { OkxSwapPage, OKX_FIXTURES } from '../test/e2e/pages/okxSwapPage';

export interface BenchVenue {
  /** Short name for BENCH_VENUES. */
  key: string;
  name: string;
  url: string;
  fixture: string;
  /** The mark price the busy script walks around, and its step (the venue's tick). */
  mark: number;
  step: number;
  sizeInput: (page: Page) => Locator;
  /** The k-th size typed (k = 1…9): six keystrokes each, in the unit the ticket starts in. */
  typed: (k: number) => string;
}

const base = (k: number) => `0.${k}234`; // coin-sized tickets: 0.1234 BTC
const count = (k: number) => `${k}23450`; // contracts / USD: 123450

export const VENUES: BenchVenue[] = [
  { key: 'binance', name: 'Binance USDⓈ-M', url: BinancePage.url(), fixture: `${BINANCE_FIXTURES}/ticket.html`, mark: 64251.3, step: 0.1, sizeInput: (p) => new BinancePage(p).sizeInput, typed: base },
  { key: 'hyperliquid', name: 'Hyperliquid', url: HyperliquidPage.url(), fixture: `${HYPERLIQUID_FIXTURES}/ticket.html`, mark: 64251, step: 1, sizeInput: (p) => new HyperliquidPage(p).inputLabelled('Size'), typed: base },
  { key: 'bybit', name: 'Bybit', url: BybitPage.url(), fixture: `${BYBIT_FIXTURES}/ticket.html`, mark: 64251.3, step: 0.1, sizeInput: (p) => new BybitPage(p).inputBeside(/^Order by/), typed: base },
  { key: 'bitget', name: 'Bitget USDT-M', url: BitgetPage.url(), fixture: `${BITGET_FIXTURES}/ticket.html`, mark: 64251.3, step: 0.1, sizeInput: (p) => new BitgetPage(p).qtyInput, typed: base },
  { key: 'bitmex', name: 'BitMEX', url: BitmexPage.url(), fixture: `${BITMEX_FIXTURES}/ticket.html`, mark: 64251.5, step: 0.5, sizeInput: (p) => new BitmexPage(p).qtyInput, typed: count },
  { key: 'dydx', name: 'dYdX', url: DydxPage.url(), fixture: `${DYDX_FIXTURES}/ticket.html`, mark: 64251, step: 1, sizeInput: (p) => new DydxPage(p).amountInput, typed: base },
  { key: 'gmx', name: 'GMX', url: GmxPage.url(), fixture: `${GMX_FIXTURES}/ticket.html`, mark: 3120.45, step: 0.01, sizeInput: (p) => new GmxPage(p).sizeInput, typed: count },
  { key: 'okx', name: 'OKX swap', url: OkxSwapPage.url(), fixture: `${OKX_FIXTURES}/ticket.html`, mark: 64251.3, step: 0.1, sizeInput: (p) => new OkxSwapPage(p).sizeInput, typed: count },
  { key: 'mexc', name: 'MEXC', url: MexcPage.url(), fixture: `${MEXC_FIXTURES}/ticket.html`, mark: 64251.3, step: 0.1, sizeInput: (p) => new MexcPage(p).quantityInput, typed: count },
];

const BOOK_HZ = 50;
const MARK_HZ = 4;
const IDLE_MS = 1500;
const FILLS = 3;
const KEY_DELAY_MS = 40;
const SOAK_MINUTES = 10;

/**
 * The busy page, installed before the fixture's own scripts. `__busy.book()` redraws a 20-row order
 * book and pushes one trade into a 30-row list (both appended to <body>, outside any ticket);
 * `__busy.mark()` moves the mark price one step along a triangle walk through the fixture's hook
 * (which also stops the fixture's own 1 Hz mark and 150 ms book timers, so every page ticks alike).
 * Both run on timers until `__busy.stop()`; the soak then calls them itself.
 */
function busyScriptFor(v: BenchVenue): string {
  return `
(() => {
  if (window.top !== window) return;
  const MARK = ${JSON.stringify(v.mark)}, STEP = ${JSON.stringify(v.step)};
  let n = 0, m = 0, book = null, trades = null;
  const timers = [];
  const busy = {
    book() {
      n++;
      const rows = [];
      for (let i = 0; i < 20; i++) rows.push('<div class="row_' + (n % 7) + '"><span>' + (MARK + (i - 10) * STEP * 5 + (n % 13) * STEP).toFixed(2) + '</span><span>' + ((n * 7 + i) % 97) / 10 + '</span></div>');
      book.innerHTML = rows.join('');
      const t = document.createElement('div');
      t.className = n % 2 ? 'buy' : 'sell';
      t.innerHTML = '<span>' + (MARK + (n % 29) * STEP).toFixed(2) + '</span><span>' + (n % 83) / 100 + '</span><span>' + (n % 60) + '</span>';
      trades.prepend(t);
      if (trades.childElementCount > 30) trades.lastElementChild.remove();
    },
    mark() {
      const f = window.__fixture;
      if (!f || typeof f.setMark !== 'function') return false;
      const pos = m++ % 200;
      f.setMark(Number((MARK + STEP * (pos < 100 ? pos : 200 - pos)).toFixed(6)));
      return true;
    },
    books: () => n,
    marks: () => m,
    stop() { timers.forEach(clearInterval); timers.length = 0; },
    /** Compressed time: one mark tick and its share of book updates per frame, each in a fresh task after the frame's rAF callbacks. */
    async simulate(ticks, booksPerTick) {
      const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
        const c = new MessageChannel();
        c.port1.onmessage = () => { c.port1.close(); resolve(); };
        c.port2.postMessage(null);
      }));
      let booked = 0;
      for (let i = 1; i <= ticks; i++) {
        await afterFrame();
        for (; booked < Math.round(i * booksPerTick); booked++) busy.book();
        busy.mark();
      }
      await afterFrame();
      await afterFrame();
    },
  };
  window.__busy = busy;
  const start = () => {
    book = document.createElement('section');
    book.setAttribute('aria-label', 'Busy book');
    trades = document.createElement('section');
    trades.setAttribute('aria-label', 'Busy trades');
    document.body.append(book, trades);
    busy.mark();
    timers.push(setInterval(busy.book, ${1000 / BOOK_HZ}), setInterval(busy.mark, ${1000 / MARK_HZ}));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();`;
}

async function launch(withExtension: boolean, extraArgs: string[] = []): Promise<BrowserContext> {
  const args = chromiumArgs(extensionDir).filter((a) => withExtension || !a.includes('extension'));
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    channel: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [...args, ...extraArgs],
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.route(/^https?:/, (route) => route.abort('blockedbyclient'));
  for (const v of VENUES) {
    const body = readFileSync(v.fixture, 'utf8');
    await context.route(v.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  }
  return context;
}

/** Opens the venue's busy page and waits until its ticket (and, with the extension, the overlay) is there. */
async function open(context: BrowserContext, v: BenchVenue, withExtension: boolean): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(busyScriptFor(v));
  await page.goto(v.url);
  await v.sizeInput(page).waitFor();
  if (withExtension) await overlayShown(page);
  if (!(await page.evaluate(() => (window as unknown as { __busy: { marks(): number } }).__busy.marks() > 0))) {
    throw new Error(`${v.name}: the fixture has no __fixture.setMark hook to tick`);
  }
  const cdp = await context.newCDPSession(page);
  // Durations in the main thread's CPU time, not wall time: other processes taking the core do not count.
  await cdp.send('Performance.enable', { timeDomain: (process.env.BENCH_TIME_DOMAIN as 'timeTicks' | 'threadTicks' | undefined) ?? 'threadTicks' });
  return { page, cdp, errors };
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((x) => x.name === name)?.value ?? 0;
}

interface Sample {
  idleMs: number;
  typingMs: number;
}

/** One measured run: the busy page idle for IDLE_MS, then FILLS sizes typed into its ticket. */
async function run(context: BrowserContext, v: BenchVenue, withExtension: boolean, round: number): Promise<Sample> {
  const { page, cdp, errors } = await open(context, v, withExtension);
  try {
    const size = v.sizeInput(page);
    await page.waitForTimeout(300); // settle after load, the same for both
    const t0 = await metric(cdp, 'TaskDuration');
    await page.waitForTimeout(IDLE_MS); // the measured idle period itself, not a wait for a condition
    const t1 = await metric(cdp, 'TaskDuration');
    for (let i = 0; i < FILLS; i++) {
      await size.fill('');
      await size.pressSequentially(v.typed(((round * FILLS + i) % 9) + 1), { delay: KEY_DELAY_MS });
    }
    const t2 = await metric(cdp, 'TaskDuration');
    if (errors.length) throw new Error(`${v.name}: page errors: ${errors.join('; ')}`);
    return { idleMs: (t1 - t0) * 1000, typingMs: (t2 - t1) * 1000 };
  } finally {
    await page.close();
  }
}

export interface HeapSeries {
  /** MB after GC at 0, 5 and 10 simulated minutes. */
  mb: [number, number, number];
  /** Event listeners registered from JS in the page (Performance.getMetrics JSEventListeners), at the same points. */
  listeners: [number, number, number];
  /** Mark ticks after which the overlay's shadow DOM changed (with the extension), of `ticks`. */
  renders: number | null;
  ticks: number;
  books: number;
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metric(cdp, 'JSHeapUsedSize')) / 2 ** 20;
}

/** Runs `seconds` of the busy page's activity, one mark tick (and its share of book updates) per frame. */
async function simulate(page: Page, seconds: number): Promise<void> {
  await page.evaluate(([ticks, booksPerTick]) => (window as unknown as { __busy: { simulate(t: number, b: number): Promise<void> } }).__busy.simulate(ticks, booksPerTick), [
    seconds * MARK_HZ,
    BOOK_HZ / MARK_HZ,
  ] as const);
}

/** Ten simulated minutes of the busy page; heap after GC at 0, 5 and 10 minutes. */
async function soak(context: BrowserContext, v: BenchVenue, withExtension: boolean): Promise<HeapSeries> {
  const { page, cdp, errors } = await open(context, v, withExtension);
  try {
    const size = v.sizeInput(page);
    await size.fill('');
    await size.pressSequentially(v.typed(5));
    await page.evaluate(() => {
      const w = window as unknown as { __busy: { stop(): void }; __renders: number; __lastMarks: number };
      w.__busy.stop();
      w.__renders = 0;
      w.__lastMarks = (w.__busy as unknown as { marks(): number }).marks();
      const root = document.querySelector('leverage-guard')?.shadowRoot;
      const busy = w.__busy as unknown as { marks(): number };
      // One count per mark tick the overlay answered (several mutation batches for one tick count once).
      if (root) new MutationObserver(() => {
        if (busy.marks() === w.__lastMarks) return;
        w.__lastMarks = busy.marks();
        w.__renders++;
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.waitForTimeout(300);
    const m0 = await heapMb(cdp);
    const l0 = await metric(cdp, 'JSEventListeners');
    await simulate(page, (SOAK_MINUTES / 2) * 60);
    const m5 = await heapMb(cdp);
    const l5 = await metric(cdp, 'JSEventListeners');
    await simulate(page, (SOAK_MINUTES / 2) * 60);
    const m10 = await heapMb(cdp);
    const l10 = await metric(cdp, 'JSEventListeners');
    if (errors.length) throw new Error(`${v.name}: page errors: ${errors.join('; ')}`);
    const counts = await page.evaluate(() => {
      const w = window as unknown as { __busy: { marks(): number; books(): number }; __renders: number };
      return { renders: w.__renders, books: w.__busy.books() };
    });
    return { mb: [m0, m5, m10], listeners: [l0, l5, l10], renders: withExtension ? counts.renders : null, ticks: SOAK_MINUTES * 60 * MARK_HZ, books: counts.books };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

interface VenueOverhead {
  venue: BenchVenue;
  rounds: number;
  /** Medians over the rounds, ms of main-thread time in the measured window. */
  withMs: number;
  withoutMs: number;
  /** Median of the per-round ratios (with / without), and their range. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
  idleRatio: number;
  typingRatio: number;
}

interface VenueSoak {
  venue: BenchVenue;
  without: HeapSeries;
  with: HeapSeries;
}

function pick(list: string | undefined, from: BenchVenue[]): BenchVenue[] {
  if (!list) return from;
  if (list.trim() === 'all') return VENUES;
  if (list.trim() === 'none') return [];
  const keys = list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const chosen = from.filter((v) => keys.some((k) => v.key === k || v.key.startsWith(k) || v.name.toLowerCase().startsWith(k)));
  if (!chosen.length) throw new Error(`no venue matches "${list}" (venues: ${VENUES.map((v) => v.key).join(', ')})`);
  return chosen;
}

export async function benchPageOverhead(options: { log?: (line: string) => void } = {}) {
  const log = options.log ?? (() => {});
  const venues = pick(process.env.BENCH_VENUES, VENUES);
  const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3) || 3);
  const soakVenues = process.env.BENCH_SOAK_VENUES
    ? pick(process.env.BENCH_SOAK_VENUES, VENUES)
    : (() => {
        const d = venues.filter((v) => v.key === 'binance' || v.key === 'hyperliquid');
        return d.length ? d : venues.slice(0, 1);
      })();

  const overhead: VenueOverhead[] = [];
  {
    const contexts = { without: await launch(false), with: await launch(true) };
    try {
      // Warm both browsers up (first page load, compile caches) outside the measurement.
      await run(contexts.without, venues[0]!, false, 0);
      await run(contexts.with, venues[0]!, true, 0);
      for (const v of venues) {
        const without: Sample[] = [];
        const withExt: Sample[] = [];
        for (let r = 0; r < rounds; r++) {
          // Alternate which goes first, so a drift in the machine's load falls on both.
          if (r % 2 === 0) {
            without.push(await run(contexts.without, v, false, r));
            withExt.push(await run(contexts.with, v, true, r));
          } else {
            withExt.push(await run(contexts.with, v, true, r));
            without.push(await run(contexts.without, v, false, r));
          }
        }
        const total = (s: Sample) => s.idleMs + s.typingMs;
        const ratios = withExt.map((s, i) => total(s) / total(without[i]!));
        const o: VenueOverhead = {
          venue: v,
          rounds,
          withMs: median(withExt.map(total)),
          withoutMs: median(without.map(total)),
          ratio: median(ratios),
          ratioMin: Math.min(...ratios),
          ratioMax: Math.max(...ratios),
          idleRatio: median(withExt.map((s, i) => s.idleMs / without[i]!.idleMs)),
          typingRatio: median(withExt.map((s, i) => s.typingMs / without[i]!.typingMs)),
        };
        overhead.push(o);
        log(`${v.name}: ${o.withMs.toFixed(0)} / ${o.withoutMs.toFixed(0)} ms, ratio ${o.ratio.toFixed(3)} (${ratios.map((x) => x.toFixed(3)).join(', ')}; idle ${o.idleRatio.toFixed(3)}, typing ${o.typingRatio.toFixed(3)})`);
      }
    } finally {
      await contexts.without.close();
      await contexts.with.close();
    }
  }

  const soaks: VenueSoak[] = [];
  if (soakVenues.length) {
    // Frames as fast as the machine draws them: the soak is paced by frames, not by the clock.
    const fast = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
    const contexts = { without: await launch(false, fast), with: await launch(true, fast) };
    try {
      for (const v of soakVenues) {
        const [without, withExt] = await Promise.all([soak(contexts.without, v, false), soak(contexts.with, v, true)]);
        const s: VenueSoak = { venue: v, without, with: withExt };
        soaks.push(s);
        const f = (h: HeapSeries) => h.mb.map((x) => x.toFixed(3)).join(' → ');
        const l = (h: HeapSeries) => h.listeners.join(' → ');
        log(`${v.name} soak: without ${f(s.without)} MB, ${l(s.without)} listeners; with ${f(s.with)} MB, ${l(s.with)} listeners (overlay answered ${s.with.renders}/${s.with.ticks} ticks)`);
      }
    } finally {
      await contexts.without.close();
      await contexts.with.close();
    }
  }
  return { overhead, soaks, rounds, idleMs: IDLE_MS, keystrokes: FILLS * 6, bookHz: BOOK_HZ, markHz: MARK_HZ, soakMinutes: SOAK_MINUTES };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = Date.now();
  await benchPageOverhead({ log: (l) => console.log(l) });
  console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
