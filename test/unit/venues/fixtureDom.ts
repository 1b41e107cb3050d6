/**
 * Helpers shared by the venue adapter tests (happy-dom): loading a venue's fixture pages into the
 * test document, finding the ticket and reading it, and picking fields apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { VenueAdapter } from '../../../src/venues/adapter';
import { validateReading, type Field, type TicketReading } from '../../../src/venues/reading';

/** A venue's `ticket.html` and `no-ticket.html` fixtures (`src/venues/<venue>/fixtures`). */
export function fixturePages(venue: string): { TICKET: string; NO_TICKET: string } {
  const dir = path.resolve(__dirname, '../../../src/venues', venue, 'fixtures');
  return {
    TICKET: readFileSync(path.join(dir, 'ticket.html'), 'utf8'),
    NO_TICKET: readFileSync(path.join(dir, 'no-ticket.html'), 'utf8'),
  };
}

/** Loads a fixture page into the test document (its scripts do not run: the DOM is as served; stylesheet links are dropped, the test DOM loads no files). */
export function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '').replace(/<link[^>]*>/g, '');
}

/** `ticket()`: the adapter's ticket in the test document (throws when none); `readAt(url)`: its validated reading at `url`. */
export function ticketHelpers(adapter: VenueAdapter, defaultUrl: string) {
  function ticket(): Element {
    const t = adapter.findTicket(document);
    if (!t) throw new Error('ticket not found');
    return t;
  }
  const readAt = (url = defaultUrl): TicketReading => validateReading(adapter.read(ticket(), new URL(url)));
  return { ticket, readAt };
}

export const value = <T>(f: Field<T>) => (f.ok ? f.value : undefined);
export const reason = <T>(f: Field<T>) => (f.ok ? undefined : f.reason);

/** The one element matching `sel` under `root` (throws when none). */
export const query = <E extends Element = HTMLElement>(sel: string, root: ParentNode): E => {
  const el = root.querySelector<E>(sel);
  if (!el) throw new Error(`no ${sel}`);
  return el;
};

/** The fixture element marked `data-fx="<name>"` (throws when none). */
export const fx = <E extends Element = HTMLElement>(name: string, root: ParentNode = document): E => {
  const el = root.querySelector<E>(`[data-fx="${name}"]`);
  if (!el) throw new Error(`no [data-fx="${name}"]`);
  return el;
};
