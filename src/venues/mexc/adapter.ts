/** The adapter, built from its spec in `./venue.ts`. */
export { mexcAdapter } from './venue';
