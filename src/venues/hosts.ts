// Host permissions and content-script matches: the supported exchanges only, never <all_urls>.
// Imported by wxt.config.ts at build time, so it must stay plain data.
export const venueMatches = {
  'binance-usdm': ['https://www.binance.com/*/futures/*', 'https://www.binance.com/futures/*'],
  hyperliquid: ['https://app.hyperliquid.xyz/trade*'],
  bybit: [
    'https://www.bybit.com/trade/usdt/*',
    'https://www.bybit.com/trade/inverse/*',
    'https://www.bybit.com/*/trade/usdt/*',
    'https://www.bybit.com/*/trade/inverse/*',
  ],
  'bitget-usdtm': ['https://www.bitget.com/futures/usdt/*', 'https://www.bitget.com/*/futures/usdt/*'],
  bitmex: ['https://www.bitmex.com/app/trade/*'],
  dydx: ['https://dydx.trade/trade*'],
  gmx: ['https://app.gmx.io/trade*', 'https://app.gmx.io/'],
  'okx-swap': ['https://www.okx.com/trade-swap/*', 'https://www.okx.com/*/trade-swap/*'],
  mexc: ['https://www.mexc.com/futures/*', 'https://www.mexc.com/*/futures/*', 'https://futures.mexc.com/exchange/*', 'https://futures.mexc.com/*/exchange/*'],
} as const;

/**
 * Pages inside those patterns that never hold an order ticket: Binance's wallet pages share the
 * `/futures/` segment (jackhai9/userscripts excludes them the same way, 2026-07-28).
 */
export const venueExcludeMatches: Partial<Record<keyof typeof venueMatches, string[]>> = {
  'binance-usdm': ['https://www.binance.com/my/*', 'https://www.binance.com/*/my/*'],
};

export const venueHostPermissions: string[] = ['https://www.binance.com/*', 'https://app.hyperliquid.xyz/*', 'https://www.bybit.com/*', 'https://www.bitget.com/*', 'https://www.bitmex.com/*', 'https://dydx.trade/*', 'https://app.gmx.io/*', 'https://www.okx.com/*', 'https://www.mexc.com/*', 'https://futures.mexc.com/*'];
