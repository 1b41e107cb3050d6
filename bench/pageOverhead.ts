/**
 * Page overhead in real Chromium: the same busy exchange page (order book and trades updated
 * 50 times a second, the ticket idle and then typed into) with and without the extension, in one
 * run. Main-thread time comes from the DevTools protocol (Performance.getMetrics TaskDuration),
 * JS heap after a forced GC from the same metrics. Runs alternate to share the machine's noise.
 */
import { readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, extensionDir } from '../test/e2e/browser';
import { BinancePage, BINANCE_FIXTURES } from '../test/e2e/pages/binancePage';

/** 50 updates a second of an order book and a trades list, outside the ticket, as busy venues do. */
const BUSY_PAGE = `
(() => {
  const start = () => {
    const box = document.createElement('section');
    box.setAttribute('aria-label', 'Busy book');
    document.body.appendChild(box);
    let n = 0;
    setInterval(() => {
      n++;
      const rows = [];
      for (let i = 0; i < 20; i++) rows.push('<div class="row_' + (n % 7) + '"><span>' + (64000 + i * 0.1 + (n % 13)).toFixed(1) + '</span><span>' + ((n * 7 + i) % 97) / 10 + '</span></div>');
      box.innerHTML = rows.join('');
    }, 20);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();`;

interface Sample {
  taskMs: number;
  heapMb: number;
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = chromiumArgs(extensionDir).filter((a) => withExtension || !a.includes('extension'));
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    channel: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    args,
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  await context.route(/^https?:/, (route) => route.abort('blockedbyclient'));
  const body = readFileSync(`${BINANCE_FIXTURES}/ticket.html`, 'utf8');
  await context.route(BinancePage.url(), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
  await context.addInitScript(BUSY_PAGE);
  return context;
}

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => m.find((x) => x.name === name)?.value ?? 0;
    return { task: get('TaskDuration'), heap: get('JSHeapUsedSize') };
  };
}

/** One run: 4 s idle on the busy page, then 40 keystrokes into the size field. */
async function run(withExtension: boolean): Promise<Sample> {
  const context = await launch(withExtension);
  try {
    const bn = new BinancePage(await context.newPage());
    await bn.page.goto(BinancePage.url());
    await bn.sizeInput.waitFor();
    if (withExtension) await bn.overlay.root.waitFor();
    const read = await metrics(bn.page);
    const before = await read();
    await bn.page.waitForTimeout(4000); // the measured idle period itself, not a wait for a condition
    for (let i = 0; i < 5; i++) {
      await bn.sizeInput.fill('');
      await bn.sizeInput.pressSequentially(`0.${i + 1}234567`, { delay: 40 });
    }
    const after = await read();
    return { taskMs: (after.task - before.task) * 1000, heapMb: after.heap / 2 ** 20 };
  } finally {
    await context.close();
  }
}

/** Heap of a page after many simulated ticks of its mark price (with and without the extension). */
async function soak(withExtension: boolean, ticks: number): Promise<{ start: number; half: number; end: number }> {
  const context = await launch(withExtension);
  try {
    const bn = new BinancePage(await context.newPage());
    await bn.page.goto(BinancePage.url());
    await bn.sizeInput.waitFor();
    await bn.size('0.5');
    if (withExtension) await bn.overlay.root.waitFor();
    const cdp = await context.newCDPSession(bn.page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics: m } = await cdp.send('Performance.getMetrics');
      return (m.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
    };
    const start = await heap();
    // Ten minutes of a 1 Hz mark price, compressed: each tick is a new mark, one per animation
    // frame, and the overlay re-reads the ticket on each. Heap is taken halfway and at the end:
    // a leak grows in both halves, a warm-up only in the first.
    const tick = (from: number, n: number) =>
      bn.page.evaluate(
        async ([a, count]) => {
          const f = (window as unknown as { __fixture: { setMark(v: number): void } }).__fixture;
          for (let i = a; i < a + count; i++) {
            f.setMark(64000 + (i % 500) / 10);
            await new Promise((r) => requestAnimationFrame(r));
          }
        },
        [from, n] as const,
      );
    await tick(0, ticks / 2);
    const half = await heap();
    await tick(ticks / 2, ticks / 2);
    return { start, half, end: await heap() };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchPageOverhead(rounds = 3) {
  const without: Sample[] = [];
  const withExt: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    without.push(await run(false));
    withExt.push(await run(true));
  }
  const ticks = 1200;
  const soakWithout = await soak(false, ticks);
  const soakWith = await soak(true, ticks);
  return {
    mainThreadWithout: median(without.map((s) => s.taskMs)),
    mainThreadWith: median(withExt.map((s) => s.taskMs)),
    ratio: median(withExt.map((s) => s.taskMs)) / median(without.map((s) => s.taskMs)),
    ticks,
    soakWithout,
    soakWith,
  };
}
