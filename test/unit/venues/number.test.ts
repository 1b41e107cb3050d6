import fc from 'fast-check';
import { readInputNumber, readInputNumberAt, readLeverage, readNumber, REASON_EMPTY, REASON_INCOMPLETE, type ReadNumberOptions, type TypedInput } from '../../../src/venues/kit/number';
import { inputNumber } from '../../../src/venues/kit/read/typed';
import { describe, expect, it } from 'vitest';

const value = (text: string | null | undefined, opts?: ReadNumberOptions) => {
  const r = readNumber(text, opts);
  return r.ok ? r.value : undefined;
};
const reason = (text: string | null | undefined, opts?: ReadNumberOptions) => {
  const r = readNumber(text, opts);
  return r.ok ? undefined : r.reason;
};

describe('readNumber: what exchanges display', () => {
  it.each([
    ['64250', 64250],
    ['64,250.5', 64250.5],
    ['1,234.5', 1234.5],
    ['1,234,567.125', 1234567.125],
    ['0.000123', 0.000123],
    ['1 234.5', 1234.5],
    ['1\u00a0234.5', 1234.5],
    ["1'234.5", 1234.5],
    ['≈ 1,234.5', 1234.5],
    ['≈1,234.5', 1234.5],
    ['~0.52', 0.52],
    ['$1,234.50', 1234.5],
    ['-$5.25', -5.25],
    ['−12.5', -12.5],
    ['+3', 3],
    ['1,234.56 USDT', 1234.56],
    ['0.521 BTC', 0.521],
    ['0.5BTC', 0.5],
    ['100.00 USDC', 100],
    ['12 Cont', 12],
    ['1,000 kPEPE', 1000],
    ['20x', 20],
    ['20×', 20],
    ['12.5%', 12.5],
    ['-0.35 %', -0.35],
    ['10K', 10000],
    ['10k', 10000],
    ['1.2M', 1200000],
    ['1.15K', 1150],
    ['3B', 3000000000],
    ['1.2M USDT', 1200000],
    ['≈ 2.5K USDC', 2500],
    ['  64,250.1  ', 64250.1],
    ['0', 0],
    ['-0', 0],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads "1,234" as thousands when the page style is unknown (English assumed) or English', () => {
    expect(value('1,234')).toBe(1234);
    expect(value('1,234', { decimalComma: false })).toBe(1234);
  });

  it('reads locale decimal commas only when told the page uses them', () => {
    expect(value('1.234,5', { decimalComma: true })).toBe(1234.5);
    expect(value('1,5', { decimalComma: true })).toBe(1.5);
    expect(value('1 234,5', { decimalComma: true })).toBe(1234.5);
    expect(value('1.234.567,89 USDT', { decimalComma: true })).toBe(1234567.89);
    expect(value('1.234', { decimalComma: true })).toBe(1234);
    expect(value('0,', { decimalComma: true })).toBe(0);
    expect(value(',5', { decimalComma: true })).toBe(0.5);
    expect(value("1’234.5", { decimalComma: false })).toBe(1234.5);
  });

  it('refuses what it cannot read with confidence, saying why', () => {
    expect(reason('1,5')).toMatch(/ambiguous.*decimal comma/);
    expect(reason('0,25')).toMatch(/ambiguous/);
    expect(reason('1.234,5')).toMatch(/ambiguous/);
    expect(reason('1,5', { decimalComma: false })).toMatch(/not a well-formed number/);
    expect(reason('1.5', { decimalComma: true })).toMatch(/ambiguous/);
    expect(reason('1,234.5', { decimalComma: true })).toMatch(/ambiguous/);
    expect(reason('1,23,456')).toMatch(/not a well-formed number/);
    expect(reason('1,234 567')).toMatch(/not a well-formed number/);
    expect(reason('12 34')).toMatch(/not a well-formed number/);
    expect(reason('<0.01')).toMatch(/only a bound/);
    expect(reason('> 1M')).toMatch(/only a bound/);
    expect(reason('abc')).toMatch(/not a number/);
    expect(reason('12-3')).toMatch(/not a number/);
    expect(reason('1e5')).toMatch(/not a number/);
    expect(reason('USDT')).toMatch(/not a number/);
    expect(reason('1.2m')).toMatch(/not a number/);
    expect(reason('1'.repeat(400))).toMatch(/not a finite number/);
  });

  it.each([null, undefined, '', '   ', '--', '—', '–', '-- USDT', 'N/A', 'N/A USDC', 'n/a', '--.--', '— BTC'])('%j → empty', (text) => {
    expect(reason(text)).toBe(REASON_EMPTY);
  });

  it('treats half-typed values: 0. and .5 are numbers; -, ., 1e, 1.., 1..2 are not complete', () => {
    expect(value('0.')).toBe(0);
    expect(value('.5')).toBe(0.5);
    expect(value('12.')).toBe(12);
    expect(value('0.0')).toBe(0);
    for (const t of ['-', '.', '1e', '1e-', '1..2', '1.2.', '1..']) expect(reason(t), t).toBe(REASON_INCOMPLETE);
  });

  it('never returns NaN or an infinite number', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-+ eE$≈~%xKMBUSDT—'.split('')), maxLength: 24 }), fc.option(fc.boolean()), (text, dc) => {
        const r = readNumber(text, dc === null ? {} : { decimalComma: dc });
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readNumber: properties', () => {
  // Decimal numbers as exchanges show them: up to 9 integer digits, 0–8 decimals.
  const decimal = fc
    .tuple(fc.bigInt({ min: 0n, max: 999_999_999n }), fc.integer({ min: 0, max: 8 }), fc.bigInt({ min: 0n, max: 99_999_999n }))
    .map(([int, decimals, frac]) => {
      const fracText = decimals === 0 ? '' : (frac % 10n ** BigInt(decimals)).toString().padStart(decimals, '0');
      const plain = decimals === 0 ? int.toString() : `${int}.${fracText}`;
      return { plain, decimals, expected: Number(plain) };
    });

  const fmt = (locale: string, plain: string, decimals: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true }).format(
      // Intl formats a decimal string exactly (no float rounding) in Node 20.
      plain as unknown as number,
    );

  it('round-trips English-formatted numbers (en-US), with or without a unit and ≈', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('', ' USDT', ' BTC', 'x', '%'), fc.constantFrom('', '≈ ', '~'), fc.option(fc.constant(false)), ({ plain, decimals, expected }, unit, approx, dc) => {
        const text = `${approx}${fmt('en-US', plain, decimals)}${unit}`;
        expect(value(text, dc === null ? {} : { decimalComma: dc })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips locale-formatted numbers (de-DE, fr-FR, de-CH, es-ES) when decimalComma is set', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('de-DE', 'fr-FR', 'es-ES'), fc.constantFrom('', ' USDT', ' €'), ({ plain, decimals, expected }, locale, unit) => {
        const text = `${fmt(locale, plain, decimals)}${unit}`;
        expect(value(text, { decimalComma: true })).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    // de-CH writes 1’234.5: a decimal point with apostrophe groups.
    fc.assert(
      fc.property(decimal, ({ plain, decimals, expected }) => {
        expect(value(fmt('de-CH', plain, decimals), { decimalComma: false })).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips magnitude suffixes exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(['K', 3], ['M', 6], ['B', 9]), (i, f, [suffix, shift]) => {
        const text = `${i}.${String(f).padStart(2, '0')}${suffix}`;
        const expected = Number(`${i}${String(f).padStart(2, '0')}${'0'.repeat((shift as number) - 2)}`);
        expect(value(text)).toBe(expected);
      }),
    );
  });

  it('a stray character in a number never yields a different finite number', () => {
    // English numbers that already have a decimal point (so a second "." is always wrong),
    // with one character inserted anywhere.
    const garbage = fc.constantFrom(...'.,; :_/\\#@!?()[]{}abcdefghijlnopqrstuvwyzE=*&^"'.split(''));
    fc.assert(
      fc.property(decimal.filter((d) => d.decimals > 0), garbage, fc.nat(), fc.option(fc.constant(false)), ({ plain, decimals, expected }, ch, at, dc) => {
        const shown = fmt('en-US', plain, decimals);
        const i = at % (shown.length + 1);
        const text = shown.slice(0, i) + ch + shown.slice(i);
        const r = readNumber(text, dc === null ? {} : { decimalComma: dc });
        if (r.ok) expect(r.value, `“${text}” read as ${r.value}`).toBe(expected);
      }),
      { numRuns: 5000 },
    );
    // The same for decimal-comma numbers on a decimal-comma page.
    fc.assert(
      fc.property(decimal.filter((d) => d.decimals > 0), garbage, fc.nat(), ({ plain, decimals, expected }, ch, at) => {
        const shown = fmt('de-DE', plain, decimals);
        const i = at % (shown.length + 1);
        const text = shown.slice(0, i) + ch + shown.slice(i);
        const r = readNumber(text, { decimalComma: true });
        if (r.ok) expect(r.value, `“${text}” read as ${r.value}`).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('readLeverage', () => {
  it.each([
    ['20x', 20],
    ['20×', 20],
    ['20X', 20],
    ['125x', 125],
    ['1.5x', 1.5],
    ['x20', 20],
    ['Leverage 20x', 20],
    ['Cross 20x', 20],
    ['Isolated 10×', 10],
    ['全仓 20x', 20],
    ['  20 x ', 20],
  ])('%s → %d', (text, expected) => {
    const r = readLeverage(text);
    expect(r.ok && r.value).toBe(expected);
  });

  it.each([
    [null, /empty/],
    ['', /empty/],
    ['--', /empty/],
    ['Leverage', /no leverage/],
    ['20', /no leverage/],
    ['0x', /above 0/],
    ['10x 20x', /more than one/],
    ['20xyz', /no leverage/],
  ])('%j → missing (%s)', (text, why) => {
    const r = readLeverage(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(why);
  });

  it('reads a rendered leverage back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.constantFrom('x', '×', 'X'), fc.constantFrom('', 'Cross ', 'Isolated ', 'Leverage '), (n, mark, prefix) => {
        const r = readLeverage(`${prefix}${n}${mark}`);
        expect(r.ok && r.value).toBe(n);
      }),
    );
  });
});

describe('readNumber: what kind of missing, and the text it saw', () => {
  it.each([
    ['', 'empty'],
    ['--', 'empty'],
    ['N/A USDC', 'empty'],
    ['-', 'incomplete'],
    ['1e', 'incomplete'],
    ['1..2', 'incomplete'],
    ['1,5', 'ambiguous'],
    ['1.234,5', 'ambiguous'],
    ['abc', 'invalid'],
    ['1e5', 'invalid'],
    ['1,23,456', 'invalid'],
    ['1'.repeat(400), 'invalid'],
    ['<0.01', 'notShown'],
  ])('%j → %s', (text, kind) => {
    const r = readNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe(kind);
      expect(r.shown).toBe(text);
    }
  });

  it('shows the text as the page shows it (spaces collapsed), and nothing for a missing element', () => {
    const r = readNumber('  1,5\u00a0 ');
    expect(!r.ok && r.shown).toBe('1,5');
    const none = readNumber(null);
    expect(none).toEqual({ ok: false, reason: REASON_EMPTY, kind: 'empty' });
  });

  it('stays strict for displayed text: exponents, Arabic-Indic digits and zero-width spaces are not read', () => {
    for (const text of ['1e2', '0x10', '٠٫٥', '1\u200b00']) expect(readNumber(text).ok, text).toBe(false);
  });

  it('readLeverage says which kind of missing', () => {
    const kind = (t: string | null) => {
      const r = readLeverage(t);
      return r.ok ? 'found' : r.kind;
    };
    expect(kind('--')).toBe('empty');
    expect(kind('Leverage')).toBe('invalid');
    expect(kind('10x 20x')).toBe('ambiguous');
    expect(kind('0x')).toBe('invalid');
  });
});

// With 20× leverage over a 10× maximum, the size typed as `1e2`, `0x10`, `2,5`,
// `٠٫٥` or with a zero-width space: the page placed 100 or 25 BTC while the extension read "unknown".
describe('readInputNumber: the page\'s own reading where it is unambiguous', () => {
  const box = (value: string): TypedInput => ({ value, type: 'text' });
  // As Chromium fills a number box when these are typed (checked in Debian Chromium):
  // 1e2 stays "1e2" (100), the x of 0x10 and the comma of 2,5 are dropped ("010", "25"),
  // Arabic-Indic digits are refused (empty), "1e" is bad input (value "").
  const numberBox = (value: string, valueAsNumber: number, badInput = false): TypedInput => ({ value, type: 'number', valueAsNumber, validity: { badInput } });
  const read = (input: TypedInput, opts?: ReadNumberOptions) => {
    const r = readInputNumber(input, opts);
    return r.ok ? r.value : undefined;
  };

  it('a number box: the browser has read it for the page and for us', () => {
    expect(read(numberBox('1e2', 100))).toBe(100);
    expect(read(numberBox('010', 10))).toBe(10);
    expect(read(numberBox('25', 25))).toBe(25);
    expect(read(numberBox('0.5', 0.5))).toBe(0.5);
    const refused = readInputNumber(numberBox('', NaN));
    expect(refused.ok || refused.kind).toBe('empty');
    const bad = readInputNumber(numberBox('', NaN, true));
    expect(bad).toMatchObject({ ok: false, kind: 'invalid', shown: '' });
  });

  it('a text box: Arabic-Indic and Extended Arabic-Indic digits, with the Arabic separators, are read as typed', () => {
    expect(read(box('٠٫٥'))).toBe(0.5);
    expect(read(box('٢٥'))).toBe(25);
    expect(read(box('۲۵'))).toBe(25);
    expect(read(box('١٬٢٣٤٫٥'))).toBe(1234.5);
    // The Arabic separators say which they are, whatever the page's own style.
    expect(read(box('١٬٢٣٤٫٥'), { decimalComma: true })).toBe(1234.5);
    expect(read(box('١٬٢٣٤٫٥'), { decimalComma: false })).toBe(1234.5);
    expect(read(box('١٢٣٤.٥'))).toBe(1234.5);
  });

  it('a text box: zero-width characters and direction marks are dropped', () => {
    expect(read(box('1\u200b00'))).toBe(100);
    expect(read(box('2\u200c5'))).toBe(25);
    expect(read(box('2\u200d5'))).toBe(25);
    expect(read(box('\u206025'))).toBe(25);
    expect(read(box('\ufeff25'))).toBe(25);
    expect(read(box('\u200f٠٫٥'))).toBe(0.5);
  });

  it('a text box: what pages read differently stays missing, named, with the box text as shown', () => {
    expect(readInputNumber(box('1e2'))).toEqual({ ok: false, reason: 'ambiguous: a page may read “1e2” as 100 or as 1', kind: 'ambiguous', shown: '1e2' });
    expect(readInputNumber(box('0x10'))).toEqual({ ok: false, reason: 'ambiguous: a page may read “0x10” as 16 or as 0', kind: 'ambiguous', shown: '0x10' });
    expect(readInputNumber(box('1.5E3'))).toMatchObject({ ok: false, kind: 'ambiguous', reason: 'ambiguous: a page may read “1.5E3” as 1,500 or as 1' });
    expect(readInputNumber(box('2,5'))).toMatchObject({ ok: false, kind: 'ambiguous', shown: '2,5' });
    // `shown` is the box's raw text, as the trader sees it.
    expect(readInputNumber(box(' 1e2 '))).toMatchObject({ ok: false, shown: ' 1e2 ' });
  });

  it('a text box: notations every parser reads alike are read', () => {
    expect(read(box('0e5'))).toBe(0);
    expect(read(box('1e0'))).toBe(1);
  });

  it('reads plain figures exactly as readNumber does', () => {
    for (const t of ['64,250.5', '0.5', '1 234.5', '.5', '12.', '']) {
      const a = readNumber(t);
      const b = readInputNumber(box(t));
      expect(b.ok, t).toBe(a.ok);
      if (a.ok && b.ok) expect(b.value).toBe(a.value);
      if (!a.ok && !b.ok) expect(b.kind).toBe(a.kind);
    }
  });

  it('readInputNumberAt: the source names the box and what was typed', () => {
    expect(readInputNumberAt(box('٠٫٥'), 'input[name="size"]')).toEqual({ ok: true, value: 0.5, source: 'input[name="size"] “٠٫٥”' });
    expect(readInputNumberAt(box('1e2'), 'input[name="size"]')).toMatchObject({ ok: false, shown: '1e2' });
  });

  it('adapters read a box through inputNumber: source with the selector, missing with the raw text', () => {
    const el = (value: string) => ({ value, type: 'text' }) as HTMLInputElement;
    expect(inputNumber({ el: el('٢٫٥'), selector: 'input[name="size"]' })).toEqual({ ok: true, value: 2.5, source: 'input[name="size"] “٢٫٥”' });
    expect(inputNumber({ el: el('0x10'), selector: 'input[name="size"]' })).toMatchObject({ ok: false, kind: 'ambiguous', shown: '0x10' });
  });

  it('every missing reading keeps the raw text, and no reading is NaN or infinite', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-+ eExX$%'.split(''), '٠', '٥', '٫', '٬', '۲', '\u200b', '\ufeff'), maxLength: 16 }), (value) => {
        const r = readInputNumber(box(value));
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
        else expect(r.shown).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });
});
