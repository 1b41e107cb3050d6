// The figures warnings print: "Account leverage 4.9599999999999997e+23×" and a tiny non-zero
// leverage printed as "0×" must never reach a trader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as figures from '../../../src/risk/format';
import { plainDigits, plainNumber, suggestedSize } from '../../../src/risk/format';

// Each figure as the command line's English sentences write it.
const price = (x: number) => figures.price(x, plainDigits);
const percent = (x: number) => figures.percent(x, plainDigits);
const leverage = (x: number) => figures.leverage(x, plainDigits);
const leverageLimit = (x: number) => figures.leverageLimit(x, plainDigits);
const percentLimit = (x: number) => figures.percentLimit(x, plainDigits);
const amount = (x: number, asset: string) => figures.amount(x, asset, plainDigits);

const EXPONENT = /e[+-]?\d/i;

describe('leverage / price / percent', () => {
  it('keep the figures traders know', () => {
    expect(leverage(25)).toBe('25×');
    expect(leverage(8.5)).toBe('8.5×');
    expect(leverage(1250)).toBe('1,250×');
    expect(price(25_100.4016)).toBe('25,100.4');
    expect(price(0.000123456)).toBe('0.00012346');
    expect(percent(0.029)).toBe('2.9%');
    expect(percent(0.00045)).toBe('0.045%');
  });

  it('write a leverage as the venues do: whole ones bare, up to two decimals, no trailing zeros', () => {
    // Binance "20x", Bybit "12.25x": a typed 12.25 must not read 12.3.
    expect([20, 125, 12.25, 2.4812, 24.816, 19.999999, 8.50].map((x) => leverage(x))).toEqual(['20×', '125×', '12.25×', '2.48×', '24.82×', '20×', '8.5×']);
  });

  it('keep a share’s decimals, so a distance of 0.8 % reads as the overlay’s 0.80%', () => {
    expect([0.008, 0.01, 0.0125, 0.4008].map((x) => percent(x))).toEqual(['0.80%', '1.0%', '1.3%', '40.1%']);
    expect(percent(-0.0421)).toBe('4.2%');
  });

  it('write limits as the trader set them, and amounts with the margin asset’s decimals', () => {
    expect([10, 2.5, 0.01, 1250].map((x) => leverageLimit(x))).toEqual(['10×', '2.5×', '0.01×', '1,250×']);
    // A loss limit of 1.25 % is 1.25 %, not the measured share's 1.3 %.
    expect([0.05, 0.025, 0.0125].map((x) => percentLimit(x))).toEqual(['5%', '2.5%', '1.25%']);
    expect(amount(1550, 'USDT')).toBe('1,550.00 USDT');
    expect(amount(-12.5, 'USDC')).toBe('-12.50 USDC');
    expect(amount(0.03125, 'XBT')).toBe('0.031250 XBT');
  });

  it('round a suggested size down to four significant digits, in plain digits', () => {
    expect([0.09528, 12.3456, 1234.5678, 0.000123456, 0].map(suggestedSize)).toEqual(['0.09528', '12.34', '1234', '0.0001234', '0']);
  });

  it('print huge figures in digits, never in exponent notation', () => {
    expect(leverage(4.96e23)).toBe('496,000,000,000,000,000,000,000×');
    expect(leverage(4.9599999999999997e23)).toBe('495,999,999,999,999,970,000,000×');
    expect(price(3.1e26)).toBe('310,000,000,000,000,000,000,000,000');
    expect(percent(1e21)).toBe('100,000,000,000,000,000,000,000.0%');
  });

  it('never print a non-zero figure as zero', () => {
    expect(leverage(0.0002)).toBe('0.0002×');
    expect(leverage(0.04)).toBe('0.04×');
    expect(leverage(0.000123)).toBe('0.00012×');
    expect(percent(0.0000001)).toBe('0.000010%');
    expect(percent(1e-13)).toBe('under 0.00000001%');
    expect(leverage(1e-12)).toBe('under 0.00000001×');
    expect(amount(1e-9, 'BTC')).toBe('under 0.000001 BTC');
    expect(price(0.0000000004)).toBe('under 0.00000001');
    expect(leverage(-0.0002)).toBe('-0.0002×');
    expect(leverage(0)).toBe('0×');
    expect(price(0)).toBe('0');
  });

  it('hold for every finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        for (const s of [leverage(x), price(x), percent(x), amount(x, 'BTC')]) {
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
