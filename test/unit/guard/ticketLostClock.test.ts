import { describe, expect, it } from 'vitest';
import { TICKET_LOST_AFTER_MS, TicketLostClock } from '@/src/guard/ticketLostClock';

const TRADE_PAGE = 'https://www.binance.com/en/futures/BTCUSDT';

describe('when the lost-ticket notice shows', () => {
  it('on a trade page, once the ticket has been missing for 6 s, not before', () => {
    const clock = new TicketLostClock();
    expect(clock.missing(true, TRADE_PAGE, 1_000)).toBe(false);
    expect(clock.missing(true, TRADE_PAGE, 1_000 + TICKET_LOST_AFTER_MS - 1)).toBe(false);
    expect(clock.missing(true, TRADE_PAGE, 1_000 + TICKET_LOST_AFTER_MS)).toBe(true);
  });

  it('never on a page without a ticket (a markets list)', () => {
    const clock = new TicketLostClock();
    expect(clock.missing(false, 'https://www.binance.com/en/futures/markets', 0)).toBe(false);
    expect(clock.missing(false, 'https://www.binance.com/en/futures/markets', 60_000)).toBe(false);
  });

  it('a ticket found again starts the wait afresh', () => {
    const clock = new TicketLostClock();
    clock.missing(true, TRADE_PAGE, 0);
    clock.found();
    expect(clock.missing(true, TRADE_PAGE, TICKET_LOST_AFTER_MS)).toBe(false);
    expect(clock.missing(true, TRADE_PAGE, 2 * TICKET_LOST_AFTER_MS)).toBe(true);
  });

  it('hidden by the trader, it stays hidden on that address, and comes back on another', () => {
    const clock = new TicketLostClock();
    clock.missing(true, TRADE_PAGE, 0);
    clock.hide(TRADE_PAGE);
    expect(clock.missing(true, TRADE_PAGE, 60_000)).toBe(false);
    const other = 'https://www.binance.com/en/futures/ETHUSDT';
    expect(clock.missing(true, other, 60_000)).toBe(false);
    expect(clock.missing(true, other, 60_000 + TICKET_LOST_AFTER_MS)).toBe(true);
  });
});
