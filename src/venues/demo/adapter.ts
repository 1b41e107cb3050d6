/** The demo exchange's adapter, built from its spec in `./venue.ts`. */
export { demoAdapter } from './venue';
