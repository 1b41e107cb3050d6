import { h, render } from 'preact';
import { TicketLostClock } from '../guard/ticketLostClock';
import { ticketLostCss } from '../ui/overlay/styles';
import { TicketLost } from '../ui/overlay/TicketLost';
import { createShadowUi, type ShadowUi } from '../ui/overlay/shadowHost';
import type { VenueAdapter } from '../venues/adapter';

export interface TicketLostNotice {
  /** No ticket found on this look (called on every search tick while it is missing). */
  missing(): void;
  /** The ticket is there again, or the site was switched off: no notice, no clock running. */
  clear(): void;
  readonly shown: boolean;
}

/** The corner notice that says the venue's page changed and its ticket can no longer be found. */
export function createTicketLostNotice(adapter: Pick<VenueAdapter, 'name' | 'ticketPage'>): TicketLostNotice {
  const clock = new TicketLostClock();
  let ui: ShadowUi | null = null;
  const clear = () => {
    clock.found();
    ui?.remove();
    ui = null;
  };
  return {
    missing() {
      if (!clock.missing(adapter.ticketPage(location), location.href, Date.now())) {
        if (!clock.running) clear();
        return;
      }
      if (ui) return;
      ui = createShadowUi({ name: 'leverage-guard-notice', css: ticketLostCss, anchor: document.body, append: 'last' });
      const hide = () => {
        clock.hide(location.href);
        clear();
      };
      render(h(TicketLost, { siteName: adapter.name, onHide: hide }), ui.container);
    },
    clear() {
      if (clock.running || ui) clear();
    },
    get shown() {
      return ui !== null;
    },
  };
}
