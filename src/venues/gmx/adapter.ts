/** The adapter, built from its spec in `./venue.ts`. */
export { gmxAdapter } from './venue';
