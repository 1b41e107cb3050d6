/** A trade page whose ticket is still missing after this long has changed (or failed): say so. */
export const TICKET_LOST_AFTER_MS = 6000;

/**
 * When to say that the ticket is lost. Only on a page that should have one (a symbol's trade page,
 * not a markets list), only once it has been missing for TICKET_LOST_AFTER_MS, and never again on
 * the address where the trader hid the notice.
 */
export class TicketLostClock {
  #missingSince: number | null = null;
  #hiddenOn: string | null = null;

  /** Whether the clock is running (the ticket is missing on a trade page). */
  get running(): boolean {
    return this.#missingSince !== null;
  }

  /** The ticket was looked for and not found: whether the notice should show now. */
  missing(onTradePage: boolean, href: string, at: number): boolean {
    if (!onTradePage || this.#hiddenOn === href) {
      this.#missingSince = null;
      return false;
    }
    this.#missingSince ??= at;
    return at - this.#missingSince >= TICKET_LOST_AFTER_MS;
  }

  /** The ticket is there again (or the site was switched off): the clock stops. */
  found(): void {
    this.#missingSince = null;
  }

  /** The trader hid the notice on this address. */
  hide(href: string): void {
    this.#hiddenOn = href;
    this.#missingSince = null;
  }
}
