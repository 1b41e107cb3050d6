import { describe, expect, it } from 'vitest';
import { venueMatches } from '../../../src/venues/hosts';
import { adapterForUrl, adapters } from '../../../src/venues/registry';
import { matchPattern } from '../../../src/venues/scriptPages';

describe('venue registry', () => {
  it('lists each shipped adapter once, each with host match patterns', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['binance-usdm', 'hyperliquid']) {
      expect(ids).toContain(id);
      expect((venueMatches as Record<string, readonly string[]>)[id]?.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['https://www.binance.com/en/futures/BTCUSDT', 'binance-usdm'],
    ['https://www.binance.com/zh-CN/futures/ETHUSDT', 'binance-usdm'],
    ['https://www.binance.com/futures/BTCUSDT', 'binance-usdm'],
    ['https://www.binance.com/en/futures/home', 'binance-usdm'],
    ['https://app.hyperliquid.xyz/trade/BTC', 'hyperliquid'],
    ['https://app.hyperliquid.xyz/trade/xyz:ANTH', 'hyperliquid'],
    ['https://app.hyperliquid.xyz/trade', 'hyperliquid'],
  ])('%s → %s', (url, id) => {
    expect(adapterForUrl(url)?.id).toBe(id);
  });

  it.each([
    'https://www.binance.com/en/trade/BTC_USDT',
    'https://www.binance.com/en/my/wallet/futures/overview',
    'https://binance.com.evil.example/en/futures/BTCUSDT',
    'http://www.binance.com/en/futures/BTCUSDT',
    'https://app.hyperliquid.xyz/portfolio',
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
