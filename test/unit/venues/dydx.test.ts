// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { dydxAdapter as adapter } from '../../../src/venues/dydx/adapter';
import { drifted, languages, noIds } from '../../../src/venues/dydx/fixtures/variants';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { fixturePages, load, query, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('dydx');
const URL_BTC = 'https://dydx.trade/trade/BTC-USD';

const { ticket, readAt } = ticketHelpers(adapter, URL_BTC);
const box = () => document.querySelector('[data-fx="tradebox"]')!;
const $ = <E extends Element = HTMLElement>(sel: string, root: ParentNode = box()) => query<E>(sel, root);
const amount = () => $<HTMLInputElement>('[id="trade-amount"]');
const priceInput = () => $<HTMLInputElement>('[id="price.limitPrice"]');
function selectTab(selector: string) {
  const tab = $(selector);
  for (const t of Array.from(tab.parentElement!.querySelectorAll('[role="tab"]'))) {
    t.setAttribute('aria-selected', String(t === tab));
    t.setAttribute('data-state', t === tab ? 'active' : 'inactive');
  }
}
function check(selector: string, on: boolean) {
  const b = $(selector);
  b.setAttribute('aria-checked', String(on));
  b.setAttribute('data-state', on ? 'checked' : 'unchecked');
}
function tpslOn() {
  check('[id="show-trigger-orders"]', true);
  $('[data-fx="tpsl-box"]').style.display = '';
}

function summary(r: TicketReading) {
  return {
    symbol: value(r.symbol),
    side: value(r.side),
    orderType: value(r.orderType),
    price: value(r.price),
    markPrice: value(r.markPrice),
    size: value(r.size),
    leverage: value(r.leverage),
    marginMode: value(r.marginMode),
    balance: value(r.balance),
    takeProfit: value(r.takeProfit),
    stopLoss: value(r.stopLoss),
    venueLiquidationPrice: value(r.venueLiquidationPrice),
  };
}
const FULL = {
  symbol: 'BTC-USD',
  side: 'long',
  orderType: 'limit',
  price: 64250,
  markPrice: 64251,
  size: { value: 0.25, unit: 'base' },
  leverage: 5,
  marginMode: 'cross',
  balance: 1234.56,
  takeProfit: 70000,
  stopLoss: 60000.5,
  venueLiquidationPrice: 59581.2,
};
function fillFull() {
  amount().value = '0.25';
  tpslOn();
  $<HTMLInputElement>('[id="takeprofit-price"]').value = '70,000';
  $<HTMLInputElement>('[id="stoploss-price"]').value = '60,000.5';
  $('[data-fx="liq"]').textContent = '$59,581.20';
}

describe('dYdX v4 adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible trade box (margin toggle to submit), not the hidden simple-UI form or the order book', () => {
    const t = ticket();
    expect(t.querySelector('[id="trade-amount"]')).not.toBeNull();
    expect(t.querySelector('[role="radio"]')).not.toBeNull();
    expect(t.querySelector('[id$="-trigger-BUY"]')).not.toBeNull();
    expect(t.contains(document.querySelector('.sc-simple'))).toBe(false);
    expect(t.querySelector('canvas, table, [id$="-trigger-OrderBook"]')).toBeNull();
  });

  it('reads every field as served, with its source', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...FULL, size: undefined, takeProfit: null, stopLoss: null, venueLiquidationPrice: null });
    expect(reason(r.size)).toBe('empty');
    expect(r.symbol).toEqual({ ok: true, value: 'BTC-USD', source: 'URL /trade/BTC-USD' });
    expect(r.side.ok && r.side.source).toBe('tab button “Buy | Long” (aria/data-state)');
    expect(r.price.ok && r.price.source).toBe('input[id="price.limitPrice"] “64,250.0”');
    expect(r.leverage.ok && r.leverage.source).toBe('button “5×”');
    expect(r.marginMode.ok && r.marginMode.source).toBe('toggle button “Cross” (aria/data-state)');
    expect(r.markPrice.ok && r.markPrice.source).toBe('page “Oracle Price” “$64,251.00”');
    expect(r.balance.ok && r.balance.source).toBe('page “Available Balance” “$1,234.56”');
    expect(r.venueLiquidationPrice.ok && r.venueLiquidationPrice.source).toBe('“Liquidation Price” shows “-”');
  });

  it('reads a complete order (size, TP/SL, the receipt’s Liquidation Price); the hidden form’s values are never used', () => {
    fillFull();
    const r = readAt();
    expect(summary(r)).toEqual(FULL);
    expect(r.size.ok && r.size.source).toBe('input[id="trade-amount"] “0.25”, unit span “BTC”');
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
  });

  describe('side, order type, price', () => {
    it('Sell | Short tab; Reduce-Only makes the side missing', () => {
      selectTab('[id$="-trigger-SELL"]');
      expect(value(readAt().side)).toBe('short');
      check('[id="reduce-only"]', true);
      expect(reason(readAt().side)).toMatch(/Reduce-Only is on/);
    });

    it('no tab selected, or the tabs removed: side missing with the reason', () => {
      for (const t of Array.from(box().querySelectorAll('[id$="-trigger-BUY"], [id$="-trigger-SELL"]'))) {
        t.setAttribute('aria-selected', 'false');
        t.setAttribute('data-state', 'inactive');
      }
      expect(reason(readAt().side)).toBe('cannot tell whether Buy | Long or Sell | Short is selected');
    });

    it('Market: price missing by design; Stop Limit: not assessed', () => {
      selectTab('[id$="-trigger-MARKET"]');
      let r = readAt();
      expect(value(r.orderType)).toBe('market');
      expect(reason(r.price)).toBe('market order uses the mark price');
      selectTab('[id$="-trigger-"]');
      r = readAt();
      expect(reason(r.orderType)).toBe('“Stop Limit” orders are not assessed (only Limit and Market)');
    });

    it.each([
      ['64,250.0', 64250],
      ['$64,250', 64250],
      ['.5', 0.5],
      ['10K', 10000],
    ])('price “%s” → %d', (text, expected) => {
      priceInput().value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['-', 'not a complete number'],
      ['1,5', 'ambiguous'],
      ['abc', 'not a number'],
      ['0', 'must be a finite number above 0'],
    ])('price “%s” → unknown (%s)', (text, why) => {
      priceInput().value = text;
      expect(reason(readAt().price)).toContain(why);
    });

    it('price input removed: named as missing', () => {
      $('[data-fx="price-field"]').remove();
      expect(reason(readAt().price)).toBe('no Limit Price input found on the ticket');
    });
  });

  describe('size and its unit', () => {
    it.each([
      ['0.25', 0.25],
      ['1,234.5', 1234.5],
      ['0.', 0],
    ])('amount “%s” → %d BTC', (text, expected) => {
      amount().value = text;
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'base' });
    });

    it.each([
      ['—', 'empty'],
      ['1e', 'not a complete number'],
      ['-3', 'must be a finite number, 0 or more'],
    ])('amount “%s” → unknown (%s)', (text, why) => {
      amount().value = text;
      expect(reason(readAt().size)).toContain(why);
    });

    it('the unit tag: USD is quote, another coin is refused, no tag is missing', () => {
      amount().value = '1,000';
      $('[data-fx="unit"]').textContent = 'USD';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'quote' });
      $('[data-fx="unit"]').textContent = 'ETH';
      expect(reason(readAt().size)).toBe('Amount unit “ETH” is neither BTC nor USD');
      $('[data-fx="unit"]').remove();
      expect(reason(readAt().size)).toBe('no unit (coin or USD) shown with the Amount input');
    });
  });

  describe('leverage, margin mode, balance, mark', () => {
    it('leverage “12.5×” and “10x”; two different ones are ambiguous; none is missing', () => {
      $('[data-fx="leverage"]').innerHTML = '<output>12.5×</output>';
      expect(value(readAt().leverage)).toBe(12.5);
      $('[data-fx="leverage"]').textContent = '10x';
      expect(value(readAt().leverage)).toBe(10);
      $('[data-fx="leverage"]').remove();
      expect(reason(readAt().leverage)).toBe('no leverage button like “5×” found');
    });

    it('Isolated selected; toggle gone → missing', () => {
      const [cross, iso] = Array.from(box().querySelectorAll('[role="radio"]'));
      cross!.setAttribute('aria-checked', 'false');
      cross!.setAttribute('data-state', 'off');
      iso!.setAttribute('aria-checked', 'true');
      iso!.setAttribute('data-state', 'on');
      expect(value(readAt().marginMode)).toBe('isolated');
      box().querySelector('[role="group"]')!.remove();
      expect(reason(readAt().marginMode)).toBe('no Cross / Isolated toggle found');
    });

    it.each([
      ['$1,234.56', 1234.56],
      ['1,234.56 USDC', 1234.56],
      ['$0.00', 0],
    ])('balance “%s” → %d', (text, expected) => {
      $('[data-fx="balance"]', document).textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it('balance: dash is empty, another asset is refused, gone → Free Collateral, then missing', () => {
      $('[data-fx="balance"]', document).textContent = '-';
      expect(reason(readAt().balance)).toBe('not a complete number');
      $('[data-fx="balance"]', document).textContent = '--';
      expect(reason(readAt().balance)).toBe('empty');
      $('[data-fx="balance"]', document).textContent = '0.5 ETH';
      expect(reason(readAt().balance)).toBe('the balance is shown in ETH, not USDC/USD');
      $('[data-fx="balance"]', document).parentElement!.innerHTML = '<span>Free Collateral</span><output>$900.00</output>';
      expect(value(readAt().balance)).toBe(900);
      document.querySelector('[data-fx="account"]')!.remove();
      expect(reason(readAt().balance)).toBe('no “Available Balance” or “Free Collateral” shown on the page');
    });

    it('oracle price: malformed, missing, or two different on the page', () => {
      $('[data-fx="oracle"]', document).textContent = '$--';
      expect(reason(readAt().markPrice)).toContain('not a number');
      $('[data-fx="oracle"]', document).textContent = '$64,251.00';
      document.querySelector('.sc-mkt')!.insertAdjacentHTML('beforeend', '<div><span>Oracle Price</span><output>$3,412.50</output></div>');
      expect(reason(readAt().markPrice)).toBe('more than one “Oracle Price” on the page');
      for (const el of Array.from(document.querySelectorAll('.sc-mkt .sc-stat, .sc-mkt > div:last-child'))) el.remove();
      expect(reason(readAt().markPrice)).toBe('no “Oracle Price” found on the page');
    });
  });

  describe('TP/SL and the receipt', () => {
    it('unchecked → none; checked and empty → none; values read; malformed → unknown', () => {
      expect(value(readAt().takeProfit)).toBeNull();
      tpslOn();
      expect(readAt().takeProfit).toEqual({ ok: true, value: null, source: 'input[id="takeprofit-price"] empty' });
      $<HTMLInputElement>('[id="takeprofit-price"]').value = '70K';
      $<HTMLInputElement>('[id="stoploss-price"]').value = '1..2';
      const r = readAt();
      expect(value(r.takeProfit)).toBe(70000);
      expect(reason(r.stopLoss)).toBe('not a complete number');
    });

    it('TP/SL checkbox gone: both missing by name', () => {
      box().querySelector('[id="show-trigger-orders"]')!.parentElement!.remove();
      const r = readAt();
      expect(reason(r.takeProfit)).toBe('no Take Profit / Stop Loss checkbox found on the ticket');
      expect(reason(r.stopLoss)).toBe('no Take Profit / Stop Loss checkbox found on the ticket');
    });

    it('receipt Liquidation Price: a change shown with an arrow reads the new figure; gone → missing', () => {
      $('[data-fx="liq"]').textContent = '$60,100.00 → $58,210.40';
      expect(value(readAt().venueLiquidationPrice)).toBe(58210.4);
      $('[data-fx="liq"]').parentElement!.remove();
      expect(reason(readAt().venueLiquidationPrice)).toBe('no “Liquidation Price” shown on the ticket');
    });
  });

  describe('symbol', () => {
    it('from the path, the hash-router path, else the header', () => {
      expect(value(readAt('https://dydx.trade/trade/ETH-USD').symbol)).toBe('ETH-USD');
      expect(readAt('https://dydx.example/#/trade/ETH-USD').symbol).toEqual({ ok: true, value: 'ETH-USD', source: 'URL #/trade/ETH-USD' });
      expect(readAt('https://dydx.trade/trade').symbol).toEqual({ ok: true, value: 'BTC-USD', source: 'header “BTC-USD”' });
      document.querySelector('[data-fx="market-name"]')!.textContent = 'Markets';
      for (const b of Array.from(document.querySelectorAll('[data-fx="market-opt"]'))) b.remove();
      expect(reason(readAt('https://dydx.trade/trade').symbol)).toMatch(/no market in the URL/);
    });

    it('after an in-app market switch (new Radix ids, new unit tag), reads the new market', () => {
      const fresh = box().cloneNode(true) as Element;
      for (const t of Array.from(fresh.querySelectorAll('[id^="radix-:r1:"]'))) t.id = t.id.replace(':r1:', ':r44:');
      fresh.querySelector('[data-fx="unit"]')!.textContent = 'ETH';
      (fresh.querySelector('[id="trade-amount"]') as HTMLInputElement).value = '2';
      box().replaceWith(fresh);
      const r = readAt('https://dydx.trade/trade/ETH-USD');
      expect(value(r.symbol)).toBe('ETH-USD');
      expect(value(r.size)).toEqual({ value: 2, unit: 'base' });
    });
  });

  it('overlay anchor and submit button: the one “Place Limit Order” button; the size input', () => {
    const anchor = adapter.overlayAnchor(ticket())!;
    expect(anchor.textContent).toBe('Place Limit Order');
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([['Place Limit Order', null]]);
    expect(adapter.sizeInput!(ticket())).toBe(amount());
  });

  it('external watch: the header’s Oracle Price, outside the ticket', () => {
    const watched = adapter.externalWatch!(document);
    expect(watched.map((w) => w.textContent)).toEqual(['$64,251.00']);
    expect(ticket().contains(watched[0]!)).toBe(false);
  });
});

describe('dYdX v4 adapter on variants of the page', () => {
  it('drifted markup (renamed styled-components classes, renumbered Radix ids, extra wrappers): same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain('sc-hLBbgP');
    expect(html).toContain('radix-:R7q:-trigger-BUY');
    load(html);
    fillFull();
    expect(summary(readAt())).toEqual(FULL);
  });

  it('no element ids: tabs by role + text, inputs by their labels (“Amount BTC”), checkboxes by label', () => {
    load(noIds(TICKET));
    const t = ticket();
    expect(t.querySelector('[id]')).toBeNull();
    const inputs = Array.from(t.querySelectorAll<HTMLInputElement>('input'));
    const byLabel = (label: string) => inputs.find((i) => i.closest('.sc-field')?.querySelector('label')?.textContent?.startsWith(label))!;
    byLabel('Amount').value = '0.25';
    const tpsl = Array.from(t.querySelectorAll('[role="checkbox"]'))[1]!;
    tpsl.setAttribute('aria-checked', 'true');
    tpsl.setAttribute('data-state', 'checked');
    t.querySelector<HTMLElement>('[data-fx="tpsl-box"]')!.style.display = '';
    byLabel('TP Price').value = '70,000';
    byLabel('SL Price').value = '60,000.5';
    t.querySelector('[data-fx="liq"]')!.textContent = '$59,581.20';
    const r = readAt();
    expect(summary(r)).toEqual(FULL);
    expect(r.side.ok && r.side.source).toBe('tab button “Buy | Long” (aria/data-state)');
    expect(r.size.ok && r.size.source).toMatch(/^text “Amount BTC” \+ input/);
  });

  it('the Spanish and Turkish pages write a decimal comma (“$1234,56”, “$64.251,00”, typed “0,25”): the same figures, not 123456 or unknown', () => {
    for (const lang of ['es', 'tr'] as const) {
      load(TICKET);
      amount().setAttribute('value', '0.25');
      load(languages[lang].page(`<!doctype html>\n${document.documentElement.outerHTML}`));
      expect(amount().value).toBe('0,25');
      const r = readAt();
      expect({ price: value(r.price), markPrice: value(r.markPrice), size: value(r.size), balance: value(r.balance) }, lang).toEqual({
        price: 64250,
        markPrice: 64251,
        size: { value: 0.25, unit: 'base' },
        balance: 1234.56,
      });
    }
  });

  it('the Korean page without element ids: tabs, inputs and checkboxes by the Korean words dYdX ships', () => {
    load(noIds(languages.ko.page(TICKET)));
    const t = ticket();
    const inputs = Array.from(t.querySelectorAll<HTMLInputElement>('input'));
    const byLabel = (label: string) => inputs.find((i) => i.closest('.sc-field')?.querySelector('label')?.textContent?.startsWith(label))!;
    byLabel('금액').value = '0.25';
    const r = readAt();
    expect(r.side.ok && r.side.source).toBe('tab button “구매 | 롱” (aria/data-state)');
    expect({ orderType: value(r.orderType), price: value(r.price), size: value(r.size), takeProfit: value(r.takeProfit) }).toEqual({
      orderType: 'limit',
      price: 64250,
      size: { value: 0.25, unit: 'base' },
      takeProfit: null,
    });
  });

  it('a trade page without the trade box: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible trade boxes (an unexpected layout): refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.sc-simple')!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });
});

describe('dYdX v4: a changed page is told apart from an empty field', () => {
  it('an element no longer where the adapter looks says kind “lost”; an empty Amount says “empty”', () => {
    load(TICKET);
    expect((readAt().size as { kind?: string }).kind).toBe('empty');
    document.querySelector('[data-fx="oracle"]')!.parentElement!.remove();
    document.querySelector('[data-fx="balance"]')!.parentElement!.remove();
    for (const t of Array.from(box().querySelectorAll('[role="tab"][data-fx="type"]'))) t.remove();
    box().querySelector('[data-fx="leverage"]')!.remove();
    box().querySelector('[role="group"]')!.remove();
    const r = readAt();
    for (const name of ['markPrice', 'balance', 'orderType', 'leverage', 'marginMode'] as const) expect((r[name] as { kind?: string }).kind, name).toBe('lost');
  });
});
