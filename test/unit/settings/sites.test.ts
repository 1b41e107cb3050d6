import { describe, expect, it } from 'vitest';
import { SITES, siteForUrl } from '@/src/settings/sites';

const EXT = 'chrome-extension://abcdefghijklmnop/';

describe('siteForUrl', () => {
  it('knows the demo page in Chrome and Firefox, and only that page', () => {
    expect(siteForUrl(`${EXT}demo.html`, EXT)?.site.id).toBe('demo');
    expect(siteForUrl(`${EXT}demo.html?x=1#t`, EXT)?.ticketPage).toBe(true);
    expect(siteForUrl('moz-extension://1234-5678/demo.html', 'moz-extension://1234-5678/')?.site.id).toBe('demo');
    expect(siteForUrl(`${EXT}popup.html`, EXT)).toBeNull();
    expect(siteForUrl('chrome-extension://other/demo.html', EXT)).toBeNull();
  });

  it('tells venue ticket pages from other pages of the same host', () => {
    expect(siteForUrl('https://www.binance.com/en/futures/BTCUSDT', EXT)).toMatchObject({ site: { id: 'binance-usdm' }, ticketPage: true });
    expect(siteForUrl('https://www.binance.com/en/trade/BTC_USDT', EXT)).toMatchObject({ site: { id: 'binance-usdm' }, ticketPage: false });
    expect(siteForUrl('https://app.hyperliquid.xyz/trade/ETH', EXT)).toMatchObject({ site: { id: 'hyperliquid' }, ticketPage: true });
    expect(siteForUrl('https://app.hyperliquid.xyz/portfolio', EXT)).toMatchObject({ site: { id: 'hyperliquid' }, ticketPage: false });
  });

  it('a wallet page under /futures/ is not a ticket page: no content script runs there (exclude_matches)', () => {
    expect(siteForUrl('https://www.binance.com/en/my/wallet/futures/overview', EXT)).toMatchObject({ site: { id: 'binance-usdm' }, ticketPage: false });
  });

  it('says nothing about other sites, lookalikes, plain http and non-URLs', () => {
    for (const url of ['https://example.com/', 'https://binance.com.evil.io/en/futures/x', 'http://www.binance.com/en/futures/BTCUSDT', 'not a url', '', undefined, null]) {
      expect(siteForUrl(url, EXT), String(url)).toBeNull();
    }
  });

  it('lists every site once, with a name, and the demo first', () => {
    expect(SITES[0]?.id).toBe('demo');
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const s of SITES) expect(s.name.length).toBeGreaterThan(0);
  });
});
