import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { VenueAdapter } from '../venues/adapter';
import type { SideAssessment } from '../ui/overlay/Overlay';
import type { TicketAssessment } from './assessTicket';

export type GuardMode = 'off' | 'warn' | 'confirm';

export interface GateHooks {
  adapter: VenueAdapter;
  ticket(): Element | null;
  /** Reads and assesses the ticket now: the trader may click within the frame they typed in. */
  assessNow(): TicketAssessment | null;
  mode(): GuardMode;
  /** Guard mode is holding an order (or no longer, with null). */
  held(order: { assessment: SideAssessment } | null): void;
  /** The trader placed an order past a `danger`/`blocked` verdict (warn mode, or confirmed). */
  placedPastWarning(assessment: SideAssessment): void;
  /** Guard mode could not check an order and let it through. */
  notice(text: string | null): void;
}

/** The report that applies to a click on a button placing `side` (null: the ticket's own side). */
function assessmentFor(assessment: TicketAssessment, side: 'long' | 'short' | null): SideAssessment | undefined {
  const list = assessment.assessments;
  if (list.length === 1) return list[0];
  if (side) return list.find((a) => a.side === side);
  return undefined;
}

const BREAKS = new Set(['danger', 'blocked']);

/**
 * Guard mode: holds a click (or Enter) on the venue's submit button while the order breaks the
 * trader's limits, and replays that click exactly once when the trader confirms. Listens in the
 * capture phase on the window, so it decides before the page's own handlers see the event.
 */
export class OrderGate {
  private replaying = false;
  private heldButton: HTMLElement | null = null;
  private heldAssessment: SideAssessment | null = null;

  constructor(
    ctx: ContentScriptContext,
    private readonly hooks: GateHooks,
  ) {
    ctx.addEventListener(window, 'click', (e) => this.onClick(e), { capture: true });
    ctx.addEventListener(window, 'keydown', (e) => this.onKeydown(e), { capture: true });
  }

  get holding(): boolean {
    return this.heldButton !== null;
  }

  private onClick(e: MouseEvent) {
    if (this.replaying) return;
    const ticket = this.hooks.ticket();
    const buttons = ticket ? (this.hooks.adapter.submitButtons?.(ticket) ?? []) : [];
    const target = e.composedPath()[0];
    const hit = buttons.find((b) => target instanceof Node && b.element.contains(target));
    if (hit) this.decide(e, hit.element as HTMLElement, hit.side);
  }

  private onKeydown(e: KeyboardEvent) {
    if (this.replaying || e.key !== 'Enter' || e.isComposing) return;
    const ticket = this.hooks.ticket();
    const target = e.composedPath()[0];
    if (!ticket || !(target instanceof HTMLInputElement) || !ticket.contains(target)) return;
    // Enter submits only where the ticket has a single submit button (one side chosen on the ticket).
    const buttons = this.hooks.adapter.submitButtons?.(ticket) ?? [];
    if (buttons.length === 1) this.decide(e, buttons[0]!.element as HTMLElement, buttons[0]!.side);
  }

  private decide(e: Event, button: HTMLElement, side: 'long' | 'short' | null) {
    const mode = this.hooks.mode();
    if (mode === 'off') return;
    if (this.holding) {
      // A second click while the panel is open: keep holding, never place twice.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    const assessment = this.hooks.assessNow();
    const a = assessment ? assessmentFor(assessment, side) : undefined;
    // An incomplete reading is never held (the trader may know better than a misread ticket).
    if (!a || a.report.severity === 'unknown' || a.report.missing.length > 0) {
      const missing = a?.report.missing.length ? ` (${a.report.missing.join(', ')} unreadable)` : '';
      this.hooks.notice(`Guard mode could not check the last order${missing}, so it did not hold it.`);
      return;
    }
    this.hooks.notice(null);
    if (!BREAKS.has(a.report.severity)) return;
    if (mode === 'warn') {
      this.hooks.placedPastWarning(a);
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    this.heldButton = button;
    this.heldAssessment = a;
    this.hooks.held({ assessment: a });
  }

  /** "Place anyway": replays the held click once. Never for a `blocked` order. */
  confirm(): void {
    const button = this.heldButton;
    const a = this.heldAssessment;
    if (!button || !a || a.report.severity === 'blocked') return;
    this.release();
    this.hooks.placedPastWarning(a);
    this.replaying = true;
    try {
      button.click();
    } finally {
      this.replaying = false;
    }
  }

  /** "Go back": drops the held click; the order is not placed. */
  cancel(): void {
    const button = this.heldButton;
    this.release();
    button?.focus();
  }

  private release() {
    this.heldButton = null;
    this.heldAssessment = null;
    this.hooks.held(null);
  }
}
