// What each venue takes when it liquidates a position, beyond the loss down to the trigger, as it
// publishes it. A rate nobody published is `unknown` (never 0). `seenOn`: the page's date, else the
// day it was read, else 'undated'.
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
  source: string;
  seenOn: string;
}

const BINANCE_INFO = 'https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Exchange-Information';
const BYBIT = 'https://www.bybit.com/en/help-center/article/Insurance-Fund';

/** Binance USDⓈ-M `liquidationFee` per symbol in a GET /fapi/v1/exchangeInfo answer of 2024-03-28 (serverTime 1711627208783). */
const BINANCE_USDM_RATES: Record<string, number> = { BTC: 0.0125, ETH: 0.0125, XRP: 0.0125, BCH: 0.015, LTC: 0.015, EOS: 0.01 };

/** The rule for a venue and symbol. */
export function liquidationFeeOf(venue: Venue, symbol: string | null | undefined): LiquidationFeeRule {
  switch (venue) {
    case 'binance-usdm': {
      const rate = symbol ? BINANCE_USDM_RATES[baseAsset(symbol.toUpperCase())] : undefined;
      // "Liquidation clearance fee", a per-symbol rate; other symbols' rates were not seen.
      return rate != null ? { rule: 'feeRate', rate, source: BINANCE_INFO, seenOn: '2024-03-28' } : { rule: 'unknown', source: BINANCE_INFO, seenOn: '2024-03-28' };
    }
    case 'binance-coinm':
      return { rule: 'unknown', source: 'https://developers.binance.com/docs/derivatives/coin-margined-futures/market-data/rest-api/Exchange-Information', seenOn: 'undated' };
    case 'bybit-linear':
    case 'bybit-inverse':
      // "When a position is liquidated, it will always be settled at the bankruptcy price"; what is left goes to the insurance fund.
      return { rule: 'marginLost', source: BYBIT, seenOn: '2024-05-04' };
    case 'okx-swap':
      // Liquidation fee = position value × taker fee rate; "we'll collect a liquidation clearance fee".
      return { rule: 'feeRate', rate: 'taker', source: 'https://www.okx.com/learn/when-would-my-order-be-liquidated', seenOn: '2026-12-04' };
    case 'hyperliquid':
      // Book liquidations: "Unlike CEXs there is no clearance fee on liquidations" (a backstop takes the maintenance margin).
      return { rule: 'noFee', rate: 0, source: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations', seenOn: '2026-12-04' };
    case 'dydx':
      // "the Maximum Liquidation Penalty of 1.5%", governance-adjustable (sample genesis files say 0.5 %; the venue's page wins).
      return { rule: 'feeRate', rate: 0.015, source: 'https://help.dydx.exchange/en/articles/8580691-liquidations-on-dydx-chain', seenOn: '2026-12-04' };
    case 'gmx':
      // size × liquidationFeeFactor: 0.20 % in baseMarketConfig; some markets 0.30 % or 0.45 %.
      return { rule: 'feeRate', rate: 0.002, source: 'https://github.com/gmx-io/gmx-synthetics/blob/a5c0c88/config/markets.ts', seenOn: '2026-03-13' };
    case 'bitget-usdtm':
      // What is left after liquidation goes to the "risk margin" fund.
      return { rule: 'marginLost', source: 'https://bitget.site/support/articles/360058878652', seenOn: '2021-04-01' };
    case 'mexc-usdtm':
      // "all your futures position will be liquidated and lose the maintenance margin".
      return { rule: 'marginLost', source: 'https://support.mexc.com/hc/en-001/articles/360042505431-Liquidation', seenOn: 'undated' };
    case 'bitmex':
      // "you will be liquidated and your maintenance margin will be lost".
      return { rule: 'marginLost', source: 'https://www.bitmex.com/app/liquidation', seenOn: 'undated' };
  }
}
