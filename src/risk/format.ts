// Every figure a trader reads, one function per kind (price, percentage, leverage, limit, amount,
// suggested size): how many decimals each gets is decided here once. Who writes the digits is
// passed in: `plainDigits` for the command line's English sentences ("," grouping, "." decimal
// mark, no Intl), the trader's locale in the UI (src/ui/format.ts). So the same figure reads
// with the same digits in a warning's English sentence and in the overlay.
// No figure is ever written in exponent notation, and a non-zero figure never reads as 0.

const POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

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

function group(s: string): string {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const neg = int.charCodeAt(0) === 45 ? 1 : 0; // '-'
  if (int.length - neg <= 3) return s;
  let out = '';
  for (let i = int.length; i > neg; i -= 3) out = (i - 3 > neg ? ',' : '') + int.slice(Math.max(neg, i - 3), i) + out;
  return (neg ? '-' : '') + out + (dot < 0 ? '' : s.slice(dot));
}

/** Writes a figure once its decimals are decided. */
export interface NumberWriter {
  /** x with `min` to `max` decimals (fewer trailing zeros down to `min`), grouped, never in exponent notation. */
  number(x: number, min: number, max: number): string;
  /** A fraction as a percentage with `min` to `max` decimals: 0.029 → "2.9%". */
  percent(fraction: number, min: number, max: number): string;
  /** Said before the smallest figure the decimals write, for a non-zero figure too small for them: "under " 0.00000001. */
  under: string;
}

/** `round` padded with zeros to `min` decimals, thousands grouped with ",". */
function plainFigure(x: number, min: number, max: number): string {
  let s = round(x, max);
  const dot = s.indexOf('.');
  const shown = dot < 0 ? 0 : s.length - dot - 1;
  if (shown < min) s = (dot < 0 ? `${s}.` : s) + '0'.repeat(min - shown);
  return group(s);
}

/** Plain digits with "," grouping and "." decimal mark, the same on every machine: the command line's English. */
export const plainDigits: NumberWriter = {
  number: plainFigure,
  // A share beyond 1.8e306 overflows when scaled to a percentage; it is a whole number, so two zeros scale it.
  percent: (fraction, min, max) => `${Number.isFinite(fraction * 100) ? plainFigure(fraction * 100, min, max) : group(`${round(fraction, 0)}00`)}%`,
  under: 'under ',
};

/** x with `min` to `max` decimals, or "under" the smallest figure `max` decimals write when a non-zero x would read as 0. */
function figure(x: number, min: number, max: number, w: NumberWriter): string {
  return x !== 0 && Math.round(Math.abs(x) * POW[max]!) === 0 ? w.under + w.number(1 / POW[max]!, max, max) : w.number(x, min, max);
}

/** Most decimals of a price: 2 from 1,000 up, 4 from 1, 8 below (trailing zeros are dropped). */
function pricePlaces(x: number): number {
  const a = Math.abs(x);
  return a >= 1000 ? 2 : a >= 1 ? 4 : 8;
}

/** 25100.4016 → "25,100.4", 0.000123456 → "0.00012346", 4e-10 → "under 0.00000001". */
export const price = (x: number, w: NumberWriter): string => figure(x, 0, pricePlaces(x), w);

/**
 * A measured share (a distance to liquidation, a loss share), without sign: one decimal from 1 %
 * up, two below, more for a tiny share so it keeps two significant digits, trailing zeros kept so
 * figures side by side line up: 0.0421 → "4.2%", 0.008 → "0.80%", 0.00045 → "0.045%".
 */
export function percent(fraction: number, w: NumberWriter): string {
  const a = Math.abs(fraction);
  const p = a * 100;
  const d = placesFor(p, p >= 1 ? 1 : 2);
  return a !== 0 && Math.round(p * POW[d]!) === 0 ? w.under + w.percent(0.01 / POW[d]!, d, d) : w.percent(a, d, d);
}

/**
 * A leverage as the venues write one: whole ones bare, a fraction with up to two decimals and no
 * trailing zeros (Binance "20x", Bybit "12.25x"), a tiny one with two significant digits:
 * 25 → "25×", 8.5 → "8.5×", 2.4812 → "2.48×", 0.000123 → "0.00012×".
 */
export const leverage = (x: number, w: NumberWriter): string => `${figure(x, 0, placesFor(x, 2), w)}×`;

/** A leverage limit, the trader's or the venue's, as set: "10×", "125×", "0.01×" (up to 4 decimals, no trailing zeros). */
export const leverageLimit = (x: number, w: NumberWriter): string => `${figure(x, 0, 4, w)}×`;

/** A share limit the trader set, as set: "5%", "2.5%", "1.25%" (up to 4 decimals of the percentage, no trailing zeros). */
export const percentLimit = (fraction: number, w: NumberWriter): string => w.percent(fraction, 0, 4);

const STABLE = /^(USD|USDT|USDC|FDUSD|BUSD)$/i;

/** An amount in the margin asset with its asset: 2 decimals for dollars, 6 for coins ("1,550.00 USDT", "0.031250 XBT"). */
export function amount(x: number, asset: string, w: NumberWriter): string {
  const d = STABLE.test(asset) ? 2 : 6;
  return `${figure(x, d, d, w)} ${asset}`;
}

/**
 * A suggested size, rounded down (never up: it must stay within the risk budget) to four
 * significant digits: 0.09528 → "0.09528", 12.3456 → "12.34". Plain digits in every locale:
 * this is the text typed into the exchange's size field.
 */
export function suggestedSize(size: number): string {
  if (!(size > 0)) return '0';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(size)));
  const factor = 10 ** digits;
  return (Math.floor(size * factor + 1e-9) / factor).toFixed(digits);
}
