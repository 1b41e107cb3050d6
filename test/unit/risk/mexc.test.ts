// MEXC USDT-M: incremental risk levels by contracts. MX-1 is MEXC's own worked example; the rest
// are derived by hand from the cited formulas (each test shows its arithmetic).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures';
import { assess, buildTiers, solveLiquidation, VENUE_MODELS, type RiskInput } from '../../../src/risk';
import { mexcContractSize } from '../../../src/risk/venues/mexc';

/** Worked examples hold to 1e-9 (relative): they are exact arithmetic on the cited figures. */
const close = (actual: number | null | undefined, expected: number, tol = 1e-9) => expectClose(actual, expected, tol);

const mexcOrder = (o: Partial<RiskInput>): RiskInput =>
  ({
    venue: 'mexc-usdtm',
    symbol: 'BTC_USDT',
    side: 'long',
    orderType: 'limit',
    price: 50_000,
    markPrice: 50_000,
    size: { value: 1_000, unit: 'contracts' },
    leverage: 25,
    marginMode: 'isolated',
    balance: 5_000,
    ...o,
  }) as RiskInput;

describe('MEXC USDT-M', () => {
  it('MX-1 (published, blog.mexc.fm/liquidation-in-futures-2): 0.1 BTC at 50,000, 25x, MMR 0.4 % → 48,200 with MEXC’s rule (maintenance at entry)', () => {
    const model = VENUE_MODELS['mexc-usdtm'];
    expect(model.basis).toBe('entry');
    expect(model.feeInMaintenance).toBe(false);
    const tiers = buildTiers([{ floor: 0, cap: null, mmr: 0.004, maxLeverage: 125 }]);
    const solve = (side: 'long' | 'short') =>
      solveLiquidation({ kind: 'linear', side, amount: 0.1, entry: 50_000, collateral: 200, tiers, feeInRate: 0, tierAt: 0, basis: model.basis });
    close(solve('long').price, 48_200); // (20 − 200 + 5,000)/0.1
    close(solve('short').price, 51_800); // (5,000 − 20 + 200)/0.1
  });

  it('level 1 of the shipped BTC_USDT table (≤ 15,000 contracts, MMR 0.15 %): 1,000 contracts at 50,000, 25x → 48,075 / 51,925', () => {
    // MM = 50,000 × 0.1 × 0.0015 = 7.5; margin 200: (7.5 − 200 + 5,000)/0.1 and (5,000 + 200 − 7.5)/0.1
    const long = assess(mexcOrder({}));
    close(long.liquidationPrice, 48_075);
    close(long.maintenanceMargin, 7.5);
    expect(long.maintenanceMarginRate).toBe(0.0015);
    expect(long.initialMargin).toBe(200);
    close(assess(mexcOrder({ side: 'short' })).liquidationPrice, 51_925);
    // The same order in coin and in USDT.
    close(assess(mexcOrder({ size: { value: 0.1, unit: 'base' } })).liquidationPrice, 48_075);
    close(assess(mexcOrder({ size: { value: 5_000, unit: 'quote' } })).liquidationPrice, 48_075);
  });

  it('level 2 (15,001–215,000 contracts, MMR 0.65 %): 20,000 contracts at 50,000, 10x → 45,325 / 54,675', () => {
    // value 100,000; MM 650; margin 10,000: (650 − 10,000 + 100,000)/2 and (100,000 + 10,000 − 650)/2
    const r = assess(mexcOrder({ size: { value: 20_000, unit: 'contracts' }, leverage: 10 }));
    expect(r.maintenanceMarginRate).toBeCloseTo(0.0065, 12);
    close(r.liquidationPrice, 45_325);
    close(assess(mexcOrder({ size: { value: 20_000, unit: 'contracts' }, leverage: 10, side: 'short' })).liquidationPrice, 54_675);
    // The level boundary: 15,000 contracts is level 1, 15,001 level 2.
    expect(assess(mexcOrder({ size: { value: 15_000, unit: 'contracts' } })).maintenanceMarginRate).toBe(0.0015);
    expect(assess(mexcOrder({ size: { value: 15_001, unit: 'contracts' } })).maintenanceMarginRate).toBeCloseTo(0.0065, 12);
  });

  it('cross margin: the balance backs the position (1,000 contracts, balance 1,000 → 40,075)', () => {
    close(assess(mexcOrder({ marginMode: 'cross', balance: 1_000 })).liquidationPrice, 40_075); // 50,000 − (1,000 − 7.5)/0.1
  });

  it('ETH_USDT (0.01 ETH contracts): 100 contracts at 3,000, 10x → 2,704.5', () => {
    expect(mexcContractSize('ETH_USDT')).toBe(0.01);
    // value 3,000; MM 4.5; margin 300: 3,000 − (300 − 4.5)/1
    close(assess(mexcOrder({ symbol: 'ETH_USDT', price: 3_000, markPrice: 3_000, size: { value: 100, unit: 'contracts' }, leverage: 10 })).liquidationPrice, 2_704.5);
  });

  it('other symbols: the default level (1 %) for sizes in coin; contracts cannot be converted', () => {
    const coin = assess(mexcOrder({ symbol: 'PEPE_USDT', price: 0.00001, markPrice: 0.00001, size: { value: 1e9, unit: 'base' }, leverage: 10 }));
    expect(coin.maintenanceMarginRate).toBe(0.01);
    close(coin.liquidationPrice, 0.00001 * (1 - 0.1 + 0.01));
    const cont = assess(mexcOrder({ symbol: 'PEPE_USDT', size: { value: 10, unit: 'contracts' } }));
    expect(cont.liquidationPrice).toBeNull();
    expect(cont.warnings.map((w) => w.code)).toContain('uncomputable');
  });

  it('the tier file’s rows are the expansion of its risk-limit parameters', () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'src/risk/tiers/mexc-usdtm.json'), 'utf8')) as {
      symbols: Record<string, { contractSize: number; riskLimit: Record<string, number>; rows: { floor: number; cap: number | null; mmr: number; maxLeverage: number; deduction: number }[] }>;
    };
    for (const [key, t] of Object.entries(file.symbols)) {
      const p = t.riskLimit;
      expect(t.rows, key).toHaveLength(p.riskLevelLimit!);
      t.rows.forEach((row, i) => {
        expect(row.cap ?? Infinity).toBe(i === t.rows.length - 1 ? Infinity : p.riskBaseVol! + i * p.riskIncrVol!);
        expect(row.mmr).toBeCloseTo(p.maintenanceMarginRate! + i * p.riskIncrMmr!, 12);
        expect(row.maxLeverage).toBeCloseTo(1 / (p.initialMarginRate! + i * p.riskIncrImr!), 2);
        expect(row.deduction).toBe(0); // the level's rate applies to the whole position
      });
    }
  });
});
