/**
 * Every venue adapter the extension ships, and which one serves a page (for tests and tools: each
 * content script imports its own adapter). Where a venue's pages are is `catalogue.ts`'s.
 */
import type { VenueAdapter } from './adapter';
import { binanceUsdmAdapter } from './binance-usdm/adapter';
import { contentScriptRunsOn } from './scriptPages';
import { hyperliquidAdapter } from './hyperliquid/adapter';
import { demoAdapter } from './demo/adapter';
import { bybitAdapter } from './bybit/adapter';
import { bitgetUsdtmAdapter } from './bitget-usdtm/adapter';
import { bitmexAdapter } from './bitmex/adapter';
import { dydxAdapter } from './dydx/adapter';
import { gmxAdapter } from './gmx/adapter';
import { okxSwapAdapter } from './okx-swap/adapter';
import { mexcAdapter } from './mexc/adapter';

export const adapters: VenueAdapter[] = [
  binanceUsdmAdapter,
  hyperliquidAdapter,
  bybitAdapter,
  bitgetUsdtmAdapter,
  bitmexAdapter,
  dydxAdapter,
  gmxAdapter,
  okxSwapAdapter,
  mexcAdapter,
  demoAdapter,
];


/** URL tests for adapters outside the catalogue: the demo is an extension page, not a web host. */
const extraMatchers: Record<string, (url: URL) => boolean> = {
  demo: (url) => /^(chrome|moz)-extension:$/.test(url.protocol) && url.pathname === '/demo.html',
};

function serves(adapter: VenueAdapter, url: URL): boolean {
  return contentScriptRunsOn(adapter.id, url) || (extraMatchers[adapter.id]?.(url) ?? false);
}

/** The adapter for a page's URL, or undefined when the page is not a supported venue's. */
export function adapterForUrl(url: string): VenueAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return adapters.find((a) => serves(a, parsed));
}
