// Number formatting for warning sentences (no Intl, no toFixed: cheap and the same in every locale).
// No figure is ever written in exponent notation, and a non-zero figure never reads as 0.
// How many decimals each kind of figure gets is decided here once (`pricePlaces`, `percentPlaces`):
// src/ui/format.ts writes the same figures with these places in the trader's locale.

const POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** Smallest magnitude the sentences write in digits; below it they say "under 0.00000001". */
const TINY = 'under 0.00000001';

/**
 * x in plain decimal digits, the same number as `String(x)` (its shortest round-trip form) but
 * never in exponent notation: 4.96e+23 → "496000000000000000000000", 1e-7 → "0.0000001".
 */
export function plainNumber(x: number): string {
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const neg = s.charCodeAt(0) === 45; // '-'
  const mantissa = s.slice(neg ? 1 : 0, e);
  const exp = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const int = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const digits = int + (dot < 0 ? '' : mantissa.slice(dot + 1));
  const point = int.length + exp;
  const out =
    point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (neg ? '-' : '') + out;
}

/** x rounded to d places without trailing zeros ("2.9", not "2.900"); integer arithmetic, no double→string. */
function round(x: number, d: number): string {
  const n = Math.round(Math.abs(x) * POW[d]!);
  if (!(n < 2_000_000_000)) {
    // Beyond 1e21 every double is an integer, and toFixed would switch to exponent notation (Intl
    // does not; pinned to en-US, this rare path reads the same in every locale).
    const s = Math.abs(x) < 1e21 ? x.toFixed(d) : x.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 0 });
    return s.indexOf('.') < 0 ? s : s.replace(/\.?0+$/, '');
  }
  let digits = `${n}`;
  while (digits.length <= d) digits = `0${digits}`;
  let end = digits.length;
  const point = end - d;
  while (end > point && digits.charCodeAt(end - 1) === 48) end--; // trailing '0'
  const s = end > point ? `${digits.slice(0, point)}.${digits.slice(point, end)}` : digits.slice(0, point);
  return x < 0 && n !== 0 ? `-${s}` : s;
}

/** At least `d` places, more (up to 8) when a small |x| would otherwise show fewer than two significant digits. */
function placesFor(x: number, d: number): number {
  const a = Math.abs(x);
  return a === 0 || a * POW[d]! >= 10 ? d : Math.min(8, Math.max(d, 1 - Math.floor(Math.log10(a))));
}

/** `round` with thousands grouped, or "under 0.00000001" for a non-zero x that would round to zero. */
function digits(x: number, d: number): string {
  const s = round(x, d);
  return x !== 0 && !/[1-9]/.test(s) ? TINY : group(s);
}

function group(s: string): string {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const neg = int.charCodeAt(0) === 45 ? 1 : 0; // '-'
  if (int.length - neg <= 3) return s;
  let out = '';
  for (let i = int.length; i > neg; i -= 3) out = (i - 3 > neg ? ',' : '') + int.slice(Math.max(neg, i - 3), i) + out;
  return (neg ? '-' : '') + out + (dot < 0 ? '' : s.slice(dot));
}

/**
 * Decimals of a percentage (of a fraction): one from 1 % up, two below, more for a tiny share so it
 * keeps two significant digits (0.00045 → 0.045).
 */
export function percentPlaces(fraction: number): number {
  const p = Math.abs(fraction) * 100;
  return placesFor(p, p >= 1 ? 1 : 2);
}

/** 0.029 → "2.9%", 0.00045 → "0.045%", 0.0000001 → "0.00001%": no space, as the venues write them in English. */
export function pct(fraction: number): string {
  return `${digits(Math.abs(fraction) * 100, percentPlaces(fraction))}%`;
}

/** 25 → "25×", 8.5 → "8.5×", 0.0002 → "0.0002×". */
export function times(x: number): string {
  return Number.isInteger(x) && x < 1000 && x > -1000 ? `${x}×` : `${digits(x, placesFor(x, x >= 100 ? 0 : 1))}×`;
}

/** Most decimals of a price: 2 from 1,000 up, 4 from 1, 8 below (trailing zeros are dropped). */
function pricePlaces(x: number): number {
  const a = Math.abs(x);
  return a >= 1000 ? 2 : a >= 1 ? 4 : 8;
}

/** 25100.4016 → "25,100.4", 0.000123456 → "0.00012346". */
export function price(x: number): string {
  return digits(x, pricePlaces(x));
}
