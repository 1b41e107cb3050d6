/**
 * Readers shared by the label-text adapters (Bybit, Bitget USDT-M, BitMEX, partly Binance USDⓈ-M):
 * tickets found by climbing from Long / Short / Close buttons, order-type tabs found by their
 * Limit / Market labels, figures read beside labels. Nothing here knows a venue: each adapter passes
 * its own labels and selectors (from its `selectors.ts`) and its own wording for what is missing.
 */
import {
  BOTH_SIDES_OFFERED,
  allVisible,
  checkboxByLabel,
  ariaSelected,
  commonAncestor,
  describe,
  findByText,
  inputByLabel,
  isVisible,
  labelledValues,
  normText,
  selectedByLook,
  textIs,
  textStartsWith,
  type LabelledValue,
} from './dom';
import { pageHits } from './fields';
import { readNumber, readNumberAt, type ReadNumberOptions } from './number';
import { found, missing, type Field, type OrderType, type Side } from './reading';

export const TEXT_INPUTS = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])';

/** The visible text inputs under `root`. */
export const textInputs = (root: ParentNode) => allVisible<HTMLInputElement>(root, TEXT_INPUTS);

/** A label's text without a dropdown caret ("Cross ▾" → "Cross"). */
export function stripCaret(text: string | null | undefined): string {
  return normText((text ?? '').replace(/[▾▼⌄˅⏷∨]/g, ''));
}

/** The ticket's side buttons: Long, Short and (where the venue has them) Close. */
export interface SideButtons {
  long: Element[];
  short: Element[];
  close?: Element[];
}

/** Every side button, Long then Short then Close. */
export const allSideButtons = (b: SideButtons): Element[] => [...b.long, ...b.short, ...(b.close ?? [])];

export interface OrderTypeLabels {
  limit: readonly string[];
  market: readonly string[];
  other: readonly string[];
}

/** What `findLabelTicket` needs to know of a venue. */
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

/** The one ticket root reached from the page's side buttons (the outermost when roots nest); null when none or several. */
export function findLabelTicket(doc: Document, shape: TicketShape): Element | null {
  const roots = new Set<Element>();
  for (const button of allSideButtons(shape.sideButtons(doc))) {
    const root = rootFor(button, shape);
    if (root) roots.add(root);
  }
  const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
  return outer.length === 1 ? outer[0]! : null;
}

// --- side ---------------------------------------------------------------------------------------

export const CLOSE_TAB_SELECTED = 'the Close tab is selected: this order closes a position';

/** Which of the Open / Close `[role=tab]` tabs is selected (null when not exactly one is). */
export function readOpenCloseMode(ticket: Element, labels: { open: readonly string[]; close: readonly string[] }): 'open' | 'close' | null {
  const tabs = [...findByText(ticket, labels.open, '[role="tab"]'), ...findByText(ticket, labels.close, '[role="tab"]')];
  const selected = tabs.filter((t) => ariaSelected(t) === true);
  if (selected.length !== 1) return null;
  return textIs(selected[0]!.textContent, labels.close) ? 'close' : 'open';
}

/** The side from the buttons offered: missing on the Close tab, when only Close buttons show, or when both sides are offered. */
export function sideFromButtons(b: SideButtons, closeSelected: boolean, noneFound: string): Field<Side> {
  if (closeSelected || (b.long.length === 0 && b.short.length === 0 && (b.close?.length ?? 0) > 0)) return missing(CLOSE_TAB_SELECTED, 'closesPosition');
  if (b.long.length > 0 && b.short.length > 0) return missing(BOTH_SIDES_OFFERED, 'bothSides');
  if (b.long.length > 0) return found('long', `${describe(b.long[0]!)}, the only side offered`);
  if (b.short.length > 0) return found('short', `${describe(b.short[0]!)}, the only side offered`);
  return missing(noneFound, 'lost');
}

// --- order type and price -----------------------------------------------------------------------

/** The order-type tabs: `[role=tab]` elements reading Limit / Market / …, else the children of the row holding "Limit" and "Market". */
export function orderTypeTabs(ticket: Element, labels: OrderTypeLabels): Element[] {
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
export function innermost(el: Element): Element {
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
  const text = tabText(tab);
  const where = `tab ${describe(tab)} (${pick.rule})`;
  if (textIs(text, labels.limit)) return found('limit', where);
  if (textIs(text, labels.market)) return found('market', where);
  return missing(`“${text}” orders are not assessed (only Limit and Market)`);
}

/** The limit price from the input labelled one of `labels`; missing on market orders (they use the mark price). */
export function readLimitPrice(ticket: Element, orderType: Field<OrderType>, labels: readonly string[], noInput: string, style: ReadNumberOptions): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const input = inputByLabel(ticket, labels);
  if (!input) return missing(noInput, 'lost');
  return readNumberAt(input.el.value, input.selector, style);
}

// --- TP/SL --------------------------------------------------------------------------------------

type TpSl = { takeProfit: Field<number | null>; stopLoss: Field<number | null> };

/** TP/SL behind a checkbox labelled one of `labels`: both null when unchecked, else each trigger `read` gives. */
export function readTpSlBox(ticket: Element, labels: readonly string[], noBox: string, read: () => TpSl): TpSl {
  const box = checkboxByLabel(ticket, labels);
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  if (!box) return both(missing(noBox, 'lost'));
  if (box.checked === null) return both(missing('cannot tell whether TP/SL is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return read();
}

// --- the venue's liquidation estimate -----------------------------------------------------------

/** A liquidation price shown beside its label: the number, null when the venue shows none yet ("--"). */
export function liqField(hit: LabelledValue, style: ReadNumberOptions): Field<number | null> {
  const r = readNumber(hit.text, style);
  if (r.ok) return found(r.value, `“${hit.labelText}” “${hit.text}”`);
  if (r.kind === 'empty') return found(null, `“${hit.labelText}” shows “${hit.text}”`);
  return r;
}

const depth = (el: Element | null) => {
  let d = 0;
  for (let n = el; n; n = n.parentElement) d++;
  return d;
};

/**
 * The venue's liquidation estimate labelled `name` (one of `labels`): with one per side, the one in
 * the column of the side's button when the side is known.
 */
export function liqBySide(ticket: Element, labels: readonly string[], name: string, side: Field<Side>, b: SideButtons, style: ReadNumberOptions): Field<number | null> {
  const hits = labelledValues(ticket, labels);
  if (hits.length === 0) return missing(`no “${name}” shown on the ticket`, 'lost');
  if (hits.length === 1) return liqField(hits[0]!, style);
  if (side.ok) {
    // The figure in the column of the one side button.
    const button = (side.value === 'long' ? b.long : b.short)[0]!;
    const best = [...hits].sort((x, y) => depth(commonAncestor([y.label, button])) - depth(commonAncestor([x.label, button])))[0]!;
    return liqField(best, style);
  }
  const fields = hits.map((h) => liqField(h, style));
  if (fields.every((f) => f.ok && f.value === null)) return found(null, `“${hits[0]!.labelText}” shows “${hits[0]!.text}” for both sides`);
  return missing(`one “${name}” per side is shown and the side is chosen by the button clicked`, 'bothSides');
}

// --- the page header ----------------------------------------------------------------------------

/** One number shown in the page header (outside the ticket and `skip`) beside one of `labels`; null when the header does not show it. */
export function headerFigure(doc: Document, ticket: Element, labels: readonly string[], skip: string, tooMany: string, style: ReadNumberOptions): Field<number> | null {
  const hits = pageHits(doc, ticket, labels, skip);
  if (hits.length === 0) return null;
  const read = hits.map((h) => readNumberAt(h.text, `header “${h.labelText}”`, style));
  const ok = read.filter((r): r is Extract<Field<number>, { ok: true }> => r.ok);
  const distinct = new Set(ok.map((r) => r.value));
  if (distinct.size === 1) return ok[0]!;
  if (distinct.size > 1) return missing(tooMany, 'lost');
  return read[0]!;
}

/** An optional reading field, present only where the page shows it. */
export function optional<K extends 'high24h' | 'low24h'>(key: K, field: Field<number> | null): Partial<Record<K, Field<number>>> {
  return field ? ({ [key]: field } as Partial<Record<K, Field<number>>>) : {};
}

// --- overlay and guard hooks --------------------------------------------------------------------

/** After the row of side buttons (the overlay sits below it, never over the buttons). */
export function anchorAfterButtons(b: SideButtons): Element | null {
  const all = allSideButtons(b);
  if (all.length === 0) return null;
  if (all.length === 1) return all[0]!.parentElement;
  return commonAncestor(all);
}

/** The Long and Short buttons, each with the side it places. Close buttons are left out: they only reduce. */
export function sidedButtons(b: SideButtons): { element: Element; side: Side | null }[] {
  return [...b.long.map((element) => ({ element, side: 'long' as const })), ...b.short.map((element) => ({ element, side: 'short' as const }))];
}
