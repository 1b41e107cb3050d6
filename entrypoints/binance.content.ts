import { binanceUsdmAdapter } from '@/src/venues/binance-usdm/adapter';
import { binanceUsdm } from '@/src/risk/venues/binance';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(binanceUsdmAdapter, [binanceUsdm]));
