import type { VenuePages } from '../pages';

/** Where Binance USDⓈ-M Futures lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const binanceUsdmPages = {
  id: 'binance-usdm',
  name: 'Binance USDⓈ-M Futures',
  hosts: ['www.binance.com'],
  matches: ['https://www.binance.com/*/futures/*', 'https://www.binance.com/futures/*'],
  // Binance's wallet pages share the `/futures/` segment (`/my/…`), and never hold an order ticket (the userscript jackhai9/userscripts excludes them the same way, 2026-07-28).
  excludeMatches: ['https://www.binance.com/my/*', 'https://www.binance.com/*/my/*'],
} as const satisfies VenuePages;
