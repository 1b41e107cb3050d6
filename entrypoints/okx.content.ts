import { okxSwapAdapter } from '@/src/venues/okx-swap/adapter';
import { okxSwap } from '@/src/risk/venues/okx';
import { venueContentScript } from '@/src/guard/venueContentScript';

export default defineContentScript(venueContentScript(okxSwapAdapter, [okxSwap]));
