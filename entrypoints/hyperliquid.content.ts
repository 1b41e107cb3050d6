import { hyperliquidAdapter } from '@/src/venues/hyperliquid/adapter';
import { hyperliquid } from '@/src/risk/venues/hyperliquid';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(hyperliquidAdapter, [hyperliquid]));
