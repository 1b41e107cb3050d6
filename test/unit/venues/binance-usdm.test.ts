// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { binanceUsdmAdapter as adapter } from '../../../src/venues/binance-usdm/adapter';
import { drifted, labelsOnly, legacy2023, oneWay, zhCN } from '../../../src/venues/binance-usdm/fixtures/variants';
import { BOTH_SIDES_OFFERED } from '../../../src/venues/kit/read/side';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { fixturePages, load, query, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('binance-usdm');
const BTC_URL = 'https://www.binance.com/en/futures/BTCUSDT';

const { ticket, readAt } = ticketHelpers(adapter, BTC_URL);

const $ = <E extends Element = HTMLElement>(sel: string) => query<E>(sel, document);
const visibleSize = () => $<HTMLInputElement>('input[id^="unitAmount-7f3a"], input[id^="unitAmount-r9k2z1"]');
function setInput(input: HTMLInputElement, v: string) {
  input.value = v;
}
function type(sel: string, v: string) {
  setInput($<HTMLInputElement>(sel), v);
}
function selectTab(key: 'LIMIT' | 'MARKET' | 'CONDITIONAL') {
  for (const tab of Array.from(ticket().querySelectorAll('[data-tab-key]'))) tab.setAttribute('aria-selected', String(tab.getAttribute('data-tab-key') === key));
}
function turnOnTpSl() {
  $<HTMLInputElement>('[data-fx="tpsl"]').checked = true;
  $('[data-fx="tpsl-box"]').style.display = '';
}

/** Every field of a full reading, in the form the risk core receives. */
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
    venueLiquidationPrice: value(r.venueLiquidationPrice),
  };
}

const EXPECTED_FULL = {
  symbol: 'BTCUSDT',
  side: BOTH_SIDES_OFFERED,
  orderType: 'limit',
  price: 64250,
  markPrice: 64251.3,
  size: { value: 0.5, unit: 'base' },
  leverage: 20,
  marginMode: 'cross',
  balance: 1234.56,
  takeProfit: 70000,
  stopLoss: 60000.5,
  venueLiquidationPrice: null,
};

function fillFull() {
  setInput(visibleSize(), '0.5');
  turnOnTpSl();
  type('input[name="takeProfitStopPrice"]', '70,000');
  type('input[name="stopLossStopPrice"]', '60,000.5');
}

describe('Binance USDⓈ-M adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible ticket, not the hidden duplicate pane or the mobile form', () => {
    const t = ticket();
    expect(t.querySelector('#position-direction')).not.toBeNull();
    expect(t.contains(document.getElementById('unitAmount-7f3a'))).toBe(true);
    expect(t.contains(document.getElementById('unitAmount-m0b1'))).toBe(false);
    expect(t.contains(document.getElementById('futuresOrderbook'))).toBe(false);
  });

  it('reads every field as served (size empty, TP/SL off, no estimate yet)', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({
      ...EXPECTED_FULL,
      size: undefined,
      takeProfit: null,
      stopLoss: null,
    });
    expect(reason(r.size)).toBe('empty');
    expect(r.symbol).toEqual({ ok: true, value: 'BTCUSDT', source: 'URL /en/futures/BTCUSDT' });
    expect(r.price.ok && r.price.source).toBe('input[id^="limitPrice-"] “64,250.0”');
    expect(r.leverage.ok && r.leverage.source).toBe('button “20x”');
    expect(r.balance.ok && r.balance.source).toBe('“Avbl” “1,234.56 USDT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('header “Mark” “64,251.3”');
  });

  it('reads a complete order: size, TP/SL, and the values of the hidden duplicate are never used', () => {
    fillFull();
    const r = readAt();
    expect(summary(r)).toEqual(EXPECTED_FULL);
    expect(r.size.ok && r.size.source).toMatch(/^input\[id\^="unitAmount-"\] “0\.5”, size unit div “BTC”/);
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
  });

  it('reads the venue’s own Liq. Price only when it is not ambiguous', () => {
    setInput(visibleSize(), '0.5');
    $('[data-fx="liq-long"]').textContent = '62,010.4 USDT';
    $('[data-fx="liq-short"]').textContent = '66,480.2 USDT';
    expect(reason(readAt().venueLiquidationPrice)).toMatch(/one “Liq\. Price” per side/);
    // With one side offered, that side's figure is read.
    $('.bn-button__sell').setAttribute('hidden', '');
    const r = readAt();
    expect(value(r.side)).toBe('long');
    expect(value(r.venueLiquidationPrice)).toBe(62010.4);
  });

  describe('side', () => {
    it('is missing with the both-sides reason while Open Long and Open Short are both offered', () => {
      expect(readAt().side).toEqual({ ok: false, reason: BOTH_SIDES_OFFERED, kind: 'bothSides' });
    });

    it('is read when only one side button is visible', () => {
      $('.bn-button__buy').style.display = 'none';
      const r = readAt();
      expect(value(r.side)).toBe('short');
      expect(r.side.ok && r.side.source).toBe('button “Open Short”, the only side offered');
    });

    it('is missing on the Close tab (the order closes a position)', () => {
      const [open, close] = Array.from(document.querySelectorAll('#position-direction [role="tab"]'));
      open!.setAttribute('aria-selected', 'false');
      close!.setAttribute('aria-selected', 'true');
      $('.bn-button__buy').textContent = 'Close Long';
      $('.bn-button__sell').textContent = 'Close Short';
      expect(reason(readAt().side)).toMatch(/Close tab/);
    });

    it('is missing, by name, when no side button is there', () => {
      for (const b of Array.from(ticket().querySelectorAll('.bn-button'))) b.remove();
      expect(reason(readAt().side)).toMatch(/no Open Long \/ Open Short/);
    });
  });

  describe('order type and price', () => {
    it('Market: price missing because the mark price is used', () => {
      selectTab('MARKET');
      $('[data-fx="price-item"]').style.display = 'none';
      $('[data-fx="market-item"]').style.display = '';
      const r = readAt();
      expect(value(r.orderType)).toBe('market');
      expect(reason(r.price)).toBe('market order uses the mark price');
    });

    it('Stop Limit and other conditional orders are named as not assessed', () => {
      selectTab('CONDITIONAL');
      expect(reason(readAt().orderType)).toMatch(/“Stop Limit” orders are not assessed/);
    });

    it('no selected tab: order type missing', () => {
      selectTab('LIMIT');
      for (const tab of Array.from(document.querySelectorAll('[data-tab-key]'))) tab.setAttribute('aria-selected', 'false');
      expect(reason(readAt().orderType)).toMatch(/no selected Limit \/ Market tab/);
    });

    it.each([
      ['64,250.0', 64250],
      ['1,234.5', 1234.5],
      ['10K', 10000],
      ['.5', 0.5],
      ['≈ 64,000', 64000],
    ])('price “%s” → %d', (text, expected) => {
      type('#limitPrice-7f3a', text);
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['—', 'empty'],
      ['--', 'empty'],
      ['-', 'not a complete number'],
      ['1..2', 'not a complete number'],
      ['1,5', 'ambiguous'],
      ['abc', 'not a number'],
      ['0.', 'must be a finite number above 0'],
      ['0', 'must be a finite number above 0'],
    ])('price “%s” → unknown (%s)', (text, why) => {
      type('#limitPrice-7f3a', text);
      expect(reason(readAt().price)).toContain(why);
    });

    it('price input removed: named as missing', () => {
      $('[data-fx="price-item"]').remove();
      expect(reason(readAt().price)).toBe('no price input found on the ticket');
    });
  });

  describe('size', () => {
    it.each([
      ['0.5', 0.5],
      ['1,234.5', 1234.5],
      ['10K', 10000],
      ['0.', 0],
      ['.25', 0.25],
    ])('size “%s” → %d BTC', (text, expected) => {
      setInput(visibleSize(), text);
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'base' });
    });

    it.each([
      ['', 'empty'],
      ['—', 'empty'],
      ['-', 'not a complete number'],
      ['1e', 'not a complete number'],
      ['25%', 'percentage of the maximum'],
      ['1,2', 'ambiguous'],
      ['-3', 'must be a finite number, 0 or more'],
    ])('size “%s” → unknown (%s)', (text, why) => {
      setInput(visibleSize(), text);
      expect(reason(readAt().size)).toContain(why);
    });

    it('the unit switch decides base or quote; other units are refused', () => {
      setInput(visibleSize(), '1,000');
      $('[data-fx="unit"]').textContent = 'USDT';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'quote' });
      $('[data-fx="unit"]').textContent = 'Cont';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'contracts' });
      $('[data-fx="unit"]').textContent = 'ETH';
      expect(reason(readAt().size)).toMatch(/“ETH” is neither BTC nor USDT/);
      $('[data-fx="unit"]').textContent = 'Cost';
      expect(reason(readAt().size)).toMatch(/entered as margin/);
      $('[data-fx="unit"]').remove();
      expect(reason(readAt().size)).toMatch(/no size unit/);
    });
  });

  describe('leverage, margin mode, balance', () => {
    it('reads the leverage and Cross/Isolated buttons, also as one button “Isolated 10x”', () => {
      $('[data-fx="leverage"]').textContent = '125x';
      expect(value(readAt().leverage)).toBe(125);
      $('[data-fx="margin-mode"]').textContent = 'Isolated';
      expect(value(readAt().marginMode)).toBe('isolated');
      $('[data-fx="leverage"]').remove();
      $('[data-fx="margin-mode"]').textContent = 'Isolated 10x';
      const r = readAt();
      expect(value(r.leverage)).toBe(10);
      expect(value(r.marginMode)).toBe('isolated');
    });

    it('leverage or margin mode removed: named as missing', () => {
      $('[data-fx="leverage"]').remove();
      $('[data-fx="margin-mode"]').remove();
      const r = readAt();
      expect(reason(r.leverage)).toBe('no leverage button like “20x” found');
      expect(reason(r.marginMode)).toBe('no Cross / Isolated button found');
    });

    it.each([
      ['1,234.56 USDT', 1234.56],
      ['10K USDT', 10000],
      ['0.00 USDT', 0],
      ['1,234.5', 1234.5],
    ])('balance “%s” → %d', (text, expected) => {
      $('.css-avbl .css-v').textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it.each([
      ['— USDT', 'empty'],
      ['--', 'empty'],
      ['', 'no “Avbl” balance'],
      ['1,234.5 BTC', 'shown in BTC'],
      ['1,23 USDT', 'ambiguous'],
    ])('balance “%s” → unknown (%s)', (text, why) => {
      $('.css-avbl .css-v').textContent = text;
      expect(reason(readAt().balance)).toContain(why);
    });

    it('balance row removed: named as missing', () => {
      $('.css-avbl').remove();
      expect(reason(readAt().balance)).toBe('no “Avbl” balance shown on the ticket');
    });
  });

  describe('TP/SL', () => {
    it('unchecked → no TP/SL (null); checked and empty → null; checked with values → read', () => {
      expect(value(readAt().takeProfit)).toBeNull();
      turnOnTpSl();
      expect(value(readAt().takeProfit)).toBeNull();
      expect(readAt().takeProfit.ok && (readAt().takeProfit as { source: string }).source).toMatch(/empty/);
      type('input[name="takeProfitStopPrice"]', '70,000');
      type('input[name="stopLossStopPrice"]', '10K');
      expect(value(readAt().takeProfit)).toBe(70000);
      expect(value(readAt().stopLoss)).toBe(10000);
    });

    it('malformed trigger prices are unknown with the reason', () => {
      turnOnTpSl();
      type('input[name="takeProfitStopPrice"]', '—');
      type('input[name="stopLossStopPrice"]', '1..2');
      const r = readAt();
      expect(value(r.takeProfit)).toBeNull(); // “—” in an input is an empty field
      expect(reason(r.stopLoss)).toBe('not a complete number');
    });

    it('TP/SL checkbox removed: both named as missing', () => {
      $('[data-fx="tpsl"]').closest('label')!.remove();
      const r = readAt();
      expect(reason(r.takeProfit)).toBe('no TP/SL checkbox found on the ticket');
      expect(reason(r.stopLoss)).toBe('no TP/SL checkbox found on the ticket');
    });
  });

  describe('symbol and mark price', () => {
    it('symbol from the URL, in any locale path; from the title when the URL has none', () => {
      expect(value(readAt('https://www.binance.com/zh-CN/futures/ETHUSDT').symbol)).toBe('ETHUSDT');
      expect(value(readAt('https://www.binance.com/futures/BTCUSDT_250926').symbol)).toBe('BTCUSDT_250926');
      const r = readAt('https://www.binance.com/en/futures');
      expect(r.symbol.ok && r.symbol.source).toMatch(/page title/);
      document.title = 'Binance';
      expect(reason(readAt('https://www.binance.com/en/futures').symbol)).toMatch(/no symbol/);
    });

    it.each([
      ['64,251.3', 64251.3],
      ['64.2K', 64200],
    ])('mark “%s” → %d', (text, expected) => {
      document.querySelectorAll('.css-stat-v')[0]!.textContent = text;
      expect(value(readAt().markPrice)).toBe(expected);
    });

    it('mark missing or malformed → unknown with the reason', () => {
      document.querySelectorAll('.css-stat-v')[0]!.textContent = '--';
      expect(reason(readAt().markPrice)).toBe('empty');
      document.querySelector('.css-stat')!.remove();
      expect(reason(readAt().markPrice)).toBe('no “Mark” price found in the page header');
    });

    it('two different mark prices on the page → ambiguous, not the first one', () => {
      const header = document.querySelector('.css-1d9n3ne')!;
      header.insertAdjacentHTML('beforeend', '<div><span>Mark</span><div>3,412.55</div></div>');
      expect(reason(readAt().markPrice)).toMatch(/more than one “Mark”/);
    });

    it('after an in-app symbol switch (new ids, new unit, new mark), reads the new symbol', () => {
      const t = ticket();
      const fresh = t.cloneNode(true) as Element;
      for (const el of Array.from(fresh.querySelectorAll('[id^="unitAmount-7f3a"], [id^="limitPrice-7f3a"]'))) el.id = el.id.replace('7f3a', 'c0de');
      fresh.querySelector('[data-fx="unit"]')!.textContent = 'ETH';
      t.replaceWith(fresh);
      document.querySelectorAll('.css-stat-v')[0]!.textContent = '3,412.55';
      (document.getElementById('unitAmount-c0de') as HTMLInputElement).value = '2';
      const r = readAt('https://www.binance.com/en/futures/ETHUSDT');
      expect(value(r.symbol)).toBe('ETHUSDT');
      expect(value(r.size)).toEqual({ value: 2, unit: 'base' });
      expect(value(r.markPrice)).toBe(3412.55);
    });
  });

  it('overlay anchor: the row holding both submit buttons, inside the ticket', () => {
    const anchor = adapter.overlayAnchor(ticket())!;
    expect(anchor.contains($('.bn-button__buy'))).toBe(true);
    expect(anchor.contains($('.bn-button__sell'))).toBe(true);
    expect(ticket().contains(anchor)).toBe(true);
  });

  it('24h high and low from the header, only where the page shows them', () => {
    let r = readAt();
    expect(value(r.high24h!)).toBe(65120);
    expect(value(r.low24h!)).toBe(63402.5);
    for (const label of Array.from(document.querySelectorAll('.css-u8v1'))) if (/24h (High|Low)/.test(label.textContent!)) label.closest('.css-stat')!.remove();
    r = readAt();
    expect(r.high24h).toBeUndefined();
    expect(r.low24h).toBeUndefined();
  });

  it('submit buttons with the side each places; the size input', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['Open Long', 'long'],
      ['Open Short', 'short'],
    ]);
    expect(adapter.sizeInput!(ticket())?.id).toBe('unitAmount-7f3a');
  });

  it('external watch: the header’s mark price, outside the ticket', () => {
    const watched = adapter.externalWatch!(document);
    expect(watched).toHaveLength(1);
    expect(watched[0]!.textContent).toBe('64,251.3');
    expect(ticket().contains(watched[0]!)).toBe(false);
  });

  it('an element no longer on the page is missing as lost (the page-changed state counts it), not as an empty field', () => {
    adapter.sizeInput!(ticket())!.value = '0.5';
    $('[data-fx="leverage"]').remove();
    $('[data-fx="margin-mode"]').remove();
    for (const el of Array.from(ticket().querySelectorAll('.css-avbl'))) el.remove();
    $('[data-fx="price-item"]').remove();
    $('[data-fx="unit"]').remove();
    const r = readAt();
    expect((['leverage', 'marginMode', 'balance', 'price', 'size'] as const).map((n) => { const f = r[n]; return f.ok ? 'read' : f.kind; })).toEqual(['lost', 'lost', 'lost', 'lost', 'lost']);
  });
});

describe('Binance USDⓈ-M adapter on variants of the page', () => {
  it('one-way mode: Buy/Long and Sell/Short are both offered; Reduce-Only does not confuse TP/SL', () => {
    load(oneWay(TICKET));
    fillFull();
    expect(summary(readAt())).toEqual(EXPECTED_FULL);
    expect(document.getElementById('position-direction')).toBeNull();
    $('.bn-button__sell').remove();
    expect(value(readAt().side)).toBe('long');
  });

  it('zh-CN: every field read from the Chinese labels', () => {
    load(zhCN(TICKET));
    fillFull();
    const r = readAt('https://www.binance.com/zh-CN/futures/BTCUSDT');
    expect(summary(r)).toEqual(EXPECTED_FULL);
    expect(r.marginMode.ok && r.marginMode.source).toBe('button “全仓”');
    expect(r.balance.ok && r.balance.source).toBe('“可用” “1,234.56 USDT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('header “标记价格” “64,251.3”');
  });

  it('drifted markup (renamed hashed classes, new id suffixes, extra wrappers): same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain('css-1k9x2ha');
    expect(html).toContain('unitAmount-r9k2z1');
    load(html);
    fillFull();
    expect(summary(readAt())).toEqual(EXPECTED_FULL);
  });

  it('2023 markup (name= inputs, no data-tab-key): inputs by name, order type by tab text', () => {
    load(legacy2023(TICKET));
    $<HTMLInputElement>('input[name="unitAmount"]').value = '0.5';
    turnOnTpSl();
    type('input[name="takeProfitStopPrice"]', '70,000');
    type('input[name="stopLossStopPrice"]', '60,000.5');
    const r = readAt();
    expect(summary(r)).toEqual(EXPECTED_FULL);
    expect(r.size.ok && r.size.source).toMatch(/^input\[name="unitAmount" i\]/);
    expect(r.orderType.ok && r.orderType.source).toBe('selected tab div “Limit”');
  });

  it('no stable hooks at all: the ticket and its inputs are found by their labels', () => {
    load(labelsOnly(TICKET));
    const t = ticket();
    const sizeInput = Array.from(t.querySelectorAll('input')).find((i) => i.closest('.bn-formItem')?.textContent?.includes('Size'))!;
    sizeInput.value = '0.5';
    turnOnTpSl();
    const [tp, sl] = Array.from(t.querySelectorAll<HTMLInputElement>('.css-tpsl input'));
    tp!.value = '70,000';
    sl!.value = '60,000.5';
    const r = readAt();
    expect(summary(r)).toEqual(EXPECTED_FULL);
    expect(r.size.ok && r.size.source).toMatch(/^label “Size”|^text “Size” \+ input/);
  });

  it('a page without a ticket (futures home): nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible tickets (an unexpected layout): refuses to pick one', () => {
    load(TICKET);
    document.querySelector('.css-mobile')!.setAttribute('style', 'display:block');
    expect(adapter.findTicket(document)).toBeNull();
  });
});
