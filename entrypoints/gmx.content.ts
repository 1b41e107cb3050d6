import { gmxAdapter } from '@/src/venues/gmx/adapter';
import { gmx } from '@/src/risk/venues/gmx';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(gmxAdapter, [gmx]));
