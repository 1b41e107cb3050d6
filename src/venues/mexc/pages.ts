import type { VenuePages } from '../pages';

/** Where MEXC Futures lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const mexcPages = {
  id: 'mexc',
  name: 'MEXC Futures',
  hosts: ['www.mexc.com', 'futures.mexc.com'],
  matches: [
    'https://www.mexc.com/futures/*',
    'https://www.mexc.com/*/futures/*',
    'https://futures.mexc.com/exchange/*',
    'https://futures.mexc.com/*/exchange/*',
  ],
} as const satisfies VenuePages;
