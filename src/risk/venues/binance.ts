// Binance USDⓈ-M (linear) and COIN-M (inverse) futures.
import usdm from '../tiers/binance-usdm.json';
import coinm from '../tiers/binance-coinm.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import { baseAsset, linearQuote } from '../symbols';
import type { VenueModel } from './model';

// LP = (WB − TMM1 + UPNL1 + cum − Side·Pos·EP)/(Pos·MMR − Side·Pos), bracket re-checked at LP: https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93
// MM = notional × MMR − maintenance amount: https://www.binance.com/en/futures/trading-rules/perpetual/portfolio-margin/notional-limit
// Leverage "int from 1 to 125": https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Change-Initial-Leverage
export const binanceUsdm: VenueModel = {
  id: 'binance-usdm',
  name: 'Binance USDⓈ-M',
  kind: () => 'linear',
  marginAsset: linearQuote,
  contractSize: () => 1,
  tiers: tierLookup(usdm),
  limits: /* @__PURE__ */ limitsLookup(usdm),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(usdm),
  minLeverage: 1,
  takerFee: 0.0005, // regular-user taker fee, https://www.binance.com/en/fee/futureFee
  feeInMaintenance: false, // no closing-fee term in the liquidation price (FAQ above)
  tierAt: 'liquidation',
  basis: 'price',
};

// LP = (N·CS)·(MMR + Side)/(WB + cum − TMM1 + UPNL1 + Side·N·CS/EP), MMR/cum of the bracket at LP: https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46
// Contract size: BTCUSD 100 USD, other COIN-M contracts 10 USD (same FAQ, "CM = Contract Size of the Symbol").
// Leverage "int from 1 to 125": https://developers.binance.com/docs/derivatives/coin-margined-futures/trade/rest-api/Change-Initial-Leverage
export const binanceCoinm: VenueModel = {
  id: 'binance-coinm',
  name: 'Binance COIN-M',
  kind: () => 'inverse',
  marginAsset: (s) => baseAsset(s) || 'BTC',
  contractSize: (s) => (!s || baseAsset(s) === 'BTC' ? 100 : 10),
  tiers: tierLookup(coinm),
  limits: /* @__PURE__ */ limitsLookup(coinm),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(coinm),
  minLeverage: 1,
  takerFee: 0.0005, // https://www.binance.com/en/fee/deliveryFee
  feeInMaintenance: false,
  tierAt: 'liquidation',
  basis: 'price',
};
