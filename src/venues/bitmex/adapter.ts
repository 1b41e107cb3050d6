/** BitMEX's adapter, built from its spec in `./venue.ts`. */
export { bitmexAdapter, bitmexMarket } from './venue';
