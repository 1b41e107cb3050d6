// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bitmexAdapter as adapter, bitmexMarket } from '../../../src/venues/bitmex/adapter';
import { classicCross, denominated, drifted, languages, linear, newerWords } from '../../../src/venues/bitmex/fixtures/variants';
import { BOTH_SIDES_OFFERED } from '../../../src/venues/kit/read/side';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { adapterForUrl } from '../../../src/venues/registry';
import { fixturePages, fx, load, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('bitmex');
const XBTUSD = 'https://www.bitmex.com/app/trade/XBTUSD';
const XBTUSDT = 'https://www.bitmex.com/app/trade/XBTUSDT';

const { ticket, readAt } = ticketHelpers(adapter, XBTUSD);
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
    takeProfit: value(r.takeProfit) ?? reason(r.takeProfit),
    stopLoss: value(r.stopLoss) ?? reason(r.stopLoss),
    venueLiquidationPrice: value(r.venueLiquidationPrice) ?? reason(r.venueLiquidationPrice),
  };
}

function chooseTab(type: 'limit' | 'market' | 'stop') {
  for (const tab of Array.from(ticket().querySelectorAll('[data-fx="tab"]'))) tab.setAttribute('aria-selected', String(tab.getAttribute('data-type') === type));
  fx('price-row').style.display = type === 'market' ? 'none' : '';
}
function chooseMarginMode(mode: 'cross' | 'isolated') {
  for (const r of Array.from(ticket().querySelectorAll('[data-fx="mm"]'))) r.setAttribute('aria-checked', String(r.getAttribute('data-mode') === mode));
}

const NO_TPSL = 'the BitMEX order form has no TP/SL (they are separate Take Profit and Stop orders)';
const EXPECTED = {
  symbol: 'XBTUSD',
  side: BOTH_SIDES_OFFERED,
  orderType: 'limit',
  price: 64250.5,
  markPrice: 64251.5,
  size: { value: 10000, unit: 'contracts' },
  leverage: 10,
  marginMode: 'isolated',
  balance: 1.5,
  takeProfit: NO_TPSL,
  stopLoss: NO_TPSL,
  venueLiquidationPrice: 'BitMEX shows its estimated liquidation price only in a tooltip on the buttons',
};

describe('BitMEX adapter on the XBTUSD order form fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible order form, not the hidden small-screen one or the order book', () => {
    const t = ticket();
    expect(t.textContent).toContain('Available Balance');
    expect(t.textContent).not.toContain('0.0001 XBT');
    expect(t.textContent).not.toContain('Order Book');
  });

  it('reads every field as served (quantity empty): USD contracts, XBT balance, the tooltip-only estimate named', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...EXPECTED, size: undefined });
    expect(reason(r.size)).toBe('empty');
    expect(r.price.ok && r.price.source).toBe('label[for] “Limit Price” “64,250.5”');
    expect(r.leverage.ok && r.leverage.source).toBe('“Leverage” “10.00x”');
    expect(r.marginMode.ok && r.marginMode.source).toBe('span “Isolated” (checked)');
    expect(r.balance.ok && r.balance.source).toBe('“Available Balance” “1.5000 XBT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('header “Mark Price” “64,251.5”');
    expect(r.orderType.ok && r.orderType.source).toBe('tab a “Limit” (aria-selected)');
    expect(r.high24h && value(r.high24h)).toBe(65120);
  });

  it('the Simplified Chinese page (仓位, 价格, 买入/做多, 卖出/做空, 可用余额): the same order, both buttons with their sides', () => {
    load(languages['zh-CN'].page(TICKET));
    input('qty').value = '10,000';
    const r = readAt();
    expect(summary(r)).toEqual(EXPECTED);
    expect(r.size.ok && r.size.source).toBe('label[for] “仓位” “10,000”, unit span “USD”');
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['买入/做多', 'long'],
      ['卖出/做空', 'short'],
    ]);
  });

  it('reads a quantity in USD contracts', () => {
    input('qty').value = '10,000';
    const r = readAt();
    expect(summary(r)).toEqual(EXPECTED);
    expect(r.size.ok && r.size.source).toBe('label[for] “Quantity” “10,000”, unit span “USD”');
  });

  describe('side, order type, price', () => {
    it('both buttons offered → the side is the button clicked; Reduce-Only → unknown; one button → its side', () => {
      expect(reason(readAt().side)).toBe(BOTH_SIDES_OFFERED);
      input('reduce-only').checked = true;
      expect(reason(readAt().side)).toBe('Reduce-Only is on: this order can only reduce a position');
      input('reduce-only').checked = false;
      ticket().querySelector<HTMLElement>('.btn-success')!.style.display = 'none';
      expect(value(readAt().side)).toBe('short');
    });

    it('Market: the price is the mark by design; Stop Market: not assessed; no tab marked → unknown', () => {
      chooseTab('market');
      let r = readAt();
      expect(value(r.orderType)).toBe('market');
      expect(reason(r.price)).toBe('market order uses the mark price');
      chooseTab('stop');
      r = readAt();
      expect(reason(r.orderType)).toBe('“Stop Market” orders are not assessed (only Limit and Market)');
      for (const tab of Array.from(ticket().querySelectorAll('[data-fx="tab"]'))) tab.removeAttribute('aria-selected');
      expect(reason(readAt().orderType)).toBe('cannot tell which order-type tab is selected');
    });

    it.each([
      ['64,000', 64000],
      ['64000.5', 64000.5],
    ])('limit price “%s” → %d', (text, expected) => {
      input('price').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['64,00', 'ambiguous'],
      ['-1', 'must be a finite number above 0'],
    ])('limit price “%s” → unknown (%s)', (text, why) => {
      input('price').value = text;
      expect(reason(readAt().price)).toContain(why);
    });

    it('limit price row removed → named', () => {
      fx('price-row').remove();
      expect(reason(readAt().price)).toBe('no Limit Price input found on the ticket');
    });
  });

  describe('quantity', () => {
    it.each([
      ['100', 100],
      ['1,000,000', 1000000],
      ['10K', 10000],
    ])('“%s” USD → %d contracts', (text, expected) => {
      input('qty').value = text;
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'contracts' });
    });

    it.each([
      ['', 'empty'],
      ['1,5', 'ambiguous'],
      ['abc', 'not a number'],
    ])('“%s” → unknown (%s)', (text, why) => {
      input('qty').value = text;
      expect(reason(readAt().size)).toContain(why);
    });

    it('XBT on XBTUSD → base (the coin); an unknown unit → unknown; unit or input removed → named', () => {
      input('qty').value = '0.2';
      fx('qty-unit').textContent = 'XBT';
      expect(value(readAt().size)).toEqual({ value: 0.2, unit: 'base' });
      fx('qty-unit').textContent = 'ETH';
      expect(reason(readAt().size)).toBe('quantity unit “ETH” not understood for XBTUSD');
      fx('qty-unit').remove();
      expect(reason(readAt().size)).toBe('no unit shown next to the Quantity input');
      input('qty').closest('.formRow')!.remove();
      expect(reason(readAt().size)).toBe('no Quantity input found on the ticket');
    });

    it('the newer word “Size” and class-only tabs are read too', () => {
      load(newerWords(TICKET));
      input('qty').value = '500';
      const r = readAt();
      expect(value(r.size)).toEqual({ value: 500, unit: 'contracts' });
      expect(value(r.orderType)).toBe('limit');
      expect(r.orderType.ok && r.orderType.source).toBe('tab li “Limit” (the only one styled differently)');
    });
  });

  describe('leverage, margin mode, balance', () => {
    it('Cross on the switch; leverage from the slider when the line is gone', () => {
      chooseMarginMode('cross');
      expect(value(readAt().marginMode)).toBe('cross');
      fx('leverage').parentElement!.remove();
      const r = readAt();
      expect(r.leverage).toEqual({ ok: true, value: 10, source: 'slider [aria-valuetext] “10.00x”' });
    });

    it('the classic slider set to “Cross”: cross margin, and the leverage named as not set', () => {
      load(classicCross(TICKET));
      const r = readAt();
      expect(r.marginMode).toEqual({ ok: true, value: 'cross', source: 'leverage shown as “Cross”' });
      expect(reason(r.leverage)).toBe('the leverage is set to Cross: BitMEX cross margin has no leverage setting of its own');
    });

    it('leverage and margin mode gone → named; neither radio checked → unknown', () => {
      for (const r of Array.from(ticket().querySelectorAll('[data-fx="mm"]'))) r.setAttribute('aria-checked', 'false');
      expect(reason(readAt().marginMode)).toBe('cannot tell whether Cross or Isolated is chosen');
      fx('leverage').parentElement!.remove();
      fx('lev-slider').remove();
      ticket().querySelector('[role="radiogroup"]')!.remove();
      const r = readAt();
      expect(reason(r.leverage)).toBe('no leverage shown beside “Leverage”');
      expect(reason(r.marginMode)).toBe('no Cross / Isolated margin mode shown');
    });

    it.each([
      ['mXBT', '1,500.0', 1.5],
      ['μXBT', '1,500,000', 1.5],
      ['XBt', '150,000,000', 1.5],
    ] as const)('balance in %s (%s) → %d XBT', (unit, shown, xbt) => {
      load(denominated(unit, shown)(TICKET));
      const r = readAt();
      expect(value(r.balance)).toBe(xbt);
      expect(r.balance.ok && r.balance.source).toBe(`“Available Balance” “${shown} ${unit}” (${unit} → XBT)`);
    });

    it.each([
      ['--', 'empty'],
      ['1,0000 XBT', 'ambiguous'],
      ['100.00 USDT', 'shown in USDT, not XBT'],
      ['2 BTC', 'shown in BTC, not XBT'],
    ])('balance “%s” → unknown (%s)', (text, why) => {
      fx('avbl').textContent = text;
      expect(reason(readAt().balance)).toContain(why);
    });

    it('balance line removed → named', () => {
      fx('avbl').parentElement!.remove();
      expect(reason(readAt().balance)).toBe('no “Available Balance” shown on the ticket');
    });
  });

  it('mark: read (not the positions table’s column), malformed, missing', () => {
    fx('mark').textContent = '64,300.5';
    expect(value(readAt().markPrice)).toBe(64300.5);
    fx('mark').textContent = '--';
    expect(reason(readAt().markPrice)).toBe('empty');
    fx('mark').parentElement!.remove();
    expect(reason(readAt().markPrice)).toBe('no “Mark Price” found in the page header');
  });

  it('submit buttons with their sides, the quantity input, the overlay after the button row, the header mark watched', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['Buy / Long', 'long'],
      ['Sell / Short', 'short'],
    ]);
    expect(adapter.sizeInput!(ticket())).toBe(input('qty'));
    expect(adapter.overlayAnchor(ticket())?.classList.contains('orderButtons')).toBe(true);
    expect(adapter.externalWatch!(document).map((w) => w.textContent)).toEqual(['64,251.5']);
    expect(adapter.words).toEqual({ margin: 'Cost', liquidationPrice: 'Liquidation Price', marginAsset: 'XBT' });
  });
});

describe('BitMEX adapter on the linear XBTUSDT page', () => {
  beforeEach(() => load(linear(TICKET)));

  it('reads the quantity in XBT and the balance in USDT', () => {
    input('qty').value = '0.25';
    const r = readAt(XBTUSDT);
    expect(summary(r)).toEqual({ ...EXPECTED, symbol: 'XBTUSDT', markPrice: 64251.3, size: { value: 0.25, unit: 'base' }, balance: 10000 });
  });

  it('an XBT balance or USD contracts on a linear page → unknown', () => {
    input('qty').value = '100';
    fx('qty-unit').textContent = 'USD';
    fx('avbl').textContent = '1.5000 XBT';
    const r = readAt(XBTUSDT);
    expect(reason(r.size)).toBe('quantity unit “USD” on the linear contract XBTUSDT');
    expect(reason(r.balance)).toBe('the amount is shown in XBT, not USDT');
  });
});

describe('BitMEX adapter on variants of the page', () => {
  it('markets: inverse XBT, linear USDT, quanto', () => {
    expect(bitmexMarket('XBTUSD')).toEqual({ kind: 'inverse', base: 'XBT', quote: 'USD' });
    expect(bitmexMarket('XBTZ26')).toEqual({ kind: 'inverse', base: 'XBT', quote: 'USD' });
    expect(bitmexMarket('XBTUSDT')).toEqual({ kind: 'linear', base: 'XBT', quote: 'USDT' });
    expect(bitmexMarket('ETHUSD')).toEqual({ kind: 'quanto', base: 'ETH', quote: 'USD' });
  });

  it('a redeploy renaming every class and adding wrappers: the same reading', () => {
    load(drifted(TICKET));
    expect(document.querySelector('.orderControls, .orderButtons, .input-group-addon')).toBeNull();
    input('qty').value = '10,000';
    expect(summary(readAt())).toEqual(EXPECTED);
  });

  it('a page still loading its form: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible forms: refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.mobileOrderForm')!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });

  it('the registry serves the trade pages only', () => {
    expect(adapterForUrl(XBTUSD)?.id).toBe('bitmex');
    expect(adapterForUrl(XBTUSDT)?.id).toBe('bitmex');
    expect(adapterForUrl('https://www.bitmex.com/app/wallet')).toBeUndefined();
    expect(adapterForUrl('https://testnet.bitmex.com/app/trade/XBTUSD')).toBeUndefined();
  });
});

describe('BitMEX: a changed page is told apart from an empty field', () => {
  it('an element no longer where the adapter looks says kind “lost”; an empty Quantity says “empty”', () => {
    load(TICKET);
    expect((readAt().size as { kind?: string }).kind).toBe('empty');
    fx('avbl').parentElement!.remove();
    fx('mark').parentElement!.remove();
    const r = readAt();
    for (const name of ['balance', 'markPrice'] as const) expect((r[name] as { kind?: string }).kind, name).toBe('lost');
  });
});
