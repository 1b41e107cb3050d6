/**
 * A venue as data: `defineVenue(spec)` builds the `VenueAdapter` the content script runs. The spec
 * names the venue, its pages and risk rules, how its ticket is found, one reader per field and
 * its submit buttons; cross-cutting concerns (the visibility cache around every entry point, the
 * order fields are read in, "exactly one ticket") are applied here once.
 */
import type { AccountReading } from '../account';
import type { RiskVenueId, VenueAdapter, VenueWords } from '../adapter';
import type { VenuePages } from '../pages';
import type { Field, MarginMode, OrderType, Side, TicketReading, TicketSize } from '../reading';
import type { TpSl } from './read/tpsl';
import { withVisibilityCache } from './visibility';
import type { Language } from './words';

export type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;

/** What a field reader sees: the ticket, its page, and the fields read before it. */
export interface Reading {
  ticket: Element;
  doc: Document;
  location: Loc;
  /** The fields already read, in `FIELD_ORDER`: price after orderType, the venue's estimate after side. */
  read: Partial<TicketReading>;
  /** A value computed once per reading and shared by readers (side buttons, the symbol's assets). */
  once<T>(key: string, compute: () => T): T;
}

export type Reader<T> = (r: Reading) => Field<T>;

/** One reader per field; `high24h` / `low24h` give null where the page does not show them. */
interface FieldReaders {
  symbol: Reader<string>;
  side: Reader<Side>;
  orderType: Reader<OrderType>;
  price: Reader<number>;
  markPrice: Reader<number>;
  size: Reader<TicketSize>;
  leverage: Reader<number>;
  marginMode: Reader<MarginMode>;
  balance: Reader<number>;
  tpsl: (r: Reading) => TpSl;
  venueLiquidationPrice: Reader<number | null>;
  high24h?: (r: Reading) => Field<number> | null;
  low24h?: (r: Reading) => Field<number> | null;
}

export interface VenueSpec {
  /** Id, name, hosts and match patterns (the catalogue's entry). */
  pages: VenuePages;
  riskVenue: RiskVenueId;
  riskVenueFor?: VenueAdapter['riskVenueFor'];
  words: VenueWords;
  languages?: readonly Language[];
  /** Whether this URL should show a ticket (a symbol's trade page). */
  ticketPage(location: Loc): boolean;
  /** Every visible ticket root; the adapter's ticket is the one when there is exactly one. */
  tickets(doc: Document): Element[];
  /** Guard mode judges whichever visible ticket the trader presses (the venue can show two). */
  guardEveryTicket?: boolean;
  fields: FieldReaders;
  overlayAnchor(ticket: Element): Element | null;
  submitButtons?(ticket: Element): { element: Element; side: Side | null }[];
  sizeInput?(ticket: Element): HTMLInputElement | null;
  externalWatch?(doc: Document, ticket: Element | null): Element[];
  /** The account around the ticket (positions panel, equity, funding, the page's maximum leverage). */
  account?(doc: Document, ticket: Element | null, location: Loc): AccountReading;
}

/** The fields in the order they are read: each reader sees the ones before it in `r.read`. */
const ORDER = ['symbol', 'side', 'orderType', 'price', 'markPrice', 'size', 'leverage', 'marginMode', 'balance', 'tpsl', 'venueLiquidationPrice', 'high24h', 'low24h'] as const;

function readAll(fields: FieldReaders, ticket: Element, location: Loc, site: string): TicketReading {
  const memo = new Map<string, unknown>();
  const read: Partial<TicketReading> = { site };
  const r: Reading = {
    ticket,
    doc: ticket.ownerDocument,
    location,
    read,
    once: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  for (const name of ORDER) {
    const value = fields[name]?.(r);
    // TP/SL come as one reading of both; 24 h high and low only where the page shows them.
    if (name === 'tpsl') Object.assign(read, value);
    else if (value) (read as Record<string, unknown>)[name] = value;
  }
  return read as TicketReading;
}

/** `fn` run with visibility answers remembered (absent stays absent). */
const cached = <A extends unknown[], T>(fn?: (...args: A) => T) => fn && ((...args: A): T => withVisibilityCache(() => fn(...args)));

export function defineVenue(spec: VenueSpec): VenueAdapter {
  const one = (doc: Document) => {
    const roots = spec.tickets(doc);
    return roots.length === 1 ? roots[0]! : null;
  };
  const watch = spec.externalWatch;
  return {
    id: spec.pages.id,
    name: spec.pages.name,
    // Read through: a spec may give these as getters that follow the page (Bybit's contract kind).
    get riskVenue() {
      return spec.riskVenue;
    },
    get words() {
      return spec.words;
    },
    riskVenueFor: spec.riskVenueFor,
    languages: spec.languages,
    ticketPage: spec.ticketPage,
    findTicket: cached(one)!,
    findTickets: spec.guardEveryTicket ? cached(spec.tickets) : undefined,
    read: cached((ticket: Element, location: Loc) => readAll(spec.fields, ticket, location, spec.pages.id))!,
    overlayAnchor: cached(spec.overlayAnchor)!,
    submitButtons: cached(spec.submitButtons),
    sizeInput: cached(spec.sizeInput),
    externalWatch: watch && cached((doc: Document) => watch(doc, one(doc))),
    readAccount: cached(spec.account),
  };
}
