import { okxSwapAdapter } from '@/src/venues/okx-swap/adapter';
import { okxSwap } from '@/src/risk/venues/okx';
import { venueContentScript } from '@/src/content/venueContentScript';

export default defineContentScript(venueContentScript(okxSwapAdapter, [okxSwap]));
