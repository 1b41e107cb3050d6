import type { VenuePages } from '../pages';

/** Where Hyperliquid lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const hyperliquidPages = {
  id: 'hyperliquid',
  name: 'Hyperliquid',
  hosts: ['app.hyperliquid.xyz'],
  matches: ['https://app.hyperliquid.xyz/trade*'],
} as const satisfies VenuePages;
