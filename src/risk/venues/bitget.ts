// Bitget USDT-M perpetuals (linear).
import table from '../tiers/bitget-usdtm.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import type { VenueModel } from './model';

// LP = [position margin + pre-calculated offset − size × entry × dir]/[size × (MMR + taker fee − dir)]:
// https://www.bitget.com/support/articles/12560603808759 — progressive tiers with offset since 2025-11-10: https://www.bitget.cloud/support/articles/12560603841952
export const bitgetUsdtm: VenueModel = {
  id: 'bitget-usdtm',
  name: 'Bitget',
  kind: () => 'linear',
  marginAsset: () => 'USDT',
  contractSize: () => 1,
  tiers: tierLookup(table),
  limits: /* @__PURE__ */ limitsLookup(table),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table), // no documented minimum leverage found: none is checked
  takerFee: 0.0006, // https://www.bitget.com/fee
  feeInMaintenance: true,
  tierAt: 'liquidation',
  basis: 'price',
  marginAtMark: true, // isolated margin = size × mark / leverage since 2025-09-29: https://www.bitgetapp.com/id/support/articles/12560603838731
};
