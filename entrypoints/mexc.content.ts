import { mexcAdapter } from '@/src/venues/mexc/adapter';
import { mexcUsdtm } from '@/src/risk/venues/mexc';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(mexcAdapter, [mexcUsdtm]));
