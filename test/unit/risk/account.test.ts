// The account around the ticket: other positions in cross margin, adding to and reducing a position,
// margin ratio, funding drift, the cost of liquidation and the page's own leverage limit. Worked
// examples are the venues' own where they publish one (Binance's two-position cross example, dYdX's
// multi-position example); the others are derived in src/risk/README.md ("Account figures").
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, linearLiquidationPrice, riskInputSchema, VENUE_MODELS, VENUES, type RiskInput, type RiskReport, type Venue } from '../../../src/risk';
import { liquidationFeeOf } from '../../../src/risk/venues/liquidationFees';
import { LIQUIDATION_FEE_SOURCES } from '../../../src/risk/venues/liquidationFeeSources';
import { otherPositionsTotals } from '../../../src/risk/account';
import { tierTableAge } from '../../../src/risk/tierAge';
import { TIER_FILES } from '../../../src/risk/tierFiles';
import { B2, DYDX, TOLERANCE } from './fixtures';

const within = (actual: number | null | undefined, expected: number, tol = TOLERANCE) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * tol);
};

const run = (input: Record<string, unknown>): RiskReport => assess(riskInputSchema.parse(input));

describe('cross margin with other positions', () => {
  it("Binance's two-position example: each leg's liquidation price from the other leg as a position (26,316.89 and 1,153.26)", () => {
    const { btc, eth } = B2;
    const asOther = (p: { size: number; entry: number; mark: number; mmr: number; cum: number }, symbol: string) => ({ symbol, side: 'long' as const, size: p.size, entryPrice: p.entry, markPrice: p.mark, maintenanceMarginRate: p.mmr, maintenanceAmount: p.cum });
    const v = VENUE_MODELS['binance-usdm'];
    const ethAsOther = otherPositionsTotals(v, [asOther(eth, 'ETHUSDT')], 'cross', 0);
    const btcLeg = linearLiquidationPrice({ side: 'long', size: btc.size, entryPrice: btc.entry, collateral: B2.walletBalance, otherMaintenance: ethAsOther.crossMaintenance, otherUnrealizedPnl: ethAsOther.crossUnrealizedPnl, mmr: btc.mmr, deduction: btc.cum });
    within(btcLeg.price, B2.expected.btcCross);
    const btcAsOther = otherPositionsTotals(v, [asOther(btc, 'BTCUSDT')], 'cross', 0);
    const ethLeg = linearLiquidationPrice({ side: 'long', size: eth.size, entryPrice: eth.entry, collateral: B2.walletBalance, otherMaintenance: btcAsOther.crossMaintenance, otherUnrealizedPnl: btcAsOther.crossUnrealizedPnl, mmr: eth.mmr, deduction: eth.cum });
    within(ethLeg.price, B2.expected.ethCross);
  });

  it("dYdX's multi-position example: short 1.5 at 3,000 beside a 1,000 STRK long at 1.75 (MMF 10 %) → 3,380.95", () => {
    const { d2 } = DYDX;
    const strk = { symbol: 'STRK-USD', side: 'long' as const, size: 1_000, entryPrice: 1.75, markPrice: 1.75, maintenanceMarginRate: 0.1 };
    expect(otherPositionsTotals(VENUE_MODELS.dydx, [strk], 'cross', 0).crossMaintenance).toBeCloseTo(d2.otherMaintenance, 9);
    // The order itself, on a market of the example's 5 % maintenance tier (dYdX's Mid-Cap tier, the table's default).
    const r = run({ venue: 'dydx', symbol: 'LINK-USD', side: 'short', orderType: 'market', markPrice: d2.entry, size: { value: d2.size, unit: 'base' }, leverage: 5, marginMode: 'cross', equity: d2.equity, otherPositions: [strk] });
    within(r.liquidationPrice, d2.expected);
    expect(r.accountLeverageCovers).toBe('allPositions');
    // Account leverage counts the STRK position too: (4,500 + 1,750) / 1,000.
    within(r.accountLeverage, 6.25);
  });

  it('without the other positions the same order reads "this symbol only" and its liquidation is further away', () => {
    const base = { venue: 'dydx', symbol: 'LINK-USD', side: 'short', orderType: 'market', markPrice: 3_000, size: { value: 1.5, unit: 'base' }, leverage: 5, marginMode: 'cross', equity: 1_000 };
    const alone = run(base);
    expect(alone.accountLeverageCovers).toBe('thisSymbol');
    within(alone.accountLeverage, 4.5);
    const withStrk = run({ ...base, otherPositions: [{ symbol: 'STRK-USD', side: 'long', size: 1_000, entryPrice: 1.75, markPrice: 1.75, maintenanceMarginRate: 0.1 }] });
    expect(withStrk.liquidationPrice!).toBeLessThan(alone.liquidationPrice!);
  });

  it('an isolated other position counts in account leverage but not in the cross liquidation price', () => {
    const base = { venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 0.5, unit: 'base' }, leverage: 10, marginMode: 'cross', equity: 20_000 };
    const eth = { symbol: 'ETHUSDT', side: 'short', size: 10, entryPrice: 3_000, markPrice: 3_300, marginMode: 'isolated' };
    const a = run(base);
    const b = run({ ...base, otherPositions: [eth] });
    expect(b.liquidationPrice).toBeCloseTo(a.liquidationPrice!, 6);
    within(b.accountLeverage, (30_000 + 33_000) / 20_000);
  });

  it('a losing cross position elsewhere brings this liquidation closer; at it, equity meets every maintenance margin', () => {
    const eth = { symbol: 'ETHUSDT', side: 'long', size: 10, entryPrice: 3_500, markPrice: 3_000 };
    const equity = 25_000; // wallet 30,000 with the ETH long 5,000 down
    const r = run({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'cross', equity, otherPositions: [eth] });
    const alone = run({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'cross', equity: 30_000 });
    expect(r.liquidationPrice!).toBeGreaterThan(alone.liquidationPrice!);
    // Binance's ETH bracket at 30,000 USDT: 0.4 %, no deduction; BTC's at the liquidation price.
    const liq = r.liquidationPrice!;
    const btcTier = VENUE_MODELS['binance-usdm'].tiers('BTCUSDT').find((t) => liq <= t.cap)!;
    const equityThere = equity + (liq - 60_000);
    const maintenanceThere = 30_000 * 0.004 + liq * btcTier.mmr - btcTier.deduction;
    within(equityThere, maintenanceThere, 1e-9);
  });
});

describe('adding to and reducing the position held', () => {
  const held = { side: 'long', size: 0.5, entryPrice: 50_000, margin: 2_500 } as const;
  const ticket = { venue: 'binance-usdm', symbol: 'BTCUSDT', orderType: 'market', markPrice: 52_000, leverage: 10, marginMode: 'isolated', balance: 10_000, position: held };

  it('"closes 0.3 of your 0.5 BTC long": the rest keeps its entry and its share of the margin', () => {
    const r = run({ ...ticket, side: 'short', size: { value: 0.3, unit: 'base' } });
    expect(r.positionChange).toEqual({ kind: 'reduces', side: 'long', closes: 0.3, held: 0.5 });
    expect(r.resultingPosition).toEqual({ side: 'long', size: 0.2, entryPrice: 50_000 });
    within(r.positionMargin, 1_000);
  });

  it('adding averages the entry and adds the order margin', () => {
    const r = run({ ...ticket, side: 'long', size: { value: 0.5, unit: 'base' } });
    expect(r.positionChange).toEqual({ kind: 'adds', side: 'long', size: 0.5, held: 0.5 });
    within(r.resultingPosition!.entryPrice, 51_000);
    within(r.positionMargin, 2_500 + 2_600);
    expect(r.liquidationPrice).not.toBeNull();
  });

  it('closing all of it and more flips it; exactly all of it closes it', () => {
    expect(run({ ...ticket, side: 'short', size: { value: 0.5, unit: 'base' } }).positionChange).toEqual({ kind: 'closes', side: 'long', closes: 0.5, held: 0.5 });
    expect(run({ ...ticket, side: 'short', size: { value: 0.8, unit: 'base' } }).positionChange).toMatchObject({ kind: 'flips', closes: 0.5, held: 0.5 });
  });
});

describe('margin ratio before → after', () => {
  it('cross: a new order raises the maintenance share of the equity; 100 % is liquidation', () => {
    const eth = { symbol: 'ETHUSDT', side: 'long', size: 10, entryPrice: 3_000, markPrice: 3_000 };
    const r = run({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'cross', equity: 10_000, feeRate: 0, otherPositions: [eth] });
    // Before: ETH 30,000 × 0.4 % = 120 of 10,000. After: + BTC 60,000 in the 0.5 % bracket less 50 = 250.
    within(r.marginRatio!.before, 0.012);
    within(r.marginRatio!.after, 0.037);
  });

  it('isolated: the position over its own margin; no position held means no "before"', () => {
    const r = run({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 10_000 });
    expect(r.marginRatio!.before).toBeNull();
    within(r.marginRatio!.after, 250 / 6_000);
  });

  it('the margin ratio after the order reaches 100 % at the liquidation price', () => {
    const input = { venue: 'hyperliquid', symbol: 'BTC', side: 'long', orderType: 'market', size: { value: 1, unit: 'base' }, leverage: 20, marginMode: 'isolated', balance: 10_000 } as const;
    const first = run({ ...input, markPrice: 100_000 });
    // The same position, the mark now at its liquidation price.
    const there = run({ ...input, markPrice: 100_000, position: { side: 'long', size: 1, entryPrice: 100_000, margin: first.positionMargin }, size: { value: 0, unit: 'base' } });
    const atLiq = run({ ...input, markPrice: first.liquidationPrice!, position: { side: 'long', size: 1, entryPrice: 100_000, margin: first.positionMargin }, size: { value: 0, unit: 'base' } });
    expect(there.marginRatio!.before!).toBeLessThan(1);
    within(atLiq.marginRatio!.before, 1, 1e-9);
  });
});

describe('funding drift of an isolated position', () => {
  // Binance isolated long 1 BTC at 100,000 with 10,000 margin (0.5 %, cum 50): liquidation 90,402.01.
  // At 0.01 % per 8 h each payment is 10 USDT: LP_N = 90,402.01 + N × 10 / 0.995 (README, "Funding drift").
  const b3 = { venue: 'binance-usdm', symbol: 'BTCUSDT', orderType: 'limit', price: 100_000, markPrice: 100_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 50_000 };

  it('a long paying 0.01 % every 8 h: 90,432.16 after a day, 90,613.06 after a week; under 0.1 % a day, so not flagged', () => {
    const r = run({ ...b3, side: 'long', fundingRate: 0.0001 });
    within(r.liquidationPrice, 90_402.01);
    const d = r.fundingDrift!;
    within(d.perDay, -30, 1e-9);
    within(d.afterDay, 90_432.16);
    within(d.afterWeek, 90_613.06);
    expect(d.direction).toBe('closer');
    expect(d.flagged).toBe(false);
  });

  it('a short receiving the same rate sees its liquidation move away', () => {
    const d = run({ ...b3, side: 'short', fundingRate: 0.0001 }).fundingDrift!;
    expect(d.direction).toBe('further');
    expect(d.afterDay!).toBeGreaterThan(109_502.49);
  });

  it('Hyperliquid pays every hour: 0.01 % an hour moves a 10× long about 0.27 % closer a day, flagged', () => {
    const r = run({ venue: 'hyperliquid', symbol: 'BTC', side: 'long', orderType: 'market', markPrice: 100_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 50_000, fundingRate: 0.0001 });
    const d = r.fundingDrift!;
    expect(d.intervalHours).toBe(1);
    expect(d.flagged).toBe(true);
    expect(d.direction).toBe('closer');
    within(d.dayMove, 240 / 0.9875 / r.liquidationPrice!, 1e-6);
  });

  it('cross positions have no funding drift (funding is paid from the whole account)', () => {
    expect(run({ ...b3, side: 'long', marginMode: 'cross', fundingRate: 0.0001 }).fundingDrift).toBeNull();
  });
});

describe('the cost of being liquidated', () => {
  const isolated = { orderType: 'market', markPrice: 100_000, size: { value: 1, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 50_000, side: 'long' } as const;

  it("Binance BTCUSDT: the 1.25 % clearance fee takes what the trigger leaves, so the whole 10,000 margin is lost", () => {
    const l = run({ ...isolated, venue: 'binance-usdm', symbol: 'BTCUSDT' }).liquidationLoss!;
    expect(l.rule).toBe('feeRate');
    expect(l.feeRate).toBe(0.0125);
    within(l.toTrigger, 10_000 - 402.01);
    within(l.total, 10_000);
  });

  it('Hyperliquid charges no clearance fee: the loss stops at the trigger', () => {
    const r = run({ ...isolated, venue: 'hyperliquid', symbol: 'BTC' });
    const l = r.liquidationLoss!;
    expect(l.rule).toBe('noFee');
    expect(l.fee).toBe(0);
    expect(l.total!).toBeLessThan(10_000);
    within(l.total, 10_000 - (r.liquidationPrice! * 0.0125));
  });

  it('Bybit settles at the bankruptcy price: the margin is lost', () => {
    const l = run({ ...isolated, venue: 'bybit-linear', symbol: 'BTCUSDT' }).liquidationLoss!;
    expect(l.rule).toBe('marginLost');
    within(l.total, 10_000);
  });

  it('a symbol whose rate Binance did not publish where it was read: the fee is unknown, never 0', () => {
    const l = run({ ...isolated, venue: 'binance-usdm', symbol: 'SOLUSDT', markPrice: 150, size: { value: 10, unit: 'base' } }).liquidationLoss!;
    expect(l.rule).toBe('unknown');
    expect(l.fee).toBeNull();
    expect(l.total).toBeNull();
    expect(l.toTrigger).toBeGreaterThan(0);
  });
});

it('every venue cites where its liquidation rule is published, with a date', () => {
  for (const venue of VENUES) {
    const cited = LIQUIDATION_FEE_SOURCES[venue];
    expect(cited.source, venue).toMatch(/^https:\/\//);
    expect(cited.seenOn, venue).toMatch(/^(\d{4}-\d{2}-\d{2}|undated)$/);
    // A rate is never silently 0: only a venue that says it charges none has a 0 rate.
    const rule = liquidationFeeOf(venue, 'BTCUSDT');
    if (rule.rate === 0) expect(rule.rule).toBe('noFee');
  }
});

describe("the page's maximum leverage", () => {
  const sol = { venue: 'hyperliquid', symbol: 'SOL', side: 'long', orderType: 'market', markPrice: 100, size: { value: 10, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 1_000 };

  it('Hyperliquid SOL at 20× on the page: maintenance 2.5 % instead of the 10× default, liquidation about 2.5 % further away', () => {
    const table = run(sol);
    const page = run({ ...sol, pageMaxLeverage: 20 });
    expect(table.maintenanceMarginRate).toBe(0.05);
    expect(page.maintenanceMarginRate).toBe(0.025);
    within(page.liquidationPrice, 90 / 0.975);
    expect((table.liquidationPrice! - page.liquidationPrice!) / 100).toBeGreaterThan(0.024);
    // SOL has no table of its own, so nothing says the table is out of date; 20× is allowed.
    expect(page.warnings.map((w) => w.code)).not.toContain('tierTableOutdated');
    expect(run({ ...sol, pageMaxLeverage: 20, leverage: 20 }).warnings.map((w) => w.code)).not.toContain('leverageAboveVenueMax');
  });

  it('Hyperliquid BTC offered at 50× where the table says 40×: the page wins and a note says the table is out of date', () => {
    const r = run({ ...sol, symbol: 'BTC', markPrice: 100_000, size: { value: 0.1, unit: 'base' }, pageMaxLeverage: 50 });
    expect(r.maintenanceMarginRate).toBe(0.01);
    const w = r.warnings.find((x) => x.code === 'tierTableOutdated')!;
    expect(w.params).toMatchObject({ form: 'pageMaxLeverage', leverage: 50, tableMax: 40 });
    expect(w.severity).toBe('safe');
    expect(run({ ...sol, symbol: 'BTC', markPrice: 100_000, size: { value: 0.1, unit: 'base' }, pageMaxLeverage: 40 }).warnings.map((x) => x.code)).not.toContain('tierTableOutdated');
  });

  it('Binance BTCUSDT capped at 100× on the page: 110× is beyond the venue, and the 125× table is named out of date', () => {
    const r = run({ venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 0.01, unit: 'base' }, leverage: 110, marginMode: 'isolated', balance: 10_000, pageMaxLeverage: 100 });
    expect(r.warnings.find((w) => w.code === 'leverageAboveVenueMax')!.params).toMatchObject({ form: 'onSymbol', max: 100 });
    expect(r.warnings.find((w) => w.code === 'tierTableOutdated')!.severity).toBe('caution');
  });
});

describe('tier tables older than 180 days', () => {
  it('the Binance BTCUSDT table of 2026-11-25 is named old from 2027-05-25 on', () => {
    expect(tierTableAge(TIER_FILES['binance-usdm'], 'BTCUSDT', '2027-05-24')).toMatchObject({ takenOn: '2026-11-25', ageDays: 180, old: false });
    expect(tierTableAge(TIER_FILES['binance-usdm'], 'BTCUSDT', '2027-05-25')!.old).toBe(true);
  });

  it('npm run risk adds the note with the table date for an old table', { timeout: 60_000 }, () => {
    const input = { venue: 'okx-swap', symbol: 'BTC-USDT-SWAP', side: 'long', orderType: 'market', markPrice: 60_000, size: { value: 1, unit: 'contracts' }, leverage: 10, marginMode: 'isolated', balance: 1_000, asOf: '2028-01-01' };
    const r = spawnSync('npx', ['tsx', 'src/risk/cli.ts', JSON.stringify(input)], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as RiskReport;
    const note = report.warnings.find((w) => w.code === 'tierTableOutdated')! as RiskReport['warnings'][number] & { message: string };
    expect(note.params).toMatchObject({ form: 'olderThan180Days' });
    expect(note.message).toMatch(/days ago/);
    expect(report.severity).toBe('safe');
  });
});

describe('invariants', () => {
  // Venues whose liquidation rule is the generic one (GMX's collateral floor and inverse contracts are left out).
  const GENERIC: [Venue, string][] = [
    ['binance-usdm', 'BTCUSDT'],
    ['bybit-linear', 'BTCUSDT'],
    ['okx-swap', 'BTC-USDT-SWAP'],
    ['bitget-usdtm', 'BTCUSDT'],
    ['hyperliquid', 'BTC'],
    ['dydx', 'BTC-USD'],
    ['mexc-usdtm', 'BTC_USDT'],
  ];
  const arb = fc.record({
    venue: fc.constantFrom(...GENERIC),
    side: fc.constantFrom('long' as const, 'short' as const),
    held: fc.double({ min: 0.01, max: 5, noNaN: true }),
    add: fc.double({ min: 0.001, max: 5, noNaN: true }),
    price: fc.double({ min: 1_000, max: 200_000, noNaN: true }),
    leverage: fc.integer({ min: 1, max: 20 }),
    equityShare: fc.double({ min: 0.1, max: 2, noNaN: true }),
  });
  type Case = typeof arb extends fc.Arbitrary<infer T> ? T : never;
  const ticket = (c: Case) =>
    ({ venue: c.venue[0], symbol: c.venue[1], orderType: 'market', markPrice: c.price, leverage: c.leverage, marginMode: 'cross', equity: c.held * c.price * c.equityShare, feeRate: 0 }) as const;

  it('adding a size then removing it leaves the position and its liquidation price as they were', () => {
    fc.assert(
      fc.property(arb, (c) => {
        const base = ticket(c);
        const position = { side: c.side, size: c.held, entryPrice: c.price };
        const opposite = c.side === 'long' ? 'short' : 'long';
        const before = run({ ...base, side: c.side, position, size: { value: 0, unit: 'base' } } as RiskInput);
        const added = run({ ...base, side: c.side, position, size: { value: c.add, unit: 'base' } } as RiskInput);
        const grown = added.resultingPosition!;
        const back = run({ ...base, side: opposite, position: { side: grown.side, size: grown.size, entryPrice: grown.entryPrice }, size: { value: c.add, unit: 'base' } } as RiskInput);
        expect(back.positionChange).toMatchObject({ kind: 'reduces', closes: c.add });
        expect(back.resultingPosition!.side).toBe(c.side);
        expect(back.resultingPosition!.size).toBeCloseTo(c.held, 9);
        expect(Math.abs(back.resultingPosition!.entryPrice - c.price)).toBeLessThanOrEqual(c.price * 1e-12);
        if (before.liquidationPrice == null) expect(back.liquidationPrice).toBeNull();
        else expect(Math.abs(back.liquidationPrice! - before.liquidationPrice)).toBeLessThanOrEqual(before.liquidationPrice * 1e-9);
      }),
      { seed: 1717, numRuns: 150 },
    );
  });

  it('reducing moves the liquidation price away from the mark, never toward it, and closing removes it', () => {
    fc.assert(
      fc.property(arb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (c, f1, f2) => {
        const [small, large] = f1 <= f2 ? [f1, f2] : [f2, f1];
        const base = ticket(c);
        const position = { side: c.side, size: c.held, entryPrice: c.price * 0.97 };
        const opposite = c.side === 'long' ? 'short' : 'long';
        const reduce = (share: number) => run({ ...base, side: opposite, position, size: { value: c.held * share * 0.999, unit: 'base' } } as RiskInput);
        const distance = (r: RiskReport) => (r.liquidationPrice == null ? Infinity : Math.abs(r.liquidationPrice - c.price));
        const near = distance(reduce(small));
        const far = distance(reduce(large));
        expect(far).toBeGreaterThanOrEqual(near * (1 - 1e-9));
        const closed = run({ ...base, side: opposite, position, size: { value: c.held, unit: 'base' } } as RiskInput);
        expect(closed.liquidationPrice).toBeNull();
        expect(closed.liquidationWhy).toEqual({ kind: 'closes' });
      }),
      { seed: 1718, numRuns: 150 },
    );
  });
});
