/**
 * Keystroke-to-overlay latency in real Chromium with the built extension: for each typed
 * character, the time from the `input` event on the ticket's size field to the moment the
 * overlay's shadow DOM shows the new figures (both stamped inside the page with performance.now()).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { launchWithExtension } from '../test/e2e/browser';
import { overlayShown } from './overlay';
import { VENUES } from './pageOverhead';

export interface LatencyResult {
  name: string;
  samples: number;
  median: number;
  p95: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Stamps each `input` on the size field, and the first overlay mutation after it. */
async function installProbe(page: Page, size: Locator) {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __pending: number | null };
    w.__lat = [];
    w.__pending = null;
    const root = document.querySelector('leverage-guard')!.shadowRoot!;
    new MutationObserver(() => {
      if (w.__pending !== null) {
        w.__lat.push(performance.now() - w.__pending);
        w.__pending = null;
      }
    }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await size.evaluate((el) =>
    el.addEventListener('input', () => ((window as unknown as { __pending: number | null }).__pending = performance.now()), true),
  );
}

async function measureLatency(name: string, page: Page, size: Locator, rounds = 20, typed = (k: number) => `0.${k}2345`): Promise<LatencyResult> {
  await overlayShown(page);
  await installProbe(page, size);
  for (let i = 0; i < rounds; i++) {
    await size.fill('');
    // Every keystroke changes the order's value, so every one must change the overlay.
    await size.pressSequentially(typed((i % 9) + 1), { delay: 20 });
  }
  const samples = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, samples: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function serve(context: BrowserContext, url: string, file: string) {
  const body = readFileSync(file, 'utf8');
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

export async function benchLatency(): Promise<LatencyResult[]> {
  const { context, extensionId } = await launchWithExtension();
  await context.route(/^https?:/, (route) => route.abort('blockedbyclient'));
  const results: LatencyResult[] = [];
  try {
    const demo = await context.newPage();
    await demo.goto(`chrome-extension://${extensionId}/demo.html`);
    results.push(await measureLatency('demo exchange', demo, demo.locator('input[name="size"]')));

    // Every venue's fixture at its real URL (BENCH_VENUES=binance,hyperliquid narrows it, as for page overhead).
    const only = process.env.BENCH_VENUES?.split(',').map((k) => k.trim());
    for (const v of VENUES.filter((x) => !only || only.includes(x.key))) {
      await serve(context, v.url, v.fixture);
      const page = await context.newPage();
      await page.goto(v.url);
      results.push(await measureLatency(`${v.name} fixture`, page, v.sizeInput(page), 20, v.typed));
      await page.close();
    }
    return results;
  } finally {
    await context.close();
  }
}
