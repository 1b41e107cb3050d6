/** Bybit's adapter, built from its spec in `./venue.ts`. */
export { bybitAdapter, bybitRiskVenue, bybitWords } from './venue';
