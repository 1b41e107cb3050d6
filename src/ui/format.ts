/**
 * The figures the trader reads, in the browser's locale: the risk core's one function per figure
 * (src/risk/format.ts decides the decimals, the same as in its English sentences), written by Intl
 * with the locale's grouping, decimal mark and percent sign.
 */
import { amount, leverage, leverageLimit, percent, percentLimit, price, type NumberWriter } from '../risk/format';
import { formatNumber, formatPercentage, t } from './i18n';

/** Intl in the trader's locale: "58 210,47", "%4,2"; a figure too small for its decimals reads "< 0.00000001". */
export const localeDigits: NumberWriter = { number: formatNumber, percent: formatPercentage, under: '< ' };

/** 58,210.47 · 102.5501 · 0.61234 */
export const formatPrice = (x: number): string => price(x, localeDigits);

/** "1,550.00 USDT", "0.031250 XBT" */
export const formatAmount = (x: number, asset: string): string => amount(x, asset, localeDigits);

/** "20×", "8.5×", "2.48×" */
export const formatLeverage = (x: number): string => leverage(x, localeDigits);

/** "4.2%" (English and Chinese, as the venues write it), "4,2 %" (Russian), "%4,2" (Turkish). */
export const formatPercent = (fraction: number): string => percent(fraction, localeDigits);

/** A limit the trader set, or a venue's bound, as a share: "5%", "2.5%". */
export const formatLimitPercent = (fraction: number): string => percentLimit(fraction, localeDigits);

/** A leverage limit, the trader's or the venue's, or a leverage read off the ticket: "10×", "12.25×". */
export const formatLimitLeverage = (x: number): string => leverageLimit(x, localeDigits);

/** "4.2 % below mark" / "0.8 % above mark", from a signed (liq - mark) / mark. */
export function formatDistance(signedFraction: number): string {
  const shown = formatPercent(signedFraction);
  return signedFraction < 0 ? t('live.belowMark', { percent: shown }) : t('live.aboveMark', { percent: shown });
}
