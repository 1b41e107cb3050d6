/** The adapter, built from its spec in `./venue.ts`. */
export { dydxAdapter } from './venue';
