// Registry and host lines of the dYdX v4, GMX v2, OKX swap and MEXC futures adapters.
import { describe, expect, it } from 'vitest';
import { venueHostPermissions, venueMatches } from '../../../src/venues/hosts';
import { adapterForUrl, adapters } from '../../../src/venues/registry';

const IDS = ['dydx', 'gmx', 'okx-swap', 'mexc'] as const;

describe('registry: dYdX, GMX, OKX swaps, MEXC', () => {
  it('each adapter is registered once, with match patterns and its risk venue', () => {
    for (const id of IDS) {
      expect(adapters.filter((a) => a.id === id)).toHaveLength(1);
      expect((venueMatches as Record<string, readonly string[]>)[id]?.length).toBeGreaterThan(0);
    }
    expect(Object.fromEntries(adapters.filter((a) => (IDS as readonly string[]).includes(a.id)).map((a) => [a.id, a.riskVenue]))).toEqual({
      dydx: 'dydx',
      gmx: 'gmx',
      'okx-swap': 'okx-swap',
      mexc: 'mexc-usdtm',
    });
  });

  it('host permissions grow by exactly these venues’ hosts', () => {
    for (const host of ['https://dydx.trade/*', 'https://app.gmx.io/*', 'https://www.okx.com/*', 'https://www.mexc.com/*', 'https://futures.mexc.com/*']) {
      expect(venueHostPermissions).toContain(host);
    }
    for (const id of IDS) {
      for (const pattern of (venueMatches as Record<string, readonly string[]>)[id]!) {
        const host = pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*');
        expect(venueHostPermissions, pattern).toContain(host);
      }
    }
  });

  it.each([
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
    'https://dydx.trade/portfolio',
    'https://app.gmx.io/earn',
    'https://www.okx.com/trade-spot/btc-usdt',
    'https://www.okx.com/trade-futures/btc-usd-250926',
    'https://www.mexc.com/exchange/BTC_USDT',
    'https://okx.com.evil.example/trade-swap/btc-usdt-swap',
    'http://www.mexc.com/futures/BTC_USDT',
  ])('%s → none of these', (url) => {
    expect(IDS as readonly string[]).not.toContain(adapterForUrl(url)?.id);
  });
});
