// OKX perpetual swaps: USDT/USDC-margined (linear, BTC-USDT-SWAP) and coin-margined (inverse, BTC-USD-SWAP).
import table from '../tiers/okx-swap.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import { baseAsset } from '../symbols';
import type { VenueModel } from './model';

const inverse = (s: string | null | undefined): boolean => !!s && /^[A-Z0-9]+-USD(-|$)/i.test(s);
const family = (s: string): string => `${baseAsset(s)}-${inverse(s) ? 'USD' : /USDC/i.test(s) ? 'USDC' : 'USDT'}`;

// Face values: https://www.okx.com/trade-market/info/swap (BTC-USDT-SWAP 0.01 BTC, ETH-USDT-SWAP 0.1 ETH, BTC-USD-SWAP 100 USD, others 10 USD).
const LINEAR_FACE: Record<string, number> = { BTC: 0.01, ETH: 0.1 };

// Margin ratio = (margin + UPL)/(face × contracts × mark × (MMR + taker fee)); liquidation at 100 %:
// https://www.okx.com/help/iv-isolated-margin-mode (OKX help, via https://open-lib.com/11556.html); tier by position size in contracts, no deduction.
export const okxSwap: VenueModel = {
  id: 'okx-swap',
  name: 'OKX',
  kind: (s) => (inverse(s) ? 'inverse' : 'linear'),
  marginAsset: (s) => (inverse(s) ? baseAsset(s) || 'BTC' : s && /USDC/i.test(s) ? 'USDC' : 'USDT'),
  contractSize: (s) => (inverse(s) ? (baseAsset(s) === 'BTC' ? 100 : 10) : (LINEAR_FACE[baseAsset(s)] ?? NaN)),
  tiers: tierLookup(table, family),
  limits: /* @__PURE__ */ limitsLookup(table, family),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table),
  // The lowest leverage OKX is known to accept (UNCONFIRMED: no API page read states a minimum).
  minLeverage: 0.01,
  takerFee: 0.0005, // regular-user swap taker, https://www.okx.com/fees
  feeInMaintenance: true,
  tierAt: 'contracts',
  basis: 'price',
};
