/**
 * Every shipped adapter's ticket fixture and a real page URL it is read at. Suites that run over
 * every venue (fuzzing, drifted markup, the page-changed state) use this table and fail when an
 * adapter has no entry.
 */
export const VENUE_PAGES: Record<string, { url: string; fixture: string }> = {
  demo: { url: 'chrome-extension://x/demo.html', fixture: 'entrypoints/demo/index.html' },
  'binance-usdm': { url: 'https://www.binance.com/en/futures/BTCUSDT', fixture: 'src/venues/binance-usdm/fixtures/ticket.html' },
  hyperliquid: { url: 'https://app.hyperliquid.xyz/trade/BTC', fixture: 'src/venues/hyperliquid/fixtures/ticket.html' },
  bybit: { url: 'https://www.bybit.com/trade/usdt/BTCUSDT', fixture: 'src/venues/bybit/fixtures/ticket.html' },
  'bitget-usdtm': { url: 'https://www.bitget.com/futures/usdt/BTCUSDT', fixture: 'src/venues/bitget-usdtm/fixtures/ticket.html' },
  bitmex: { url: 'https://www.bitmex.com/app/trade/XBTUSD', fixture: 'src/venues/bitmex/fixtures/ticket.html' },
  dydx: { url: 'https://dydx.trade/trade/BTC-USD', fixture: 'src/venues/dydx/fixtures/ticket.html' },
  gmx: { url: 'https://app.gmx.io/#/trade', fixture: 'src/venues/gmx/fixtures/ticket.html' },
  'okx-swap': { url: 'https://www.okx.com/trade-swap/btc-usdt-swap', fixture: 'src/venues/okx-swap/fixtures/ticket.html' },
  mexc: { url: 'https://futures.mexc.com/exchange/BTC_USDT', fixture: 'src/venues/mexc/fixtures/ticket.html' },
};
