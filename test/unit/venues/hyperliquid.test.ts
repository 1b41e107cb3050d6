// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { hyperliquidAdapter as adapter } from '../../../src/venues/hyperliquid/adapter';
import { drifted, shortLimit } from '../../../src/venues/hyperliquid/fixtures/variants';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { fixturePages, fx, load, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('hyperliquid');
const BTC_URL = 'https://app.hyperliquid.xyz/trade/BTC';

const { ticket, readAt } = ticketHelpers(adapter, BTC_URL);
const input = (name: string) => fx<HTMLInputElement>(name, ticket());

function summary(r: TicketReading) {
  return {
    symbol: value(r.symbol),
    side: value(r.side),
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

/** What the page's script does on the Limit tab / Sell / Short, without running it. */
function chooseLimit() {
  const [market, limit] = Array.from(ticket().querySelectorAll('[data-fx="tab"]'));
  market!.classList.replace('jXbKcL', 'ghQbTz');
  limit!.classList.replace('ghQbTz', 'jXbKcL');
  fx('price-box').style.display = '';
}
function chooseShort() {
  const [long, short] = Array.from(ticket().querySelectorAll('[data-fx="side"]'));
  long!.classList.replace('dGkLrP', 'hQzRlP');
  short!.classList.replace('hQzRlP', 'fWpJrM');
}
function turnOnTpSl() {
  input('tpsl').checked = true;
  fx('tpsl-box').style.display = '';
}

const EXPECTED_MARKET = {
  symbol: 'BTC',
  side: 'long',
  orderType: 'market',
  price: 'market order uses the mark price',
  markPrice: 64251,
  size: { value: 0.5, unit: 'base' },
  leverage: 20,
  marginMode: 'cross',
  balance: 10000,
  takeProfit: null,
  stopLoss: null,
  venueLiquidationPrice: null,
};

describe('Hyperliquid adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible ticket by its labels, not the hidden mobile form or the order book', () => {
    const t = ticket();
    expect(t.textContent).toContain('Available to Trade');
    expect(t.textContent).toContain('Place Order');
    expect(t.textContent).not.toContain('Order Book');
    expect(t.textContent).not.toContain('999.00 USDC');
  });

  it('reads every field as served: Market, Buy / Long selected, size empty', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...EXPECTED_MARKET, size: undefined });
    expect(reason(r.size)).toBe('empty');
    expect(r.side.ok && r.side.source).toBe('toggle div “Buy / Long” (the only one with a background)');
    expect(r.orderType.ok && r.orderType.source).toBe('tab div “Market” (the only one styled differently)');
    expect(r.symbol.ok && r.symbol.source).toBe('URL /trade/BTC');
    expect(r.balance.ok && r.balance.source).toBe('“Available to Trade” “10,000.00 USDC”');
    expect(r.markPrice.ok && r.markPrice.source).toBe('header “Mark” “64,251”');
  });

  it('reads a complete limit short with TP/SL, in isolated margin at 10x, and the venue’s liquidation price', () => {
    chooseLimit();
    chooseShort();
    input('price').value = '64,000';
    input('size').value = '0.5';
    fx('leverage').textContent = '10x';
    fx('margin-mode').textContent = 'Isolated';
    turnOnTpSl();
    input('tp').value = '60,000';
    input('sl').value = '66,500.5';
    fx('liq').textContent = '69,876';
    const r = readAt();
    expect(summary(r)).toEqual({
      ...EXPECTED_MARKET,
      side: 'short',
      orderType: 'limit',
      price: 64000,
      leverage: 10,
      marginMode: 'isolated',
      takeProfit: 60000,
      stopLoss: 66500.5,
      venueLiquidationPrice: 69876,
    });
    expect(r.price.ok && r.price.source).toBe('text “Price (USD)” + input “64,000”');
    expect(r.size.ok && r.size.source).toBe('text “Size” + input “0.5”, unit div “BTC”');
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
  });

  describe('side', () => {
    it('Sell / Short selected → short', () => {
      chooseShort();
      expect(value(readAt().side)).toBe('short');
    });

    it('neither toggle looks selected → unknown, never a default', () => {
      const [long] = Array.from(ticket().querySelectorAll('[data-fx="side"]'));
      long!.classList.replace('dGkLrP', 'hQzRlP');
      expect(reason(readAt().side)).toBe('cannot tell whether Buy / Long or Sell / Short is selected');
    });

    it('both look selected → unknown', () => {
      const [, short] = Array.from(ticket().querySelectorAll('[data-fx="side"]'));
      short!.classList.replace('hQzRlP', 'fWpJrM');
      expect(reason(readAt().side)).toBe('cannot tell whether Buy / Long or Sell / Short is selected');
    });

    it('an ARIA mark, if the app ever adds one, wins over styling', () => {
      const [long, short] = Array.from(ticket().querySelectorAll('[data-fx="side"]'));
      long!.setAttribute('aria-pressed', 'false');
      short!.setAttribute('aria-pressed', 'true');
      expect(value(readAt().side)).toBe('short');
    });

    it('Reduce Only on → side unknown with the reason', () => {
      input('reduce').checked = true;
      expect(reason(readAt().side)).toBe('Reduce Only is on: this order can only reduce a position');
    });
  });

  describe('order type and price', () => {
    it('Limit: the price input is read', () => {
      chooseLimit();
      input('price').value = '63,950';
      const r = readAt();
      expect(value(r.orderType)).toBe('limit');
      expect(value(r.price)).toBe(63950);
    });

    it('a Pro order type is named as not assessed', () => {
      const tabs = Array.from(ticket().querySelectorAll('[data-fx="tab"]'));
      tabs[0]!.classList.replace('jXbKcL', 'ghQbTz');
      tabs[2]!.classList.replace('ghQbTz', 'jXbKcL');
      tabs[2]!.textContent = 'Stop Limit';
      expect(reason(readAt().orderType)).toBe('“Stop Limit” orders are not assessed (only Market and Limit)');
    });

    it('no tab looks selected → unknown', () => {
      ticket().querySelector('[data-fx="tab"]')!.classList.replace('jXbKcL', 'ghQbTz');
      expect(reason(readAt().orderType)).toBe('cannot tell which order-type tab is selected');
    });

    it.each([
      ['64,000', 64000],
      ['1,234.5', 1234.5],
      ['10K', 10000],
      ['.5', 0.5],
    ])('limit price “%s” → %d', (text, expected) => {
      chooseLimit();
      input('price').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['—', 'empty'],
      ['0.', 'must be a finite number above 0'],
      ['1..2', 'not a complete number'],
      ['64,00', 'ambiguous'],
    ])('limit price “%s” → unknown (%s)', (text, why) => {
      chooseLimit();
      input('price').value = text;
      expect(reason(readAt().price)).toContain(why);
    });

    it('Limit tab with the price box removed → price named as missing', () => {
      chooseLimit();
      fx('price-box').remove();
      expect(reason(readAt().price)).toBe('no price input found on the ticket');
    });
  });

  describe('size', () => {
    it.each([
      ['0.5', 0.5],
      ['1,234.5', 1234.5],
      ['10K', 10000],
      ['0.', 0],
    ])('size “%s” → %d BTC', (text, expected) => {
      input('size').value = text;
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'base' });
    });

    it.each([
      ['', 'empty'],
      ['—', 'empty'],
      ['-', 'not a complete number'],
      ['1,5', 'ambiguous'],
    ])('size “%s” → unknown (%s)', (text, why) => {
      input('size').value = text;
      expect(reason(readAt().size)).toContain(why);
    });

    it('the unit selector decides coin or USDC', () => {
      input('size').value = '1,000';
      fx('unit').firstChild!.nodeValue = 'USDC';
      expect(value(readAt().size)).toEqual({ value: 1000, unit: 'quote' });
      fx('unit').firstChild!.nodeValue = 'ETH';
      expect(reason(readAt().size)).toBe('no BTC / USDC unit shown next to the size input');
    });

    it('size input removed → named as missing', () => {
      input('size').remove();
      expect(reason(readAt().size)).toBe('no size input found on the ticket');
    });
  });

  describe('leverage, margin mode, balance, venue liquidation price', () => {
    it('leverage and margin mode buttons removed → named as missing', () => {
      fx('leverage').remove();
      fx('margin-mode').remove();
      const r = readAt();
      expect(reason(r.leverage)).toBe('no leverage button like “20x” found');
      expect(reason(r.marginMode)).toBe('no Cross / Isolated button found');
    });

    it.each([
      ['10,000.00 USDC', 10000],
      ['1.2M USDC', 1200000],
      ['0.00 USDC', 0],
    ])('balance “%s” → %d', (text, expected) => {
      fx('available').textContent = text;
      expect(value(readAt().balance)).toBe(expected);
    });

    it.each([
      ['N/A', 'empty'],
      ['—', 'empty'],
      ['1,00 USDC', 'ambiguous'],
      ['5 ETH', 'shown in ETH'],
    ])('balance “%s” → unknown (%s)', (text, why) => {
      fx('available').textContent = text;
      expect(reason(readAt().balance)).toContain(why);
    });

    it('balance row removed → named as missing', () => {
      fx('available').parentElement!.remove();
      expect(reason(readAt().balance)).toBe('no “Available to Trade” shown on the ticket');
    });

    it('Liquidation Price: N/A → none shown; a number → read; garbage → unknown; removed → missing', () => {
      expect(readAt().venueLiquidationPrice).toEqual({ ok: true, value: null, source: '“Liquidation Price” shows “N/A”' });
      fx('liq').textContent = '58,210.4';
      expect(value(readAt().venueLiquidationPrice)).toBe(58210.4);
      fx('liq').textContent = 'soon';
      expect(reason(readAt().venueLiquidationPrice)).toMatch(/not a number/);
      fx('liq').parentElement!.remove();
      expect(reason(readAt().venueLiquidationPrice)).toBe('no “Liquidation Price” shown on the ticket');
    });
  });

  describe('TP/SL', () => {
    it('on with empty inputs → none; malformed → unknown; checkbox removed → missing', () => {
      turnOnTpSl();
      expect(value(readAt().takeProfit)).toBeNull();
      input('tp').value = '1..2';
      expect(reason(readAt().takeProfit)).toBe('not a complete number');
      input('tpsl').closest('.jpBqUm')!.remove();
      expect(reason(readAt().stopLoss)).toBe('no Take Profit / Stop Loss checkbox found on the ticket');
    });
  });

  describe('symbol and mark price', () => {
    it('symbol from the URL (also HIP-3 names); from the header when the URL has none; a mismatch is unknown', () => {
      expect(reason(readAt('https://app.hyperliquid.xyz/trade/ETH').symbol)).toBe('the URL says ETH but the page header shows BTC');
      fx('coin').firstChild!.nodeValue = 'xyz:ANTH-USD';
      expect(value(readAt('https://app.hyperliquid.xyz/trade/xyz%3AANTH').symbol)).toBe('xyz:ANTH');
      fx('coin').firstChild!.nodeValue = 'BTC-USD';
      const fromHeader = readAt('https://app.hyperliquid.xyz/trade');
      expect(fromHeader.symbol).toEqual({ ok: true, value: 'BTC', source: 'header “BTC-USD”' });
    });

    it('mark: read, malformed, missing', () => {
      fx('mark').textContent = '64,251.5';
      expect(value(readAt().markPrice)).toBe(64251.5);
      fx('mark').textContent = '—';
      expect(reason(readAt().markPrice)).toBe('empty');
      fx('mark').parentElement!.remove();
      expect(reason(readAt().markPrice)).toBe('no “Mark” price found in the page header');
    });

    it('after an in-app coin switch (ticket rebuilt, header and unit changed), reads ETH', () => {
      const old = ticket();
      const fresh = old.cloneNode(true) as Element;
      fresh.querySelector('[data-fx="unit"]')!.firstChild!.nodeValue = 'ETH';
      (fresh.querySelector('[data-fx="size"]') as HTMLInputElement).value = '2';
      old.replaceWith(fresh);
      fx('coin').firstChild!.nodeValue = 'ETH-USD';
      fx('mark').textContent = '3,412.5';
      const r = readAt('https://app.hyperliquid.xyz/trade/ETH');
      expect(value(r.symbol)).toBe('ETH');
      expect(value(r.size)).toEqual({ value: 2, unit: 'base' });
      expect(value(r.markPrice)).toBe(3412.5);
    });
  });

  it('one submit button placing the side chosen on the toggle; the size input; no 24h high/low shown', () => {
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([['Place Order', null]]);
    expect(adapter.sizeInput!(ticket())).toBe(input('size'));
    expect(readAt().high24h).toBeUndefined();
  });

  it('overlay anchor: the Place Order button; external watch: the header mark', () => {
    expect(adapter.overlayAnchor(ticket())?.textContent).toBe('Place Order');
    const watched = adapter.externalWatch!(document);
    expect(watched.map((w) => w.textContent)).toEqual(['64,251']);
    expect(ticket().contains(watched[0]!)).toBe(false);
  });
});

describe('Hyperliquid adapter on variants of the page', () => {
  it('a redeploy (every class renamed, extra wrappers): the same reading', () => {
    const html = drifted(TICKET);
    expect(html).not.toContain("'dGkLrP'");
    expect(html).not.toContain('sc-AHaJN');
    load(html);
    expect(document.querySelector('.dGkLrP, .jXbKcL')).toBeNull();
    input('size').value = '0.5';
    expect(summary(readAt())).toEqual(EXPECTED_MARKET);
    // Sell / Short selected the way the redeployed app would: the long toggle takes the plain
    // look of its (renamed) sibling, the short toggle the red one.
    const [long, short] = Array.from(ticket().querySelectorAll('[data-fx="side"]'));
    long!.className = short!.className;
    short!.className = short!.className.replace(/\S+$/, 'fWpJrM');
    expect(value(readAt().side)).toBe('short');
  });

  it('short + limit as the page leaves them', () => {
    load(shortLimit(TICKET));
    input('size').value = '0.5';
    input('price').value = '64,000';
    expect(summary(readAt())).toEqual({ ...EXPECTED_MARKET, side: 'short', orderType: 'limit', price: 64000 });
  });

  it('a page still loading its ticket: nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible tickets: refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.fLzOjx')!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });
});

describe('Hyperliquid: a changed page is told apart from an empty field', () => {
  it('an element no longer where the adapter looks says kind “lost”', () => {
    load(TICKET);
    fx('mark').parentElement!.remove();
    const r = readAt();
    expect((r.markPrice as { kind?: string }).kind).toBe('lost');
  });
});
