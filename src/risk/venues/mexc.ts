// MEXC USDT-M perpetual futures (linear; BTC_USDT, ETH_USDT…), sizes in contracts ("Cont"), coin or USDT.
import table from '../tiers/mexc-usdtm.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import { baseAsset } from '../symbols';
import type { VenueModel } from './model';

const symbols = table.symbols as Record<string, { contractSize?: number }>;

/** Contract size in coin per contract (BTC_USDT 0.0001 BTC), from the tier file; NaN when not known. */
export const mexcContractSize = (s: string | null | undefined): number => symbols[baseAsset(s)]?.contractSize ?? NaN;

// Isolated: "Position Margin + Unrealized P&L ≤ Maintenance Margin + Liquidation Fees" triggers liquidation at the
// fair price (https://www.mexc.com/support/articles/360044646391). MEXC's own worked example fixes the maintenance margin
// at the entry value and leaves commission out: long LP = (MM − position margin + entry × size) / size, "Maintenance
// Margin = 50000*0.1×0.4% = 20 USDT … = 48,200 USDT" (https://blog.mexc.fm/liquidation-in-futures-2). The liquidation
// fee rate is not published, so it is not modelled (the page's own estimate may sit slightly closer).
// Level (tier) by the position's volume in contracts, rate on the whole position: see `tiers/mexc-usdtm.json` `rule`.
export const mexcUsdtm: VenueModel = {
  id: 'mexc-usdtm',
  name: 'MEXC',
  kind: () => 'linear',
  marginAsset: (s) => (s && /USDC/i.test(s) ? 'USDC' : 'USDT'),
  contractSize: mexcContractSize,
  tiers: tierLookup(table),
  limits: /* @__PURE__ */ limitsLookup(table),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table), // no documented minimum leverage found: none is checked
  takerFee: 0.0002, // BTC_USDT takerFeeRate in the contract detail (gocryptotrader capture); MEXC changes it by promotion
  feeInMaintenance: false,
  tierAt: 'contracts',
  basis: 'entry',
};
