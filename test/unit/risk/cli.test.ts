import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (arg: string) => spawnSync('npx', ['tsx', 'src/risk/cli.ts', arg], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });

const b1 = {
  venue: 'binance-usdm',
  symbol: 'BTCUSDT',
  side: 'long',
  orderType: 'limit',
  price: 50_000,
  markPrice: 50_000,
  size: { value: 0.02, unit: 'base' },
  leverage: 20,
  marginMode: 'cross',
  balance: 500,
};

describe('risk CLI', { timeout: 60_000 }, () => {
  it('prints one report for one input', () => {
    const r = run(JSON.stringify(b1));
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Array.isArray(report)).toBe(false);
    expect(Math.abs(report.liquidationPrice - 25_100.4) / 25_100.4).toBeLessThan(1e-4);
    expect(report.severity).toBe('safe');
    expect(report.missing).toEqual([]);
  });

  it('prints an array of reports for an array of inputs', () => {
    const r = run(JSON.stringify([b1, { ...b1, side: 'short', balance: null }]));
    expect(r.status).toBe(0);
    const reports = JSON.parse(r.stdout);
    expect(reports).toHaveLength(2);
    expect(reports[1].severity).toBe('unknown');
    expect(reports[1].liquidationPrice).toBeNull();
    expect(reports[1].liquidationReason).toBe('Unknown: needs the balance');
  });

  it('exits 2 with the zod paths for bad input', () => {
    const r = run(JSON.stringify({ ...b1, venue: 'ftx', size: { value: -1, unit: 'base' } }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^venue:/m);
    expect(r.stderr).toMatch(/^size\.value:/m);
  });

  it('prefixes the array index in paths', () => {
    const r = run(JSON.stringify([b1, { ...b1, leverage: 'ten' }]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^1\.leverage:/m);
  });

  it('exits 2 on text that is not JSON', () => {
    const r = run('{venue:');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/invalid JSON/);
  });

  it('accepts gmx and mexc-usdtm', () => {
    const order = { side: 'long', orderType: 'limit', marginMode: 'isolated', balance: 5_000 };
    const gmx = { ...order, venue: 'gmx', symbol: 'ETH/USD', price: 2_000, markPrice: 2_000, size: { value: 10_000, unit: 'quote' }, leverage: 10, gmx: { positionFeeRate: 0 } };
    const mexc = { ...order, venue: 'mexc-usdtm', symbol: 'BTC_USDT', price: 50_000, markPrice: 50_000, size: { value: 1_000, unit: 'contracts' }, leverage: 25 };
    const r = run(JSON.stringify([gmx, mexc]));
    expect(r.status).toBe(0);
    const [g, m] = JSON.parse(r.stdout) as { venue: string; liquidationPrice: number }[];
    expect(g!.venue).toBe('gmx');
    expect(Math.abs(g!.liquidationPrice - 1_810) / 1_810).toBeLessThan(1e-9);
    expect(m!.venue).toBe('mexc-usdtm');
    expect(Math.abs(m!.liquidationPrice - 48_075) / 48_075).toBeLessThan(1e-9);
  });
});

describe('risk CLI: figures beyond what the venue allows', { timeout: 60_000 }, () => {
  it('names a size beyond the venue and prints no figure in exponent notation', () => {
    // 1e20 BTC: beyond Binance's 100,000,000 USDT position; a fee of 1e-9 BTC's order is 3.1e-8 USDT.
    const r = run(JSON.stringify([{ ...b1, size: { value: 1e20, unit: 'base' }, limits: { maxAccountLeverage: 10 } }, { ...b1, size: { value: 1e-9, unit: 'base' } }]));
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\de[+-]?\d/i);
    const [beyond, tiny] = JSON.parse(r.stdout);
    expect(beyond.severity).toBe('danger');
    expect(beyond.warnings.map((w: { code: string }) => w.code)).toContain('sizeAboveVenueMax');
    expect(beyond.accountLeverage).toBeNull();
    expect(beyond.liquidationReason).toBe('Unknown: the order is beyond what Binance USDⓈ-M allows on BTCUSDT');
    expect(tiny.liquidationReason).toBe('No liquidation price: the collateral covers a fall of the price to zero');
    // Plain digits, but the same numbers.
    expect(tiny.fee).toBe(50_000 * 1e-9 * 0.0005);
    expect(tiny.size).toBe(1e-9);
  });

  it('prints "You do not have the margin for this order" for a margin above the balance', () => {
    const r = run(JSON.stringify({ ...b1, size: { value: 1, unit: 'base' } }));
    const report = JSON.parse(r.stdout);
    expect(report.severity).toBe('danger');
    const w = report.warnings.find((x: { code: string }) => x.code === 'notEnoughMargin');
    expect(w.message).toBe('You do not have the margin for this order: it needs 2,500.00 USDT and your available balance is 500.00 USDT');
  });
});
