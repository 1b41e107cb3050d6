// What a trader reads about a warning or an unread field, in each shipped language: every warning
// code and form of the risk core has a message in every locale (the list comes from the risk core's
// WARNING_FORMS, so a new code without words fails here), with its figures filled in the locale.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess } from '@/src/risk';
import { WARNING_CODES, WARNING_FORMS, type RiskWarning, type SizingWhy, type WarningCode } from '@/src/risk/types';
import { warning } from '@/src/risk/warning';
import { warningMessage } from '@/src/risk/warningText';
import { missingText, noLiquidationText, noSizeText, readStateText, warningText } from '@/src/ui/warnings';
import { LOCALES, getMessageFrom, useMessages, type Locale } from './messages';

/** Every figure any warning may carry; each form uses some of them. */
const FIGURES = {
  leverage: 150,
  max: 125,
  venue: 'Binance USDⓈ-M',
  venueMax: 125,
  distance: 0.0824,
  min: 0.1,
  liquidation: 37_148.59,
  mark: 62_000,
  stop: 61_000,
  loss: 0.0213,
  symbol: 'BTCUSDT',
  asset: 'USDT',
  needed: 310_000,
  available: 12_500,
  field: 'size',
  word: 'Liq. Price',
  venueLiquidation: 38_263.1,
  ours: 37_148.59,
  apart: 0.03,
  sizeIn: 'USD',
} as const;

const sample = (code: WarningCode, form: string): RiskWarning =>
  warning(code, 'danger', { ...FIGURES, form } as unknown as Parameters<typeof warning>[2]);

const inLocale = (locale: Locale) => {
  useMessages(locale);
  vi.stubGlobal('navigator', { language: locale.replace('_', '-') });
};

afterEach(() => {
  vi.unstubAllGlobals();
  useMessages('en');
});

describe('warnings in every shipped language', () => {
  it('lists the codes the risk core warns with', () => {
    expect(WARNING_CODES).toContain('leverageAboveVenueMax');
    expect(WARNING_CODES).toContain('noStopLoss');
    expect(WARNING_CODES.length).toBe(Object.keys(WARNING_FORMS).length);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every code and form has a message, with every figure filled in`, () => {
      const message = getMessageFrom(locale);
      inLocale(locale);
      for (const code of WARNING_CODES) {
        for (const form of WARNING_FORMS[code]) {
          expect(message(`warning_${code}_${form}`), `${locale} warning.${code}.${form}`).not.toBe('');
          const text = warningText(sample(code, form));
          expect(text, `${code}.${form}`).not.toMatch(/[{}$]|undefined|null|NaN/);
          // A locale that fell back to the risk core's English would read the same as en.
          if (locale !== 'en') expect(text, `${locale} ${code}.${form}`).not.toBe(warningMessage(sample(code, form)));
        }
      }
    });
  }
});

describe('a warning as the trader reads it', () => {
  const beyondBinance = () =>
    assess({
      venue: 'binance-usdm',
      symbol: 'BTCUSDT',
      side: 'long',
      orderType: 'limit',
      price: 62_000,
      markPrice: 62_000,
      size: { value: 0.01, unit: 'base' },
      leverage: 150,
      marginMode: 'isolated',
      balance: 12_500,
    }).warnings.find((w) => w.code === 'leverageAboveVenueMax')!;

  it('carries its figures beside its code, and keeps the English sentence for the command line', () => {
    const w = beyondBinance();
    expect(w.params).toEqual({ form: 'onSymbol', leverage: 150, max: 125, venue: 'Binance USDⓈ-M', symbol: 'BTCUSDT' });
    // Worded only when asked for: the risk core's report carries no sentence.
    expect(w).not.toHaveProperty('message');
    expect(warningMessage(w)).toBe('Leverage 150× is beyond what Binance USDⓈ-M allows on BTCUSDT (at most 125×)');
  });

  it('reads in Chinese with the figures in the locale', () => {
    inLocale('zh_CN');
    expect(warningText(beyondBinance())).toBe('杠杆 150× 超出 Binance USDⓈ-M 在 BTCUSDT 上允许的范围（最高 125×）。');
  });

  it('writes amounts with the locale’s marks (Russian: spaced thousands, decimal comma)', () => {
    inLocale('ru');
    const text = warningText(sample('notEnoughMargin', 'needs')).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toBe('Недостаточно маржи для этого ордера: нужно 310 000,00 USDT, а ваш доступный баланс — 12 500,00 USDT.');
  });

  it('writes the same distance as the overlay: one decimal from 1 %', () => {
    inLocale('en');
    const w = warning('minLiquidationDistance', 'caution', { form: 'nearBelow', distance: 0.0824, min: 0.08, liquidation: 56_890, mark: 62_000 });
    expect(warningText(w)).toBe('Liquidation is 8.2% below the mark price, close to your minimum of 8%.');
    expect(warningMessage(w)).toBe('Liquidation is 8.2% below the mark price, close to your minimum of 8%');
  });
});

describe('a field that could not be read', () => {
  it('is worded by its kind, with the page’s own text quoted', () => {
    inLocale('en');
    expect(missingText('size', { kind: 'incomplete', shown: '1.' })).toBe('Cannot read the size: the number is not complete yet. The ticket shows “1.”.');
    expect(missingText('markPrice', { kind: 'lost' })).toBe('Cannot read the mark price: it is no longer where Leverage Guard looks on this page.');
    expect(readStateText({ kind: 'notShown' })).toBe('not shown');
  });

  it('without a kind, simply cannot be read (the adapter’s English reason is not the sentence)', () => {
    inLocale('es');
    expect(missingText('price', {})).toBe('No se puede leer el campo precio.');
    expect(readStateText({})).toBe('no encontrado');
  });

  it('in every language, for every kind', () => {
    for (const locale of LOCALES) {
      inLocale(locale);
      for (const kind of ['empty', 'incomplete', 'ambiguous', 'invalid', 'lost', 'notShown', 'bothSides', 'closesPosition', undefined]) {
        const text = missingText('leverage', { kind, shown: '2,5' });
        expect(text, `${locale} ${kind}`).not.toMatch(/[{}$]|undefined/);
        expect(text).toContain('2,5');
        expect(readStateText({ kind }), `${locale} ${kind}`).not.toBe('');
      }
    }
  });

  it('a ticket’s missing size is said by its kind, not in the adapter’s words', () => {
    inLocale('zh_CN');
    const w = warning('missingInput', 'unknown', { form: 'size', field: 'size', kind: 'empty', detail: 'size: empty' });
    expect(warningText(w)).toBe('无法读取数量：此处没有输入或显示内容。');
  });
});

describe('no liquidation price, and why', () => {
  const order = { venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'limit', price: 62_000, markPrice: 62_000, size: { value: 0.01, unit: 'base' }, leverage: 1, balance: 100_000 } as const;

  it('the risk core says why, typed: the collateral covers a fall to zero; the margin mode is missing', () => {
    expect(assess({ ...order, marginMode: 'cross' }).liquidationWhy).toEqual({ kind: 'coversFall' });
    expect(assess(order).liquidationWhy).toEqual({ kind: 'needs', needs: ['marginMode'] });
  });

  it('reads in the trader’s language', () => {
    inLocale('zh_CN');
    expect(noLiquidationText(assess({ ...order, marginMode: 'cross' }))).toBe('保证金足以覆盖价格跌到零');
    expect(noLiquidationText(assess(order))).toBe('需要保证金模式');
    inLocale('en');
    expect(noLiquidationText(assess(order))).toBe('needs the margin mode');
  });

  it('every reason in every language', () => {
    const whys = [
      ...(['closes', 'zeroSize', 'coversFall', 'coversRise', 'atOnce', 'beyondVenue', 'unconvertible'] as const).map((kind) => ({ kind })),
      { kind: 'needs' as const, needs: ['price' as const, 'leverage' as const] },
      { kind: 'unsupported' as const, detail: 'XBTETH is a quanto contract' },
    ];
    for (const locale of LOCALES) {
      inLocale(locale);
      for (const why of whys) expect(noLiquidationText({ liquidationWhy: why }), `${locale} ${why.kind}`).not.toMatch(/^$|[{}$]/);
    }
  });
});

describe('no size for the risk per trade, and why', () => {
  const order = { venue: 'binance-usdm', symbol: 'BTCUSDT', side: 'long', orderType: 'limit', price: 62_000, markPrice: 62_000, size: { value: 0.01, unit: 'base' }, leverage: 10, marginMode: 'isolated', balance: 10_000, riskPerTrade: 0.01 } as const;

  it('the risk core says why, typed: no stop loss; a long stop above the entry', () => {
    expect(assess(order).sizeForRiskWhy).toBe('noStop');
    expect(assess({ ...order, stopLoss: 63_000 }).sizeForRiskWhy).toBe('longStopNotBelow');
    expect(assess({ ...order, side: 'short', stopLoss: 61_000 }).sizeForRiskWhy).toBe('shortStopNotAbove');
    expect(assess({ ...order, stopLoss: 61_000 }).sizeForRiskWhy).toBeNull();
  });

  it('reads in the trader’s language, not in the command line’s English', () => {
    inLocale('zh_CN');
    expect(noSizeText(assess(order))).toBe('请在下单面板设置止损，才能按风险计算数量');
    inLocale('ru');
    expect(noSizeText(assess({ ...order, stopLoss: 63_000 }))).toBe('стоп-лосс лонга должен быть ниже цены входа');
  });

  it('every reason in every language', () => {
    const whys = Object.keys({ noRiskSet: 1, noStop: 1, noEntry: 1, noEquity: 1, longStopNotBelow: 1, shortStopNotAbove: 1 } satisfies Record<SizingWhy, 1>) as SizingWhy[];
    for (const locale of LOCALES) {
      inLocale(locale);
      for (const why of whys) expect(noSizeText({ sizeForRiskWhy: why }), `${locale} ${why}`).not.toMatch(/^$|[{}$]|^sizing\./);
    }
  });
});
