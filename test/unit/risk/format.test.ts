// The figures warnings print: "Account leverage 4.9599999999999997e+23×" and a
// tiny non-zero leverage printed as "0×" must never reach a trader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pct, plainNumber, price, times } from '../../../src/risk/format';

const EXPONENT = /e[+-]?\d/i;

describe('times / price / pct', () => {
  it('keep the figures traders know', () => {
    expect(times(25)).toBe('25×');
    expect(times(8.5)).toBe('8.5×');
    expect(times(1250)).toBe('1,250×');
    expect(price(25_100.4016)).toBe('25,100.4');
    expect(price(0.000123456)).toBe('0.00012346');
    expect(pct(0.029)).toBe('2.9%');
    expect(pct(0.00045)).toBe('0.045%');
  });

  it('print huge figures in digits, never in exponent notation', () => {
    expect(times(4.96e23)).toBe('496,000,000,000,000,000,000,000×');
    expect(times(4.9599999999999997e23)).toBe('495,999,999,999,999,970,000,000×');
    expect(price(3.1e26)).toBe('310,000,000,000,000,000,000,000,000');
    expect(pct(1e21)).toBe('100,000,000,000,000,000,000,000%');
  });

  it('never print a non-zero figure as zero', () => {
    expect(times(0.0002)).toBe('0.0002×');
    expect(times(0.04)).toBe('0.04×');
    expect(times(0.000123)).toBe('0.00012×');
    expect(pct(0.0000001)).toBe('0.00001%');
    expect(price(0.0000000004)).toBe('under 0.00000001');
    expect(times(-0.0002)).toBe('-0.0002×');
    expect(times(0)).toBe('0×');
    expect(price(0)).toBe('0');
  });

  it('hold for every finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        for (const s of [times(x), price(x), pct(x)]) {
          expect(s).not.toMatch(EXPONENT);
          if (x !== 0 && Math.abs(x) >= 1e-300) expect(s, `${x} → ${s}`).toMatch(/[1-9]/);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('plainNumber', () => {
  it.each([
    [4.96e23, '496000000000000000000000'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [-1.5e-9, '-0.0000000015'],
    [123.45, '123.45'],
    [0, '0'],
  ])('%d → %s', (x, s) => {
    expect(plainNumber(x)).toBe(s);
  });

  it('is the same number as the shortest round-trip form', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = plainNumber(x);
        expect(s).not.toMatch(EXPONENT);
        expect(Number(s)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 3000 },
    );
  });
});
