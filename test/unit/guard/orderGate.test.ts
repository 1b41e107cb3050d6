// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessTicket } from '@/src/guard/assessTicket';
import { OrderGate, type GateHooks, type TicketNow } from '@/src/guard/orderGate';
import type { GuardMode } from '@/src/guard/types';
import { binanceUsdm } from '@/src/risk/venues/binance';
import { demoAdapter } from '@/src/venues/demo/adapter';
import { found, missing, type TicketReading } from '@/src/venues/reading';
import { DEFAULT_PRESET } from '@/src/settings/presets';

/** The default (Moderate) preset: 10× maximum leverage, 5× account leverage, nothing hard. */
const DEFAULT_LIMITS = { ...DEFAULT_PRESET.limits, riskPerTrade: 0.01, hard: [] };

/**
 * The order gate on a fake ticket: a form whose "fields" are a plain object the test edits, read
 * and assessed by the real risk core under the default limits (10× maximum leverage).
 */
interface Order {
  side: 'long' | 'short';
  size: number | string;
  leverage: number;
}

function reading(o: Order): TicketReading {
  return {
    site: 'demo',
    symbol: found('BTCUSDT', 'test'),
    side: found(o.side, 'test'),
    orderType: found('limit', 'test'),
    price: found(62_000, 'test'),
    markPrice: found(62_000, 'test'),
    size: typeof o.size === 'number' ? found({ value: o.size, unit: 'base' }, 'test') : ({ ...missing(`not a number (“${o.size}”)`), shown: o.size } as TicketReading['size']),
    leverage: found(o.leverage, 'test'),
    marginMode: found('cross', 'test'),
    balance: found(12_500, 'test'),
    takeProfit: found(null, 'test'),
    stopLoss: found(null, 'test'),
    venueLiquidationPrice: found(null, 'test'),
  };
}

let order: Order;
let mode: GuardMode;
let hardLimits: string[];
let placedOrders: TicketReading[];
let pageSubmits: number;
let ticket: HTMLFormElement;
let gate: OrderGate;
let listeners: AbortController;
afterEach(() => listeners.abort());

const submit = () => ticket.querySelector('button')!;
const now = (): TicketNow => {
  const r = reading(order);
  return { reading: r, assessment: assessTicket(r, demoAdapter, { model: binanceUsdm, limits: { ...DEFAULT_LIMITS, hard: hardLimits } as typeof DEFAULT_LIMITS }) };
};

beforeEach(() => {
  document.body.innerHTML = '<form id="ticket"><button type="button">Buy / Long</button></form>';
  ticket = document.querySelector('form')!;
  order = { side: 'long', size: 0.01, leverage: 20 };
  mode = 'confirm';
  hardLimits = [];
  placedOrders = [];
  pageSubmits = 0;
  listeners = new AbortController();
  const signal = listeners.signal;
  // The exchange's own handler: what places an order.
  document.addEventListener(
    'click',
    (e) => {
      if ((e.target as Element).closest?.('button')) pageSubmits++;
    },
    { signal },
  );
  const hooks: GateHooks = {
    watchedTicket: () => (ticket.isConnected ? ticket : null),
    allTickets: () => [...document.querySelectorAll('form')],
    submitButtons: (t) => [...t.querySelectorAll('button')].map((element) => ({ element, side: null })),
    assessNow: () => now(),
    mode: () => mode,
    changed: () => undefined,
    placed: ({ reading: r }) => placedOrders.push(r),
  };
  gate = new OrderGate(hooks, (type, handler) => window.addEventListener(type, handler, { capture: true, signal }));
});

const press = () => {
  const b = submit();
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) b.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
  b.click();
};

describe('the order gate', () => {
  it('holds a press on the submit of an order over the maximum leverage: the page never sees it', () => {
    press();
    expect(gate.held?.snapshot).toMatchObject({ side: 'long', size: { value: 0.01 }, leverage: 20 });
    expect(pageSubmits).toBe(0);
  });

  it('lets an order within the limits through untouched', () => {
    order.leverage = 2;
    press();
    expect(gate.held).toBeNull();
    expect(pageSubmits).toBe(1);
  });

  it('places the confirmed order exactly once, and logs it', () => {
    press();
    gate.acknowledge(true);
    gate.confirm();
    expect(pageSubmits).toBe(1);
    expect(placedOrders).toHaveLength(1);
    expect(gate.held).toBeNull();
    gate.confirm();
    expect(pageSubmits).toBe(1);
  });

  it('does not place without the tick', () => {
    press();
    gate.confirm();
    expect(pageSubmits).toBe(0);
    expect(gate.held).not.toBeNull();
  });

  it('an order edited after the tick clears it and shows the new order; nothing is placed until it is confirmed', () => {
    press();
    gate.acknowledge(true);
    order.size = 2;
    gate.ticketUpdated(now(), ticket);
    expect(gate.held).toMatchObject({ acknowledged: false, change: 'changedWhileHeld', snapshot: { size: { value: 2 } } });
    gate.confirm();
    expect(pageSubmits).toBe(0);
  });

  it('an order changed with no reading in between is caught at "Place anyway" by the last re-read', () => {
    press();
    gate.acknowledge(true);
    order.side = 'short';
    gate.confirm();
    expect(pageSubmits).toBe(0);
    expect(placedOrders).toHaveLength(0);
    expect(gate.held).toMatchObject({ acknowledged: false, change: 'changedAfterConfirm', snapshot: { side: 'short' } });
  });

  it('an order brought within the limits while held is released, not placed, with a note', () => {
    press();
    order.leverage = 3;
    gate.ticketUpdated(now(), ticket);
    expect(gate.held).toBeNull();
    expect(gate.notice).toEqual({ kind: 'releasedChanged', now: 'pass' });
    expect(pageSubmits).toBe(0);
  });

  it('places through the button the page drew in place of the held one; with none, places nothing and logs nothing', () => {
    press();
    gate.acknowledge(true);
    submit().replaceWith(submit().cloneNode(true));
    gate.confirm();
    expect(pageSubmits).toBe(1);

    press();
    gate.acknowledge(true);
    submit().remove();
    gate.confirm();
    expect(gate.notice).toEqual({ kind: 'buttonRedrawn' });
    expect(pageSubmits).toBe(1);
    expect(placedOrders).toHaveLength(1);
  });

  it('holds a known breach although the size cannot be read, and an unreadable size within the limits names what was typed', () => {
    order.size = '1e2';
    press();
    expect(gate.held?.decision).toMatchObject({ kind: 'hold', cause: 'breaksLimit' });
    gate.cancel();
    order.leverage = 5;
    press();
    expect(gate.held?.decision).toEqual({ kind: 'hold', cause: 'unreadable', unreadable: { field: 'size', shown: '1e2' } });
    expect(pageSubmits).toBe(0);
  });

  it('in warn mode never holds, but logs an order placed past a warning once per press', () => {
    mode = 'warn';
    press();
    expect(pageSubmits).toBe(1);
    expect(placedOrders).toHaveLength(1);
  });

  it('a press in a second ticket on the page is judged too', () => {
    const second = ticket.cloneNode(true) as HTMLFormElement;
    document.body.append(second);
    second.querySelector('button')!.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    second.querySelector('button')!.click();
    expect(gate.held).not.toBeNull();
    expect(pageSubmits).toBe(0);
  });
  it('with guard mode off, an order over the limits goes through and nothing is logged', () => {
    mode = 'off';
    press();
    expect(gate.held).toBeNull();
    expect(pageSubmits).toBe(1);
    expect(placedOrders).toHaveLength(0);
  });

  it('a second press while the order is held never reaches the page; "Go back" drops it and places nothing', () => {
    press();
    press();
    expect(pageSubmits).toBe(0);
    gate.cancel();
    expect(gate.held).toBeNull();
    expect(pageSubmits).toBe(0);
    expect(placedOrders).toHaveLength(0);
  });

  it('Enter typed in the ticket is held like a press on its only submit button', () => {
    ticket.insertAdjacentHTML('afterbegin', '<input name="size">');
    let pageSawEnter = 0;
    ticket.addEventListener('keydown', () => pageSawEnter++, { signal: listeners.signal });
    ticket.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(gate.held?.snapshot).toMatchObject({ leverage: 20 });
    expect(pageSawEnter).toBe(0);
  });

  it('an order over a hard limit offers only going back: ticking and "Place anyway" place nothing', () => {
    hardLimits = ['maxLeverage'];
    press();
    expect(gate.held?.decision).toEqual({ kind: 'block' });
    gate.acknowledge(true);
    gate.confirm();
    expect(pageSubmits).toBe(0);
    expect(placedOrders).toHaveLength(0);
    expect(gate.held).not.toBeNull();
  });
});
