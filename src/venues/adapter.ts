import type { AccountReading } from './account';
import type { Side, TicketReading } from './reading';
import type { Language } from './kit/words';

/** The risk rules an adapter's ticket is assessed with (the risk core's `venue`). */
export type RiskVenueId =
  | 'binance-usdm'
  | 'binance-coinm'
  | 'bybit-linear'
  | 'bybit-inverse'
  | 'okx-swap'
  | 'bitget-usdtm'
  | 'hyperliquid'
  | 'dydx'
  | 'bitmex'
  | 'gmx'
  | 'mexc-usdtm';

/** The venue's own words, so the overlay speaks like the ticket it sits under. */
export interface VenueWords {
  margin: string; // "Cost", "Margin", "Margin Required"
  liquidationPrice: string; // "Liq. Price", "Est. Liq. Price"
  marginAsset: string; // "USDT", "USDC", "BTC"
}

/**
 * One exchange's order ticket: where it is, how to read it, where the overlay goes.
 * Adding a venue = one folder implementing this + one line in `registry.ts`.
 */
export interface VenueAdapter {
  id: string;
  name: string;
  riskVenue: RiskVenueId;
  /**
   * The risk rules for one page, when one adapter serves pages of different contract kinds (Bybit:
   * 'bybit-linear' on `/trade/usdt/…`, 'bybit-inverse' on `/trade/inverse/…`). Absent: `riskVenue`
   * for every page.
   */
  riskVenueFor?(location: Pick<Location, 'pathname' | 'href' | 'search'>): RiskVenueId;
  words: VenueWords;
  /**
   * Which of Leverage Guard's languages the venue's page is offered in (its own language menu),
   * English first. Each has a translated fixture (`fixtures/variants.ts` `languages`) read like the
   * English one. Absent: the demo, which is ours.
   */
  languages?: readonly Language[];
  /**
   * Whether this URL should show an order ticket (a symbol's trade page, not a markets list).
   * On such a page a ticket that cannot be found is said out loud: the page has changed.
   */
  ticketPage(location: Pick<Location, 'pathname' | 'href' | 'search'>): boolean;
  /** Finds the visible ticket root, or null when this page has none. */
  findTicket(doc: Document): Element | null;
  /**
   * Every visible ticket, where a page can show more than one (a clone, a second pane). Guard
   * mode judges whichever the trader presses; without this, only `findTicket`'s is guarded.
   */
  findTickets?(doc: Document): Element[];
  /** Reads every field inside the ticket (the mark price may be read from `ticket.ownerDocument`). */
  read(ticket: Element, location: Pick<Location, 'pathname' | 'href' | 'search'>): TicketReading;
  /** The overlay is inserted right after this element (normally the submit buttons' row). */
  overlayAnchor(ticket: Element): Element | null;
  /** Elements outside the ticket whose text changes must trigger a re-read (the mark price). */
  externalWatch?(doc: Document): Element[];
  /**
   * The buttons that place the order, each with the side it places (`null`: the side chosen on
   * the ticket). Guard mode holds clicks on these; without them guard mode cannot act.
   */
  submitButtons?(ticket: Element): { element: Element; side: Side | null }[];
  /** The size input, for "use this size" (filled in the unit the ticket shows). */
  sizeInput?(ticket: Element): HTMLInputElement | null;
  /**
   * The account around the ticket: open positions, equity, the symbol's funding and the page's
   * maximum leverage. Absent: positions are "unknown" (`notSupported`), never "none".
   */
  readAccount?(doc: Document, ticket: Element | null, location: Pick<Location, 'pathname' | 'href' | 'search'>): AccountReading;
}
