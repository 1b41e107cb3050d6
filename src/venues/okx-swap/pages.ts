import type { VenuePages } from '../pages';

/** Where OKX Perpetual Swaps lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const okxSwapPages = {
  id: 'okx-swap',
  name: 'OKX Perpetual Swaps',
  hosts: ['www.okx.com'],
  matches: ['https://www.okx.com/trade-swap/*', 'https://www.okx.com/*/trade-swap/*'],
} as const satisfies VenuePages;
