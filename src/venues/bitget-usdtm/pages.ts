import type { VenuePages } from '../pages';

/** Where Bitget USDT-M Futures lives: the content script runs on `matches` (its ticket pages), the extension may read `hosts` only. */
export const bitgetUsdtmPages = {
  id: 'bitget-usdtm',
  name: 'Bitget USDT-M Futures',
  hosts: ['www.bitget.com'],
  matches: [
    'https://www.bitget.com/futures/usdt/*',
    'https://www.bitget.com/*/futures/usdt/*',
  ],
} as const satisfies VenuePages;
