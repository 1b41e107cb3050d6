// Where each venue publishes what liquidationFees.ts says it takes, and when it was read: the page's
// date, else the day it was read, else 'undated'. Kept apart so content scripts do not carry the URLs.
import type { Venue } from '../types';

export interface FeeSource {
  /** The venue's words the rule rests on. */
  says: string;
  source: string;
  seenOn: string;
}

export const LIQUIDATION_FEE_SOURCES: Record<Venue, FeeSource> = {
  'binance-usdm': {
    says: 'per-symbol `liquidationFee` ("liquidation fee rate"): BTCUSDT, ETHUSDT, XRPUSDT 0.0125; BCHUSDT, LTCUSDT 0.015; EOSUSDT 0.010 (answer with serverTime 1711627208783)',
    source: 'https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api/Exchange-Information',
    seenOn: '2024-03-28',
  },
  'binance-coinm': { says: 'no rate seen', source: 'https://developers.binance.com/docs/derivatives/coin-margined-futures/market-data/rest-api/Exchange-Information', seenOn: 'undated' },
  'bybit-linear': {
    says: '"When a position is liquidated, it will always be settled at the bankruptcy price"; "the remaining margin will be added to the insurance fund"',
    source: 'https://www.bybit.com/en/help-center/article/Insurance-Fund',
    seenOn: '2024-05-04',
  },
  'bybit-inverse': { says: 'as Bybit linear', source: 'https://www.bybit.com/en/help-center/article/Insurance-Fund', seenOn: '2024-05-04' },
  'okx-swap': {
    says: '"we\'ll collect a liquidation clearance fee that will be added to the OKX insurance fund"; liquidation fee = position value × taker fee rate',
    source: 'https://www.okx.com/learn/when-would-my-order-be-liquidated',
    seenOn: '2026-12-04',
  },
  hyperliquid: {
    says: '"Unlike CEXs there is no clearance fee on liquidations"; a backstop liquidation keeps the maintenance margin',
    source: 'https://hyperliquid.gitbook.io/hyperliquid-docs/trading/liquidations',
    seenOn: '2026-12-04',
  },
  dydx: {
    says: '"the Maximum Liquidation Penalty of 1.5%", subject to governance',
    source: 'https://help.dydx.exchange/en/articles/8580691-liquidations-on-dydx-chain',
    seenOn: '2026-12-04',
  },
  gmx: {
    says: 'liquidationFeeFactor 0.20 % in baseMarketConfig (some markets 0.30 % or 0.45 %)',
    source: 'https://github.com/gmx-io/gmx-synthetics/blob/a5c0c88/config/markets.ts',
    seenOn: '2026-03-13',
  },
  'bitget-usdtm': { says: 'remaining assets after liquidation go to the "risk margin" fund', source: 'https://bitget.site/support/articles/360058878652', seenOn: '2021-04-01' },
  'mexc-usdtm': { says: '"lose the maintenance margin"', source: 'https://support.mexc.com/hc/en-001/articles/360042505431-Liquidation', seenOn: 'undated' },
  bitmex: { says: '"your maintenance margin will be lost"', source: 'https://www.bitmex.com/app/liquidation', seenOn: 'undated' },
};
