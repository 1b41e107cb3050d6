import { bitgetUsdtmAdapter } from '@/src/venues/bitget-usdtm/adapter';
import { bitgetUsdtm } from '@/src/risk/venues/bitget';
import { venueContentScript } from '@/src/guard/venueContentScript';

export default defineContentScript(venueContentScript(bitgetUsdtmAdapter, [bitgetUsdtm]));
