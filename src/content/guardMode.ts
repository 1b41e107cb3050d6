import { OrderGate, type TicketNow } from '../guard/orderGate';
import type { GuardMode } from '../guard/types';
import { warningText } from '../ui/warnings';
import type { VenueAdapter } from '../venues/adapter';
import { recordOverride } from './siteSettings';
import type { TicketWatcher } from './ticketWatcher';

export interface GuardModeHooks {
  /** Reads and assesses the watched ticket now (the trader may click within the frame they typed in). */
  readNow(): TicketNow | null;
  mode(): GuardMode;
  /** What the gate shows changed: re-render the overlay. */
  changed(): void;
}

/**
 * Guard mode on this page: the order gate listening in the window's capture phase until `signal`
 * aborts, judging the tickets the watcher finds, and every order placed past a `danger`/`blocked`
 * verdict written to the override log.
 */
export function listenForOrders(
  adapter: Pick<VenueAdapter, 'id' | 'submitButtons'>,
  watcher: TicketWatcher,
  hooks: GuardModeHooks,
  signal: AbortSignal,
): OrderGate {
  return new OrderGate(
    {
      watchedTicket: () => watcher.ticket,
      allTickets: () => watcher.allTickets(),
      submitButtons: (t) => adapter.submitButtons?.(t) ?? [],
      assessNow: (t) => {
        if (t !== watcher.ticket) watcher.attach(t);
        const now = hooks.readNow();
        return now && watcher.ticket === t ? now : null;
      },
      mode: hooks.mode,
      changed: hooks.changed,
      placed: ({ reading, assessment: a }) => {
        recordOverride({
          site: adapter.id,
          symbol: reading.symbol.ok ? reading.symbol.value : null,
          side: a.report.side,
          leverage: a.report.positionLeverage,
          severity: a.report.severity,
          // Recorded as the trader read them, in their language.
          warnings: a.report.warnings.filter((w) => w.severity === 'danger' || w.severity === 'blocked').map(warningText),
        }).catch(() => {
          // The log is the trader's record, not a gate: a failed write never blocks the order.
        });
      },
    },
    (type, handler) => window.addEventListener(type, handler, { capture: true, signal }),
  );
}
