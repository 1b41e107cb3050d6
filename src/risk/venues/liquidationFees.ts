// What each venue takes when it liquidates a position, beyond the loss down to the trigger, as it
// publishes it (sources and dates: liquidationFeeSources.ts). A rate nobody published is `unknown`, never 0.
import { baseAsset } from '../symbols';
import type { Venue } from '../types';

export interface LiquidationFeeRule {
  /**
   * `feeRate`: a fee of `rate` × the liquidated value (capped by what margin is left);
   * `marginLost`: the position is settled at its bankruptcy price, so the margin left at the trigger is lost;
   * `noFee`: the venue says it charges none; `unknown`: no rate published for this market.
   */
  rule: 'feeRate' | 'marginLost' | 'noFee' | 'unknown';
  /** Fraction of the liquidated value; `'taker'`: the trader's taker fee rate. */
  rate?: number | 'taker';
}

/** Binance USDⓈ-M `liquidationFee` per symbol in a GET /fapi/v1/exchangeInfo answer of 2024-03-28. */
const BINANCE_USDM_RATES: Record<string, number> = { BTC: 0.0125, ETH: 0.0125, XRP: 0.0125, BCH: 0.015, LTC: 0.015, EOS: 0.01 };

const RULES: Record<Exclude<Venue, 'binance-usdm'>, LiquidationFeeRule> = {
  'binance-coinm': { rule: 'unknown' },
  'bybit-linear': { rule: 'marginLost' },
  'bybit-inverse': { rule: 'marginLost' },
  'okx-swap': { rule: 'feeRate', rate: 'taker' },
  hyperliquid: { rule: 'noFee', rate: 0 },
  dydx: { rule: 'feeRate', rate: 0.015 },
  gmx: { rule: 'feeRate', rate: 0.002 },
  'bitget-usdtm': { rule: 'marginLost' },
  'mexc-usdtm': { rule: 'marginLost' },
  bitmex: { rule: 'marginLost' },
};

// One rule object per Binance rate, made once: the rule is looked up for every assessment.
const BINANCE_USDM_RULES = new Map(Object.entries(BINANCE_USDM_RATES).map(([base, rate]): [string, LiquidationFeeRule] => [base, { rule: 'feeRate', rate }]));
const UNKNOWN: LiquidationFeeRule = { rule: 'unknown' };

/** The rule for a venue and symbol (shared objects: read them, do not change them). */
export function liquidationFeeOf(venue: Venue, symbol: string | null | undefined): LiquidationFeeRule {
  if (venue !== 'binance-usdm') return RULES[venue];
  return (symbol && BINANCE_USDM_RULES.get(baseAsset(symbol))) || UNKNOWN;
}
