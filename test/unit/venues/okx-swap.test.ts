// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { okxSwapAdapter as adapter } from '../../../src/venues/okx-swap/adapter';
import { coinMargined, drifted, languages, noNames, oneWay } from '../../../src/venues/okx-swap/fixtures/variants';
import { okxSwapPages } from '../../../src/venues/okx-swap/pages';
import { BOTH_SIDES_OFFERED } from '../../../src/venues/kit/read/side';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { fixturePages, load, query, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('okx-swap');
/** Why a field is missing, for program logic (the overlay's "page changed" state reads `lost`). */
const kind = (f: { ok: boolean; kind?: string }) => (f.ok ? undefined : f.kind);
const URL_BTC = 'https://www.okx.com/trade-swap/btc-usdt-swap';

const { ticket, readAt } = ticketHelpers(adapter, URL_BTC);
const panel = () => document.querySelector('[data-fx="panel"]')!;
const $ = <E extends Element = HTMLElement>(sel: string, root: ParentNode = panel()) => query<E>(sel, root);
const sizeInput = () => $<HTMLInputElement>('[data-fx="size"]');
function selectTab(fx: string, key: string, value: string, activeClass: string) {
  for (const t of Array.from(panel().querySelectorAll(`[data-fx="${fx}"]`))) {
    const on = t.getAttribute(key) === value;
    t.setAttribute('aria-selected', String(on));
    t.classList.toggle(activeClass, on);
  }
}
const selectType = (type: string) => selectTab('type', 'data-type', type, 'okui-tabs-pane-underline-active');
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
  symbol: 'BTC-USDT-SWAP',
  side: BOTH_SIDES_OFFERED,
  orderType: 'limit',
  price: 64250.1,
  markPrice: 64251.3,
  size: { value: 25, unit: 'contracts' },
  leverage: 10,
  marginMode: 'cross',
  balance: 6996.26,
  takeProfit: 70000,
  stopLoss: 60000,
};
function fillFull() {
  sizeInput().value = '25';
  tpslOn();
  $<HTMLInputElement>('[data-fx="tp"]').value = '70,000';
  $<HTMLInputElement>('[data-fx="sl"]').value = '60000';
}

describe('OKX swap adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the trade panel around #leftPoForm (tabs included), not the hidden #rightPoForm or the canvas book', () => {
    const t = ticket();
    expect(t.querySelector('#leftPoForm')).not.toBeNull();
    expect(t.querySelector('.okui-tabs-pane-segmented')).not.toBeNull();
    expect(t.querySelector('#rightPoForm, canvas')).toBeNull();
  });

  it('reads every field as served, with its source', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...FULL, size: undefined, takeProfit: null, stopLoss: null });
    expect(r.symbol).toEqual({ ok: true, value: 'BTC-USDT-SWAP', source: 'URL /trade-swap/btc-usdt-swap' });
    expect(r.price.ok && r.price.source).toBe('input[name="price"] “64,250.1”');
    expect(r.leverage.ok && r.leverage.source).toBe('button “10x”');
    expect(r.balance.ok && r.balance.source).toBe('[data-testid="max-asset"] “6,996.26 USDT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('page “Mark price” “64,251.3”');
    expect(reason(r.venueLiquidationPrice)).toBe('no “Est. liq. price” shown on the ticket');
    expect(value(r.high24h!)).toBe(65120);
    expect(value(r.low24h!)).toBe(63402.5);
  });

  it('reads a complete order in contracts; the hidden form’s values are never used', () => {
    fillFull();
    const r = readAt();
    expect(summary(r)).toEqual(FULL);
    expect(r.size.ok && r.size.source).toBe('input[name="size"] “25”, unit span “Contracts”');
  });

  describe('side', () => {
    it('both Open long and Open short offered → assessed both ways', () => {
      expect(readAt().side).toEqual({ ok: false, reason: BOTH_SIDES_OFFERED, kind: 'bothSides' });
    });
    it('one button visible → that side; Close tab → closes a position; no buttons → missing', () => {
      $('.okui-negativebutton').style.display = 'none';
      expect(readAt().side).toEqual({ ok: true, value: 'long', source: 'button “Open long”, the only side offered' });
      $('.okui-negativebutton').style.display = '';
      selectTab('seg', 'data-seg', 'close', 'okui-tabs-pane-segmented-active');
      expect(reason(readAt().side)).toBe('the Close tab is selected: this order closes a position');
      expect(kind(readAt().side)).toBe('closesPosition');
      for (const b of Array.from(panel().querySelectorAll('[data-fx="submit"]'))) b.remove();
      selectTab('seg', 'data-seg', 'open', 'okui-tabs-pane-segmented-active');
      expect(reason(readAt().side)).toBe('no Buy/Long or Sell/Short button found');
      expect(kind(readAt().side), 'the buttons gone: the page changed').toBe('lost');
    });
  });

  describe('order type and price', () => {
    it('Market: price by the mark; TP/SL tab: not assessed; none selected: missing', () => {
      selectType('market');
      $('[data-fx="price-box"]').style.display = 'none';
      expect(value(readAt().orderType)).toBe('market');
      expect(reason(readAt().price)).toBe('market order uses the mark price');
      selectType('tpsl');
      expect(reason(readAt().orderType)).toBe('“TP/SL” orders are not assessed (only Limit and Market)');
      selectType('none');
      expect(reason(readAt().orderType)).toBe('cannot tell which order-type tab is selected');
    });

    it.each([
      ['64,000', 64000],
      ['64000.5', 64000.5],
      ['.5', 0.5],
    ])('price “%s” → %d', (text, expected) => {
      $<HTMLInputElement>('[data-fx="price"]').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['1..2', 'not a complete number'],
      ['64.000,5', 'ambiguous'],
    ])('price “%s” → unknown (%s)', (text, why) => {
      $<HTMLInputElement>('[data-fx="price"]').value = text;
      expect(reason(readAt().price)).toContain(why);
    });
  });

  describe('size and its unit', () => {
    it('Contracts, the coin, USDT; another word refused; the max-trade line as a fallback unit', () => {
      sizeInput().value = '0.25';
      $('[data-fx="unit"]').textContent = 'BTC';
      expect(value(readAt().size)).toEqual({ value: 0.25, unit: 'base' });
      $('[data-fx="unit"]').textContent = 'USDT';
      expect(value(readAt().size)).toEqual({ value: 0.25, unit: 'quote' });
      $('[data-fx="unit"]').textContent = 'ETH';
      expect(reason(readAt().size)).toBe('size unit “ETH” is neither Contracts, BTC nor USDT');
      $('[data-fx="unit"]').remove();
      const r = readAt();
      expect(value(r.size)).toEqual({ value: 0.25, unit: 'contracts' });
      expect(r.size.ok && r.size.source).toMatch(/\[data-testid="max-trade"\] “Max long.*Contracts”/);
      $('[data-testid="max-trade"]').remove();
      expect(reason(readAt().size)).toBe('no size unit (Contracts, coin or USDT) shown with the size input');
      expect(kind(readAt().size)).toBe('lost');
    });

    it.each([
      ['', 'empty'],
      ['25%', 'percentage'],
      ['-1', 'must be a finite number, 0 or more'],
      ['1,5', 'ambiguous'],
    ])('size “%s” → unknown (%s)', (text, why) => {
      sizeInput().value = text;
      expect(reason(readAt().size)).toContain(why);
    });
  });

  describe('leverage, margin mode, balance, TP/SL, estimate', () => {
    it('leverage and margin mode buttons; removed → missing by name', () => {
      $('[data-fx="leverage"]').textContent = '50x';
      $('[data-fx="mm"]').textContent = 'Isolated';
      expect(value(readAt().leverage)).toBe(50);
      expect(value(readAt().marginMode)).toBe('isolated');
      $('[data-fx="leverage"]').remove();
      $('[data-fx="mm"]').remove();
      expect(reason(readAt().leverage)).toBe('no leverage button like “10x” found');
      expect(reason(readAt().marginMode)).toBe('no Cross / Isolated button found');
      expect([kind(readAt().leverage), kind(readAt().marginMode)]).toEqual(['lost', 'lost']);
    });

    it.each([
      ['6,996.26 USDT', 6996.26],
      ['10K USDT', 10000],
      ['0 USDT', 0],
    ])('balance “%s” → %d', (text, expected) => {
      $('[data-fx="avail"]').textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it('balance in another asset, empty, or gone', () => {
      $('[data-fx="avail"]').textContent = '0.5 BTC';
      expect(reason(readAt().balance)).toBe('the balance is shown in BTC, not USDT');
      $('[data-fx="avail"]').textContent = '-- USDT';
      expect(reason(readAt().balance)).toBe('empty');
      $('[data-testid="max-asset"]').remove();
      expect(reason(readAt().balance)).toBe('no “Available” balance ([data-testid="max-asset"]) on the ticket');
      expect(kind(readAt().balance), 'the balance row gone: the page changed').toBe('lost');
    });

    it('TP/SL: unchecked → none; values; malformed; checkbox gone → missing', () => {
      tpslOn();
      $<HTMLInputElement>('[data-fx="tp"]').value = '70K';
      expect(value(readAt().takeProfit)).toBe(70000);
      expect(readAt().stopLoss).toEqual({ ok: true, value: null, source: 'input[name="slTriggerPx"] empty' });
      $<HTMLInputElement>('[data-fx="sl"]').value = '—';
      expect(value(readAt().stopLoss)).toBeNull();
      $<HTMLInputElement>('[data-fx="sl"]').value = '6e4';
      expect(reason(readAt().stopLoss)).toContain('not a number');
      $('.place-order-stop-selector').remove();
      expect(reason(readAt().takeProfit)).toBe('no TP/SL checkbox found on the ticket');
      expect(kind(readAt().takeProfit)).toBe('lost');
    });

    it('an “Est. liq. price” row, where the ticket shows one, is read for the self-check', () => {
      $('[data-testid="max-trade"]').insertAdjacentHTML('afterend', '<div><span>Est. liq. price</span><span>58,102.4 USDT</span></div>');
      expect(value(readAt().venueLiquidationPrice)).toBe(58102.4);
    });

    it('mark price: malformed, two different, missing', () => {
      $('[data-fx="mark"]', document).textContent = '--';
      expect(reason(readAt().markPrice)).toBe('empty');
      $('[data-fx="mark"]', document).textContent = '64,251.3';
      document.querySelector('.trade-header-box')!.insertAdjacentHTML('beforeend', '<div><span>Mark price</span><span>3,412.55</span></div>');
      expect(reason(readAt().markPrice)).toBe('more than one “Mark price” on the page');
      for (const el of Array.from(document.querySelectorAll('.trade-header-box > div'))) if (/Mark price/.test(el.textContent!)) el.remove();
      expect(reason(readAt().markPrice)).toBe('no “Mark price” found on the page');
    });
  });

  it('symbol: URL with a locale prefix; else the ticker title; else missing', () => {
    expect(value(readAt('https://www.okx.com/zh-hans/trade-swap/eth-usdt-swap').symbol)).toBe('ETH-USDT-SWAP');
    expect(readAt('https://www.okx.com/trade-swap').symbol).toEqual({ ok: true, value: 'BTC-USDT-SWAP', source: 'ticker div “BTC-USDT-SWAP”' });
    document.querySelector('.ticker-title')!.textContent = 'BTCUSDT Perpetual';
    expect(reason(readAt('https://www.okx.com/trade-swap').symbol)).toMatch(/no swap instrument/);
  });

  it('every language’s locale URL is a swap page read for its instrument, and the content script runs there', () => {
    for (const [lang, { url }] of Object.entries(languages)) {
      const at = new URL(url!);
      expect(adapter.ticketPage(at), `${lang} ${url}`).toBe(true);
      expect(value(readAt(url!.replace('btc-usdt-swap', 'eth-usdt-swap')).symbol), lang).toBe('ETH-USDT-SWAP');
      expect(okxSwapPages.matches.some((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url!)), `the content script's matches cover ${url}`).toBe(true);
    }
  });

  it('the Chinese Close tab (平仓, buttons 平空 / 平多) closes a position: not assessed, no submit button guarded', () => {
    load(languages['zh-CN']!.page(document.documentElement.outerHTML));
    selectTab('seg', 'data-seg', 'close', 'okui-tabs-pane-segmented-active');
    const [long, short] = Array.from(panel().querySelectorAll('[data-fx="submit"]'));
    long!.textContent = '平空';
    short!.textContent = '平多';
    const r = readAt('https://www.okx.com/zh-hans/trade-swap/btc-usdt-swap');
    expect(kind(r.side)).toBe('closesPosition');
    expect(adapter.submitButtons!(ticket())).toEqual([]);
  });

  it('submit buttons with their sides (Close buttons left out); anchor = the buttons’ row; size input; watch = mark', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['Open long', 'long'],
      ['Open short', 'short'],
    ]);
    const anchor = adapter.overlayAnchor(ticket())!;
    expect(anchor.contains($('.okui-positivebutton')) && anchor.contains($('.okui-negativebutton'))).toBe(true);
    expect(adapter.sizeInput!(ticket())).toBe(sizeInput());
    $('.okui-positivebutton').textContent = 'Close short';
    $('.okui-negativebutton').textContent = 'Close long';
    expect(adapter.submitButtons!(ticket())).toEqual([]);
    expect(adapter.externalWatch!(document).map((e) => e.textContent)).toEqual(['64,251.3']);
  });
});

describe('OKX swap adapter on variants of the page', () => {
  it('drifted (renamed CSS-module hashes, wrappers): same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain('index_lev__Tt6u0');
    load(html);
    fillFull();
    expect(summary(readAt())).toEqual(FULL);
  });

  it('one-way mode: Buy/Long and Sell/Short both offered', () => {
    load(oneWay(TICKET));
    fillFull();
    expect(summary(readAt())).toEqual(FULL);
    expect(adapter.submitButtons!(ticket()).map((b) => b.element.textContent)).toEqual(['Buy/Long', 'Sell/Short']);
  });

  it('inputs without name: price by its .price-input box, size by its label text', () => {
    load(noNames(TICKET));
    expect(document.querySelector('#leftPoForm input[name]')).toBeNull();
    fillFull();
    const r = readAt();
    expect(summary(r)).toEqual(FULL);
    expect(r.price.ok && r.price.source).toBe('.price-input input.okui-input-input “64,250.1”');
    expect(r.size.ok && r.size.source).toMatch(/^text “size” \+ input “25”, unit span “Contracts”/);
  });

  it('coin-margined BTC-USD-SWAP: contracts, balance in BTC', () => {
    load(coinMargined(TICKET));
    sizeInput().value = '10';
    const r = readAt('https://www.okx.com/trade-swap/btc-usd-swap');
    expect(value(r.symbol)).toBe('BTC-USD-SWAP');
    expect(value(r.size)).toEqual({ value: 10, unit: 'contracts' });
    expect(value(r.balance)).toBe(0.25);
    $('[data-fx="unit"]').textContent = 'USD';
    expect(value(readAt('https://www.okx.com/trade-swap/btc-usd-swap').size)).toEqual({ value: 10, unit: 'quote' });
  });

  it('a swap page without a form: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible order forms: refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('#rightPoForm')!.parentElement!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });
});
