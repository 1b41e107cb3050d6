// The shipped tier tables: dated, sourced, BTC and ETH for each venue plus a default, and well-formed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, VENUE_MODELS, VENUES, type RiskInput } from '../../../src/risk';
import type { TierFile } from '../../../src/risk/tiers';

const dir = join(process.cwd(), 'src/risk/tiers');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('tier tables', () => {
  it('one file per venue', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...VENUES].sort());
  });

  for (const file of files) {
    it(`${file}: dated, sourced, BTC + ETH + default, rows ordered`, () => {
      const t = JSON.parse(readFileSync(join(dir, file), 'utf8')) as TierFile;
      const keys = Object.keys(t.symbols).join(' ');
      expect(keys).toMatch(/BTC|XBT/);
      expect(keys).toMatch(/ETH/);
      for (const table of [...Object.values(t.symbols), t.default]) {
        expect(table.takenOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(table.source.length).toBeGreaterThan(10);
        expect(table.rows.length).toBeGreaterThan(0);
        table.rows.forEach((r, i) => {
          expect(r.mmr).toBeGreaterThan(0);
          expect(r.mmr).toBeLessThan(1);
          expect(r.maxLeverage).toBeGreaterThan(0);
          if (i > 0) {
            expect(r.floor).toBe(table.rows[i - 1]!.cap);
            expect(r.mmr).toBeGreaterThanOrEqual(table.rows[i - 1]!.mmr);
          }
        });
        // A table that claims to run to the venue's largest position must say where it ends.
        if (table.complete) expect(table.rows[table.rows.length - 1]!.cap).toBeGreaterThan(0);
      }
      expect(t.default.complete, 'the default table is a stand-in, never the venue\'s limits').toBeFalsy();
      expect(t.default.note ?? t.default.source).toBeTruthy();
    });
  }
});

describe('every venue answers for BTC and ETH', () => {
  const symbols: Record<string, [string, string]> = {
    'binance-usdm': ['BTCUSDT', 'ETHUSDT'],
    'binance-coinm': ['BTCUSD_PERP', 'ETHUSD_PERP'],
    'bybit-linear': ['BTCUSDT', 'ETHUSDT'],
    'bybit-inverse': ['BTCUSD', 'ETHUSD'],
    'okx-swap': ['BTC-USDT-SWAP', 'ETH-USDT-SWAP'],
    'bitget-usdtm': ['BTCUSDT', 'ETHUSDT'],
    hyperliquid: ['BTC', 'ETH'],
    dydx: ['BTC-USD', 'ETH-USD'],
    bitmex: ['XBTUSD', 'ETHUSDT'],
    gmx: ['BTC/USD', 'ETH/USD'],
    'mexc-usdtm': ['BTC_USDT', 'ETH_USDT'],
  };
  for (const venue of VENUES) {
    for (const symbol of symbols[venue]!) {
      it(`${venue} ${symbol}`, () => {
        const inverse = VENUE_MODELS[venue].kind(symbol) === 'inverse';
        const r = assess({ venue, symbol, side: 'long', orderType: 'limit', price: 2_000, markPrice: 2_000, size: inverse ? { value: 2_000, unit: 'quote' } : { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 10_000 } as RiskInput);
        // 10x long: the margin covers a 10 % fall (≈ 9.1 % for inverse), minus the maintenance rate (≤ 5 % here).
        expect(r.liquidationPrice!).toBeGreaterThan(1_800);
        expect(r.liquidationPrice!).toBeLessThan(1_900);
        expect(r.severity).toBe('safe');
      });
    }
  }
});
