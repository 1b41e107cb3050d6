/**
 * The venue catalogue: which exchange serves a page, and what the extension may read. The
 * manifest, the popup's site list and the settings all derive from it, so a page it gets wrong
 * is a page the trader is not guarded on (or a host the extension should never touch).
 */
import { describe, expect, it } from 'vitest';
import { VENUES, venueHostPermissions } from '../../../src/venues/catalogue';
import type { VenuePages } from '../../../src/venues/pages';
import { adapterForUrl, adapters } from '../../../src/venues/registry';
import { matchPattern } from '../../../src/venues/scriptPages';

describe('venue catalogue', () => {
  it('lists each venue once, each with an adapter of the same id and name, and each adapter is listed', () => {
    const ids = VENUES.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(adapters.filter((a) => a.id !== 'demo').map((a) => a.id).sort()).toEqual([...ids].sort());
    for (const v of VENUES) {
      expect(v.matches.length, v.id).toBeGreaterThan(0);
      expect(adapters.find((a) => a.id === v.id)?.name, v.id).toBe(v.name);
    }
  });

  it('asks for exactly the hosts the venues live on, and every match pattern is on one of them', () => {
    expect([...venueHostPermissions].sort()).toEqual([...new Set(VENUES.flatMap((v) => v.hosts))].map((h) => `https://${h}/*`).sort());
    expect(venueHostPermissions.some((p) => p.includes('<all_urls>') || p.includes('*.'))).toBe(false);
    for (const v of VENUES as readonly VenuePages[]) {
      for (const pattern of [...v.matches, ...(v.excludeMatches ?? [])]) {
        expect(venueHostPermissions, pattern).toContain(pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*'));
      }
    }
  });

  it('assesses each venue with its own risk rules', () => {
    expect(Object.fromEntries(adapters.map((a) => [a.id, a.riskVenue]))).toMatchObject({
      'binance-usdm': 'binance-usdm',
      hyperliquid: 'hyperliquid',
      'bitget-usdtm': 'bitget-usdtm',
      bitmex: 'bitmex',
      dydx: 'dydx',
      gmx: 'gmx',
      'okx-swap': 'okx-swap',
      mexc: 'mexc-usdtm',
    });
  });

  it.each([
    ['https://www.binance.com/en/futures/BTCUSDT', 'binance-usdm'],
    ['https://www.binance.com/zh-CN/futures/ETHUSDT', 'binance-usdm'],
    ['https://www.binance.com/futures/BTCUSDT', 'binance-usdm'],
    ['https://www.binance.com/en/futures/home', 'binance-usdm'],
    ['https://app.hyperliquid.xyz/trade/BTC', 'hyperliquid'],
    ['https://app.hyperliquid.xyz/trade/xyz:ANTH', 'hyperliquid'],
    ['https://app.hyperliquid.xyz/trade', 'hyperliquid'],
    ['https://www.bybit.com/trade/usdt/BTCUSDT', 'bybit'],
    ['https://www.bybit.com/trade/inverse/BTCUSD', 'bybit'],
    ['https://www.bitget.com/futures/usdt/BTCUSDT', 'bitget-usdtm'],
    ['https://www.bitmex.com/app/trade/XBTUSD', 'bitmex'],
    ['https://dydx.trade/trade/BTC-USD', 'dydx'],
    ['https://dydx.trade/trade/ETH-USD', 'dydx'],
    ['https://app.gmx.io/trade/long', 'gmx'],
    ['https://app.gmx.io/trade/short', 'gmx'],
    ['https://app.gmx.io/trade', 'gmx'],
    ['https://app.gmx.io/#/trade', 'gmx'],
    ['https://www.okx.com/trade-swap/btc-usdt-swap', 'okx-swap'],
    ['https://www.okx.com/zh-hans/trade-swap/eth-usdt-swap', 'okx-swap'],
    ['https://www.mexc.com/futures/BTC_USDT?type=linear_swap', 'mexc'],
    ['https://www.mexc.com/en-GB/futures/ETH_USDT', 'mexc'],
    ['https://futures.mexc.com/exchange/BTC_USDT?type=linear_swap', 'mexc'],
    ['https://futures.mexc.com/fr-FR/exchange/BTC_USDT', 'mexc'],
  ])('%s → %s', (url, id) => {
    expect(adapterForUrl(url)?.id).toBe(id);
  });

  it.each([
    'https://www.binance.com/en/trade/BTC_USDT',
    'https://www.binance.com/en/my/wallet/futures/overview',
    'https://binance.com.evil.example/en/futures/BTCUSDT',
    'http://www.binance.com/en/futures/BTCUSDT',
    'https://app.hyperliquid.xyz/portfolio',
    'https://dydx.trade/portfolio',
    'https://app.gmx.io/earn',
    'https://www.okx.com/trade-spot/btc-usdt',
    'https://www.okx.com/trade-futures/btc-usd-250926',
    'https://www.mexc.com/exchange/BTC_USDT',
    'https://okx.com.evil.example/trade-swap/btc-usdt-swap',
    'http://www.mexc.com/futures/BTC_USDT',
    'https://example.com/trade/BTC',
    'not a url',
  ])('%s → none', (url) => {
    expect(adapterForUrl(url)).toBeUndefined();
  });

  it('match patterns behave like the browser’s', () => {
    const t = matchPattern('https://*.example.com/a/*');
    expect(t(new URL('https://x.example.com/a/b'))).toBe(true);
    expect(t(new URL('https://example.com/a/'))).toBe(true);
    expect(t(new URL('https://example.com/b/'))).toBe(false);
    expect(t(new URL('https://badexample.com/a/b'))).toBe(false);
  });
});
