/** Finding the ticket by climbing from its Long / Short / Close buttons. */
import { textInputs } from '../labels';
import { findByText } from '../search';
import { allSideButtons, type SideButtons } from '../read/side';
import type { OrderTypeLabels } from '../read/orderType';

/** What `ticketsFromSideButtons` needs to know of a venue. */
export interface TicketShape {
  sideButtons(root: ParentNode): SideButtons;
  /** True when `el` holds the order book, the chart, a table… (the climb stops there). */
  holdsNonTicket(el: Element): boolean;
  orderTypes: OrderTypeLabels;
}

const holdsOrderTypeTabs = (el: Element, labels: OrderTypeLabels) => findByText(el, labels.limit).length > 0 && findByText(el, labels.market).length > 0;

/**
 * From a side button, climb to the ticket's root: the first ancestor that holds a text input ("core"),
 * widened to the first one that also holds the Limit / Market tabs. Never climbs into what
 * `holdsNonTicket` rejects, nor into an ancestor holding a second pair of side buttons.
 */
function rootFor(button: Element, shape: TicketShape): Element | null {
  const body = button.ownerDocument.body;
  let core: Element | null = null;
  for (let el = button.parentElement, level = 0; el && el !== body && level < 16; el = el.parentElement, level++) {
    if (shape.holdsNonTicket(el) || allSideButtons(shape.sideButtons(el)).length > 2) break;
    if (!core && textInputs(el).length > 0) core = el;
    if (core && holdsOrderTypeTabs(el, shape.orderTypes)) return el;
  }
  return core;
}

/** Every ticket root reached from the page's side buttons (the outermost where roots nest). */
export function ticketsFromSideButtons(doc: Document, shape: TicketShape): Element[] {
  const roots = new Set<Element>();
  for (const button of allSideButtons(shape.sideButtons(doc))) {
    const root = rootFor(button, shape);
    if (root) roots.add(root);
  }
  return [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
}
