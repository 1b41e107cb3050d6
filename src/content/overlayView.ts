import { h, render } from 'preact';
import type { OrderGate, TicketNow } from '../guard/orderGate';
import type { SideAssessment } from '../guard/types';
import { loadOverlayPrefs, saveOverlayPrefs, watchOverlayPrefs, type OverlayPrefs } from '../settings/overlayPrefs';
import { Overlay, type OverlayModel } from '../ui/overlay/Overlay';
import { createShadowUi, type ShadowUi } from '../ui/overlay/shadowHost';
import { overlayCss } from '../ui/overlay/styles';
import { ticketTheme } from '../ui/overlay/theme';
import type { VenueAdapter } from '../venues/adapter';
import { fillSize } from './fillSize';

export interface OverlayState {
  latest: TicketNow | null;
  /** The ticket read, whose size field "Use this size" fills. */
  ticket: Element | null;
  gate: OrderGate | null;
  riskPerTrade: number | null;
}

/**
 * The overlay beside the ticket's submit buttons: mounted in a closed shadow root after the
 * venue's anchor, drawn from the latest assessment and the gate, in the trader's saved preferences
 * (details open per site, theme). Its preferences are loaded and watched only while it is shown.
 */
export class OverlayView {
  #ui: ShadowUi | null = null;
  #anchor: Element | null = null;
  #prefs: OverlayPrefs | null = null;
  #unwatchPrefs: (() => void) | null = null;
  /** The ticket's own theme, read when the overlay mounts under it. */
  #pageTheme: 'dark' | 'light' = 'light';

  readonly #adapter: Pick<VenueAdapter, 'id' | 'name' | 'words' | 'sizeInput'>;
  readonly #state: () => OverlayState;

  constructor(adapter: Pick<VenueAdapter, 'id' | 'name' | 'words' | 'sizeInput'>, state: () => OverlayState) {
    this.#adapter = adapter;
    this.#state = state;
  }

  /** Loads the trader's overlay preferences and follows their changes. */
  async start(): Promise<void> {
    this.#unwatchPrefs ??= watchOverlayPrefs((next) => {
      this.#prefs = next;
      this.render();
    });
    this.#prefs = await loadOverlayPrefs();
  }

  stop(): void {
    this.#unwatchPrefs?.();
    this.#unwatchPrefs = null;
    this.remove();
  }

  /** Whether the overlay's anchor left the page (the venue re-rendered around it). */
  get lost(): boolean {
    return this.#anchor !== null && !this.#anchor.isConnected;
  }

  /** Puts the overlay after `anchor` (or last in the ticket), unless it is there already; returns whether it was (re)mounted. */
  place(anchor: Element | null, ticket: Element): boolean {
    if (this.#ui && this.#anchor === (anchor ?? ticket) && this.#ui.host.isConnected) return false;
    this.remove();
    this.#ui = createShadowUi({ name: 'leverage-guard', css: overlayCss, anchor: anchor ?? ticket, append: anchor ? 'after' : 'last' });
    this.#anchor = anchor ?? ticket;
    // From where the overlay sits: the anchor itself may be a brightly painted button.
    this.#pageTheme = ticketTheme(this.#ui.host.parentElement ?? this.#anchor);
    return true;
  }

  remove(): void {
    this.#ui?.remove();
    this.#ui = null;
    this.#anchor = null;
  }

  #useSize(a: SideAssessment) {
    const { latest, ticket } = this.#state();
    const input = ticket && this.#adapter.sizeInput?.(ticket);
    if (input && a.report.sizeForRisk && latest) fillSize(input, a.report.sizeForRisk, latest.reading);
  }

  render(): void {
    const { latest, gate, riskPerTrade } = this.#state();
    if (!this.#ui || !latest || !this.#prefs) return;
    const { id } = this.#adapter;
    const prefs = this.#prefs;
    const model: OverlayModel = {
      siteName: this.#adapter.name,
      words: this.#adapter.words,
      reading: latest.reading,
      account: latest.account ?? null,
      ...latest.assessment,
      riskPerTrade,
      held: gate?.held ?? null,
      notice: gate?.notice ?? null,
      detailsOpen: prefs.detailsOpen[id] ?? false,
      theme: prefs.theme === 'auto' ? this.#pageTheme : prefs.theme,
    };
    render(
      h(Overlay, {
        model,
        actions: {
          acknowledge: (understood) => gate?.acknowledge(understood),
          detailsToggled: (open) => {
            const now = this.#prefs;
            if (!now || (now.detailsOpen[id] ?? false) === open) return;
            this.#prefs = { ...now, detailsOpen: { ...now.detailsOpen, [id]: open } };
            saveOverlayPrefs((p) => ({ ...p, detailsOpen: { ...p.detailsOpen, [id]: open } })).catch(() => {
              // A preference of this screen: losing it costs nothing but a click.
            });
          },
          confirm: () => gate?.confirm(),
          cancel: () => gate?.cancel(),
          useSize: (a) => this.#useSize(a),
        },
      }),
      this.#ui.container,
    );
  }
}
