/** Bitget USDT-M's adapter, built from its spec in `./venue.ts`. */
export { bitgetUsdtmAdapter } from './venue';
