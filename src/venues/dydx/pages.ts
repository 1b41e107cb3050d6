import type { VenuePages } from '../pages';

/** Where dYdX lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const dydxPages = {
  id: 'dydx',
  name: 'dYdX',
  hosts: ['dydx.trade'],
  matches: ['https://dydx.trade/trade*'],
} as const satisfies VenuePages;
