/**
 * How many bytes one `storage.sync` item takes, as the browser counts it against its per-item
 * quota (8,192 bytes in Chrome and Firefox). No extension APIs here: the e2e tests compare it with
 * Chrome's own `getBytesInUse`.
 *
 * Chrome counts the key's UTF-8 bytes plus the value written by its own JSON writer, which is
 * not `JSON.stringify`:
 * - `<`, U+2028 and U+2029 are escaped as `\u003C`, `\u2028`, `\u2029` (six bytes each; `>` and `&`
 *   are not escaped), control characters as `\u00XX` (as `JSON.stringify` does); a lone surrogate
 *   becomes U+FFFD (3 bytes; counted as `JSON.stringify`'s six, which only errs on the safe side);
 * - a number that is not a 32-bit integer is a double: written with the shortest digits, in
 *   exponent form from 1e12 up and below 1e-6 (`1.7e+12`), and with `.0` appended when it has
 *   neither a point nor an exponent (`2147483648.0`). Times in epoch milliseconds are doubles.
 * Firefox counts the key plus `JSON.stringify` of the value, in UTF-8. The larger of the two is
 * returned, so a value that passes fits both.
 */

export const SYNC_ITEM_QUOTA_BYTES = 8192;

const INT32 = 2 ** 31;

/** A number as Chrome's JSON writer writes it. */
function chromeNumber(n: number): string {
  if (Number.isInteger(n) && n >= -INT32 && n < INT32) return String(n === 0 ? 0 : n);
  const text = Math.abs(n) >= 1e12 ? n.toExponential() : String(n);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/** Bytes `value` stored under `key` takes in Chrome's storage.sync. */
export function chromeItemBytes(key: string, value: unknown): number {
  let numbers = 0;
  // Each number written as Chrome writes it (as a string: two quotes too many), '<' and U+2028/9 escaped.
  const chromeJson =
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return v;
      numbers++;
      return chromeNumber(v);
    }) ?? 'null';
  let escapes = 0;
  for (const c of chromeJson.match(/[<\u2028\u2029]/g) ?? []) escapes += c === '<' ? 5 : 3;
  return utf8Bytes(key) + utf8Bytes(chromeJson) - 2 * numbers + escapes;
}

/** Bytes `value` stored under `key` takes in storage.sync, the larger of Chrome's and Firefox's count. */
export const syncItemBytes = (key: string, value: unknown): number =>
  Math.max(chromeItemBytes(key, value), utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? 'null'));
