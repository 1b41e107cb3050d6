/** The order type: the selected one of the Limit / Market / … tabs. */
import { ariaSelected, selectedByLook } from '../controls';
import { commonAncestor, findByText } from '../search';
import { describe, normText, textIs, textStartsWith } from '../text';
import { allVisible, isVisible } from '../visibility';
import { found, missing, type Field, type OrderType } from '../../reading';

/**
 * Which of `tabs` is selected: by ARIA/`data-state` when exactly one is marked, else by a class
 * marker (`markerClass`, a design-system or CSS-module prefix the venue uses for the active tab).
 */
export function selectedTab(tabs: readonly Element[], markerClass?: RegExp): { el: Element; how: string } | null {
  const visible = tabs.filter((t) => isVisible(t));
  const marked = visible.filter((t) => ariaSelected(t) === true);
  if (marked.length === 1) return { el: marked[0]!, how: 'aria/data-state' };
  if (marked.length > 1) return null;
  if (markerClass) {
    const byClass = visible.filter((t) => markerClass.test(t.getAttribute('class') ?? ''));
    if (byClass.length === 1) return { el: byClass[0]!, how: `class ${markerClass.source}` };
  }
  return null;
}

export interface OrderTypeLabels {
  limit: readonly string[];
  market: readonly string[];
  other: readonly string[];
}

/** The order-type tabs: `[role=tab]` elements reading Limit / Market / …, else the children of the row holding "Limit" and "Market". */
function orderTypeTabs(ticket: Element, labels: OrderTypeLabels): Element[] {
  const words = [...labels.limit, ...labels.market, ...labels.other];
  const roled = allVisible(ticket, '[role="tab"]').filter((t) => textStartsWith(t.textContent, words));
  if (roled.length >= 2) return roled;
  const limit = findByText(ticket, labels.limit);
  const market = findByText(ticket, labels.market);
  if (limit.length !== 1 || market.length !== 1) return [];
  const row = commonAncestor([limit[0]!, market[0]!]);
  if (!row) return [];
  // Each tab is the row's child holding the word (the word may sit in a span inside the tab).
  return Array.from(row.children).filter((c) => isVisible(c) && normText(c.textContent) !== '');
}

/** The innermost element carrying a tab's whole text (`<li><a>Limit</a></li>` → the `a`): some tabs are styled there. */
function innermost(el: Element): Element {
  let e = el;
  while (e.children.length === 1 && normText(e.children[0]!.textContent) === normText(e.textContent)) e = e.children[0]!;
  return e;
}

/** The selected order-type tab (by `aria-selected`, else by look), read as Limit or Market; `tabText` gives a tab's text. */
export function readOrderTypeTabs(ticket: Element, labels: OrderTypeLabels, tabText: (tab: Element) => string = (t) => normText(t.textContent)): Field<OrderType> {
  const tabs = orderTypeTabs(ticket, labels);
  if (tabs.length < 2) return missing('no Limit / Market tabs found', 'lost');
  const marked = tabs.filter((t) => ariaSelected(t) === true);
  const pick = marked.length === 1 ? { index: tabs.indexOf(marked[0]!), rule: 'aria-selected' } : (selectedByLook(tabs) ?? selectedByLook(tabs.map(innermost)));
  if (!pick) return missing('cannot tell which order-type tab is selected');
  const tab = tabs[pick.index]!;
  return orderTypeOfTab(tabText(tab), labels, `tab ${describe(tab)} (${pick.rule})`);
}

/** A selected tab's words as the order type: Limit or Market, anything else named as not assessed. */
export function orderTypeOfTab(text: string, labels: Pick<OrderTypeLabels, 'limit' | 'market'>, where: string): Field<OrderType> {
  if (textIs(text, labels.limit)) return found('limit', where);
  if (textIs(text, labels.market)) return found('market', where);
  return missing(`“${text}” orders are not assessed (only Limit and Market)`);
}
