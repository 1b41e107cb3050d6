import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInputNumber, readNumber } from '@/src/venues/number';
import { runs } from './fuzzRuns';

/** What exchanges and half-typing traders put in a number field: digits, separators, units, junk. */
const fragment = fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '-', '−', '+', 'K', 'M', 'B', 'k', 'e', 'x', '×', '%', '≈', '~', '$', '—', '--', 'USDT', 'BTC', 'Cont', 'N/A', '\u00a0', "'", '<', '>');
const junk = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

describe('number reader under fuzzing', { timeout: 120_000 }, () => {
  it('never returns NaN, Infinity or a non-number, and always says why when it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.string({ maxLength: 16 }), fc.string({ unit: 'binary', maxLength: 8 })), (text) => {
        for (const decimalComma of [undefined, true, false]) {
          const r = readNumber(text, { decimalComma });
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else expect(r.reason.length).toBeGreaterThan(0);
          // …and which kind of missing it is, for program logic that must not read the words.
          if (!r.ok) expect(r.kind).toBeDefined();
        }
      }),
      runs(30_000),
    );
  });

  it('reads back exactly any number an English-style page shows, with grouping, units and approximations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom('', ' USDT', ' BTC', ' Cont', 'x'),
        fc.constantFrom('', '≈ ', '~'),
        (units, decimals, suffix, prefix) => {
          const value = units / 10 ** decimals;
          const shown = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
          const r = readNumber(`${prefix}${shown}${suffix}`);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value).toBeCloseTo(value, 10);
        },
      ),
      runs(30_000),
    );
  });

  it('never reads a wrong number from a mistyped one: one stray character gives the right number or "unknown"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }), fc.nat(), fragment, (units, decimals, at, stray) => {
        const value = units / 10 ** decimals;
        const text = value.toFixed(decimals);
        const i = at % (text.length + 1);
        const mangled = text.slice(0, i) + stray + text.slice(i);
        const r = readNumber(mangled);
        if (!r.ok) return;
        // Accepted texts must mean what they say: compare against an independent parse of the same
        // text once its allowed decorations (grouping, units, approximation) are stripped.
        const plain = mangled.replace(/^[≈~$+]\s*/, '').replace(/\s*(USDT|BTC|Cont|x|×|%)$/, '').replace(/[,\s\u00a0']/g, '');
        const suffix = /([KMB])$/.exec(plain);
        const scaled = suffix ? Number(plain.slice(0, -1)) * 10 ** { K: 3, M: 6, B: 9 }[suffix[1] as 'K' | 'M' | 'B'] : Number(plain.replace('−', '-'));
        if (Number.isFinite(scaled)) expect(Math.abs(r.value - scaled)).toBeLessThanOrEqual(Math.abs(scaled) * 1e-12);
      }),
      runs(20_000),
    );
  });

  // What a trader types in a text box, read as the page reads it.
  const ARABIC = '٠١٢٣٤٥٦٧٨٩';
  const EXTENDED = '۰۱۲۳۴۵۶۷۸۹';
  const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f'];

  it('reads back exactly any number typed in Arabic-Indic digits with the Arabic separators, on any page style', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(ARABIC, EXTENDED),
        fc.constantFrom(undefined, true, false),
        (units, decimals, digits, decimalComma) => {
          const value = units / 10 ** decimals;
          const english = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
          const typed = english.replace(/[0-9]/g, (d) => digits[Number(d)]!).replace(/,/g, '٬').replace('.', '٫');
          const r = readInputNumber({ value: typed, type: 'text' }, { decimalComma });
          expect(r.ok, typed).toBe(true);
          if (r.ok) expect(r.value).toBeCloseTo(value, 10);
        },
      ),
      runs(10_000),
    );
  });

  it('zero-width characters anywhere in a typed number never change it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 4 }), (units, decimals, inserts) => {
        const plain = (units / 10 ** decimals).toFixed(decimals);
        let typed = plain;
        for (const [at, ch] of inserts) {
          const i = at % (typed.length + 1);
          typed = typed.slice(0, i) + ch + typed.slice(i);
        }
        const r = readInputNumber({ value: typed, type: 'text' });
        expect(r.ok && r.value).toBe(Number(plain));
      }),
      runs(10_000),
    );
  });

  it('never turns junk typed in a text box into NaN, and keeps the box text on every refusal', () => {
    const typedJunk = fc.array(fc.constantFrom('0', '1', '5', '.', ',', ' ', '-', 'e', 'E', 'x', '0x', '٫', '٬', '٥', '۲', ...INVISIBLE, 'USDT', '%'), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(typedJunk, fc.string({ maxLength: 12 })), fc.constantFrom(undefined, true, false), (value, decimalComma) => {
        const r = readInputNumber({ value, type: 'text' }, { decimalComma });
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else {
          expect(r.kind).toBeDefined();
          expect(r.shown).toBe(value);
        }
      }),
      runs(20_000),
    );
  });

  it('a number box reads what the browser read, whatever its text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 8 }), (n, value) => {
        const r = readInputNumber({ value, type: 'number', valueAsNumber: n, validity: { badInput: false } });
        expect(r.ok && r.value).toBe(n === 0 ? 0 : n);
      }),
      runs(5_000),
    );
  });
});
