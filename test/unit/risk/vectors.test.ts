import { describe, expect, it } from 'vitest';
import { assess, buildTiers, inverseLiquidationPrice, linearLiquidationPrice, tierFor, VENUE_MODELS, type RiskInput } from '../../../src/risk';
import { B1, B2, B3, B4, BG1, BINANCE_BTCUSDT_2021, BITMEX_RISK, BYBIT, COINM_MM, DYDX, HL1, OK1, TOLERANCE } from './fixtures';
import { liquidationReason } from '../../../src/risk/liquidationReason';

const within = (actual: number | null | undefined, expected: number, tol = TOLERANCE) => {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected) / Math.abs(expected)).toBeLessThanOrEqual(tol);
};

const order = (o: Partial<RiskInput> & Pick<RiskInput, 'venue' | 'side' | 'size'>): RiskInput => ({ orderType: 'limit', ...o }) as RiskInput;

describe('Binance USDⓈ-M', () => {
  it('B-1: single cross position (published 25,100.40)', () => {
    const r = assess(
      order({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', price: B1.entry, markPrice: B1.entry, size: { value: B1.size, unit: 'base' }, leverage: B1.leverage, marginMode: 'cross', balance: B1.walletBalance }),
    );
    within(r.liquidationPrice, B1.expected);
    expect(r.marginAsset).toBe('USDT');
    expect(r.notional).toBeCloseTo(1_000, 9);
    expect(r.initialMargin).toBeCloseTo(50, 9);
  });

  it('B-1 with the size given in USDT is the same order', () => {
    const r = assess(order({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', price: 50_000, markPrice: 50_000, size: { value: 1_000, unit: 'quote' }, leverage: 20, marginMode: 'cross', balance: 500 }));
    within(r.liquidationPrice, B1.expected);
  });

  // Cross-margin inputs of the other position, from the FAQ's own numbers.
  const mmAtMark = (p: { size: number; mark: number; mmr: number; cum: number }) => p.size * p.mark * p.mmr - p.cum;
  const upnl = (p: { size: number; mark: number; entry: number }) => p.size * (p.mark - p.entry);

  it('B-2a: BTC leg of a two-position cross account (26,316.89)', () => {
    const { btc, eth } = B2;
    const r = linearLiquidationPrice({ side: 'long', size: btc.size, entryPrice: btc.entry, collateral: B2.walletBalance, otherMaintenance: mmAtMark(eth), otherUnrealizedPnl: upnl(eth), mmr: btc.mmr, deduction: btc.cum });
    within(r.price, B2.expected.btcCross);
  });

  it('B-2a again, with the bracket picked from the 2021 BTCUSDT table at the liquidation price', () => {
    const { btc, eth } = B2;
    const r = linearLiquidationPrice({ side: 'long', size: btc.size, entryPrice: btc.entry, collateral: B2.walletBalance, otherMaintenance: mmAtMark(eth), otherUnrealizedPnl: upnl(eth), tiers: buildTiers(BINANCE_BTCUSDT_2021.rows) });
    within(r.price, B2.expected.btcCross);
    expect(r.tier.mmr).toBe(0.025);
    expect(r.tier.deduction).toBeCloseTo(16_300, 6);
  });

  it('B-2b: ETH leg of the same account (1,153.26)', () => {
    const { btc, eth } = B2;
    const r = linearLiquidationPrice({ side: 'long', size: eth.size, entryPrice: eth.entry, collateral: B2.walletBalance, otherMaintenance: mmAtMark(btc), otherUnrealizedPnl: upnl(btc), mmr: eth.mmr, deduction: eth.cum });
    within(r.price, B2.expected.ethCross);
  });

  it('B-2c/B-2d: isolated regression vectors (1,114.78 and 18,778.73)', () => {
    const { btc, eth } = B2;
    within(linearLiquidationPrice({ side: 'long', size: eth.size, entryPrice: eth.entry, collateral: B2.walletBalance, mmr: eth.mmr, deduction: eth.cum }).price, B2.expected.ethIsolated);
    within(linearLiquidationPrice({ side: 'long', size: btc.size, entryPrice: btc.entry, collateral: B2.walletBalance, mmr: btc.mmr, deduction: btc.cum }).price, B2.expected.btcIsolated);
  });

  it('maintenance amounts (cum) follow the published recurrence', () => {
    const tiers = buildTiers(BINANCE_BTCUSDT_2021.rows);
    for (const [i, t] of tiers.entries()) expect(t.deduction).toBeCloseTo(BINANCE_BTCUSDT_2021.publishedCum[i]!, 6);
  });

  it('B-3 (derived): isolated 10x, 1 BTC at 100,000, bracket 2', () => {
    const base = { venue: 'binance-usdm', symbol: 'BTCUSDT', price: 100_000, markPrice: 100_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 50_000 } as const;
    within(assess(order({ ...base, side: 'long' })).liquidationPrice, B3.long);
    within(assess(order({ ...base, side: 'short' })).liquidationPrice, B3.short);
  });
});

describe('Binance COIN-M', () => {
  it('B-4: cross, 100,000 BTCUSD contracts (published 33,599.40), bracket at the liquidation price', () => {
    const r = assess(
      order({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', side: 'long', price: B4.entry, markPrice: B4.entry, size: { value: B4.contracts, unit: 'contracts' }, leverage: 5, marginMode: 'cross', balance: B4.walletBalance }),
    );
    within(r.liquidationPrice, B4.expected);
    expect(r.marginAsset).toBe('BTC');
    expect(r.notionalQuote).toBe(B4.contracts * B4.contractSize);
  });

  it('B-4b: the same with the older maintenance amount 11.81 BTC (33,578.86)', () => {
    const r = inverseLiquidationPrice({ side: 'long', size: B4.contracts * B4.contractSize, entryPrice: B4.entry, collateral: B4.walletBalance, mmr: 0.125, deduction: 11.81 });
    within(r.price, B4.cum11_81);
  });

  it('FAQ maintenance margin: 100 contracts at mark 25,000 → 0.4 BTC notional, MM 0.0016 BTC', () => {
    const r = assess(order({ venue: 'binance-coinm', symbol: 'BTCUSD_PERP', side: 'long', orderType: 'market', markPrice: COINM_MM.mark, size: { value: COINM_MM.contracts, unit: 'contracts' }, leverage: 10, marginMode: 'isolated', balance: 1 }));
    within(r.notional, COINM_MM.expectedNotional);
    within(r.maintenanceMargin, COINM_MM.expectedMM);
  });

  it('FAQ maintenance amounts: 0.56 → 1.81 BTC (older brackets), 11.605 BTC at 300 BTC (shipped table)', () => {
    const older = buildTiers(COINM_MM.olderRows);
    within(older[3]!.deduction, COINM_MM.olderLevel4Cum);
    within(older[4]!.deduction, COINM_MM.olderLevel5Cum);
    within(older[6]!.deduction, COINM_MM.olderLevel7Cum);
    const t = tierFor(VENUE_MODELS['binance-coinm'].tiers('BTCUSD_PERP'), 300);
    expect(t.mmr).toBe(0.125);
    within(t.deduction, COINM_MM.currentLevel7Cum);
  });
});

describe('Bybit', () => {
  const base = { venue: 'bybit-linear', symbol: 'BTCUSDT', price: 20_000, markPrice: 20_000, leverage: 50, marginMode: 'isolated', balance: 10_000 } as const;

  it('BY-5: USDT isolated long 1 BTC @20,000 50x → 19,700 (IM 400, MM 100)', () => {
    const r = assess(order({ ...base, side: 'long', size: { value: 1, unit: 'base' } }));
    within(r.liquidationPrice, BYBIT.by5.expected);
    within(r.initialMargin, BYBIT.by5.im);
    within(r.maintenanceMargin, BYBIT.by5.mm);
  });

  it('BY-6: short with 3,000 USDT added margin → 23,300', () => {
    const r = assess(order({ ...base, side: 'short', size: { value: 0, unit: 'base' }, position: { side: 'short', size: 1, entryPrice: 20_000, margin: 400 + BYBIT.by6.extraMargin } }));
    within(r.liquidationPrice, BYBIT.by6.expected);
  });

  it('BY-7: 200 USDT of funding taken from the position margin → 19,900', () => {
    const r = assess(order({ ...base, side: 'long', size: { value: 0, unit: 'base' }, position: { side: 'long', size: 1, entryPrice: 20_000, margin: 400 - BYBIT.by7.funding } }));
    within(r.liquidationPrice, BYBIT.by7.expected);
  });

  it('BTCUSDT deductions match the published column', () => {
    const tiers = VENUE_MODELS['bybit-linear'].tiers('BTCUSDT');
    for (const [i, d] of BYBIT.btcDeductions.entries()) expect(tiers[i]!.deduction).toBeCloseTo(d, 6);
  });

  it('BY-9 (derived): inverse isolated long 60,000 USD @50,000 10x → 45,681.82 (2026 revision)', () => {
    const r = assess(order({ venue: 'bybit-inverse', symbol: 'BTCUSD', side: 'long', price: 50_000, markPrice: 50_000, size: { value: 60_000, unit: 'contracts' }, leverage: 10, marginMode: 'isolated', balance: 1 }));
    within(r.liquidationPrice, BYBIT.by9.expected2026);
    within(r.initialMargin, 0.12);
    expect(r.marginAsset).toBe('BTC');
  });
});

describe('Bitget', () => {
  it('BG-1: progressive maintenance margin of 3 BTC at 110,000 with a 0.06 % fee → 1,648 USDT', () => {
    const r = assess(order({ venue: 'bitget-usdtm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: BG1.mark, size: { value: BG1.size, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 1e6, feeRate: BG1.feeRate }));
    within(r.maintenanceMargin, BG1.expectedMM);
    expect(r.maintenanceMargin).toBeLessThan(BG1.oldMethodMM);
  });
});

describe('OKX, Hyperliquid (derived regression rows)', () => {
  it('OK-1: isolated 100 BTC-USDT-SWAP contracts (1 BTC) @100,000, margin 10,000, fee 0.05 %', () => {
    const base = { venue: 'okx-swap', symbol: 'BTC-USDT-SWAP', price: 100_000, markPrice: 100_000, size: { value: 100, unit: 'contracts' }, leverage: 10, marginMode: 'isolated', balance: 1e6, feeRate: 0.0005 } as const;
    within(assess(order({ ...base, side: 'long' })).liquidationPrice, OK1.long);
    within(assess(order({ ...base, side: 'short' })).liquidationPrice, OK1.short);
  });

  it('HL-1: isolated 1 BTC @100,000 10x, BTC max leverage 40', () => {
    const base = { venue: 'hyperliquid', symbol: 'BTC', price: 100_000, markPrice: 100_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 1e6 } as const;
    const long = assess(order({ ...base, side: 'long' }));
    within(long.liquidationPrice, HL1.long);
    within(assess(order({ ...base, side: 'short' })).liquidationPrice, HL1.short);
    expect(long.marginAsset).toBe('USDC');
  });
});

describe('dYdX v4', () => {
  it('D-1: isolated short 3 ETH @3,000, equity 1,000, MMF 5 % → 3,174.60; equity there ≈ 476.2', () => {
    const { d1 } = DYDX;
    const r = linearLiquidationPrice({ side: 'short', size: d1.size, entryPrice: d1.entry, collateral: d1.equity, mmr: d1.mmf });
    within(r.price, d1.expected);
    const equityThere = d1.equity - d1.size * (r.price - d1.entry);
    within(equityThere, d1.equityAtLiquidation, 1e-3); // the page rounds to 476.2
  });

  it('D-2: cross short 1.5 ETH with another position needing 175 → 3,380.95', () => {
    const { d2 } = DYDX;
    within(linearLiquidationPrice({ side: 'short', size: d2.size, entryPrice: d2.entry, collateral: d2.equity, otherMaintenance: d2.otherMaintenance, mmr: d2.mmf }).price, d2.expected);
  });
});

describe('BitMEX', () => {
  it('risk-limit example: 180 XBT at 0.50 % (0.90 XBT), 230 XBT at 1.00 %', () => {
    const tiers = VENUE_MODELS.bitmex.tiers('XBTUSD');
    const small = tierFor(tiers, BITMEX_RISK.small.value);
    expect(small.mmr).toBe(BITMEX_RISK.small.mmr);
    within(BITMEX_RISK.small.value * small.mmr - small.deduction, BITMEX_RISK.small.mm);
    expect(tierFor(tiers, BITMEX_RISK.large.value).mmr).toBe(BITMEX_RISK.large.mmr);
  });

  it('XBTUSD isolated long: bankruptcy at entry/(1 + 1/leverage), liquidation inside it', () => {
    // 200,000 contracts @10,000, 20x: bankruptcy 200,000/21 = 9,523.81 (reference §9.3).
    const r = assess(order({ venue: 'bitmex', symbol: 'XBTUSD', side: 'long', price: 10_000, markPrice: 10_000, size: { value: 200_000, unit: 'contracts' }, leverage: 20, marginMode: 'isolated', balance: 5 }));
    expect(r.marginAsset).toBe('XBT');
    expect(r.liquidationPrice!).toBeGreaterThan(200_000 / 21);
    expect(r.liquidationPrice!).toBeLessThan(10_000);
  });

  it('quanto contracts are reported as not modelled, never as safe', () => {
    const r = assess(order({ venue: 'bitmex', symbol: 'ETHUSD', side: 'long', price: 3_000, markPrice: 3_000, size: { value: 10, unit: 'contracts' }, leverage: 5, marginMode: 'isolated', balance: 1 }));
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toMatch(/quanto/);
    expect(r.severity).toBe('unknown');
  });
});
