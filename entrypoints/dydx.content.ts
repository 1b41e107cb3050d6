import { dydxAdapter } from '@/src/venues/dydx/adapter';
import { dydx } from '@/src/risk/venues/dydx';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(dydxAdapter, [dydx]));
