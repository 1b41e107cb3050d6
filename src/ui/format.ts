/**
 * Number formatting in a trader's terms and the browser's locale, shared by the overlay, the popup
 * and the warnings: one function per figure, so the same figure reads the same everywhere. How many
 * decimals a price or a percentage gets is the risk core's rule (src/risk/format.ts), which its
 * English sentences follow too.
 */
import { percentPlaces, price } from '../risk/format';
import { formatNumber, formatPercentage, t } from './i18n';

const fixed = (n: number, digits: number) => formatNumber(n, digits, digits);

/**
 * Prices with the digits the risk core's own messages write (58,210.47 · 102.5501 · 0.61234),
 * so the overlay's figure and a warning about the same price never show two different numbers;
 * grouping and decimal mark are the trader's locale's.
 */
export function formatPrice(x: number): string {
  // What the risk core writes as "under 0.00000001": a non-zero price that rounds to 0 at 8 places.
  if (x !== 0 && Math.round(Math.abs(x) * 1e8) === 0) return `< ${fixed(1e-8, 8)}`;
  const digits = price(x).replace(/,/g, '');
  const dot = digits.indexOf('.');
  return fixed(Number(digits), dot < 0 ? 0 : digits.length - dot - 1);
}

/** Amounts in the margin asset: 2 decimals for dollars, 6 for coins. */
export function formatAmount(amount: number, asset: string): string {
  const stable = /^(USD|USDT|USDC|FDUSD|BUSD)$/i.test(asset);
  return `${fixed(amount, stable ? 2 : 6)} ${asset}`;
}

export function formatLeverage(leverage: number): string {
  return `${fixed(leverage, leverage < 10 ? 2 : 1)}×`;
}

/**
 * A fraction as a percentage without sign, in the locale's pattern: 0.0421 -> "4.2%" (English and
 * Chinese, as the venues write it), "4,2 %" (Russian), "%4,2" (Turkish). One decimal from 1 % up,
 * two below, more for a tiny share (the risk core's `percentPlaces`).
 */
export function formatPercent(fraction: number): string {
  const digits = percentPlaces(fraction);
  return formatPercentage(Math.abs(fraction), digits, digits);
}

/** A limit the trader set, or a venue's bound, as a share: "5%", "2.5%" (no trailing zeros). */
export function formatLimitPercent(fraction: number): string {
  return formatPercentage(fraction, 0, 4);
}

/** A leverage limit, the trader's or the venue's: "10×", "125×", "0.01×" (no trailing zeros). */
export function formatLimitLeverage(leverage: number): string {
  return `${formatNumber(leverage, 0, 4)}×`;
}

/** "4.2 % below mark" / "0.8 % above mark", from a signed (liq - mark) / mark. */
export function formatDistance(signedFraction: number): string {
  const percent = formatPercent(signedFraction);
  return signedFraction < 0 ? t('live.belowMark', { percent }) : t('live.aboveMark', { percent });
}

/**
 * A suggested size, rounded down (never up: it must stay within the risk budget) to four
 * significant digits: 0.09528 -> "0.09528", 12.3456 -> "12.34". Plain digits in every locale:
 * this is the text typed into the exchange's size field.
 */
export function formatSize(size: number): string {
  if (!(size > 0)) return '0';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(size)));
  const factor = 10 ** digits;
  return (Math.floor(size * factor + 1e-9) / factor).toFixed(digits);
}
