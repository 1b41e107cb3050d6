// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { bitgetUsdtmAdapter as adapter } from '../../../src/venues/bitget-usdtm/adapter';
import { ariaTabs, closeTab, drifted, isolatedPerSide, languages, oneWay, oneWayBuySell } from '../../../src/venues/bitget-usdtm/fixtures/variants';
import { BOTH_SIDES_OFFERED } from '../../../src/venues/kit/read/side';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { adapterForUrl } from '../../../src/venues/registry';
import { fixturePages, fx, load, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('bitget-usdtm');
const URL_BTC = 'https://www.bitget.com/futures/usdt/BTCUSDT';

const { ticket, readAt } = ticketHelpers(adapter, URL_BTC);
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

/** The page's script moves the "on" class between the order-type tabs (no ARIA). */
function chooseTab(type: 'limit' | 'market' | 'trigger') {
  for (const tab of Array.from(ticket().querySelectorAll('[data-fx="tab"]'))) tab.classList.toggle('on_z0', tab.getAttribute('data-type') === type);
  fx('price-item').style.display = type === 'market' ? 'none' : '';
  fx('market-item').style.display = type === 'market' ? '' : 'none';
}
function turnOnTpSl() {
  input('tpsl').checked = true;
  fx('tpsl-box').style.display = '';
}

const EXPECTED = {
  symbol: 'BTCUSDT',
  side: BOTH_SIDES_OFFERED,
  orderType: 'limit',
  price: 64250.5,
  markPrice: 64251.3,
  size: { value: 0.5, unit: 'base' },
  leverage: 20,
  marginMode: 'cross',
  balance: 10000,
  takeProfit: null,
  stopLoss: null,
  venueLiquidationPrice: null,
};

describe('Bitget USDT-M adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible order form: not the hidden Close panel, not the order book', () => {
    const t = ticket();
    expect(t.textContent).toContain('Open long');
    expect(t.textContent).not.toContain('Close long');
    expect(t.textContent).not.toContain('Order book');
  });

  it('reads every field as served (quantity empty), by text, placeholder and look only', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...EXPECTED, size: undefined });
    expect(reason(r.size)).toBe('empty');
    expect(r.orderType.ok && r.orderType.source).toBe('tab div “Limit” (the only one styled differently)');
    expect(r.price.ok && r.price.source).toBe('text “Price” + input “64,250.5”');
    expect(r.balance.ok && r.balance.source).toBe('“Available” “10,000.0000 USDT”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('header “Mark price” “64,251.3”');
    expect(r.leverage.ok && r.leverage.source).toBe('button “20x”');
    expect(r.high24h && value(r.high24h)).toBe(65120);
    expect(r.low24h && value(r.low24h)).toBe(63402.5);
  });

  it('reads a complete order with TP/SL', () => {
    input('qty').value = '0.5';
    turnOnTpSl();
    input('tp').value = '70,000';
    input('sl').value = '60,000.5';
    const r = readAt();
    expect(summary(r)).toEqual({ ...EXPECTED, takeProfit: 70000, stopLoss: 60000.5 });
    expect(r.size.ok && r.size.source).toBe('input[placeholder="Quantity"] “0.5”, unit div “BTC▾”');
    expect(r.takeProfit.ok && r.takeProfit.source).toBe('input[placeholder="Take profit"] “70,000”');
  });

  describe('side', () => {
    it('one visible button → its side and its own Est. liq. price', () => {
      fx('liq-long').textContent = '58,210.4';
      fx('liq-short').textContent = '70,290.1';
      expect(reason(readAt().venueLiquidationPrice)).toMatch(/one “Est\. liq\. price” per side/);
      fx('submit').style.visibility = 'hidden';
      const r = readAt();
      expect(value(r.side)).toBe('short');
      expect(value(r.venueLiquidationPrice)).toBe(70290.1);
    });

    it('one-way mode: Buy/Long and Sell/Short offered at once', () => {
      load(oneWay(TICKET));
      expect(reason(readAt().side)).toBe(BOTH_SIDES_OFFERED);
      expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
        ['Buy/Long', 'long'],
        ['Sell/Short', 'short'],
      ]);
    });

    it('one-way mode worded Buy / Sell: the ticket is found, both sides offered at once, every figure read', () => {
      load(oneWayBuySell(TICKET));
      expect(adapter.findTicket(document), 'ticket').not.toBeNull();
      const r = readAt();
      expect(reason(r.side)).toBe(BOTH_SIDES_OFFERED);
      expect([value(r.leverage), value(r.marginMode), value(r.balance), value(r.markPrice)]).toEqual([20, 'cross', 10000, 64251.3]);
      expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
        ['Buy', 'long'],
        ['Sell', 'short'],
      ]);
    });

    it('one-way mode on the zh-CN page, worded 买入 / 卖出: both sides offered at once', () => {
      load(languages['zh-CN']!.page(oneWayBuySell(TICKET)));
      const r = adapter.read(ticket(), new URL('https://www.bitget.com/zh-CN/futures/usdt/BTCUSDT'));
      expect(reason(r.side)).toBe(BOTH_SIDES_OFFERED);
      expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
        ['买入', 'long'],
        ['卖出', 'short'],
      ]);
    });

    it('the Close tab → unknown with the reason, and no submit button guarded', () => {
      load(closeTab(TICKET));
      expect(reason(readAt().side)).toBe('the Close tab is selected: this order closes a position');
      expect(adapter.submitButtons!(ticket())).toEqual([]);
    });
  });

  describe('order type and price', () => {
    it('Market (by look): the price is the mark by design; Trigger: not assessed', () => {
      chooseTab('market');
      let r = readAt();
      expect(value(r.orderType)).toBe('market');
      expect(reason(r.price)).toBe('market order uses the mark price');
      chooseTab('trigger');
      r = readAt();
      expect(reason(r.orderType)).toBe('“Trigger” orders are not assessed (only Limit and Market)');
    });

    it('ARIA on the tabs wins; no tab distinguishable → unknown', () => {
      load(ariaTabs(TICKET));
      const r = readAt();
      expect(value(r.orderType)).toBe('market');
      expect(r.orderType.ok && r.orderType.source).toBe('tab div “Market” (aria-selected)');
      load(TICKET);
      ticket().querySelector('.on_z0')!.classList.remove('on_z0');
      expect(reason(readAt().orderType)).toBe('cannot tell which order-type tab is selected');
    });

    it.each([
      ['64,000', 64000],
      ['1,234.5', 1234.5],
    ])('price “%s” → %d', (text, expected) => {
      input('price').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['0', 'must be a finite number above 0'],
      ['1.2.3', 'not a complete number'],
      ['64,00', 'ambiguous'],
    ])('price “%s” → unknown (%s)', (text, why) => {
      input('price').value = text;
      expect(reason(readAt().price)).toContain(why);
    });

    it('price input removed → named as missing', () => {
      input('price').remove();
      expect(reason(readAt().price)).toBe('no price input found on the ticket');
    });
  });

  describe('quantity', () => {
    it.each([
      ['0.5', 0.5],
      ['2,000', 2000],
      ['0.', 0],
    ])('“%s” BTC → %d base', (text, expected) => {
      input('qty').value = text;
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'base' });
    });

    it.each([
      ['', 'empty'],
      ['.', 'not a complete number'],
      ['1,5', 'ambiguous'],
      ['50%', 'percentage'],
    ])('“%s” → unknown (%s)', (text, why) => {
      input('qty').value = text;
      expect(reason(readAt().size)).toContain(why);
    });

    it('USDT → quote; Cost → unknown (margin); another coin → unknown; no unit or input → missing', () => {
      input('qty').value = '1,000';
      fx('unit').firstChild!.nodeValue = 'USDT';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'quote' });
      fx('unit').firstChild!.nodeValue = 'Cost';
      expect(reason(readAt().size)).toBe('the quantity is entered as margin (“Cost”), not as a size');
      fx('unit').firstChild!.nodeValue = 'ETH';
      expect(reason(readAt().size)).toBe('quantity unit “ETH” is neither BTC nor USDT');
      fx('unit').remove();
      expect(reason(readAt().size)).toBe('no unit shown next to the quantity input');
      input('qty').remove();
      expect(reason(readAt().size)).toBe('no quantity input found on the ticket');
    });
  });

  describe('leverage, margin mode, balance, TP/SL, mark', () => {
    it('isolated with a leverage per side: unknown while both sides are offered, read once one side is', () => {
      load(isolatedPerSide(TICKET));
      let r = readAt();
      expect(value(r.marginMode)).toBe('isolated');
      expect(reason(r.leverage)).toBe('more than one leverage shown (20x, 10x)');
      fx('submit').style.display = 'none';
      r = readAt();
      expect(value(r.side)).toBe('short');
      expect(r.leverage).toEqual({ ok: true, value: 10, source: 'button “Short 10x”' });
    });

    it('leverage or margin mode removed → named; malformed leverage → unknown', () => {
      fx('leverage').textContent = 'x';
      expect(reason(readAt().leverage)).toBe('no leverage button like “20x” found');
      fx('leverage').remove();
      fx('margin-mode').remove();
      const r = readAt();
      expect(reason(r.leverage)).toBe('no leverage button like “20x” found');
      expect(reason(r.marginMode)).toBe('no Cross / Isolated button found');
    });

    it.each([
      ['10,000.0000 USDT', 10000],
      ['0.0000 USDT', 0],
      ['2.5K USDT', 2500],
    ])('balance “%s” → %d', (text, expected) => {
      fx('avbl').textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it.each([
      ['--', 'empty'],
      ['1,00 USDT', 'ambiguous'],
      ['3 USDC', 'shown in USDC, not USDT'],
    ])('balance “%s” → unknown (%s)', (text, why) => {
      fx('avbl').textContent = text;
      expect(reason(readAt().balance)).toContain(why);
    });

    it('balance row removed → named', () => {
      fx('avbl').parentElement!.remove();
      expect(reason(readAt().balance)).toBe('no “Available” balance shown on the ticket');
    });

    it('TP/SL on with empty inputs → none; malformed → unknown; inputs removed → named', () => {
      turnOnTpSl();
      expect(value(readAt().stopLoss)).toBeNull();
      input('tp').value = '7O,000';
      expect(reason(readAt().takeProfit)).toMatch(/not a number/);
      input('sl').remove();
      expect(reason(readAt().stopLoss)).toBe('TP/SL is on but no Stop loss input was found');
    });

    it('mark: read (not the positions table), malformed, missing', () => {
      fx('mark').textContent = '64,300.9';
      expect(value(readAt().markPrice)).toBe(64300.9);
      fx('mark').textContent = 'N/A';
      expect(reason(readAt().markPrice)).toBe('empty');
      fx('mark').parentElement!.remove();
      expect(reason(readAt().markPrice)).toBe('no “Mark price” found in the page header');
    });
  });

  describe('symbol', () => {
    it('from the URL, in either case, with a locale prefix; not a USDT-M symbol → unknown', () => {
      expect(value(readAt('https://www.bitget.com/futures/usdt/btcusdt').symbol)).toBe('BTCUSDT');
      expect(value(readAt('https://www.bitget.com/en/futures/usdt/ETHUSDT').symbol)).toBe('ETHUSDT');
      expect(reason(readAt('https://www.bitget.com/futures/usdt/BTCPERP').symbol)).toBe('“BTCPERP” in the URL is not a USDT-M symbol');
      expect(reason(readAt('https://www.bitget.com/futures/usdt/').symbol)).toBe('no symbol in the URL (/futures/usdt/)');
    });

    it('on ETHUSDT, a BTC quantity unit is not this symbol’s', () => {
      input('qty').value = '1';
      expect(reason(readAt('https://www.bitget.com/futures/usdt/ETHUSDT').size)).toBe('quantity unit “BTC” is neither ETH nor USDT');
    });
  });

  it('submit buttons with their sides, the quantity input, the overlay after the button row, the header mark watched', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([
      ['Open long', 'long'],
      ['Open short', 'short'],
    ]);
    expect(adapter.sizeInput!(ticket())).toBe(input('qty'));
    expect(adapter.overlayAnchor(ticket())?.contains(fx('submit'))).toBe(true);
    expect(adapter.overlayAnchor(ticket())?.contains(input('qty'))).toBe(false);
    const watched = adapter.externalWatch!(document);
    expect(watched.map((w) => w.textContent)).toEqual(['64,251.3']);
  });

  it('an element no longer on the page is missing as lost (the page-changed state counts it), not as an empty field', () => {
    adapter.sizeInput!(ticket())!.value = '0.5';
    fx('leverage').remove();
    fx('margin-mode').remove();
    fx('avbl').parentElement!.remove();
    fx('mark').parentElement!.remove();
    fx('unit').remove();
    const r = readAt();
    expect((['leverage', 'marginMode', 'balance', 'markPrice', 'size'] as const).map((n) => { const f = r[n]; return f.ok ? 'read' : f.kind; })).toEqual(['lost', 'lost', 'lost', 'lost', 'lost']);
  });
});

describe('Bitget USDT-M adapter on variants of the page', () => {
  it('a redeploy (classes and scope hashes renamed, wrappers added): the same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain('on_z0');
    expect(html).not.toContain('data-v-5f6a7b8c');
    load(html);
    input('qty').value = '0.5';
    expect(summary(readAt())).toEqual(EXPECTED);
  });

  it('a page still loading its form: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('the Close panel shown as well: two forms, refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.hide_s8')!.style.display = 'flex';
    expect(adapter.findTicket(document)).toBeNull();
  });

  it('the registry serves USDT-M futures pages only', () => {
    expect(adapterForUrl(URL_BTC)?.id).toBe('bitget-usdtm');
    expect(adapterForUrl('https://www.bitget.com/en/futures/usdt/ETHUSDT')?.id).toBe('bitget-usdtm');
    for (const locale of ['zh-CN', 'ru', 'es', 'tr', 'vi']) expect(adapterForUrl(`https://www.bitget.com/${locale}/futures/usdt/ETHUSDT`)?.id).toBe('bitget-usdtm');
    expect(adapterForUrl('https://www.bitget.com/spot/BTCUSDT')).toBeUndefined();
    expect(adapterForUrl('https://www.bitget.com/futures/usdc/BTCPERP')).toBeUndefined();
  });
});
