import type { AccountReading } from '../venues/account';
import type { Side, TicketReading } from '../venues/reading';
import type { TicketAssessment } from './assessTicket';
import { decideOrder, orderSnapshot, sameOrder, stops, type GateDecision, type OrderSnapshot } from './heldOrder';
import type { GuardMode, SideAssessment } from './types';

interface SubmitButton {
  element: Element;
  side: Side | null;
}

/** A ticket read and assessed now. */
export interface TicketNow {
  reading: TicketReading;
  assessment: TicketAssessment;
  /** What the page shows of the account (positions, funding), where the venue's page is read for it. */
  account?: AccountReading | null;
  /** The ticket market's recent 24 h range, for distances in ranges (null: unknown). */
  dailyRange?: number | null;
}

export interface GateHooks {
  /** The ticket the overlay watches, if it is still in the page. */
  watchedTicket(): Element | null;
  /** Every ticket the venue's adapter recognises on the page now (a fresh search). */
  allTickets(): Element[];
  submitButtons(ticket: Element): SubmitButton[];
  /** Reads and assesses this ticket now (the trader may click within the frame they typed in). */
  assessNow(ticket: Element): TicketNow | null;
  mode(): GuardMode;
  /** What the gate shows changed: re-render. */
  changed(): void;
  /** An order went out past a `danger`/`blocked` verdict (warn mode, or confirmed): the override log. */
  placed(order: { reading: TicketReading; assessment: SideAssessment }): void;
}

/** Why the panel shows a different order from the one first held. */
export type HeldChange = 'changedWhileHeld' | 'changedAfterConfirm';

/** The order guard mode is holding, as the panel shows it. */
export interface HeldOrder {
  side: Side | null;
  snapshot: OrderSnapshot;
  assessment: SideAssessment;
  decision: Extract<GateDecision, { kind: 'hold' | 'block' }>;
  /** The trader ticked "I understand the risk" for this snapshot. */
  acknowledged: boolean;
  change: HeldChange | null;
}

/** A sentence the overlay owes the trader about the last order, by kind (the UI words it). */
export type GateNotice =
  | { kind: 'unchecked'; missing: string[] }
  | { kind: 'releasedChanged'; now: 'pass' | 'unchecked' }
  | { kind: 'buttonRedrawn' };

const GESTURE_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
/** A gesture's later events (mouseup, click) reuse the decision of its first; past this it is stale. */
const GESTURE_MS = 5000;

interface Hit {
  ticket: Element;
  button: Element;
  side: Side | null;
}

interface Holding extends HeldOrder {
  ticket: Element;
  button: Element;
  /** The held button's position among the ticket's submit buttons of its side, to find it again after a redraw. */
  buttonIndex: number;
}

/** The report that applies to a click on a button placing `side` (null: the ticket's own side). */
function assessmentFor(assessment: TicketAssessment, side: Side | null): SideAssessment | undefined {
  const list = assessment.assessments;
  if (list.length === 1) return list[0];
  if (side) return list.find((a) => a.side === side);
  return undefined;
}

function swallow(e: Event) {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/**
 * Guard mode: holds the order the trader is placing while it breaks their limits, and places it
 * only once they confirm that very order.
 *
 * - Every way the venue's submit is pressed is gated: pointer, mouse and click events (held from
 *   the first event of the gesture, so a page acting on pointerdown cannot slip past), and Enter
 *   in the ticket. The button is recognised from the event's own composed path (through open
 *   shadow roots), in whichever ticket it is, however recently the page re-rendered it.
 * - Listens in the capture phase on the window, so it decides before the page's own handlers.
 * - While held, any change to the ticket re-assesses it; "Place anyway" re-reads the ticket and
 *   places nothing unless it is still the order the trader confirmed, through the current button.
 */
export class OrderGate {
  private replaying = false;
  /** While "Place anyway" re-reads the ticket, that reading is judged by `confirm` alone. */
  private confirming = false;
  private holding: Holding | null = null;
  private gesture: { button: Element; stopped: boolean; at: number } | null = null;
  private lastNotice: GateNotice | null = null;

  constructor(
    private readonly hooks: GateHooks,
    listen: (type: string, handler: (e: Event) => void) => void,
  ) {
    for (const type of GESTURE_EVENTS) listen(type, (e) => this.onPress(e as MouseEvent));
    listen('keydown', (e) => this.onKeydown(e as KeyboardEvent));
  }

  get held(): HeldOrder | null {
    return this.holding;
  }

  get notice(): GateNotice | null {
    return this.lastNotice;
  }

  private setNotice(notice: GateNotice | null) {
    if (JSON.stringify(notice) === JSON.stringify(this.lastNotice)) return;
    this.lastNotice = notice;
    this.hooks.changed();
  }

  /** The ticket in the event's path, the watched one first (no page-wide search for clicks inside it). */
  private ticketIn(path: EventTarget[]): Element | null {
    const watched = this.hooks.watchedTicket();
    if (watched && path.includes(watched)) return watched;
    return this.hooks.allTickets().find((t) => t !== watched && path.includes(t)) ?? null;
  }

  private submitIn(path: EventTarget[]): Hit | null {
    const ticket = this.ticketIn(path);
    if (!ticket) return null;
    const hit = this.hooks.submitButtons(ticket).find((b) => path.includes(b.element));
    return hit ? { ticket, button: hit.element, side: hit.side } : null;
  }

  private onPress(e: MouseEvent) {
    if (this.replaying) return;
    const hit = this.submitIn(e.composedPath());
    if (!hit) return;
    if (this.holding) return swallow(e); // a second press while the panel is open: never place twice
    const g = this.gesture;
    if (e.type !== 'pointerdown' && g && g.button === hit.button && e.timeStamp - g.at < GESTURE_MS) {
      if (g.stopped) swallow(e);
      if (e.type === 'click') this.gesture = null;
      return;
    }
    const stopped = this.decide(e, hit);
    this.gesture = e.type === 'click' ? null : { button: hit.button, stopped, at: e.timeStamp };
  }

  private onKeydown(e: KeyboardEvent) {
    if (this.replaying || e.key !== 'Enter' || e.isComposing) return;
    const path = e.composedPath();
    if (!(path[0] instanceof HTMLInputElement)) return;
    const ticket = this.ticketIn(path);
    if (!ticket) return;
    if (this.holding) return swallow(e);
    // Enter submits only where the ticket has a single submit (one side chosen on the ticket); where
    // it has one per side, the browser's implicit submission is a click on a button, gated as such.
    const buttons = this.hooks.submitButtons(ticket);
    if (buttons.length === 1) this.decide(e, { ticket, button: buttons[0]!.element, side: buttons[0]!.side });
  }

  /** Judges the order the trader is placing; returns whether the event was stopped. */
  private decide(e: Event, hit: Hit): boolean {
    const mode = this.hooks.mode();
    if (mode === 'off') return false;
    const now = this.hooks.assessNow(hit.ticket);
    const a = now ? assessmentFor(now.assessment, hit.side) : undefined;
    const decision: GateDecision = now ? decideOrder(a, now.reading) : { kind: 'unchecked', missing: ['ticket'] };
    // For a developer reading the console; nothing of it leaves the browser.
    console.debug('Leverage Guard: guard mode', mode, decision.kind, decision);
    if (decision.kind === 'unchecked') {
      this.setNotice({ kind: 'unchecked', missing: decision.missing });
      return false;
    }
    this.setNotice(null);
    if (!stops(decision) || !a || !now) return false;
    if (mode === 'warn') {
      if (decision.kind === 'block' || decision.cause === 'breaksLimit') this.hooks.placed({ reading: now.reading, assessment: a });
      return false;
    }
    swallow(e);
    const sameSide = this.hooks.submitButtons(hit.ticket).filter((b) => b.side === hit.side);
    this.holding = {
      ticket: hit.ticket,
      button: hit.button,
      buttonIndex: Math.max(0, sameSide.findIndex((b) => b.element === hit.button)),
      side: hit.side,
      snapshot: orderSnapshot(now.reading, a.side ?? hit.side),
      assessment: a,
      decision,
      acknowledged: false,
      change: null,
    };
    this.hooks.changed();
    return true;
  }

  /**
   * The ticket was read again while an order is held. The same order keeps the trader's tick (its
   * figures follow the mark); another order clears it and is shown with its own report; an order
   * that no longer breaks a limit is released, not placed.
   */
  ticketUpdated(now: TicketNow, ticket: Element): void {
    const held = this.holding;
    if (!held || this.confirming) return;
    if (ticket !== held.ticket && held.ticket.isConnected) return; // another ticket's reading
    this.reassess(held, now, ticket, 'changedWhileHeld');
  }

  /** Returns whether the held order is still the one the trader confirmed. */
  private reassess(held: Holding, now: TicketNow, ticket: Element, change: HeldChange): boolean {
    const a = assessmentFor(now.assessment, held.side);
    const decision = decideOrder(a, now.reading);
    const snapshot = orderSnapshot(now.reading, a?.side ?? held.side);
    const same = sameOrder(snapshot, held.snapshot);
    if (!stops(decision) || !a) {
      this.release();
      this.setNotice({ kind: 'releasedChanged', now: decision.kind === 'pass' ? 'pass' : 'unchecked' });
      return false;
    }
    const kindChanged = decision.kind !== held.decision.kind;
    this.holding = {
      ...held,
      ticket,
      snapshot,
      assessment: a,
      decision,
      acknowledged: same && !kindChanged ? held.acknowledged : false,
      change: same ? held.change : change,
    };
    this.hooks.changed();
    return same && !kindChanged;
  }

  /** The trader ticked (or unticked) "I understand the risk". */
  acknowledge(understood: boolean): void {
    if (!this.holding || this.holding.acknowledged === understood) return;
    this.holding = { ...this.holding, acknowledged: understood };
    this.hooks.changed();
  }

  /**
   * "Place anyway": re-reads the ticket and places the order through the venue's current submit
   * button, only if it is still the order the trader confirmed. Never for a `blocked` order.
   */
  confirm(): void {
    const held = this.holding;
    if (!held || held.decision.kind === 'block' || !held.acknowledged) return;
    const ticket = held.ticket.isConnected ? held.ticket : (this.hooks.watchedTicket() ?? this.hooks.allTickets()[0] ?? null);
    this.confirming = true;
    let now: TicketNow | null;
    try {
      now = ticket ? this.hooks.assessNow(ticket) : null;
    } finally {
      this.confirming = false;
    }
    if (!ticket || !now || !this.reassess(held, now, ticket, 'changedAfterConfirm')) {
      if (this.holding) this.holding = { ...this.holding, acknowledged: false, change: 'changedAfterConfirm' };
      this.hooks.changed();
      return;
    }
    const current = this.holding!;
    const button = current.button.isConnected ? current.button : this.redrawnButton(ticket, current);
    this.release();
    if (!button) {
      this.setNotice({ kind: 'buttonRedrawn' });
      return;
    }
    this.hooks.placed({ reading: now.reading, assessment: current.assessment });
    this.replay(button);
    if (button instanceof HTMLElement) button.focus();
  }

  /** The button the page drew in place of the held one: same side, same place among that side's. */
  private redrawnButton(ticket: Element, held: Holding): Element | null {
    return this.hooks.submitButtons(ticket).filter((b) => b.side === held.side)[held.buttonIndex]?.element ?? null;
  }

  /** Presses the button as a trader's click would: the whole gesture, once. */
  private replay(button: Element) {
    this.replaying = true;
    try {
      const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
      button.dispatchEvent(new PointerEvent('pointerdown', { ...init, isPrimary: true, pointerType: 'mouse' }));
      button.dispatchEvent(new MouseEvent('mousedown', init));
      button.dispatchEvent(new PointerEvent('pointerup', { ...init, isPrimary: true, pointerType: 'mouse' }));
      button.dispatchEvent(new MouseEvent('mouseup', init));
      if (button instanceof HTMLElement) button.click();
      else button.dispatchEvent(new MouseEvent('click', init));
    } finally {
      this.replaying = false;
    }
  }

  /** "Go back": drops the held order; nothing is placed. */
  cancel(): void {
    const button = this.holding?.button;
    this.release();
    if (button instanceof HTMLElement && button.isConnected) button.focus();
  }

  private release() {
    this.holding = null;
    this.gesture = null;
    this.hooks.changed();
  }
}
