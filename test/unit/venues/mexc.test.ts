// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { mexcAdapter as adapter } from '../../../src/venues/mexc/adapter';
import { contracts, drifted, languages, noTestIds } from '../../../src/venues/mexc/fixtures/variants';
import { mexcPages } from '../../../src/venues/mexc/pages';
import { BOTH_SIDES_OFFERED } from '../../../src/venues/kit/read/side';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { fixturePages, load, query, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('mexc');
/** Why a field is missing, for program logic (the overlay's "page changed" state reads `lost`). */
const kind = (f: { ok: boolean; kind?: string }) => (f.ok ? undefined : f.kind);
const URL_BTC = 'https://www.mexc.com/futures/BTC_USDT?type=linear_swap';

const { ticket, readAt } = ticketHelpers(adapter, URL_BTC);
const form = () => document.querySelector('[data-fx="form"]')!;
const $ = <E extends Element = HTMLElement>(sel: string, root: ParentNode = form()) => query<E>(sel, root);
const qty = () => $<HTMLInputElement>('[data-fx="size"]');
function selectType(type: string) {
  for (const t of Array.from(form().querySelectorAll('[data-fx="type"]'))) {
    const on = t.getAttribute('data-type') === type;
    t.setAttribute('aria-selected', String(on));
    t.parentElement!.classList.toggle('ant-tabs-tab-active', on);
  }
}
function tpslOn() {
  $<HTMLInputElement>('[data-fx="tpsl"]').checked = true;
  $('[data-fx="tpsl-box"]').style.display = '';
}

function summary(r: TicketReading) {
  return {
    symbol: value(r.symbol),
    side: value(r.side) ?? reason(r.side),
    orderType: value(r.orderType),
    price: value(r.price),
    markPrice: value(r.markPrice),
    size: value(r.size),
    leverage: value(r.leverage),
    marginMode: value(r.marginMode),
    balance: value(r.balance),
    takeProfit: value(r.takeProfit),
    stopLoss: value(r.stopLoss),
  };
}
const FULL = {
  symbol: 'BTC_USDT',
  side: BOTH_SIDES_OFFERED,
  orderType: 'limit',
  price: 64250,
  markPrice: 64251.3,
  size: { value: 500, unit: 'quote' },
  leverage: 20,
  marginMode: 'cross',
  balance: 1234.56,
  takeProfit: 70000,
  stopLoss: 60000,
};
function fillFull() {
  qty().value = '500';
  tpslOn();
  $<HTMLInputElement>('[data-fx="tp"]').value = '70,000';
  $<HTMLInputElement>('[data-fx="sl"]').value = '60,000';
}

describe('MEXC futures adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible order form (not the mobile copy with the same test ids)', () => {
    const t = ticket();
    expect(t.id).toBe('mexc-web-inspection-futures-exchange-orderForm');
    expect(t.contains(document.querySelector('.mobile_only__Mo1'))).toBe(false);
  });

  it('reads every field as served, with its source', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...FULL, size: undefined, takeProfit: null, stopLoss: null });
    expect(r.symbol).toEqual({ ok: true, value: 'BTC_USDT', source: 'URL /futures/BTC_USDT' });
    expect(r.price.ok && r.price.source).toBe('text “Price” + input “64,250.0”');
    expect(r.orderType.ok && r.orderType.source).toBe('tab div “Limit”');
    expect(r.leverage.ok && r.leverage.source).toBe('span “20x”');
    expect(r.marginMode.ok && r.marginMode.source).toBe('span “Cross”');
    expect(r.balance.ok && r.balance.source).toBe('“Available” “1,234.56 USDT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('page “Fair Price” “64,251.3”');
    expect(reason(r.venueLiquidationPrice)).toBe('no “Liq. Price” shown on the ticket');
    expect(value(r.high24h!)).toBe(65120);
    expect(value(r.low24h!)).toBe(63402.5);
  });

  it('reads a complete order; the mobile copy’s values are never used', () => {
    fillFull();
    const r = readAt();
    expect(summary(r)).toEqual(FULL);
    expect(r.size.ok && r.size.source).toBe('text “Quantity (USDT)” + input “500”, label “Quantity (USDT)”');
  });

  describe('side', () => {
    it('Open Long and Open Short both offered; one hidden → that side; the Close tab → closes', () => {
      expect(readAt().side).toEqual({ ok: false, reason: BOTH_SIDES_OFFERED, kind: 'bothSides' });
      $('[data-testid="contract-trade-open-long-btn"]').style.display = 'none';
      expect(value(readAt().side)).toBe('short');
      $('[data-testid="contract-trade-open-long-btn"]').style.display = '';
      $('[data-testid="contract-trade-order-form-tab-open"]').classList.remove('handle_active__Xy1');
      $('[data-testid="contract-trade-order-form-tab-close"]').classList.add('handle_active__Xy1');
      expect(reason(readAt().side)).toBe('the Close tab is selected: this order closes a position');
      expect(kind(readAt().side)).toBe('closesPosition');
    });
  });

  describe('order type and price', () => {
    it('Market → mark price; Trigger → not assessed; AntD class when aria is gone', () => {
      selectType('market');
      $('[data-fx="price-box"]').style.display = 'none';
      expect(value(readAt().orderType)).toBe('market');
      expect(reason(readAt().price)).toBe('market order uses the mark price');
      selectType('trigger');
      expect(reason(readAt().orderType)).toBe('“Trigger” orders are not assessed (only Limit and Market)');
      selectType('limit');
      for (const t of Array.from(form().querySelectorAll('[role="tab"]'))) t.removeAttribute('aria-selected');
      expect(readAt().orderType).toEqual({ ok: true, value: 'limit', source: 'tab div “Limit”' });
      for (const t of Array.from(form().querySelectorAll('.ant-tabs-tab-active'))) t.classList.remove('ant-tabs-tab-active');
      expect(reason(readAt().orderType)).toBe('cannot tell which order-type tab is selected');
    });

    it.each([
      ['64,000.5', 64000.5],
      ['64000', 64000],
      ['.5', 0.5],
    ])('price “%s” → %d', (text, expected) => {
      $<HTMLInputElement>('[data-fx="price"]').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['-', 'not a complete number'],
      ['64 000,5', 'not a well-formed number'],
    ])('price “%s” → unknown (%s)', (text, why) => {
      $<HTMLInputElement>('[data-fx="price"]').value = text;
      expect(reason(readAt().price)).toContain(why);
    });

    it('price input gone → missing by name', () => {
      $('[data-fx="price-box"]').remove();
      expect(reason(readAt().price)).toBe('no Price input found on the ticket');
      expect(kind(readAt().price), 'the price box gone: the page changed').toBe('lost');
    });
  });

  describe('quantity and its unit (in the label)', () => {
    it('USDT, Cont, the coin; another unit refused; no unit → missing', () => {
      qty().value = '1,000';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'quote' });
      $('[data-fx="qty-label"]').textContent = 'Quantity (Cont)';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'contracts' });
      $('[data-fx="qty-label"]').textContent = 'Quantity (BTC)';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'base' });
      $('[data-fx="qty-label"]').textContent = 'Quantity (ETH)';
      expect(reason(readAt().size)).toBe('quantity unit “ETH” is neither Cont, USDT nor BTC');
      $('[data-fx="qty-label"]').textContent = 'Quantity';
      expect(reason(readAt().size)).toBe('the Quantity label shows no unit (Cont, USDT or the coin)');
    });

    it.each([
      ['', 'empty'],
      ['50%', 'percentage'],
      ['1e', 'not a complete number'],
      ['-2', 'must be a finite number, 0 or more'],
    ])('quantity “%s” → unknown (%s)', (text, why) => {
      qty().value = text;
      expect(reason(readAt().size)).toContain(why);
    });

    it('label gone: the “Quantity” placeholder still finds the input, and says the unit is unknown', () => {
      $('[data-fx="qty-label"]').remove();
      qty().value = '5';
      expect(reason(readAt().size)).toBe('the Quantity label shows no unit (Cont, USDT or the coin)');
      expect(adapter.sizeInput!(ticket())).toBe(qty());
    });
  });

  describe('leverage and margin mode, balance, TP/SL', () => {
    it('leverage 125x and Isolated; both gone → missing', () => {
      $('[data-fx="lev"]').textContent = '125x';
      $('[data-fx="mm"]').textContent = 'Isolated';
      expect(value(readAt().leverage)).toBe(125);
      expect(value(readAt().marginMode)).toBe('isolated');
      $('[data-fx="leverage"]').remove();
      expect(reason(readAt().leverage)).toBe('no leverage like “20x” found');
      expect(reason(readAt().marginMode)).toBe('no Cross / Isolated shown by the leverage');
      expect([kind(readAt().leverage), kind(readAt().marginMode)]).toEqual(['lost', 'lost']);
    });

    it.each([
      ['1,234.56 USDT', 1234.56],
      ['10K USDT', 10000],
      ['0.0000 USDT', 0],
    ])('balance “%s” → %d', (text, expected) => {
      $('[data-fx="avail"]').textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it('balance in another asset, empty, or gone', () => {
      $('[data-fx="avail"]').textContent = '1.5 USDC';
      expect(reason(readAt().balance)).toBe('the balance is shown in USDC, not USDT');
      $('[data-fx="avail"]').textContent = '--';
      expect(reason(readAt().balance)).toBe('empty');
      $('[data-fx="avail"]').parentElement!.remove();
      expect(reason(readAt().balance)).toBe('no “Available” balance shown on the ticket');
      expect(kind(readAt().balance)).toBe('lost');
    });

    it('TP/SL: unchecked → none; values; malformed; gone → missing', () => {
      expect(value(readAt().takeProfit)).toBeNull();
      tpslOn();
      $<HTMLInputElement>('[data-fx="tp"]').value = '70K';
      $<HTMLInputElement>('[data-fx="sl"]').value = 'abc';
      const r = readAt();
      expect(value(r.takeProfit)).toBe(70000);
      expect(reason(r.stopLoss)).toContain('not a number');
      $('.component_checkBoxView__DsRmy').remove();
      expect(reason(readAt().stopLoss)).toBe('no TP/SL checkbox found on the ticket');
      expect(kind(readAt().stopLoss)).toBe('lost');
    });

    it('fair price: two different ones, or none', () => {
      document.querySelector('.ticker_wrapper__Rb8s2')!.insertAdjacentHTML('beforeend', '<div><span>Fair Price</span><span>3,412.55</span></div>');
      expect(reason(readAt().markPrice)).toBe('more than one “Fair Price” on the page');
      for (const el of Array.from(document.querySelectorAll('.ticker_wrapper__Rb8s2 > div'))) if (/Fair Price/.test(el.textContent!)) el.remove();
      expect(reason(readAt().markPrice)).toBe('no “Fair Price” found on the page');
    });
  });

  it('every language’s locale URL is a futures page read for its contract, and the content script runs there', () => {
    for (const [lang, { url }] of Object.entries(languages)) {
      expect(adapter.ticketPage(new URL(url!)), `${lang} ${url}`).toBe(true);
      expect(value(readAt(url!.replace('BTC_USDT', 'ETH_USDT')).symbol), lang).toBe('ETH_USDT');
      expect(mexcPages.matches.some((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url!)), `the content script's matches cover ${url}`).toBe(true);
    }
  });

  it('symbol: www and legacy futures host, locale segments; none in the URL → missing', () => {
    expect(value(readAt('https://futures.mexc.com/exchange/ETH_USDT?type=linear_swap').symbol)).toBe('ETH_USDT');
    expect(value(readAt('https://www.mexc.com/en-GB/futures/BTC_USDT').symbol)).toBe('BTC_USDT');
    expect(reason(readAt('https://www.mexc.com/futures').symbol)).toMatch(/no contract/);
  });

  it('submit buttons with their sides; the anchor holds both; external watch = Fair Price', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['Open Long', 'long'],
      ['Open Short', 'short'],
    ]);
    const anchor = adapter.overlayAnchor(ticket())!;
    expect(anchor.querySelectorAll('button')).toHaveLength(2);
    expect(adapter.externalWatch!(document).map((e) => e.textContent)).toEqual(['64,251.3']);
  });
});

describe('MEXC futures adapter on variants of the page', () => {
  it('drifted (every CSS-module hash renamed, wrappers): same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain('component_numberInput__PF7Vf');
    expect(html).toContain('handle_active__1yX9');
    load(html);
    fillFull();
    expect(summary(readAt())).toEqual(FULL);
  });

  it('quantity in contracts', () => {
    load(contracts(TICKET));
    qty().value = '5,000';
    expect(value(readAt().size)).toEqual({ value: 5000, unit: 'contracts' });
  });

  it('no data-testid: the form by its id, the buttons by their text', () => {
    load(noTestIds(TICKET));
    expect(document.querySelector('[data-testid]')).toBeNull();
    fillFull();
    expect(summary(readAt())).toEqual(FULL);
    expect(adapter.submitButtons!(ticket()).map((b) => b.side)).toEqual(['long', 'short']);
  });

  it('the futures markets page: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible forms: refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.mobile_only__Mo1')!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });
});
