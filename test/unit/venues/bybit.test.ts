// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bybitAdapter as adapter, bybitRiskVenue, bybitWords } from '../../../src/venues/bybit/adapter';
import { drifted, hedge, hedgeClose, inverse, languages, testIds } from '../../../src/venues/bybit/fixtures/variants';
import { BOTH_SIDES_OFFERED } from '../../../src/venues/kit/read/side';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { adapterForUrl } from '../../../src/venues/registry';
import { fixturePages, fx, load, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('bybit');
const LINEAR_URL = 'https://www.bybit.com/trade/usdt/BTCUSDT';
const INVERSE_URL = 'https://www.bybit.com/trade/inverse/BTCUSD';

const { ticket, readAt } = ticketHelpers(adapter, LINEAR_URL);
const input = (name: string) => fx<HTMLInputElement>(name, ticket());

function summary(r: TicketReading) {
  return {
    symbol: value(r.symbol),
    side: value(r.side) ?? reason(r.side),
    orderType: value(r.orderType),
    price: value(r.price) ?? reason(r.price),
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

/** What the page's script does on the Market tab / TP/SL box, without running it. */
function chooseTab(type: 'limit' | 'market' | 'conditional') {
  for (const tab of Array.from(ticket().querySelectorAll('[data-fx="tab"]'))) {
    const on = tab.getAttribute('data-type') === type;
    tab.setAttribute('aria-selected', String(on));
    tab.classList.toggle('by-tabs__tab--active', on);
  }
  fx('price-row').style.display = type === 'market' ? 'none' : '';
  fx('market-row').style.display = type === 'market' ? '' : 'none';
}
function turnOnTpSl() {
  input('tpsl').checked = true;
  fx('tpsl-box').style.display = '';
}
function orderBy(mode: string, unit: string) {
  fx('order-by').firstChild!.nodeValue = mode;
  fx('qty-unit').textContent = unit;
}

const EXPECTED = {
  symbol: 'BTCUSDT',
  side: BOTH_SIDES_OFFERED,
  orderType: 'limit',
  price: 64250.5,
  markPrice: 64251.3,
  size: { value: 0.5, unit: 'base' },
  leverage: 10,
  marginMode: 'cross',
  balance: 10000,
  takeProfit: null,
  stopLoss: null,
  venueLiquidationPrice: null,
};

describe('Bybit adapter on the USDT perpetual ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible order zone, not the hidden small-screen one or the order book', () => {
    const t = ticket();
    expect(t.classList.contains('order-create')).toBe(true);
    expect(t.textContent).toContain('Available Balance');
    expect(t.textContent).not.toContain('5.0000 USDT');
    expect(t.textContent).not.toContain('Order Book');
  });

  it('reads every field as served (quantity empty) with where each came from', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...EXPECTED, size: undefined });
    expect(reason(r.size)).toBe('empty');
    expect(r.symbol).toEqual({ ok: true, value: 'BTCUSDT', source: 'URL /trade/usdt/BTCUSDT' });
    expect(r.price.ok && r.price.source).toBe('text “Price” + input “64,250.5”');
    expect(r.leverage.ok && r.leverage.source).toBe('div “10.00x”');
    expect(r.marginMode.ok && r.marginMode.source).toBe('div “Cross”');
    expect(r.balance.ok && r.balance.source).toBe('“Available Balance” “10,000.0000 USDT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('header “Mark Price” “64,251.3”');
    expect(r.orderType.ok && r.orderType.source).toBe('tab div “Limit” (aria-selected)');
    expect(r.high24h && value(r.high24h)).toBe(65120);
    expect(r.low24h && value(r.low24h)).toBe(63402.5);
  });

  it('reads a complete order with TP/SL; both sides are offered, so the side is the button clicked', () => {
    input('qty').value = '0.5';
    turnOnTpSl();
    input('tp').value = '70,000';
    input('sl').value = '60,000.5';
    const r = readAt();
    expect(summary(r)).toEqual({ ...EXPECTED, takeProfit: 70000, stopLoss: 60000.5 });
    expect(r.size.ok && r.size.source).toBe('input in the row of “Order by Qty” “0.5”, unit span “BTC”');
    expect(r.takeProfit.ok && r.takeProfit.source).toBe('text “Take Profit” + input “70,000”');
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
  });

  describe('side', () => {
    it('one visible side button → that side, and its own Est. Liq. Price', () => {
      fx('liq-long').textContent = '58,210.4';
      fx('liq-short').textContent = '70,290.1';
      expect(reason(readAt().venueLiquidationPrice)).toMatch(/one “Est\. Liq\. Price” per side/);
      ticket().querySelector<HTMLElement>('.oc__btn--buy')!.style.display = 'none';
      const r = readAt();
      expect(value(r.side)).toBe('short');
      expect(r.side.ok && r.side.source).toBe('button “Sell/Short”, the only side offered');
      expect(value(r.venueLiquidationPrice)).toBe(70290.1);
    });

    it('Reduce-Only on → unknown with the reason', () => {
      input('reduce-only').checked = true;
      expect(reason(readAt().side)).toBe('Reduce-Only is on: this order can only reduce a position');
    });

    it('Hedge Mode: the Open tab offers both sides; the Close tab closes a position', () => {
      load(hedge(TICKET));
      expect(reason(readAt().side)).toBe(BOTH_SIDES_OFFERED);
      expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
        ['Open Long', 'long'],
        ['Open Short', 'short'],
      ]);
      load(hedgeClose(TICKET));
      expect(reason(readAt().side)).toBe('the Close tab is selected: this order closes a position');
      expect(adapter.submitButtons!(ticket())).toEqual([]);
    });

    it('the guessed 2026 test ids find one-word buttons “Buy” / “Sell”', () => {
      load(testIds(TICKET));
      expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
        ['Buy', 'long'],
        ['Sell', 'short'],
      ]);
      expect(reason(readAt().side)).toBe(BOTH_SIDES_OFFERED);
    });

    it('no side button at all → no ticket (nothing to anchor the overlay to)', () => {
      for (const b of Array.from(document.querySelectorAll('[data-fx="submit"]'))) b.remove();
      expect(adapter.findTicket(document)).toBeNull();
    });
  });

  describe('order type and price', () => {
    it('Market: the price is the mark by design', () => {
      chooseTab('market');
      const r = readAt();
      expect(value(r.orderType)).toBe('market');
      expect(reason(r.price)).toBe('market order uses the mark price');
    });

    it('Conditional is named as not assessed; no tab selected → unknown', () => {
      chooseTab('conditional');
      expect(reason(readAt().orderType)).toBe('“Conditional” orders are not assessed (only Limit and Market)');
      for (const tab of Array.from(ticket().querySelectorAll('[data-fx="tab"]'))) {
        tab.removeAttribute('aria-selected');
        tab.classList.remove('by-tabs__tab--active');
      }
      expect(reason(readAt().orderType)).toBe('cannot tell which order-type tab is selected');
    });

    it('without ARIA, the one tab styled differently is the selected one', () => {
      for (const tab of Array.from(ticket().querySelectorAll('[data-fx="tab"]'))) tab.removeAttribute('aria-selected');
      const r = readAt();
      expect(value(r.orderType)).toBe('limit');
      expect(r.orderType.ok && r.orderType.source).toBe('tab div “Limit” (the only one styled differently)');
    });

    it.each([
      ['64,000', 64000],
      ['1,234.5', 1234.5],
      ['.5', 0.5],
    ])('price “%s” → %d', (text, expected) => {
      input('price').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['--', 'empty'],
      ['1..2', 'not a complete number'],
      ['64,00', 'ambiguous'],
      ['abc', 'not a number'],
    ])('price “%s” → unknown (%s)', (text, why) => {
      input('price').value = text;
      expect(reason(readAt().price)).toContain(why);
    });

    it('price row removed → named as missing', () => {
      fx('price-row').remove();
      expect(reason(readAt().price)).toBe('no price input found on the ticket');
    });
  });

  describe('quantity', () => {
    it.each([
      ['0.5', 0.5],
      ['1,234.5', 1234.5],
      ['10K', 10000],
      ['0.', 0],
    ])('“%s” BTC → %d base', (text, expected) => {
      input('qty').value = text;
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'base' });
    });

    it.each([
      ['', 'empty'],
      ['-', 'not a complete number'],
      ['1,5', 'ambiguous'],
      ['25%', 'percentage'],
    ])('“%s” → unknown (%s)', (text, why) => {
      input('qty').value = text;
      expect(reason(readAt().size)).toContain(why);
    });

    it('Order by Value (USDT) → quote; Order by Cost → unknown, it is margin plus fees', () => {
      input('qty').value = '1,000';
      orderBy('Order by Value', 'USDT');
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'quote' });
      orderBy('Order by Cost', 'USDT');
      expect(reason(readAt().size)).toBe('the quantity is entered as order cost (“Order by Cost”: margin plus fees), not as a size');
    });

    it('a unit that is not this symbol’s → unknown; no unit → unknown; input removed → missing', () => {
      input('qty').value = '2';
      fx('qty-unit').textContent = 'ETH';
      expect(reason(readAt().size)).toBe('quantity unit “ETH” is neither BTC nor USDT');
      fx('qty-unit').remove();
      expect(reason(readAt().size)).toBe('no unit shown next to the quantity input');
      fx('qty-row').remove();
      expect(reason(readAt().size)).toBe('no quantity input (“Order by Qty”) found on the ticket');
    });
  });

  describe('leverage, margin mode, balance', () => {
    it.each([
      ['10.00x', 10],
      ['25x', 25],
      ['12.5x', 12.5],
    ])('leverage “%s” → %d', (text, expected) => {
      fx('leverage').textContent = text;
      expect(value(readAt().leverage)).toBe(expected);
    });

    it('leverage malformed or removed, margin mode removed or Portfolio → named', () => {
      fx('leverage').textContent = '—';
      expect(reason(readAt().leverage)).toBe('empty');
      fx('leverage').remove();
      expect(reason(readAt().leverage)).toBe('no leverage like “10.00x” found in the order zone');
      fx('margin-mode').textContent = 'Portfolio Margin';
      expect(reason(readAt().marginMode)).toBe('Portfolio Margin is on: its account-level liquidation is not modelled');
      fx('margin-mode').remove();
      expect(reason(readAt().marginMode)).toBe('no Cross / Isolated margin mode button found');
    });

    it('Isolated is read', () => {
      fx('margin-mode').textContent = 'Isolated';
      expect(value(readAt().marginMode)).toBe('isolated');
    });

    it.each([
      ['10,000.0000 USDT', 10000],
      ['0.0000 USDT', 0],
      ['1.2M USDT', 1200000],
    ])('balance “%s” → %d', (text, expected) => {
      fx('avbl').textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it.each([
      ['--', 'empty'],
      ['1,00 USDT', 'ambiguous'],
      ['0.5 BTC', 'shown in BTC, not USDT'],
    ])('balance “%s” → unknown (%s)', (text, why) => {
      fx('avbl').textContent = text;
      expect(reason(readAt().balance)).toContain(why);
    });

    it('balance row removed → named as missing', () => {
      fx('avbl').parentElement!.remove();
      expect(reason(readAt().balance)).toBe('no “Available Balance” shown on the ticket');
    });
  });

  describe('TP/SL, mark price', () => {
    it('TP/SL on with empty inputs → none; malformed → unknown; checkbox removed → missing', () => {
      turnOnTpSl();
      expect(value(readAt().takeProfit)).toBeNull();
      input('sl').value = '1e5';
      expect(reason(readAt().stopLoss)).toMatch(/not a number/);
      input('tpsl').closest('label')!.remove();
      expect(reason(readAt().takeProfit)).toBe('no TP/SL checkbox found on the ticket');
    });

    it('mark: read (not the positions table’s column), malformed, missing', () => {
      fx('mark').textContent = '64,300.9';
      expect(value(readAt().markPrice)).toBe(64300.9);
      fx('mark').textContent = '--';
      expect(reason(readAt().markPrice)).toBe('empty');
      fx('mark').parentElement!.remove();
      expect(reason(readAt().markPrice)).toBe('no “Mark Price” found in the page header');
    });
  });

  it('submit buttons with their sides, the quantity input, the overlay after the button row, the header mark watched', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['Buy/Long', 'long'],
      ['Sell/Short', 'short'],
    ]);
    expect(adapter.sizeInput!(ticket())).toBe(input('qty'));
    expect(adapter.overlayAnchor(ticket())?.classList.contains('oc__btns')).toBe(true);
    const watched = adapter.externalWatch!(document);
    expect(watched.map((w) => w.textContent)).toEqual(['64,251.3']);
    expect(ticket().contains(watched[0]!)).toBe(false);
  });

  it('an element no longer on the page is missing as lost (the page-changed state counts it), not as an empty field', () => {
    adapter.sizeInput!(ticket())!.value = '0.5';
    fx('leverage').remove();
    fx('margin-mode').remove();
    fx('avbl').parentElement!.remove();
    fx('mark').parentElement!.remove();
    fx('qty-unit').remove();
    const r = readAt();
    expect((['leverage', 'marginMode', 'balance', 'markPrice', 'size'] as const).map((n) => { const f = r[n]; return f.ok ? 'read' : f.kind; })).toEqual(['lost', 'lost', 'lost', 'lost', 'lost']);
  });
});

describe('Bybit adapter on the inverse page', () => {
  beforeEach(() => load(inverse(TICKET)));

  it('reads the quantity in USD contracts and the balance in BTC', () => {
    input('qty').value = '10,000';
    const r = readAt(INVERSE_URL);
    expect(summary(r)).toEqual({
      ...EXPECTED,
      symbol: 'BTCUSD',
      markPrice: 64251.5,
      size: { value: 10000, unit: 'contracts' },
      balance: 0.5,
    });
    expect(r.balance.ok && r.balance.source).toBe('“Available Balance” “0.5000 BTC”');
  });

  it('Order by Value in BTC → base (the coin); a USDT balance on an inverse page → unknown', () => {
    input('qty').value = '0.2';
    orderBy('Order by Value', 'BTC');
    expect(value(readAt(INVERSE_URL).size)).toEqual({ value: 0.2, unit: 'base' });
    fx('avbl').textContent = '1,000.0000 USDT';
    expect(reason(readAt(INVERSE_URL).balance)).toBe('the balance is shown in USDT, not BTC');
  });

  it('risk venue and words follow the page: bybit-inverse and BTC margin on /trade/inverse/', () => {
    expect(bybitRiskVenue(new URL(INVERSE_URL))).toBe('bybit-inverse');
    expect(bybitRiskVenue(new URL(LINEAR_URL))).toBe('bybit-linear');
    expect(adapter.riskVenueFor!(new URL('https://www.bybit.com/en/trade/inverse/ETHUSD'))).toBe('bybit-inverse');
    expect(bybitWords(new URL(INVERSE_URL))).toEqual({ margin: 'Initial Margin', liquidationPrice: 'Est. Liq. Price', marginAsset: 'BTC' });
    expect(bybitWords(new URL(LINEAR_URL)).marginAsset).toBe('USDT');
    // The getters read the page's own location (happy-dom's here).
    history.replaceState({}, '', '/trade/inverse/BTCUSD');
    expect(adapter.riskVenue).toBe('bybit-inverse');
    expect(adapter.words.marginAsset).toBe('BTC');
    history.replaceState({}, '', '/trade/usdt/BTCUSDT');
    expect(adapter.riskVenue).toBe('bybit-linear');
  });
});

describe('Bybit adapter on variants of the page', () => {
  it('a redeploy renaming every class (the by-/oc- hooks too) and adding wrappers: the same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain('oc-head-leverage');
    load(html);
    expect(document.querySelector('.by-input__right-icon, .by-input__inner, .oc__row-bottom--12')).toBeNull();
    input('qty').value = '0.5';
    expect(summary(readAt())).toEqual(EXPECTED);
  });

  it('the Simplified Chinese page (/zh-MY/): the ticket is found from 买入/做多 and 卖出/做空, and reads as in English', () => {
    load(languages['zh-CN']!.page(TICKET));
    input('qty').value = '0.5';
    const r = adapter.read(ticket(), new URL('https://www.bybit.com/zh-MY/trade/usdt/BTCUSDT'));
    expect(summary(r)).toEqual(EXPECTED);
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent?.trim(), b.side])).toEqual([
      ['买入/做多', 'long'],
      ['卖出/做空', 'short'],
    ]);
  });

  it('Hedge Mode on the Simplified Chinese page: 开仓 offers both sides, 平仓 closes a position', () => {
    load(languages['zh-CN']!.page(hedge(TICKET)));
    expect(reason(readAt().side)).toBe(BOTH_SIDES_OFFERED);
    load(languages['zh-CN']!.page(hedgeClose(TICKET)));
    expect(reason(readAt().side)).toBe('the Close tab is selected: this order closes a position');
  });

  it('a page still loading its order zone: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible order zones: refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.m-oc')!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });

  it('the registry serves Bybit’s USDT and inverse trade pages, not spot', () => {
    expect(adapterForUrl(LINEAR_URL)?.id).toBe('bybit');
    expect(adapterForUrl(INVERSE_URL)?.id).toBe('bybit');
    expect(adapterForUrl('https://www.bybit.com/en/trade/usdt/ETHUSDT')?.id).toBe('bybit');
    expect(adapterForUrl('https://www.bybit.com/zh-MY/trade/usdt/ETHUSDT')?.id).toBe('bybit');
    expect(adapterForUrl('https://www.bybit.com/trade/spot/BTC/USDT')).toBeUndefined();
    expect(adapterForUrl('https://bybit.com.evil.example/trade/usdt/BTCUSDT')).toBeUndefined();
  });
});
