// Hyperliquid perpetuals (linear, USDC collateral).
import table from '../tiers/hyperliquid.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import type { VenueModel } from './model';

// liq_price = price − side·margin_available/position_size/(1 − l·side), l = 1/MAINTENANCE_LEVERAGE, margin_available = value − MM at the current mark:
// https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations — identical to §1.1 with the tier (MMR, deduction) of the current mark.
// MM = notional × MMR − deduction, MMR = ½ IMR at the tier's max leverage: https://hyperliquid.gitbook.io/hyperliquid-docs/trading/margin-tiers
export const hyperliquid: VenueModel = {
  id: 'hyperliquid',
  name: 'Hyperliquid',
  kind: () => 'linear',
  marginAsset: () => 'USDC',
  contractSize: () => 1, // sizes are in coin units
  tiers: tierLookup(table),
  limits: /* @__PURE__ */ limitsLookup(table),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table),
  // Leverage is a whole number from 1 (the updateLeverage action's integer `leverage`):
  // https://hyperliquid.gitbook.io/hyperliquid-docs/for-developers/api/exchange-endpoint
  minLeverage: 1,
  takerFee: 0.00045, // base tier taker, https://hyperliquid.gitbook.io/hyperliquid-docs/trading/fees
  feeInMaintenance: false,
  tierAt: 'mark',
  basis: 'price',
};
