// Host permissions and content-script matches: the supported exchanges only, never <all_urls>.
// Imported by wxt.config.ts at build time, so it must stay plain data.
export const venueMatches = {
  'binance-usdm': ['https://www.binance.com/*/futures/*', 'https://www.binance.com/futures/*'],
  hyperliquid: ['https://app.hyperliquid.xyz/trade*'],
} as const;

export const venueHostPermissions: string[] = ['https://www.binance.com/*', 'https://app.hyperliquid.xyz/*'];
