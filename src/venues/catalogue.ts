/**
 * Every exchange Leverage Guard supports, in one list: the manifest's content-script matches and
 * host permissions, the popup's and options page's site list and the settings' site ids all derive
 * from it. Plain data (imported by `wxt.config.ts` at build time): no DOM, no WXT runtime.
 * Adding a venue: its folder with a `pages.ts`, one line here, one `entrypoints/<id>.content.ts`.
 */
import type { VenuePages } from './pages';
import { binanceUsdmPages } from './binance-usdm/pages';
import { hyperliquidPages } from './hyperliquid/pages';
import { bybitPages } from './bybit/pages';
import { bitgetUsdtmPages } from './bitget-usdtm/pages';
import { bitmexPages } from './bitmex/pages';
import { dydxPages } from './dydx/pages';
import { gmxPages } from './gmx/pages';
import { okxSwapPages } from './okx-swap/pages';
import { mexcPages } from './mexc/pages';

export const VENUES = [
  binanceUsdmPages,
  hyperliquidPages,
  bybitPages,
  bitgetUsdtmPages,
  bitmexPages,
  dydxPages,
  gmxPages,
  okxSwapPages,
  mexcPages,
] as const satisfies readonly VenuePages[];

export const venueById = (id: string): VenuePages | undefined => VENUES.find((v) => v.id === id);

/** Host permissions: every host a venue lives on, and nothing else (never `<all_urls>`). */
export const venueHostPermissions: string[] = [...new Set(VENUES.flatMap((v) => v.hosts))].map((host) => `https://${host}/*`);
