// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { gmxAdapter as adapter } from '../../../src/venues/gmx/adapter';
import { currentHeader, drifted, languages, legacy2024, noHooks } from '../../../src/venues/gmx/fixtures/variants';
import { ticketReadingSchema, type TicketReading } from '../../../src/venues/reading';
import { fixturePages, load as loadPage, query, reason, ticketHelpers, value } from './fixtureDom';

const { TICKET, NO_TICKET } = fixturePages('gmx');
const URL_LONG = 'https://app.gmx.io/trade/long';

function load(html: string): void {
  loadPage(html);
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (title) document.title = title;
}
const { ticket, readAt } = ticketHelpers(adapter, URL_LONG);
const box = () => document.querySelector('[data-fx="tradebox"]')!;
const $ = <E extends Element = HTMLElement>(sel: string, root: ParentNode = box()) => query<E>(sel, root);
const sizeInput = () => $<HTMLInputElement>('[data-fx="size"]');
const active = (el: Element, on: boolean) => {
  el.classList.toggle('!text-typography-primary', on);
  el.classList.toggle('text-typography-secondary', !on);
};
function selectMode(mode: 'Market' | 'Limit') {
  for (const t of Array.from(box().querySelectorAll('[data-qa^="trade-mode-tab-"]'))) active(t, t.getAttribute('data-qa') === `trade-mode-tab-${mode}`);
  $('[data-fx="trigger-box"]').style.display = mode === 'Limit' ? '' : 'none';
}
function selectDir(dir: 'Long' | 'Short') {
  for (const t of Array.from(box().querySelectorAll('[data-qa^="trade-direction-tab-"]'))) active(t, t.getAttribute('data-qa') === `trade-direction-tab-${dir}`);
}
function tpslOn() {
  $('[data-fx="tpsl"]').setAttribute('aria-checked', 'true');
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
const FULL_LIMIT = {
  symbol: 'ETH/USD',
  side: 'long',
  orderType: 'limit',
  price: 3100,
  markPrice: 3120.45,
  size: { value: 10000, unit: 'quote' },
  leverage: 10,
  marginMode: 'isolated',
  balance: 1250,
  takeProfit: 3500,
  stopLoss: 2900,
  venueLiquidationPrice: 2812.37,
};
function fillFull() {
  selectMode('Limit');
  $<HTMLInputElement>('[data-fx="price"]').value = '3,100';
  sizeInput().value = '10,000';
  tpslOn();
  $<HTMLInputElement>('[data-fx="tp"]').value = '3,500';
  $<HTMLInputElement>('[data-fx="sl"]').value = '2900';
  $('[data-fx="liq"]').textContent = '$2,812.37';
}

describe('GMX v2 adapter on the ticket fixture', () => {
  beforeEach(() => load(TICKET));

  it('finds the one visible trade box, not the hidden drawer copy or the positions table', () => {
    const t = ticket();
    expect(t.getAttribute('data-fx')).toBe('tradebox');
    expect(t.contains(document.querySelector('[data-qa="trade-table-large"]'))).toBe(false);
  });

  it('reads every field as served (Market, size empty), in GMX’s terms', () => {
    const r = readAt();
    expect(ticketReadingSchema.safeParse(r).success).toBe(true);
    expect(summary(r)).toEqual({ ...FULL_LIMIT, orderType: 'market', price: undefined, size: undefined, takeProfit: null, stopLoss: null, venueLiquidationPrice: null });
    expect(reason(r.price)).toBe('market order uses the mark price');
    expect(reason(r.size)).toBe('empty');
    expect(r.symbol).toEqual({ ok: true, value: 'ETH/USD', source: 'market selector button “ETH/USD ▾”' });
    expect(r.side.ok && r.side.source).toBe('tab button “Long” (class (?:^|\\s)!?text-typography-primary(?:\\s|$))');
    expect(r.orderType.ok && r.orderType.source).toMatch(/^tab \[data-qa="trade-mode-tab-Market"\]/);
    expect(r.leverage.ok && r.leverage.source).toBe('[data-qa="leverage-slider"] “10x”');
    expect(r.marginMode.ok && r.marginMode.source).toMatch(/every position is isolated/);
    expect(r.balance.ok && r.balance.source).toBe('[data-qa="margin-max"] “1,250.00” USDC');
    expect(r.markPrice.ok && r.markPrice.source).toBe('[data-qa="price"] “$3,120.45”');
  });

  it('reads a complete limit order; the drawer copy’s values are never used', () => {
    fillFull();
    const r = readAt();
    expect(summary(r)).toEqual(FULL_LIMIT);
    expect(r.size.ok && r.size.source).toBe('input[data-qa="position-size-input"] “10,000”, unit button “USD”');
    expect(r.price.ok && r.price.source).toBe('input[data-qa="trigger-price-input"] “3,100”');
  });

  describe('side and trade mode', () => {
    it('Short tab; Swap tab → no position; no marker → the URL decides', () => {
      selectDir('Short');
      expect(value(readAt().side)).toBe('short');
      for (const t of Array.from(box().querySelectorAll('[data-qa^="trade-direction-tab-"]'))) active(t, false);
      active($('[data-qa="trade-direction-swap-tab-Swap"]'), true);
      expect(reason(readAt().side)).toBe('Swap is selected: a swap opens no position');
      active($('[data-qa="trade-direction-swap-tab-Swap"]'), false);
      const r = readAt('https://app.gmx.io/trade/short');
      expect(r.side).toEqual({ ok: true, value: 'short', source: 'URL /trade/short' });
      expect(reason(readAt('https://app.gmx.io/trade').side)).toBe('cannot tell whether Long or Short is selected');
    });

    it('Limit reads the price; More (Stop Market, TWAP…) is not assessed; no marker → missing', () => {
      selectMode('Limit');
      $<HTMLInputElement>('[data-fx="price"]').value = '3,120.45';
      expect(value(readAt().orderType)).toBe('limit');
      expect(value(readAt().price)).toBe(3120.45);
      for (const t of Array.from(box().querySelectorAll('[data-qa^="trade-mode-tab-"]'))) active(t, t.getAttribute('data-qa') === 'trade-mode-tab-More');
      expect(reason(readAt().orderType)).toBe('“More” orders are not assessed (only Market and Limit)');
      for (const t of Array.from(box().querySelectorAll('[data-qa^="trade-mode-tab-"]'))) active(t, false);
      expect(reason(readAt().orderType)).toBe('cannot tell which trade mode (Market / Limit) is selected');
    });

    it.each([
      ['3,100.5', 3100.5],
      ['$3,100', 3100],
      ['.5', 0.5],
    ])('limit price “%s” → %d', (text, expected) => {
      selectMode('Limit');
      $<HTMLInputElement>('[data-fx="price"]').value = text;
      expect(value(readAt().price)).toBe(expected);
    });

    it.each([
      ['', 'empty'],
      ['3.100,5', 'ambiguous'],
      ['x', 'not a number'],
    ])('limit price “%s” → unknown (%s)', (text, why) => {
      selectMode('Limit');
      $<HTMLInputElement>('[data-fx="price"]').value = text;
      expect(reason(readAt().price)).toContain(why);
    });
  });

  describe('size in USD or in the token', () => {
    it.each([
      ['10,000', 10000],
      ['1.5K', 1500],
      ['0.', 0],
    ])('size “%s” USD', (text, expected) => {
      sizeInput().value = text;
      expect(value(readAt().size)).toEqual({ value: expected, unit: 'quote' });
    });

    it('the display-mode switch: the token is base; another token is refused; switch gone → missing', () => {
      sizeInput().value = '3.2';
      $('[data-fx="unit"]').textContent = 'ETH';
      expect(value(readAt().size)).toEqual({ value: 3.2, unit: 'base' });
      $('[data-fx="unit"]').textContent = 'BTC';
      expect(reason(readAt().size)).toBe('size unit “BTC” is neither USD nor ETH');
      $('[data-fx="unit"]').parentElement!.remove();
      expect(reason(readAt().size)).toBe('no size unit (USD or the token) shown beside the Size input');
    });

    it.each([
      ['-', 'not a complete number'],
      ['1,23', 'ambiguous'],
      ['-5', 'must be a finite number, 0 or more'],
    ])('size “%s” → unknown (%s)', (text, why) => {
      sizeInput().value = text;
      expect(reason(readAt().size)).toContain(why);
    });
  });

  describe('leverage, balance, mark, symbol', () => {
    it('leverage 25.5x; malformed; gone → missing', () => {
      $('[data-fx="leverage"]').innerHTML = '<span>25.5<span>x</span></span>';
      expect(value(readAt().leverage)).toBe(25.5);
      $('[data-fx="leverage"]').textContent = '—';
      expect(reason(readAt().leverage)).toBe('empty');
      $('[data-fx="leverage"]').remove();
      expect(reason(readAt().leverage)).toBe('no leverage like “10x” found on the trade box');
    });

    it('balance only in a USD stablecoin; malformed; gone → missing', () => {
      $('[data-fx="max"] .numbers').textContent = '10K';
      expect(value(readAt().balance)).toBe(10000);
      $('[data-fx="pay"]').textContent = 'ETH';
      expect(reason(readAt().balance)).toBe('the balance is in ETH, not a USD stablecoin');
      $('[data-fx="pay"]').textContent = 'USDT';
      $('[data-fx="max"] .numbers').textContent = '1.2.3';
      expect(reason(readAt().balance)).toBe('not a complete number');
      $('[data-fx="max"]').remove();
      expect(reason(readAt().balance)).toBe('no wallet balance (Max button beside Margin) on the trade box');
    });

    it('mark: the header price; in Limit mode without the header, “Mark: …” in the price box; neither → missing', () => {
      document.querySelector('[data-qa="price"]')!.remove();
      expect(reason(readAt().markPrice)).toBe('no “Mark Price” found on the page');
      selectMode('Limit');
      const r = readAt();
      expect(value(r.markPrice)).toBe(3120.45);
      expect(r.markPrice.ok && r.markPrice.source).toBe('trade box “Mark: 3,120.45” “3,120.45”');
    });

    it('symbol: market selector, else the page title; BTC/USD pools', () => {
      document.querySelector('[data-qa="market-selector"]')!.textContent = 'BTC/USD [WBTC-USDC] ▾';
      expect(value(readAt().symbol)).toBe('BTC/USD');
      document.querySelector('[data-qa="market-selector"]')!.remove();
      expect(readAt().symbol).toEqual({ ok: true, value: 'ETH/USD', source: 'page title “$3,120.45 | ETH/USD | GMX”' });
      document.title = 'GMX';
      expect(reason(readAt().symbol)).toMatch(/no market/);
    });
  });

  describe('TP/SL and the Liq. Price row', () => {
    it('switch off → none; on and empty → none; values; malformed', () => {
      expect(value(readAt().stopLoss)).toBeNull();
      tpslOn();
      expect(readAt().stopLoss).toEqual({ ok: true, value: null, source: 'input[placeholder="SL price"] empty' });
      $<HTMLInputElement>('[data-fx="tp"]').value = '3,500';
      $<HTMLInputElement>('[data-fx="sl"]').value = 'abc';
      const r = readAt();
      expect(value(r.takeProfit)).toBe(3500);
      expect(reason(r.stopLoss)).toContain('not a number');
    });

    it('switch state unknown, or gone → missing by name', () => {
      $('[data-fx="tpsl"]').removeAttribute('aria-checked');
      expect(reason(readAt().takeProfit)).toBe('cannot tell whether Take-Profit / Stop-Loss is on');
      $('[data-fx="tpsl"]').parentElement!.remove();
      expect(reason(readAt().takeProfit)).toBe('no Take-Profit / Stop-Loss switch found on the trade box');
    });

    it('Liq. Price: a figure, “-”, an arrow for an increase; gone → missing', () => {
      $('[data-fx="liq"]').textContent = '$2,790.10 → $2,812.37';
      expect(value(readAt().venueLiquidationPrice)).toBe(2812.37);
      $('[data-fx="liq"]').parentElement!.remove();
      expect(reason(readAt().venueLiquidationPrice)).toBe('no “Liq. Price” shown on the ticket');
    });
  });

  it('overlay anchor and submit: the confirm button (side from the tabs); size input; external watch = header price', () => {
    expect(adapter.overlayAnchor(ticket())?.getAttribute('data-qa')).toBe('confirm-trade-button');
    expect(adapter.submitButtons!(ticket()).map((b) => [b.element.textContent, b.side])).toEqual([['Open Long', null]]);
    expect(adapter.sizeInput!(ticket())).toBe(sizeInput());
    expect(adapter.externalWatch!(document).map((e) => e.textContent)).toEqual(['$3,120.45']);
  });
});

describe('GMX v2 adapter on variants of the page', () => {
  it('drifted (ARIA tabs, renamed colour token, wrappers): same reading', () => {
    const html = drifted(TICKET);
    expect(html).toContain('aria-selected="true"');
    expect(html).not.toContain('data-qa="trade-mode-tab-Market" class="!text-typography-primary"');
    load(html);
    for (const t of Array.from(box().querySelectorAll('[data-qa^="trade-mode-tab-"]'))) t.setAttribute('aria-selected', String(t.getAttribute('data-qa') === 'trade-mode-tab-Limit'));
    $('[data-fx="trigger-box"]').style.display = '';
    $<HTMLInputElement>('[data-fx="price"]').value = '3,100';
    sizeInput().value = '10,000';
    tpslOn();
    $<HTMLInputElement>('[data-fx="tp"]').value = '3,500';
    $<HTMLInputElement>('[data-fx="sl"]').value = '2900';
    $('[data-fx="liq"]').textContent = '$2,812.37';
    const r = readAt();
    expect(summary(r)).toEqual(FULL_LIMIT);
    expect(r.side.ok && r.side.source).toBe('tab button “Long” (aria/data-state)');
  });

  it('the 2024 trade box: size in the token through buy-input', () => {
    load(legacy2024(TICKET));
    $<HTMLInputElement>('[data-qa="buy-input"]').value = '3.2';
    const r = readAt();
    expect(value(r.size)).toEqual({ value: 3.2, unit: 'base' });
    expect(r.size.ok && r.size.source).toBe('input[data-qa="buy-input"] “3.2”, unit span “ETH”');
  });

  it('no data-qa at all: trade box, tabs, size and leverage by their text; the hook-only fields say why they are missing', () => {
    load(noHooks(TICKET));
    expect(document.querySelector('[data-qa]')).toBeNull();
    const t = ticket();
    expect(t.getAttribute('data-fx')).toBe('tradebox');
    t.querySelector<HTMLInputElement>('[data-fx="size"]')!.value = '10,000';
    const r = readAt();
    expect(summary(r)).toMatchObject({ symbol: 'ETH/USD', side: 'long', orderType: 'market', size: { value: 10000, unit: 'quote' }, leverage: 10, marginMode: 'isolated' });
    expect(reason(r.balance)).toBe('no wallet balance (Max button beside Margin) on the trade box');
    expect(reason(r.markPrice)).toBe('no “Mark Price” found on the page');
    expect(adapter.overlayAnchor(t)?.textContent).toBe('Open Long');
  });

  it('today’s chart header (the price with no data-qa and no label): a Market order reads the mark above the daily change, and watches it', () => {
    load(currentHeader(TICKET));
    expect(document.querySelector('[data-qa="price"]')).toBeNull();
    sizeInput().value = '10,000';
    const r = readAt();
    expect(value(r.markPrice)).toBe(3120.45);
    expect(r.markPrice.ok && r.markPrice.source).toBe('chart header price (beside the daily change) “$ 3,120.45”');
    expect(summary(r)).toMatchObject({ symbol: 'ETH/USD', side: 'long', orderType: 'market', size: { value: 10000, unit: 'quote' }, leverage: 10, balance: 1250 });
    expect(adapter.externalWatch!(document).map((e) => e.getAttribute('data-fx'))).toEqual(['mark']);
    // Loading: the header shows "..." and "-": unknown, never another figure from the header.
    document.querySelector('[data-fx="mark"]')!.textContent = '...';
    document.querySelector('[data-fx="mark"]')!.nextElementSibling!.textContent = '-';
    expect(value(readAt().markPrice)).toBeUndefined();
  });

  it('today’s chart header: a second, different header price (another layout) is refused, not picked', () => {
    load(currentHeader(TICKET));
    const header = document.querySelector('.chart-hdr')!;
    const copy = header.cloneNode(true) as Element;
    copy.querySelector('[data-fx="mark"]')!.textContent = '$3,999.00';
    header.after(copy);
    expect(reason(readAt().markPrice)).toBe('more than one header price on the page');
  });

  it('the Chinese page without any data-qa: trade box, tabs, size and submit by the words GMX ships in zh', () => {
    load(noHooks(languages['zh-CN'].page(TICKET)));
    const t = ticket();
    expect(t.getAttribute('data-fx')).toBe('tradebox');
    t.querySelector<HTMLInputElement>('[data-fx="size"]')!.value = '10,000';
    const r = readAt();
    expect(summary(r)).toMatchObject({ symbol: 'ETH/USD', side: 'long', orderType: 'market', size: { value: 10000, unit: 'quote' }, leverage: 10, takeProfit: null });
    expect(adapter.overlayAnchor(t)?.textContent).toBe('Open 做多');
  });

  it('a GMX page without a trade box (dashboard): nothing found, nothing thrown', () => {
    load(NO_TICKET);
    expect(adapter.findTicket(document)).toBeNull();
    expect(() => adapter.externalWatch!(document)).not.toThrow();
  });

  it('two visible trade boxes: refuses to pick one', () => {
    load(TICKET);
    document.querySelector<HTMLElement>('.mobile-only')!.style.display = 'block';
    expect(adapter.findTicket(document)).toBeNull();
  });
});

describe('GMX v2: a changed page is told apart from an empty field', () => {
  it('an element no longer where the adapter looks says kind “lost”; an empty Size says “empty”', () => {
    load(TICKET);
    expect((readAt().size as { kind?: string }).kind).toBe('empty');
    document.querySelector('[data-qa="price"]')!.remove();
    box().querySelector('[data-qa="margin-max"]')!.remove();
    box().querySelector('[data-qa="position-size"]')!.remove();
    box().querySelector('[data-qa="trade-mode"]')!.remove();
    const r = readAt();
    for (const name of ['markPrice', 'balance', 'size', 'orderType'] as const) expect((r[name] as { kind?: string }).kind, name).toBe('lost');
  });
});
