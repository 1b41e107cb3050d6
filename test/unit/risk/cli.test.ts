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
});
