// @vitest-environment happy-dom
/**
 * Drifted markup: every adapter in the registry, on its fixture at its real URL, under the
 * redesigns a venue ships without notice: classes renamed, wrappers added, blocks reordered, a field
 * removed, labels translated, the ticket rendered twice or late. A trader must see the figures of
 * the unchanged ticket or "unknown" for what was lost (or the lost-ticket notice, when no ticket is
 * found on a ticket page); never a different figure, never a flipped side.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VenueAdapter } from '@/src/venues/adapter';
import { adapters } from '@/src/venues/registry';
import { FIELD_NAMES, validateReading, type FieldName, type TicketReading } from '@/src/venues/reading';
import { htmlTransform, relabelText } from '@/src/venues/binance-usdm/fixtures/transform';
import * as binance from '@/src/venues/binance-usdm/fixtures/variants';
import * as bitget from '@/src/venues/bitget-usdtm/fixtures/variants';
import * as bitmex from '@/src/venues/bitmex/fixtures/variants';
import * as bybit from '@/src/venues/bybit/fixtures/variants';
import * as dydx from '@/src/venues/dydx/fixtures/variants';
import * as gmx from '@/src/venues/gmx/fixtures/variants';
import * as hyperliquid from '@/src/venues/hyperliquid/fixtures/variants';
import * as mexc from '@/src/venues/mexc/fixtures/variants';
import * as okx from '@/src/venues/okx-swap/fixtures/variants';
import { renameClasses, renderTwice, reverseBlocks, reverseEverything, wrapEverything, wrapRowChildren } from './driftTransforms';
import { VENUE_PAGES } from './venuePages';
import { load } from './fixtureDom';

/** What the trader typed into the size field before every redesign (so a lost size input is caught). */
const TYPED_SIZE = '0.25';
/** The copy's size in "rendered twice", to tell its figures from the original's. */
const COPY_SIZE = '0.75';

type Pick = (doc: Document) => Element[];
const q = (sel: string, up = 0): Pick => (doc) => {
  let el = doc.querySelector(sel);
  for (let i = 0; el && i < up; i++) el = el.parentElement;
  return el ? [el] : [];
};
const closest = (sel: string, ancestor: string): Pick => (doc) => {
  const el = doc.querySelector(sel)?.closest(ancestor);
  return el ? [el] : [];
};
const all = (...picks: Pick[]): Pick => (doc) => picks.flatMap((p) => p(doc));

interface TpSlHooks {
  /** The TP/SL checkbox or switch, the panel it shows, and the two trigger inputs. */
  box: string;
  panel: string;
  tp: string;
  sl: string;
}

interface VenueDrift {
  /** The venue's translated page (its `fixtures/variants.ts` `translated`). */
  translated: (html: string) => string;
  /** The translated page's URL, where the venue puts its locale in the path (else the page's own URL). */
  translatedUrl?: string;
  /** Rows of the unchanged page to take out one at a time, each with the field it holds. */
  rows: Partial<Record<FieldName, Pick>>;
  /** The venue's own redesign variants (`fixtures/variants.ts`) that change no figure the trader sees. */
  variants?: Record<string, (html: string) => string>;
  /** The size's unit on the page (the unit switch, or the size label that names the unit). */
  unit: Pick;
  /** Where TP/SL is turned on before the redesigns (so a swapped TP and SL shows); absent: the venue's form has none. */
  tpsl?: TpSlHooks;
}

const FX_TPSL: TpSlHooks = { box: '[data-fx="tpsl"]', panel: '[data-fx="tpsl-box"]', tp: '[data-fx="tp"]', sl: '[data-fx="sl"]' };

/** TP/SL on, with a take profit of 70,000 and a stop loss of 60,000, as the page's script would leave it. */
function turnOnTpSl(doc: Document, hooks: TpSlHooks): void {
  const box = doc.querySelector(hooks.box)!;
  if (box.matches('input')) {
    box.setAttribute('checked', '');
    (box as HTMLInputElement).checked = true;
  } else {
    box.setAttribute('aria-checked', 'true');
    if (box.hasAttribute('data-state')) box.setAttribute('data-state', 'checked');
  }
  const panel = doc.querySelector<HTMLElement>(hooks.panel)!;
  panel.removeAttribute('hidden');
  panel.style.display = '';
  for (const [sel, value] of [
    [hooks.tp, '70,000'],
    [hooks.sl, '60,000'],
  ] as const) {
    const input = doc.querySelector<HTMLInputElement>(sel)!;
    input.setAttribute('value', value);
    input.value = value;
  }
}

/**
 * The demo page ships in English only: a hypothetical zh-CN rendering of its visible words [UV]. The
 * demo reads `aria-label`s and test ids, which no translation touches.
 */
const demoTranslated = htmlTransform((doc) => {
  relabelText(doc.body, [
    ['Cross', '全仓'],
    ['Isolated', '逐仓'],
    ['Buy / Long', '买入/做多'],
    ['Sell / Short', '卖出/做空'],
    ['Limit', '限价'],
    ['Market', '市价'],
    ['Avbl', '可用'],
    ['Price', '价格'],
    ['Size', '数量'],
    ['TP/SL', '止盈/止损'],
    ['Cost', '成本'],
    ['Est. Liq. Price', '预估强平价'],
    ['Mark', '标记价格'],
  ]);
});

/** Per venue: its translated page, its own redesigns, and what "remove one field" takes out. Every adapter must have an entry. */
const DRIFT: Record<string, VenueDrift> = {
  'binance-usdm': {
    translated: binance.translated,
    translatedUrl: 'https://www.binance.com/zh-CN/futures/BTCUSDT',
    variants: { drifted: binance.drifted, legacy2023: binance.legacy2023, labelsOnly: binance.labelsOnly },
    rows: {
      size: closest('[data-fx="unit"]', '.bn-formItem'),
      price: q('[data-fx="price-item"]'),
      leverage: q('[data-fx="leverage"]'),
      balance: q('.css-avbl'),
      markPrice: (doc) => Array.from(doc.querySelectorAll('.css-stat')).filter((el) => el.textContent?.includes('Mark')),
      orderType: q('[data-tab-key="LIMIT"]', 1),
      marginMode: q('[data-fx="margin-mode"]'),
      takeProfit: closest('input[name="takeProfitStopPrice"]', '.bn-formItem'),
      venueLiquidationPrice: all(q('[data-fx="liq-long"]', 1), q('[data-fx="liq-short"]', 1)),
    },
    unit: q('[data-fx="unit"]'),
    tpsl: { box: '[data-fx="tpsl"]', panel: '[data-fx="tpsl-box"]', tp: 'input[name="takeProfitStopPrice"]', sl: 'input[name="stopLossStopPrice"]' },
  },
  hyperliquid: {
    translated: hyperliquid.translated,
    variants: { drifted: hyperliquid.drifted },
    rows: {
      size: q('[data-fx="size"]', 1),
      leverage: q('[data-fx="leverage"]'),
      balance: q('[data-fx="available"]', 1),
      markPrice: q('[data-fx="mark"]', 1),
      side: q('[data-fx="side"]', 1),
      orderType: q('[data-fx="tab"]', 1),
      marginMode: q('[data-fx="margin-mode"]'),
      takeProfit: q('[data-fx="tp"]', 1),
      venueLiquidationPrice: q('[data-fx="liq"]', 1),
    },
    unit: q('[data-fx="unit"]'),
    tpsl: FX_TPSL,
  },
  bybit: {
    translated: bybit.translated,
    variants: { drifted: bybit.drifted, testIds: bybit.testIds },
    rows: {
      size: q('[data-fx="qty-row"]'),
      price: q('[data-fx="price-row"]'),
      leverage: q('[data-fx="leverage"]'),
      balance: q('[data-fx="avbl"]', 1),
      markPrice: q('[data-fx="mark"]', 1),
      orderType: q('.oc__order-type'),
      marginMode: q('[data-fx="margin-mode"]'),
      takeProfit: closest('[data-fx="tp"]', '.tpsl-row'),
      venueLiquidationPrice: all(q('[data-fx="liq-long"]', 1), q('[data-fx="liq-short"]', 1)),
    },
    unit: q('[data-fx="qty-unit"]'),
    tpsl: FX_TPSL,
  },
  'bitget-usdtm': {
    translated: bitget.translated,
    variants: { drifted: bitget.drifted },
    rows: {
      size: q('[data-fx="qty"]', 1),
      price: q('[data-fx="price-item"]'),
      leverage: q('[data-fx="leverage"]'),
      balance: q('[data-fx="avbl"]', 1),
      markPrice: q('[data-fx="mark"]', 1),
      orderType: q('[data-fx="tab"]', 1),
      marginMode: q('[data-fx="margin-mode"]'),
      takeProfit: q('[data-fx="tp"]', 1),
      venueLiquidationPrice: all(q('[data-fx="liq-long"]', 1), q('[data-fx="liq-short"]', 1)),
    },
    unit: q('[data-fx="unit"]'),
    tpsl: FX_TPSL,
  },
  bitmex: {
    translated: bitmex.translated,
    variants: { drifted: bitmex.drifted, newerWords: bitmex.newerWords },
    rows: {
      size: closest('[data-fx="qty"]', '.formRow'),
      price: q('[data-fx="price-row"]'),
      // The leverage shows twice (the "10.00x" line and the slider's aria-valuetext): both go.
      leverage: all(q('[data-fx="leverage"]', 1), q('[data-fx="lev-slider"]')),
      balance: q('[data-fx="avbl"]', 1),
      markPrice: q('[data-fx="mark"]', 1),
      orderType: q('.orderTypeTabs'),
      marginMode: q('.marginModeSwitch'),
    },
    unit: q('[data-fx="qty-unit"]'),
  },
  dydx: {
    translated: dydx.translated,
    variants: { drifted: dydx.drifted, noIds: dydx.noIds },
    rows: {
      size: closest('#trade-amount', '.sc-field'),
      price: q('[data-fx="price-field"]'),
      leverage: q('[data-fx="leverage"]'),
      balance: q('[data-fx="balance"]', 1),
      markPrice: q('[data-fx="oracle"]', 1),
      side: q('[data-fx="side"]', 1),
      orderType: q('[data-fx="type"]', 1),
      marginMode: q('[data-fx="mm"]', 1),
      takeProfit: closest('#takeprofit-price', '.sc-field'),
      venueLiquidationPrice: q('[data-fx="liq"]', 1),
    },
    unit: q('[data-fx="unit"]'),
    tpsl: { box: '#show-trigger-orders', panel: '[data-fx="tpsl-box"]', tp: '#takeprofit-price', sl: '#stoploss-price' },
  },
  gmx: {
    translated: gmx.translated,
    variants: { drifted: gmx.drifted, noHooks: gmx.noHooks },
    rows: {
      size: q('[data-qa="position-size"]'),
      leverage: q('[data-fx="leverage"]'),
      balance: q('[data-qa="margin-max"]'),
      markPrice: q('[data-fx="mark"]', 1),
      side: q('[data-qa="trade-direction"]'),
      orderType: q('[data-qa="trade-mode"]'),
      takeProfit: q('[data-fx="tp"]'),
      venueLiquidationPrice: q('[data-fx="liq"]', 1),
    },
    unit: q('[data-fx="unit"]'),
    tpsl: FX_TPSL,
  },
  'okx-swap': {
    translated: okx.translated,
    translatedUrl: 'https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap',
    variants: { drifted: okx.drifted, noNames: okx.noNames },
    rows: {
      size: closest('[data-fx="size"]', '.place-order-input-box'),
      price: q('[data-fx="price-box"]'),
      leverage: q('[data-fx="leverage"]'),
      balance: q('[data-testid="max-asset"]'),
      markPrice: q('[data-fx="mark"]', 1),
      orderType: q('[data-fx="type"]', 1),
      marginMode: q('[data-fx="mm"]'),
      takeProfit: q('[data-fx="tp"]', 1),
    },
    unit: q('[data-fx="unit"]'),
    tpsl: FX_TPSL,
  },
  mexc: {
    translated: mexc.translated,
    translatedUrl: 'https://futures.mexc.com/zh-CN/exchange/BTC_USDT',
    variants: { drifted: mexc.drifted, noTestIds: mexc.noTestIds },
    rows: {
      size: q('[data-fx="size"]', 1),
      price: q('[data-fx="price-box"]'),
      leverage: q('[data-fx="lev"]'),
      balance: q('[data-fx="avail"]', 1),
      markPrice: q('[data-fx="fair"]', 1),
      orderType: q('[data-fx="type"]', 2),
      marginMode: q('[data-fx="mm"]'),
      takeProfit: q('[data-fx="tp"]', 1),
    },
    unit: q('[data-fx="qty-label"]'),
    tpsl: FX_TPSL,
  },
  demo: {
    translated: demoTranslated,
    rows: {
      size: closest('input[name="size"]', 'label'),
      price: closest('input[name="price"]', 'label'),
      // The leverage shows twice (the number field and the slider): both go.
      leverage: all(q('label.lev'), q('input[name="leverageSlider"]')),
      balance: q('.avbl'),
      markPrice: q('[data-testid="mark-price"]', 1),
      side: q('[aria-label="Side"]'),
      orderType: q('[aria-label="Order type"]'),
      marginMode: q('[aria-label="Margin mode"]'),
      takeProfit: closest('input[name="takeProfit"]', 'label'),
      venueLiquidationPrice: q('[data-testid="est-liq-price"]', 1),
    },
    unit: q('select[name="sizeUnit"]'),
    tpsl: { box: 'input[name="tpsl"]', panel: '.tpsl', tp: 'input[name="takeProfit"]', sl: 'input[name="stopLoss"]' },
  },
};

const KEYS = [...FIELD_NAMES, 'high24h', 'low24h'] as const;
type Key = (typeof KEYS)[number];


const pageHtml = () => `<!doctype html>\n${document.documentElement.outerHTML}`;

/** Numbers anywhere in a raw reading that are NaN or infinite. */
function badNumbers(value: unknown, path = 'reading'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => badNumbers(v, `${path}.${k}`));
  return [];
}

const show = (f: TicketReading[Key]) => (f === undefined ? 'absent' : f.ok ? JSON.stringify(f.value) : `unknown (${f.reason})`);
/** What the trader sees of a field: its figure, or "unknown" (whatever the reason). */
const figure = (f: TicketReading[Key]) => (f === undefined || f.ok ? show(f) : 'unknown');

/**
 * The redesign's reading against the unchanged page's: every field the same figure, or not read
 * with a reason. A figure the unchanged page does not give must not appear either.
 */
function expectSameOrUnknown(r: TicketReading, base: TicketReading, what: string): void {
  for (const key of KEYS) {
    const f = r[key];
    const b = base[key];
    if (f === undefined) continue;
    if (!f.ok) {
      expect(f.reason.trim(), `${what}: ${key} is unknown without a reason`).not.toBe('');
      continue;
    }
    expect(b?.ok ? b.value : show(b), `${what}: ${key} read as ${show(f)}, the unchanged page gives ${show(b)}`).toEqual(f.value);
  }
}

/** The typed size in a copy of the ticket changed to `size`. */
function withSize(copy: Element, size: string): void {
  for (const input of Array.from(copy.querySelectorAll('input'))) if (input.getAttribute('value') === TYPED_SIZE) input.setAttribute('value', size);
}

/** Reads the page as the content script would; null when the adapter finds no ticket. */
function readPage(adapter: VenueAdapter, location: URL): TicketReading | null {
  const ticket = adapter.findTicket(document);
  if (!ticket) return null;
  const raw = adapter.read(ticket, location);
  expect(badNumbers(raw), `${adapter.id}: NaN or infinite numbers in the reading`).toEqual([]);
  return validateReading(raw);
}

/** No ticket found: on a ticket page that is the loud "this page changed" notice, which is honest. */
function expectLostTicketNotice(adapter: VenueAdapter, location: URL): void {
  expect(adapter.ticketPage(location), `${adapter.id}: no ticket found, and the page is not known as a ticket page`).toBe(true);
}

describe('drifted markup: the same figures or "unknown", never another figure', () => {
  it('every adapter in the registry has its redesigns here', () => {
    for (const a of adapters) {
      expect(DRIFT[a.id], `${a.id}: add its translated variant and rows to DRIFT`).toBeDefined();
      expect(VENUE_PAGES[a.id], `${a.id}: add its page to venuePages.ts`).toBeDefined();
    }
  });

  for (const adapter of adapters) {
    const page = VENUE_PAGES[adapter.id];
    const drift = DRIFT[adapter.id];
    if (!page || !drift) continue;
    const location = new URL(page.url);

    describe(adapter.id, () => {
      /** The fixture with the typed size, as the trader sees it before any redesign. */
      let base = '';
      let baseline: TicketReading;

      beforeAll(() => {
        load(readFileSync(page.fixture, 'utf8'));
        if (drift.tpsl) turnOnTpSl(document, drift.tpsl);
        const input = adapter.sizeInput!(adapter.findTicket(document)!)!;
        input.setAttribute('value', TYPED_SIZE);
        input.value = TYPED_SIZE;
        base = pageHtml();
        load(base);
        baseline = readPage(adapter, location)!;
      });

      it('the unchanged page reads the typed size and the TP/SL', () => {
        expect(baseline, 'ticket').toBeTruthy();
        expect(baseline.size.ok && baseline.size.value.value, 'size').toBe(Number(TYPED_SIZE));
        if (drift.tpsl) expect([show(baseline.takeProfit), show(baseline.stopLoss)]).toEqual(['70000', '60000']);
      });

      const redesigns: [string, (ticket: Element) => void][] = [
        ['every class renamed (markup and styles)', () => renameClasses(document)],
        ['each child of the ticket rows in an extra div', wrapRowChildren],
        ['every element of the ticket in an extra div', wrapEverything],
        ['the ticket blocks in reverse order', reverseBlocks],
        ['every sibling list in the ticket reversed', reverseEverything],
      ];
      for (const [name, redesign] of redesigns) {
        it(name, () => {
          load(base);
          redesign(adapter.findTicket(document)!);
          const r = readPage(adapter, location);
          if (!r) return expectLostTicketNotice(adapter, location);
          expectSameOrUnknown(r, baseline, name);
        });
      }

      for (const [field, pick] of Object.entries(drift.rows) as [FieldName, Pick][]) {
        it(`the ${field} row removed: ${field} is unknown, every other field unchanged`, () => {
          load(base);
          const gone = pick(document);
          expect(gone.length, `${field} row in the fixture`).toBeGreaterThan(0);
          for (const el of gone) el.remove();
          const r = readPage(adapter, location);
          if (!r) return expectLostTicketNotice(adapter, location);
          const f = r[field];
          expect(f.ok, `${field} still read as ${show(f)} with its row removed`).toBe(false);
          if (!f.ok) expect(f.reason.trim()).not.toBe('');
          for (const key of KEYS.filter((k) => k !== field)) expect(figure(r[key]), `${key} with the ${field} row removed`).toBe(figure(baseline[key]));
        });
      }

      for (const [name, variant] of Object.entries(drift.variants ?? {})) {
        it(`the venue's own "${name}" variant`, () => {
          load(variant(base));
          const r = readPage(adapter, location);
          if (!r) return expectLostTicketNotice(adapter, location);
          expectSameOrUnknown(r, baseline, name);
        });
      }

      it('the size unit gone: the size is read in the same unit, or unknown', () => {
        load(base);
        for (const el of drift.unit(document)) el.remove();
        const r = readPage(adapter, location);
        if (!r) return expectLostTicketNotice(adapter, location);
        expectSameOrUnknown(r, baseline, 'size unit gone');
      });

      if (drift.tpsl) {
        const hooks = drift.tpsl;
        it('the TP/SL switch gone (its label stays): the TP and SL set are still read, or unknown (never "none")', () => {
          load(base);
          document.querySelector(hooks.box)!.remove();
          const r = readPage(adapter, location);
          if (!r) return expectLostTicketNotice(adapter, location);
          expectSameOrUnknown(r, baseline, 'TP/SL switch removed');
        });
      }

      it('labels translated (the venue locale)', () => {
        load(drift.translated(base));
        const at = new URL(drift.translatedUrl ?? page.url);
        const r = readPage(adapter, at);
        if (!r) return expectLostTicketNotice(adapter, at);
        expectSameOrUnknown(r, baseline, 'translated');
      });

      it('everything at once: translated, classes renamed, every element wrapped, every sibling list reversed', () => {
        load(drift.translated(base));
        const at = new URL(drift.translatedUrl ?? page.url);
        renameClasses(document);
        const ticket = adapter.findTicket(document);
        if (ticket) {
          wrapEverything(ticket);
          reverseEverything(ticket);
        }
        const r = readPage(adapter, at);
        if (!r) return expectLostTicketNotice(adapter, at);
        expectSameOrUnknown(r, baseline, 'everything at once');
      });

      for (const where of ['before', 'after'] as const) {
        it(`rendered twice, the new copy ${where} the old one, which is hidden: the copy figures, or no ticket`, () => {
          load(base);
          const old = adapter.findTicket(document) as HTMLElement;
          const copy = old.cloneNode(true) as Element;
          withSize(copy, COPY_SIZE);
          old[where](copy);
          old.style.display = 'none';
          const r = readPage(adapter, location);
          if (!r) return expectLostTicketNotice(adapter, location);
          const copyFigures = { ...baseline, size: baseline.size.ok ? { ...baseline.size, value: { ...baseline.size.value, value: Number(COPY_SIZE) } } : baseline.size };
          expectSameOrUnknown(r, copyFigures, `the new copy ${where} the old one`);
        });
      }

      it('rendered twice, copy identical: the same figures, or no ticket', () => {
        load(base);
        renderTwice(adapter.findTicket(document)!);
        const r = readPage(adapter, location);
        if (!r) return expectLostTicketNotice(adapter, location);
        expectSameOrUnknown(r, baseline, 'rendered twice');
      });

      it('rendered twice, copy with other figures: every figure from one and the same copy, or no ticket', () => {
        load(base);
        const ticket = adapter.findTicket(document)!;
        renderTwice(ticket, (c) => withSize(c, COPY_SIZE));
        const r = readPage(adapter, location);
        if (!r) return expectLostTicketNotice(adapter, location);
        // The copy's own reading, alone on the page: the other admissible set of figures.
        ticket.remove();
        const copyReading = readPage(adapter, location);
        expect(copyReading?.size.ok && copyReading.size.value.value, 'the copy alone reads its size').toBe(Number(COPY_SIZE));
        const fromCopy = r.size.ok && r.size.value.value === Number(COPY_SIZE);
        expectSameOrUnknown(r, fromCopy ? copyReading! : baseline, fromCopy ? 'rendered twice (read from the copy)' : 'rendered twice (read from the original)');
      });

      it('rendered late: no ticket and nothing thrown before it comes, then the same reading', () => {
        load(base);
        const ticket = adapter.findTicket(document)!;
        const parent = ticket.parentNode!;
        const next = ticket.nextSibling;
        ticket.remove();
        expect(() => adapter.findTicket(document)).not.toThrow();
        expect(adapter.findTicket(document), 'a ticket found with the ticket gone').toBeNull();
        expect(() => adapter.externalWatch?.(document)).not.toThrow();
        parent.insertBefore(ticket, next);
        expect(readPage(adapter, location)).toEqual(baseline);
      });
    });
  }
});
