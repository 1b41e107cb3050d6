/** The adapter, built from its spec in `./venue.ts`. */
export { okxSwapAdapter } from './venue';
