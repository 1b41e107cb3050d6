/**
 * Figures in the browser's locale: the same rounding as before in every language, the locale's
 * grouping, decimal mark and percent sign, and the English output unchanged.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formatAmount, formatDistance, formatLeverage, formatPercent, formatPrice, formatSize } from '@/src/ui/format';
import { andList, formatNumber, uiLocale } from '@/src/ui/i18n';
import { useMessages } from './messages';
import { pct, price } from '@/src/risk/format';

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
    expect([2.5, 20, 125.04].map(formatLeverage)).toEqual(['2.50×', '20.0×', '125.0×']);
    // As the venues write a percentage in English: no space before the sign.
    expect([0.0421, 0.0045, 0.01].map(formatPercent)).toEqual(['4.2%', '0.45%', '1.0%']);
    expect(formatDistance(-0.4008)).toBe('40.1% below mark');
    expect(formatDistance(0.008)).toBe('0.80% above mark');
  });

  test('a figure reads the same in the overlay and in the risk core’s sentence about it', () => {
    inLocale('en-US');
    // A distance of 8.24 %: the overlay's figure and the warning's were "8.2 %" and "8.24 %".
    expect(formatPercent(0.0824)).toBe('8.2%');
    expect(pct(0.0824)).toBe('8.2%');
    for (const x of [0.0824, 0.401, 0.0045, 0.00045, 0.029, 0.523]) expect(formatPercent(x), String(x)).toBe(pct(x));
    for (const x of [58_210.47, 3102.5501, 0.61234, 25_100.4016, 62_000]) expect(formatPrice(x), String(x)).toBe(price(x));
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
    expect(formatLeverage(2.5)).toBe('2,50×');
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
      expect(formatLeverage(9.999).replace(',', '.'), language).toBe('10.00×');
    }
  });

  test('a suggested size stays plain digits: it is typed into the exchange’s field', () => {
    inLocale('ru-RU');
    expect(formatSize(1234.5678)).toBe('1234');
    expect(formatSize(0.09528)).toBe('0.09528');
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
