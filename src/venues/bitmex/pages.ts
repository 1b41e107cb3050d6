import type { VenuePages } from '../pages';

/** Where BitMEX lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const bitmexPages = {
  id: 'bitmex',
  name: 'BitMEX',
  hosts: ['www.bitmex.com'],
  matches: ['https://www.bitmex.com/app/trade/*'],
} as const satisfies VenuePages;
