/**
 * Figures in the browser's locale: the same rounding as before in every language, the locale's
 * grouping, decimal mark and percent sign, and the English output unchanged.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatAmount, formatDistance, formatLeverage, formatLimitLeverage, formatLimitPercent, formatPercent, formatPrice } from '@/src/ui/format';
import { andList, formatNumber, uiLocale } from '@/src/ui/i18n';
import { warningText } from '@/src/ui/warnings';
import { useMessages } from './messages';
import { percent, plainDigits, price, suggestedSize } from '@/src/risk/format';
import { warning } from '@/src/risk/warning';
import { warningMessage } from '@/src/risk/warningText';

const inLocale = (language: string) => vi.stubGlobal('navigator', { language });
// Intl's group separator in ru and the space before % in ru/es are no-break spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => {
  vi.unstubAllGlobals();
  useMessages('en');
});

describe('English (en-US), as before', () => {
  test('prices have the risk core’s digits', () => {
    inLocale('en-US');
    expect([58210.47, 102.5501, 0.61234, 25100.4016, 0.000123456, 62000].map(formatPrice)).toEqual([
      '58,210.47',
      '102.5501',
      '0.61234',
      '25,100.4',
      '0.00012346',
      '62,000',
    ]);
    expect(formatPrice(4e-10)).toBe('< 0.00000001');
  });

  test('amounts, leverage, percentages and distances', () => {
    inLocale('en-US');
    expect(formatAmount(1550, 'USDT')).toBe('1,550.00 USDT');
    expect(formatAmount(0.03125, 'XBT')).toBe('0.031250 XBT');
    // As the venues write leverage: "20x", "8.5x", up to two decimals ("12.25x").
    expect([2.5, 20, 125.04, 12.25, 2.4812].map(formatLeverage)).toEqual(['2.5×', '20×', '125.04×', '12.25×', '2.48×']);
    // As the venues write a percentage in English: no space before the sign.
    expect([0.0421, 0.0045, 0.01].map(formatPercent)).toEqual(['4.2%', '0.45%', '1.0%']);
    expect(formatDistance(-0.4008)).toBe('40.1% below mark');
    expect(formatDistance(0.008)).toBe('0.80% above mark');
  });

  test('a figure reads the same in the overlay and in the risk core’s sentence about it', () => {
    inLocale('en-US');
    // A distance of 8.24 %: the overlay's figure and the warning's were "8.2 %" and "8.24 %".
    expect(formatPercent(0.0824)).toBe('8.2%');
    expect(percent(0.0824, plainDigits)).toBe('8.2%');
    for (const x of [0.0824, 0.401, 0.0045, 0.00045, 0.029, 0.523, 0.01, 0.008]) expect(formatPercent(x), String(x)).toBe(percent(x, plainDigits));
    for (const x of [58_210.47, 3102.5501, 0.61234, 25_100.4016, 62_000]) expect(formatPrice(x), String(x)).toBe(price(x, plainDigits));
  });

  test('the command line’s warning sentence and the overlay write the same digits for the same figure', () => {
    inLocale('en-US');
    // Each warning's English message (`npm run risk`), its sentence in the overlay, and the overlay's own figure.
    const leverageAt = (leverage: number) => warning('maxLeverage', 'danger', { form: 'above', leverage, max: 5, venue: 'Binance', venueMax: null });
    for (const [leverage, shown] of [[8.5, '8.5×'], [25, '25×']] as const) {
      const w = leverageAt(leverage);
      expect(warningMessage(w)).toBe(`Leverage ${shown} is above your maximum of 5×`);
      expect(warningText(w)).toBe(`Leverage ${shown} is above your maximum of 5×.`);
      expect(formatLeverage(leverage)).toBe(shown);
    }
    const stop = warning('stopPastLiquidation', 'danger', { form: 'beforeStop', stop: 0.000123456, liquidation: 0.00013 });
    expect(warningMessage(stop)).toContain('at 0.00012346 is beyond the liquidation price 0.00013');
    expect(warningText(stop)).toContain('at 0.00012346 is beyond the liquidation price 0.00013');
    expect(formatPrice(0.000123456)).toBe('0.00012346');
    const distance = warning('minLiquidationDistance', 'danger', { form: 'below', distance: 0.00045, min: 0.0125, liquidation: 61_972.1, mark: 62_000 });
    expect(warningMessage(distance)).toBe('Liquidation is 0.045% below the mark price; your minimum is 1.25%');
    expect(warningText(distance)).toBe('Liquidation is 0.045% below the mark price; your minimum is 1.25%.');
    expect(formatDistance(-0.00045)).toBe('0.045% below mark');
    expect(formatLimitPercent(0.0125)).toBe('1.25%');
    const margin = warning('notEnoughMargin', 'danger', { form: 'needs', needed: 1550, available: 0.5, asset: 'USDT', venue: 'Binance' });
    expect(warningMessage(margin)).toBe('You do not have the margin for this order: it needs 1,550.00 USDT and your available balance is 0.50 USDT');
    expect(warningText(margin)).toBe('You do not have the margin for this order: it needs 1,550.00 USDT and your available balance is 0.50 USDT.');
    expect(formatAmount(1550, 'USDT')).toBe('1,550.00 USDT');
    const venue = warning('leverageAboveVenueMax', 'danger', { form: 'onSymbol', leverage: 12.25, max: 125, venue: 'Bybit', symbol: 'BTCUSDT' });
    expect(warningMessage(venue)).toBe('Leverage 12.25× is beyond what Bybit allows on BTCUSDT (at most 125×)');
    expect(warningText(venue)).toContain('12.25×');
    expect(formatLimitLeverage(12.25)).toBe('12.25×');
  });
});

describe('other locales', () => {
  test('Simplified Chinese writes numbers as English does, the percent sign without a space', () => {
    inLocale('zh-CN');
    useMessages('zh_CN');
    expect(formatPrice(58210.47)).toBe('58,210.47');
    expect(formatPercent(0.0421)).toBe('4.2%');
    expect(formatDistance(-0.4008)).toBe('低于标记价格 40.1%');
  });

  test('Russian groups with a space and uses a decimal comma', () => {
    inLocale('ru-RU');
    expect(plain(formatPrice(58210.47))).toBe('58 210,47');
    expect(plain(formatAmount(1550, 'USDT'))).toBe('1 550,00 USDT');
    expect(formatLeverage(2.5)).toBe('2,5×');
    expect(plain(formatPercent(0.0421))).toBe('4,2 %');
  });

  test('Turkish puts the percent sign first; Spanish and Vietnamese group with a dot', () => {
    inLocale('tr-TR');
    expect(formatPercent(0.0421)).toBe('%4,2');
    expect(formatPrice(3102.5501)).toBe('3.102,55');
    inLocale('es-ES');
    expect(formatPrice(25100.4016)).toBe('25.100,4');
    inLocale('vi-VN');
    expect(formatAmount(1550, 'USDT')).toBe('1.550,00 USDT');
  });

  test('the same rounding in every locale: only the marks differ', () => {
    for (const language of ['en-US', 'zh-CN', 'ko-KR', 'ru-RU', 'es-ES', 'tr-TR', 'vi-VN']) {
      inLocale(language);
      expect(plain(formatPrice(0.000123456)).replace(',', '.'), language).toBe('0.00012346');
      expect(formatLeverage(9.999), language).toBe('10×');
      expect(formatLeverage(2.4812).replace(',', '.'), language).toBe('2.48×');
    }
  });

  test('a suggested size stays plain digits: it is typed into the exchange’s field', () => {
    inLocale('ru-RU');
    expect(suggestedSize(1234.5678)).toBe('1234');
    expect(suggestedSize(0.09528)).toBe('0.09528');
  });

  test('counts and lists in the locale', () => {
    inLocale('ru-RU');
    expect(plain(formatNumber(1000, 0, 0))).toBe('1 000');
    expect(andList(['a', 'b', 'c'])).toBe('a, b и c');
    inLocale('zh-CN');
    expect(andList(['a', 'b'])).toBe('a和b');
  });

  test('without a browser (Node: the CLI, the Firefox test) the locale is en-US', () => {
    vi.stubGlobal('navigator', undefined);
    expect(uiLocale()).toBe('en-US');
  });
});
