/** Binance USDⓈ-M's adapter, built from its spec in `./venue.ts`. */
export { binanceUsdmAdapter } from './venue';
