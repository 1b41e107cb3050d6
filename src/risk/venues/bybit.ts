// Bybit USDT/USDC perpetuals (linear) and inverse contracts.
import linearTable from '../tiers/bybit-linear.json';
import inverseTable from '../tiers/bybit-inverse.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import { baseAsset, linearQuote } from '../symbols';
import type { VenueModel } from './model';

// LP = Entry ∓ (IM − MM)/Size ∓ ExtraMargin/Size, MM = Size × Entry × MMR − deduction (MM fixed at entry value):
// https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract
// The 2026 UTA revision adds an "estimated fee to close" to IM and MM, but its USDT formula could not be read; the published
// example (19,700) is the fee-free one, kept here.
// Leverage "[1, max leverage]" (both kinds): https://bybit-exchange.github.io/docs/v5/position/leverage
export const bybitLinear: VenueModel = {
  id: 'bybit-linear',
  name: 'Bybit',
  kind: () => 'linear',
  marginAsset: linearQuote,
  contractSize: () => 1, // USDT/USDC contracts are quoted in coin
  tiers: tierLookup(linearTable),
  limits: /* @__PURE__ */ limitsLookup(linearTable),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(linearTable),
  minLeverage: 1,
  takerFee: 0.00055, // non-VIP taker, https://www.bybit.com/en/help-center/article/Trading-Fee-Structure
  feeInMaintenance: false,
  tierAt: 'entry',
  basis: 'entry',
};

// LP_long = Size(MMR + 1)/[Size/Entry + Size/Entry/Lev + Extra/(1 + fee) + deduction], LP_short = Size(1 − MMR)/[Size/Entry − Size/Entry/Lev − Extra/(1 − fee) − deduction]:
// https://www.kbybit.com/en/help-center/article/Liquidation-Price-Calculation-under-Isolated-Mode-Unified-Trading-Account (2026 revision;
// the 2024 revision evaluated MM at entry: 45,662.10 instead of 45,681.82 for the BY-9 inputs). The fee divisor on extra margin is not modelled.
export const bybitInverse: VenueModel = {
  id: 'bybit-inverse',
  name: 'Bybit',
  kind: () => 'inverse',
  marginAsset: (s) => baseAsset(s) || 'BTC',
  contractSize: () => 1, // 1 contract = 1 USD: https://www.bybit.com/en/help-center/article/Inverse-Perpetual-Contract
  tiers: tierLookup(inverseTable),
  limits: /* @__PURE__ */ limitsLookup(inverseTable),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(inverseTable),
  minLeverage: 1,
  takerFee: 0.00055,
  feeInMaintenance: false,
  tierAt: 'liquidation',
  basis: 'price',
};
