import { bitgetUsdtmAdapter } from '@/src/venues/bitget-usdtm/adapter';
import { bitgetUsdtm } from '@/src/risk/venues/bitget';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(bitgetUsdtmAdapter, [bitgetUsdtm]));
