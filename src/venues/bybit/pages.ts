import type { VenuePages } from '../pages';

/** Where Bybit Derivatives lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const bybitPages = {
  id: 'bybit',
  name: 'Bybit Derivatives',
  hosts: ['www.bybit.com'],
  matches: [
    'https://www.bybit.com/trade/usdt/*',
    'https://www.bybit.com/trade/inverse/*',
    'https://www.bybit.com/*/trade/usdt/*',
    'https://www.bybit.com/*/trade/inverse/*',
  ],
} as const satisfies VenuePages;
