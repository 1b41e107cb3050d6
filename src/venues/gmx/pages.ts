import type { VenuePages } from '../pages';

/** Where GMX lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const gmxPages = {
  id: 'gmx',
  name: 'GMX',
  hosts: ['app.gmx.io'],
  matches: ['https://app.gmx.io/trade*', 'https://app.gmx.io/'],
} as const satisfies VenuePages;
