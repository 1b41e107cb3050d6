import { plainDigits, price } from '../../risk/format';
import { found, missing, type Field, type MissingKind } from '../reading';

/**
 * Reading numbers the way exchanges display and traders type them.
 *
 * The one rule: a text that cannot be read with confidence is "unknown" (a missing
 * field with a reason), never a guess. The function never returns NaN or ±Infinity.
 *
 * Accepted (examples are for an English page):
 * - plain and grouped numbers: `64250`, `64,250.5`, `1 234.5`, `1'234.5`, `0.000123`;
 * - half-typed input values: `0.` → 0, `.5` → 0.5, `12.` → 12;
 * - signs: `-5`, `+5`, `−5` (U+2212);
 * - an approximation mark in front: `≈ 1,234.5`, `~0.52` (the number shown is read as is);
 * - a currency sign in front: `$1,234.5`;
 * - a unit after: `1,234.56 USDT`, `0.52 BTC`, `12 Cont`, `20x`, `20×`, `12.5%`
 *   (the value is returned as displayed: `12.5%` → 12.5, `20x` → 20);
 * - a magnitude suffix: `10K` = 10,000, `1.2M` = 1,200,000, `3B` = 3,000,000,000
 *   (also `10k`; lowercase `m`/`b` are refused: minutes? milli? billion?). The suffix is
 *   applied by moving the decimal point, so `1.15K` is exactly 1150.
 *
 * Missing, with reason (for people) and `kind` (for program logic), and the text read as `shown`:
 * - `null`, `undefined`, ``, `--`, `—`, `–`, `N/A` → "empty" (`empty`);
 * - `-`, `.`, `1e`, `1..2`, `1.2.` → "not a complete number" (`incomplete`: a trader is still typing);
 * - `1e5` (exponents are never shown by exchanges), `abc`, `12-3` → "not a number" (`invalid`);
 * - `<0.01`, `>1M` → "only a bound" (`notShown`: the exact figure is not shown);
 * - a number whose separators cannot be read with confidence → "ambiguous …" (`ambiguous`) or
 *   "not a well-formed number" (`invalid`);
 * - anything else → "not a number" (`invalid`).
 *
 * This is for text the page displays. What a trader typed in an input box is read with
 * `readInputNumber`, which takes the page's own reading where it is unambiguous.
 *
 * Decimal separator (`opts.decimalComma`):
 * - `false`: English style. `.` is the decimal point; `,` (or a space, or `'`) groups thousands.
 * - `true`: locale style (de, fr, es, ru, …). `,` is the decimal comma; `.` (or a space, or
 *   `'`) groups thousands. `1.234,5` → 1234.5, `1,5` → 1.5, `1.5` → missing (ambiguous).
 * - `undefined` (the page's style is not known): read as English, which is what the supported
 *   venues show. So `1,234` is one thousand two hundred and thirty-four (documented choice),
 *   `64.250` is 64.25, and texts only a decimal-comma page would show (`1,5`, `1.234,5`) are
 *   refused as ambiguous rather than guessed. Adapters pass `true` only when they know the page
 *   writes decimal commas.
 * Group separators must sit every three digits (`1,23,456` is refused), one kind per number,
 * and there is never more than one decimal separator.
 */
export interface ReadNumberOptions {
  decimalComma?: boolean;
}

export const REASON_EMPTY = 'empty';
export const REASON_INCOMPLETE = 'not a complete number';

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const APOSTROPHES = /[\u2019\u02bc]/g; // de-CH groups with ’
const EMPTY_WORDS = new Set(['n/a', 'na', 'none', '']);
const SUFFIX: Record<string, number> = { K: 3, k: 3, M: 6, B: 9 };

/** Reads one displayed or typed number. `source` is the text read; callers replace it with where it came from. */
export function readNumber(text: string | null | undefined, opts: ReadNumberOptions = {}): Field<number> {
  if (text == null) return missing(REASON_EMPTY, 'empty');
  let s = text.replace(SPACES, ' ').replace(APOSTROPHES, "'").trim();
  const shown = s;
  const miss = (reason: string, kind: MissingKind) => missing(reason, kind, shown);

  // Placeholders for "no value".
  if (EMPTY_WORDS.has(s.toLowerCase())) return miss(REASON_EMPTY, 'empty');
  if (/^[-‐‑‒–—―\s.]+$/.test(s)) {
    // A lone hyphen is a trader starting to type; dashes shown by the page (`--`, `—`) mean "no value".
    const lone = s === '-' || s === '-.' || !/[-‐‑‒–—―]/.test(s);
    return lone ? miss(REASON_INCOMPLETE, 'incomplete') : miss(REASON_EMPTY, 'empty');
  }

  // "-- USDT", "N/A USDC": a placeholder with a unit is still a placeholder.
  const bare = s.replace(/\s*k?[A-Z][A-Za-z0-9]{1,15}$/, '').trim();
  if (bare !== s && bare !== '' && (/^(?:[-‐‑‒–—―]{2,}|[–—])$/.test(bare) || EMPTY_WORDS.has(bare.toLowerCase()))) return miss(REASON_EMPTY, 'empty');

  if (/^(?:<|>|≤|≥|<=|>=)/.test(s)) return miss(`only a bound is shown (“${shown}”), not the figure`, 'notShown');

  // Approximation marks: the number shown is the venue's estimate; it is read as shown.
  s = s.replace(/^(?:≈|~|≃|∼|approx\.?)\s*/i, '');

  // Sign, then a currency sign (`-$5`, `$-5` are both seen).
  let negative = false;
  const signed = /^([-+−])\s*/.exec(s);
  if (signed) {
    negative = signed[1] !== '+';
    s = s.slice(signed[0].length);
  }
  s = s.replace(/^[$€£]\s*/, '');
  if (!signed) {
    const afterCurrency = /^([-+−])\s*/.exec(s);
    if (afterCurrency) {
      negative = afterCurrency[1] !== '+';
      s = s.slice(afterCurrency[0].length);
    }
  }

  // Unit after the number: a ticker or word starting with a capital (USDT, BTC, Cont, kPEPE),
  // or x × % €. A unit glued to the digits must be letters only ("0.5BTC"), so "1E5" is no unit.
  const unit = /(?:\s+(?:k?[A-Z][A-Za-z0-9]{1,15})|(?:k?[A-Z][A-Za-z]{1,15})|\s*[xX×%€])$/.exec(s);
  if (unit && unit.index > 0) s = s.slice(0, unit.index);

  // Magnitude suffix (before the unit, which is already gone): 10K, 1.2M, 3B.
  let shift = 0;
  const suffix = /\s?([KkMB])$/.exec(s);
  if (suffix && /\d\s?[KkMB]$/.test(s)) {
    shift = SUFFIX[suffix[1]!] ?? 0;
    s = s.slice(0, s.length - suffix[0].length);
  }

  if (s === '' || s === '.' || s === ',') return miss(REASON_INCOMPLETE, 'incomplete');
  if (!/^[0-9.,' ]+$/.test(s)) {
    // Letters or symbols left: a half-typed exponent (`1e`, `1e-`) or plain garbage.
    if (/^[0-9.,]+[eE][-+]?$/.test(s)) return miss(REASON_INCOMPLETE, 'incomplete');
    return miss(`not a number (“${shown}”)`, 'invalid');
  }
  if (!/\d/.test(s)) return miss(REASON_INCOMPLETE, 'incomplete');

  const plain = toPlainDecimal(s, opts.decimalComma, shown);
  if (!plain.ok) return miss(plain.reason, plain.kind);

  const value = Number(shiftDecimal(plain.value, shift));
  if (!Number.isFinite(value)) return miss(`not a finite number (“${shown}”)`, 'invalid');
  const result = negative && value !== 0 ? -value : value;
  return found(result === 0 ? 0 : result, shown);
}

/**
 * `readNumber` with the place it was read from as the source: found → source `where “text”`;
 * missing → the reason unchanged (the overlay already says which field it is).
 */
export function readNumberAt(text: string | null | undefined, where: string, opts: ReadNumberOptions = {}): Field<number> {
  const r = readNumber(text, opts);
  return r.ok ? found(r.value, `${where} “${r.source}”`) : r;
}

// --- What a trader typed in an input box ----------------------------------------------------------

/** What `readInputNumber` uses of an input element (an `HTMLInputElement` has all of it). */
export interface TypedInput {
  value: string;
  type?: string;
  valueAsNumber?: number;
  validity?: { badInput?: boolean };
}

/** Zero-width characters and direction marks: invisible in the box, so no trader meant them as part of the number. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u061c]/g;

/**
 * Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits as 0–9; the Arabic
 * decimal separator (U+066B) and thousands separator (U+066C) as the page's own (they say which
 * they are, so they never make a number ambiguous).
 */
function westernDigits(s: string, decimalComma: boolean | undefined): string {
  return s.replace(/[\u0660-\u066c\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x66b) return decimalComma ? ',' : '.';
    if (code === 0x66c) return decimalComma ? '.' : ',';
    if (code > 0x669 && code < 0x6f0) return c; // U+066A ARABIC PERCENT SIGN: left as is
    return String(code - (code >= 0x6f0 ? 0x6f0 : 0x660));
  });
}

/** Notations JavaScript reads as a number that readNumber does not: `1e2`, `1.5E-3`, `0x10`, `0b11`, `0o7`. */
const JS_NOTATION = /^(?:[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d+|0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+)$/;

/** A figure in a reason: digits up to 15 of them (never exponent notation). */
const figure = (n: number): string => (Math.abs(n) < 1e15 ? price(n, plainDigits) : 'a number of more than 15 digits');

/**
 * `1e2` or `0x10` typed in a text box: pages parse it differently. `Number()` and `parseFloat()`
 * place 100 for `1e2`, `parseInt()` places 1; for `0x10`, `Number()` and `parseInt()` place 16,
 * `parseFloat()` places 0. Unambiguous only where all three agree (`0e5`, `1e0`).
 */
function javascriptReadings(text: string, raw: string): Field<number> | null {
  if (!JS_NOTATION.test(text)) return null;
  // A parser that reads nothing (NaN: parseInt(".5e1")) places no order; an infinite reading is no figure.
  // biome-ignore lint/correctness/useParseIntRadix: what a page's own parseInt(text) makes of it ("0x10" is 16), not a parse of ours.
  const readings = [Number(text), parseFloat(text), parseInt(text)].filter((n) => !Number.isNaN(n));
  if (readings.length === 0) return null;
  if (!readings.every(Number.isFinite)) return missing(`not a finite number (“${text}”)`, 'invalid', raw);
  const distinct = [...new Set(readings.map((n) => (n === 0 ? 0 : n)))];
  if (distinct.length === 1) return found(distinct[0]!, text);
  return missing(`ambiguous: a page may read “${text}” as ${distinct.map(figure).join(' or as ')}`, 'ambiguous', raw);
}

/**
 * A number typed in an input box, read as the page reads it wherever that is unambiguous:
 * - `<input type="number">`: the browser has already parsed it, for the page as for us, so its
 *   `valueAsNumber` wins (`1e2` → 100); text the browser cannot read is `invalid`;
 * - a text box: Arabic-Indic digits and separators are read as digits and separators, and
 *   zero-width characters are dropped (they are unambiguous: the trader sees `100`, and a page that
 *   does not drop them reads at most that, `parseFloat("1\u200b00")` being 1), then the text is
 *   read as `readNumber` reads it. `1e2` and `0x10` stay missing (`ambiguous`), with the readings
 *   named: which one the page places depends on how its script parses.
 * A missing result always carries `shown`: the box's raw text, as the trader sees it.
 */
export function readInputNumber(input: TypedInput, opts: ReadNumberOptions = {}): Field<number> {
  const raw = input.value ?? '';
  if (input.type === 'number') {
    // Text the browser cannot read (Chromium then hides it: `value` is ''), the page cannot either.
    if (input.validity?.badInput) return missing('the box holds text the browser does not read as a number', 'invalid', raw);
    const n = input.valueAsNumber;
    if (typeof n === 'number' && Number.isFinite(n)) return found(n === 0 ? 0 : n, raw.trim());
  }
  const text = westernDigits(raw.replace(INVISIBLE, ''), opts.decimalComma).replace(SPACES, ' ').trim();
  const r = readNumber(text, opts);
  if (r.ok) return found(r.value, raw.replace(SPACES, ' ').trim());
  return javascriptReadings(text, raw) ?? missing(r.reason, r.kind, raw);
}

/** `readInputNumber` with the box as the source: found → `where “typed text”`; missing → unchanged. */
export function readInputNumberAt(input: TypedInput, where: string, opts: ReadNumberOptions = {}): Field<number> {
  const r = readInputNumber(input, opts);
  return r.ok ? found(r.value, `${where} “${r.source}”`) : r;
}

/** Leverage as shown on tickets: `20x`, `20×`, `x20`, `Leverage 20x`, `Cross 20x`, `20.5x`. */
export function readLeverage(text: string | null | undefined): Field<number> {
  if (text == null) return missing(REASON_EMPTY, 'empty');
  const s = text.replace(SPACES, ' ').trim();
  if (s === '' || /^[-–—]+$/.test(s)) return missing(REASON_EMPTY, 'empty', s);
  const after = [...s.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)?)\s*[xX×](?![A-Za-z0-9])/g)];
  const before = [...s.matchAll(/(?<![A-Za-z0-9])[xX×]\s*(\d+(?:[.,]\d+)?)(?![\d.,])/g)];
  const all = [...after, ...before].map((m) => m[1]!);
  const distinct = [...new Set(all)];
  if (distinct.length === 0) return missing(`no leverage like “20x” in “${s}”`, 'invalid', s);
  if (distinct.length > 1) return missing(`more than one leverage in “${s}”`, 'ambiguous', s);
  // Leverage is never grouped: a comma here is a decimal comma (20,5x).
  const n = Number(distinct[0]!.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0) return missing(`not a leverage above 0 (“${s}”)`, 'invalid', s);
  return found(n, s);
}

// ---------------------------------------------------------------------------

type Plain = { ok: true; value: string } | { ok: false; reason: string; kind: MissingKind };

/** Turns `1,234.5` / `1.234,5` (decimal comma) / `1 234` into `1234.5` / `1234.5` / `1234.0`, or says why not. */
function toPlainDecimal(s: string, decimalComma: boolean | undefined, shown: string): Plain {
  const malformed: Plain = { ok: false, reason: `not a well-formed number (“${shown}”)`, kind: 'invalid' };
  const dec = decimalComma === true ? ',' : '.';
  const group = decimalComma === true ? '.' : ',';
  const parts = s.split(dec);
  if (parts.length > 2) return { ok: false, reason: REASON_INCOMPLETE, kind: 'incomplete' };
  const intPart = parts[0]!;
  const fracPart = parts[1] ?? '';
  const unknownComma: Plain = {
    ok: false,
    reason: `ambiguous: is “,” a decimal comma in “${shown}”? (the page's number style is not known)`,
    kind: 'ambiguous',
  };
  if (!/^\d*$/.test(fracPart)) {
    if (dec === ',' && fracPart.includes('.')) return { ok: false, reason: `ambiguous: “.” after the decimal comma in “${shown}”`, kind: 'ambiguous' };
    if (decimalComma === undefined && fracPart.includes(',')) return unknownComma;
    return malformed;
  }
  const digits = ungroup(intPart, group);
  if (digits === null) {
    if (decimalComma === undefined && parts.length === 1 && /^\d*,\d*$/.test(intPart)) return unknownComma;
    if (dec === ',' && parts.length === 1 && /^\d+\.\d+$/.test(intPart)) {
      return { ok: false, reason: `ambiguous: “.” in “${shown}” on a page that writes decimals with “,”`, kind: 'ambiguous' };
    }
    return malformed;
  }
  if (digits === '' && fracPart === '') return { ok: false, reason: REASON_INCOMPLETE, kind: 'incomplete' };
  return { ok: true, value: `${digits === '' ? '0' : digits}.${fracPart === '' ? '0' : fracPart}` };
}

/**
 * Removes thousands separators from an integer part: `1,234,567` → `1234567`.
 * One kind of separator per number (`group`, a space or an apostrophe); the first group has
 * 1–3 digits and every further group exactly 3. Returns null when that is not so.
 */
function ungroup(intPart: string, group: ',' | '.'): string | null {
  if (/^\d*$/.test(intPart)) return intPart;
  const seps = new Set(intPart.replace(/\d/g, ''));
  if (seps.size !== 1) return null;
  const sep = [...seps][0]!;
  if (sep !== group && sep !== ' ' && sep !== "'") return null;
  const groups = intPart.split(sep);
  if (!/^\d{1,3}$/.test(groups[0]!)) return null;
  if (!groups.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  return groups.join('');
}

/** Moves the decimal point of a plain decimal string `shift` places right (exact, no float multiply). */
function shiftDecimal(plain: string, shift: number): string {
  if (shift === 0) return plain;
  const [i = '0', f = ''] = plain.split('.');
  const frac = f.padEnd(shift, '0');
  return `${i}${frac.slice(0, shift)}.${frac.slice(shift) || '0'}`;
}
