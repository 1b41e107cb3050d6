/** Hyperliquid's adapter, built from its spec in `./venue.ts`. */
export { hyperliquidAdapter } from './venue';
