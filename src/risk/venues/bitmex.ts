// BitMEX: XBTUSD inverse perpetual and USDT-margined linear contracts. Quanto contracts (ETHUSD…) are not modelled.
import table from '../tiers/bitmex.json';
import { fileMaxLeverage, limitsLookup, tierLookup } from '../tiers';
import type { VenueModel } from './model';

const isLinear = (s: string | null | undefined): boolean => !!s && /USD[TC]$/i.test(s);

// Inverse PnL = contracts × (1/entry − 1/exit) XBT (https://www.bitmex.com/app/inversePerpetualsGuide); MM = risk-limit rate + exit taker fee on the entry
// value, so LP_long = Entry/(1 + IM − MM) (BitMEX support via r/BitMEX; funding term not modelled: UNCONFIRMED).
// Risk limits: https://bitmex.com/app/riskLimitsExamples. Linear: https://www.bitmex.com/app/linearPerpetualsGuide (XBTUSDT 1 contract = 0.000001 XBT).
export const bitmex: VenueModel = {
  id: 'bitmex',
  name: 'BitMEX',
  kind: (s) => (isLinear(s) ? 'linear' : 'inverse'),
  marginAsset: (s) => (isLinear(s) ? s!.toUpperCase().slice(-4) : 'XBT'),
  contractSize: (s) => (isLinear(s) ? (/^XBT/i.test(s!) ? 0.000001 : NaN) : !s || /^XBT/i.test(s) ? 1 : NaN),
  tiers: tierLookup(table),
  limits: /* @__PURE__ */ limitsLookup(table),
  maxLeverage: /* @__PURE__ */ fileMaxLeverage(table),
  // "Send a number between 0.01 and 100 to enable isolated margin": https://www.bitmex.com/api/explorer/#!/Position/Position_updateLeverage
  minLeverage: 0.01,
  takerFee: 0.00075, // https://www.bitmex.com/wallet/fees/derivatives
  feeInMaintenance: true,
  tierAt: 'entry',
  basis: 'entry',
  unsupported: (s) => (s && !isLinear(s) && !/^XBT/i.test(s) ? `${s} is a quanto contract, which the risk core does not model` : null),
};
