/** Bybit's adapter, built from its spec in `./venue.ts`. */
export { bybitAdapter, bybitFamily, bybitRiskVenue, bybitWords } from './venue';
