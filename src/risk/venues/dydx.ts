// dYdX v4 perpetuals (linear, USDC).
import table from '../tiers/dydx.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import type { VenueModel } from './model';

// Isolated p' = (e − s·p)/(|s|·MMF − s); cross p' = (e − s·p − MMR_o)/(|s|·MMF − s):
// https://docs.dydx.exchange/concepts-trading/liquidations (dydxprotocol/v4-documentation liquidations.mdx); no fee term.
export const dydx: VenueModel = {
  id: 'dydx',
  name: 'dYdX',
  kind: () => 'linear',
  marginAsset: () => 'USDC',
  contractSize: () => 1,
  tiers: tierLookup(table),
  limits: /* @__PURE__ */ limitsLookup(table),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table), // no leverage setting below which dYdX refuses an order: none is checked
  takerFee: 0.0005, // tier 1 taker, https://docs.dydx.exchange/concepts-trading/fees
  feeInMaintenance: false,
  tierAt: 'liquidation',
  basis: 'price',
};
