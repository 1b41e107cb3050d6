/** Number formatting in a trader's terms, shared by the overlay and the popup. */
import { price } from '../risk/format';

// One formatter per precision: building an Intl.NumberFormat costs far more than using one,
// and the overlay formats a dozen numbers per keystroke.
const formatters = new Map<number, Intl.NumberFormat>();
const en = (n: number, min: number, max: number) => {
  const key = min * 100 + max;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f.format(n);
};

/**
 * Prices as the risk core's own messages write them (58,210.47 · 3,102.5501 · 0.61234), so the
 * overlay's figure and a warning about the same price never show two different numbers.
 */
export const formatPrice = price;

/** Amounts in the margin asset: 2 decimals for dollars, 6 for coins. */
export function formatAmount(amount: number, asset: string): string {
  const stable = /^(USD|USDT|USDC|FDUSD|BUSD)$/i.test(asset);
  return `${en(amount, stable ? 2 : 6, stable ? 2 : 6)} ${asset}`;
}

export function formatLeverage(leverage: number): string {
  return `${en(leverage, leverage < 10 ? 2 : 1, leverage < 10 ? 2 : 1)}×`;
}

/** A fraction as a percentage without sign: 0.0421 -> "4.2 %". */
export function formatPercent(fraction: number): string {
  const pct = Math.abs(fraction) * 100;
  return `${en(pct, pct < 1 ? 2 : 1, pct < 1 ? 2 : 1)} %`;
}

/** "4.2 % below mark" / "0.8 % above mark", from a signed (liq - mark) / mark. */
export function formatDistance(signedFraction: number): string {
  return `${formatPercent(signedFraction)} ${signedFraction < 0 ? 'below' : 'above'} mark`;
}

/**
 * A suggested size, rounded down (never up: it must stay within the risk budget) to four
 * significant digits: 0.09528 -> "0.09528", 12.3456 -> "12.34".
 */
export function formatSize(size: number): string {
  if (!(size > 0)) return '0';
  const digits = Math.max(0, 3 - Math.floor(Math.log10(size)));
  const factor = 10 ** digits;
  return (Math.floor(size * factor + 1e-9) / factor).toFixed(digits);
}
