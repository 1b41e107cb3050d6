import { bybitAdapter } from '@/src/venues/bybit/adapter';
import { bybitInverse, bybitLinear } from '@/src/risk/venues/bybit';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(bybitAdapter, [bybitLinear, bybitInverse]));
