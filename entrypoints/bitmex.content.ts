import { bitmexAdapter } from '@/src/venues/bitmex/adapter';
import { bitmex } from '@/src/risk/venues/bitmex';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(bitmexAdapter, [bitmex]));
