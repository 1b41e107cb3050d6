// Venue-published (or reproduced) numbers, each with its source: the venue's page, or the project that reproduced it.
// "published"/"reproduced" rows must match to 0.01 %; "derived" rows are regression checks only.
import { expect } from 'vitest';

export const TOLERANCE = 1e-4; // 0.01 %

export const B1 = {
  status: 'published',
  source: 'https://binance.com/en/support/faq/25edcd7fe0e544839d0847b8cbb2e400',
  walletBalance: 500,
  side: 'long',
  size: 0.02,
  entry: 50_000,
  leverage: 20,
  expected: 25_100.4,
} as const;

// Binance FAQ "Example: Calculating Liquidation Price in One-way & Cross Margin mode", as encoded in
// freqtrade tests/exchange/test_binance.py test_liquidation_price_binance (PR https://github.com/freqtrade/freqtrade/pull/5576).
export const B2 = {
  status: 'reproduced',
  source: 'https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93 via freqtrade/freqtrade:tests/exchange/test_binance.py',
  walletBalance: 1_535_443.01,
  btc: { size: 109.488, entry: 32_481.98, mark: 31_967.27, mmr: 0.025, cum: 16_300 },
  eth: { size: 3_683.979, entry: 1_456.84, mark: 1_335.18, mmr: 0.1, cum: 135_365 },
  expected: { btcCross: 26_316.89, ethCross: 1_153.26, ethIsolated: 1_114.78, btcIsolated: 18_778.73 },
} as const;

// Binance USDⓈ-M BTCUSDT brackets of 2021-03-18 (the table in force for B-2).
export const BINANCE_BTCUSDT_2021 = {
  source: 'https://www.binance.com/tr/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6',
  rows: [
    { floor: 0, cap: 50_000, mmr: 0.004, maxLeverage: 125 },
    { floor: 50_000, cap: 250_000, mmr: 0.005, maxLeverage: 100 },
    { floor: 250_000, cap: 1_000_000, mmr: 0.01, maxLeverage: 50 },
    { floor: 1_000_000, cap: 10_000_000, mmr: 0.025, maxLeverage: 20 },
    { floor: 10_000_000, cap: 20_000_000, mmr: 0.05, maxLeverage: 10 },
  ],
  publishedCum: [0, 50, 1_300, 16_300, 266_300],
};

export const B3 = { status: 'derived', long: 90_402.01, short: 109_502.49 } as const;

export const B4 = {
  status: 'published',
  source: 'https://dev.binance.vision/t/coin-margined-futures-liquidation-price-calculation-help-cm-variable/6292',
  walletBalance: 101,
  contracts: 100_000,
  contractSize: 100,
  entry: 45_000,
  expected: 33_599.4, // Binance calculator; the formula gives 33,599.42
  cum11_81: 33_578.86, // B-4b: the poster's own result with the older maintenance amount 11.81 BTC
} as const;

// Binance COIN-M FAQ maintenance-margin examples (https://www.binance.com/en/support/faq/ceccfcfb4e3a45e3b48b0b1bb1a8ae46).
export const COINM_MM = {
  contracts: 100,
  mark: 25_000,
  expectedNotional: 0.4,
  expectedMM: 0.0016,
  // Older revision: brackets 10/20/30/50/100/200/400 BTC; "50 BTC × (5% − 2.5%) + 0.56 BTC = 1.81 BTC"; 300 BTC → 12.5 %, 11.81 BTC.
  olderRows: [
    { floor: 0, cap: 10, mmr: 0.004, maxLeverage: 125 },
    { floor: 10, cap: 20, mmr: 0.005, maxLeverage: 100 },
    { floor: 20, cap: 30, mmr: 0.01, maxLeverage: 50 },
    { floor: 30, cap: 50, mmr: 0.025, maxLeverage: 20 },
    { floor: 50, cap: 100, mmr: 0.05, maxLeverage: 10 },
    { floor: 100, cap: 200, mmr: 0.1, maxLeverage: 5 },
    { floor: 200, cap: 400, mmr: 0.125, maxLeverage: 4 },
  ],
  olderLevel4Cum: 0.56,
  olderLevel5Cum: 1.81,
  olderLevel7Cum: 11.81,
  currentLevel7Cum: 11.605,
};

export const BYBIT = {
  source: 'https://testnet.bybit.com/en-US/help-center/s/article/Liquidation-Price-USDT-Contract',
  by5: { side: 'long', size: 1, entry: 20_000, leverage: 50, im: 400, mm: 100, expected: 19_700 },
  by6: { side: 'short', size: 1, entry: 20_000, leverage: 50, extraMargin: 3_000, expected: 23_300 },
  by7: { side: 'long', size: 1, entry: 20_000, leverage: 50, funding: 200, expected: 19_900 },
  by9: { status: 'derived', contracts: 60_000, entry: 50_000, leverage: 10, expected2026: 45_681.82, expected2024: 45_662.1 },
  // BTCUSDT margin parameters: published deduction column (https://bybitx.global/pt-PT/announcement-info/margin-parameters).
  btcDeductions: [0, 1_200, 3_020, 4_300, 5_820, 8_460, 15_460, 20_500, 46_000, 66_000, 80_000, 160_000, 300_000, 452_000],
} as const;

export const BG1 = {
  status: 'published',
  source: 'https://www.bitget.cloud/support/articles/12560603841952',
  mark: 110_000,
  size: 3,
  feeRate: 0.0006,
  expectedMM: 1_648,
  oldMethodMM: 1_848,
} as const;

export const OK1 = { status: 'derived', long: 90_406.83, short: 109_507.22 } as const;
export const HL1 = { status: 'derived', long: 91_139.24, short: 108_641.98 } as const;

export const DYDX = {
  source: 'https://docs.dydx.exchange/concepts-trading/liquidations (dydxprotocol/v4-documentation liquidations.mdx)',
  d1: { equity: 1_000, side: 'short', size: 3, entry: 3_000, mmf: 0.05, expected: 3_174.6, equityAtLiquidation: 476.2 },
  d2: { equity: 1_000, side: 'short', size: 1.5, entry: 3_000, mmf: 0.05, otherMaintenance: 1_000 * 1.75 * 0.1, expected: 3_380.95 },
} as const;

// BitMEX risk-limit example (https://bitmex.com/app/riskLimitsExamples): 180 XBT → MM 0.50 % = 0.90 XBT; 230 XBT → MM 1.00 %.
export const BITMEX_RISK = { small: { value: 180, mmr: 0.005, mm: 0.9 }, large: { value: 230, mmr: 0.01 } } as const;

/** Asserts `actual` is within `tol` (relative) of `expected`, naming both when it is not. */
export function expectClose(actual: number | null | undefined, expected: number, tol: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(Math.abs(expected) * tol);
}

export const close = (actual: number | null | undefined, expected: number, tol = TOLERANCE): boolean =>
  actual != null && Math.abs(actual - expected) <= Math.abs(expected) * tol;
