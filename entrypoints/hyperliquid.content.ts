import { hyperliquidAdapter } from '@/src/venues/hyperliquid/adapter';
import { hyperliquid } from '@/src/risk/venues/hyperliquid';
import { venueContentScript } from '@/src/guard/venueContentScript';

export default defineContentScript(venueContentScript(hyperliquidAdapter, [hyperliquid]));
