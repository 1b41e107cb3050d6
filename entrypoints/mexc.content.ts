import { mexcAdapter } from '@/src/venues/mexc/adapter';
import { mexcUsdtm } from '@/src/risk/venues/mexc';
import { venueContentScript } from '@/src/guard/venueContentScript';

export default defineContentScript(venueContentScript(mexcAdapter, [mexcUsdtm]));
