/**
 * Bitget USDT-M futures order ticket (`https://www.bitget.com/futures/usdt/<SYMBOL>`, linear, margin in
 * USDT).
 *
 * WHAT IS KNOWN, AND HOW WELL: almost nothing of the DOM. `../shared/reference/venues.md` §3.5 found the
 * URL pattern only ("none found" for DOM evidence), and the 2026 searches for this adapter found no
 * script that reads the ticket. The words come from Bitget's help centre and academy (margin modes
 * "Cross"/"Isolated", "Mark price", "estimated liquidation price", 2021–2025) and the issue brief
 * ("Open long"/"Open short", "Available"). Every label, with its source and date, is in
 * `./selectors.ts`. Confidence: Low for every field except the URL (Med-High); the fixture is a
 * reconstruction, not a copy.
 *
 * So the adapter uses no class or id at all: visible label text, `role`/`aria-*`, `placeholder`, and,
 * for the order-type tabs, ARIA marks or else the one tab that looks different. It reports every field
 * it could not find by name (the overlay lists them).
 *
 * Finding the ticket: from each visible "Open long" / "Open short" (or one-way "Buy/Long" / "Sell/Short")
 * button, climb to the nearest ancestor holding a text input, then on to the one also holding the Limit
 * / Market tabs, never into the order book, the chart or a table. Exactly one root must exist; hidden
 * duplicates are skipped by the visibility check.
 *
 * Side: both buttons are offered at once, so `side` is missing with `BOTH_SIDES_OFFERED` and the overlay
 * assesses both; one visible button gives its side; the Close tab gives a missing side with the reason.
 *
 * Numbers: English style assumed (`64,250.5`), the page style otherwise unknown.
 */
import type { VenueAdapter } from '../adapter';
import {
  BOTH_SIDES_OFFERED,
  allVisible,
  ariaSelected,
  checkboxByLabel,
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
  withVisibilityCache,
  type LabelledValue,
} from '../dom';
import { readLeverage, readNumber, readNumberAt } from '../number';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketReading, type TicketSize } from '../reading';
import * as S from './selectors';

type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
interface SideButtons {
  long: Element[];
  short: Element[];
  close: Element[];
}

const NUMBER_STYLE = {}; // page style unknown: English assumed (see header)
const TEXT_INPUTS = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])';

// --- finding the ticket -------------------------------------------------------------------------

function sideButtons(root: ParentNode): SideButtons {
  return {
    long: findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR),
    short: findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR),
    close: findByText(root, S.CLOSE_LABELS, S.SUBMIT_SELECTOR),
  };
}

const buttonCount = (b: SideButtons) => b.long.length + b.short.length + b.close.length;
const textInputs = (root: ParentNode) => allVisible<HTMLInputElement>(root, TEXT_INPUTS);
const holdsNonTicket = (el: Element) =>
  el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null || findByText(el, S.NOT_TICKET_TEXT).length > 0;
const holdsOrderTypeTabs = (el: Element) =>
  findByText(el, S.ORDER_TYPE_LABELS.limit).length > 0 && findByText(el, S.ORDER_TYPE_LABELS.market).length > 0;

/** From a side button up to the ticket's root: the first ancestor holding a text input, widened to the one holding the Limit / Market tabs. */
function rootFor(button: Element): Element | null {
  const body = button.ownerDocument.body;
  let core: Element | null = null;
  for (let el = button.parentElement, level = 0; el && el !== body && level < 16; el = el.parentElement, level++) {
    if (holdsNonTicket(el) || buttonCount(sideButtons(el)) > 2) break;
    if (!core && textInputs(el).length > 0) core = el;
    if (core && holdsOrderTypeTabs(el)) return el;
  }
  return core;
}

function findTicket(doc: Document): Element | null {
  const b = sideButtons(doc);
  const roots = new Set<Element>();
  for (const button of [...b.long, ...b.short, ...b.close]) {
    const root = rootFor(button);
    if (root) roots.add(root);
  }
  const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
  return outer.length === 1 ? outer[0]! : null;
}

// --- reading ------------------------------------------------------------------------------------

function readSymbol(location: Loc): Field<string> {
  const m = S.FUTURES_PATH.exec(location.pathname);
  if (!m) return missing(`no symbol in the URL (${location.pathname})`);
  const symbol = m[1]!.toUpperCase();
  if (!symbol.endsWith(S.QUOTE)) return missing(`“${symbol}” in the URL is not a USDT-M symbol`);
  return found(symbol, `URL ${location.pathname}`);
}

const baseOf = (symbol: string | null) => (symbol && symbol.endsWith(S.QUOTE) ? symbol.slice(0, -S.QUOTE.length) : null);

function readMode(ticket: Element): 'open' | 'close' | null {
  const tabs = [...findByText(ticket, S.MODE_LABELS.open, '[role="tab"]'), ...findByText(ticket, S.MODE_LABELS.close, '[role="tab"]')];
  const selected = tabs.filter((t) => ariaSelected(t) === true);
  if (selected.length === 1) return textIs(selected[0]!.textContent, S.MODE_LABELS.close) ? 'close' : 'open';
  return null;
}

function readSide(ticket: Element, b: SideButtons): Field<Side> {
  if (readMode(ticket) === 'close' || (b.long.length === 0 && b.short.length === 0 && b.close.length > 0)) {
    return missing('the Close tab is selected: this order closes a position');
  }
  if (b.long.length > 0 && b.short.length > 0) return missing(BOTH_SIDES_OFFERED);
  if (b.long.length > 0) return found('long', `${describe(b.long[0]!)}, the only side offered`);
  if (b.short.length > 0) return found('short', `${describe(b.short[0]!)}, the only side offered`);
  return missing('no Open long / Open short button found');
}

const ORDER_TYPE_WORDS = [...S.ORDER_TYPE_LABELS.limit, ...S.ORDER_TYPE_LABELS.market, ...S.ORDER_TYPE_LABELS.other];

function orderTypeTabs(ticket: Element): Element[] {
  const roled = allVisible(ticket, '[role="tab"]').filter((t) => textStartsWith(t.textContent, ORDER_TYPE_WORDS));
  if (roled.length >= 2) return roled;
  const limit = findByText(ticket, S.ORDER_TYPE_LABELS.limit);
  const market = findByText(ticket, S.ORDER_TYPE_LABELS.market);
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

function readOrderType(ticket: Element): Field<OrderType> {
  const tabs = orderTypeTabs(ticket);
  if (tabs.length < 2) return missing('no Limit / Market tabs found');
  const marked = tabs.filter((t) => ariaSelected(t) === true);
  const pick = marked.length === 1 ? { index: tabs.indexOf(marked[0]!), rule: 'aria-selected' } : (selectedByLook(tabs) ?? selectedByLook(tabs.map(innermost)));
  if (!pick) return missing('cannot tell which order-type tab is selected');
  const tab = tabs[pick.index]!;
  const where = `tab ${describe(tab)} (${pick.rule})`;
  if (textIs(tab.textContent, S.ORDER_TYPE_LABELS.limit)) return found('limit', where);
  if (textIs(tab.textContent, S.ORDER_TYPE_LABELS.market)) return found('market', where);
  return missing(`“${normText(tab.textContent)}” orders are not assessed (only Limit and Market)`);
}

function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const input = inputByLabel(ticket, S.PRICE_LABELS);
  if (!input) return missing('no price input found on the ticket');
  return readNumberAt(input.el.value, input.selector, NUMBER_STYLE);
}

function stripCaret(text: string | null | undefined): string {
  return normText((text ?? '').replace(/[▾▼⌄˅⏷∨]/g, ''));
}

/** The unit shown beside the quantity input: the one short unit word in its box. */
function unitBeside(input: HTMLInputElement): Element | null {
  for (let box = input.parentElement, level = 0; box && level < 3; box = box.parentElement, level++) {
    if (textInputs(box).length > 1) break;
    const words = allVisible(box, 'span, div, button, [role="button"]').filter(
      (el) =>
        el.children.length <= 1 &&
        !el.contains(input) &&
        (/^(?:[A-Z0-9]{2,10}|Cont|Contracts)$/.test(stripCaret(el.textContent)) || textIs(stripCaret(el.textContent), S.SIZE_AS_MARGIN)),
    );
    if (words.length === 1) return words[0]!;
    if (words.length > 1) break;
  }
  return null;
}

function readSize(ticket: Element, base: string | null): Field<TicketSize> {
  const input = inputByLabel(ticket, S.SIZE_LABELS);
  if (!input) return missing('no quantity input found on the ticket');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = readNumber(raw, NUMBER_STYLE);
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el);
  if (!unitEl) return missing('no unit shown next to the quantity input');
  const unit = stripCaret(unitEl.textContent);
  const where = `${input.selector} “${raw}”, unit ${describe(unitEl)}`;
  if (textIs(unit, S.SIZE_AS_MARGIN)) return missing(`the quantity is entered as margin (“${unit}”), not as a size`);
  if (textIs(unit, S.CONTRACT_UNITS)) return missing(`the quantity is in contracts (“${unit}”), whose size is not known here`);
  if (unit === S.QUOTE) return found({ value: n.value, unit: 'quote' }, where);
  if (base && unit === base) return found({ value: n.value, unit: 'base' }, where);
  if (!base && /^[A-Z0-9]{2,10}$/.test(unit)) return found({ value: n.value, unit: 'base' }, `${where} (a coin; symbol unknown)`);
  return missing(`quantity unit “${unit}” is neither ${base ?? 'the coin'} nor USDT`);
}

function buttons(ticket: Element): Element[] {
  return allVisible(ticket, S.SUBMIT_SELECTOR);
}

/** "20x", or one leverage per side ("Long 20x", "Short 10x") in isolated margin. */
function readLeverageField(ticket: Element, side: Field<Side>): Field<number> {
  const hits = buttons(ticket).filter((b) => S.LEVERAGE_BUTTON_TEXT.test(normText(b.textContent)));
  const values = new Map<number, Element>();
  const bySide: Partial<Record<Side, { value: number; el: Element }>> = {};
  for (const el of hits) {
    const r = readLeverage(el.textContent);
    if (!r.ok) continue;
    values.set(r.value, el);
    const word = /^(long|short)/i.exec(normText(el.textContent))?.[1]?.toLowerCase() as Side | undefined;
    if (word) bySide[word] = { value: r.value, el };
  }
  if (values.size === 1) {
    const [value, el] = [...values][0]!;
    return found(value, describe(el));
  }
  if (values.size > 1) {
    const own = side.ok ? bySide[side.value] : undefined;
    if (own) return found(own.value, describe(own.el));
    return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`);
  }
  return missing('no leverage button like “20x” found');
}

function readMarginMode(ticket: Element): Field<MarginMode> {
  const modes = new Map<MarginMode, Element>();
  for (const b of buttons(ticket)) {
    const text = stripCaret(b.textContent);
    if (textIs(text, S.MARGIN_MODE_LABELS.cross)) modes.set('cross', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.isolated)) modes.set('isolated', b);
  }
  if (modes.size === 1) {
    const [mode, el] = [...modes][0]!;
    return found(mode, describe(el));
  }
  if (modes.size > 1) return missing('both Cross and Isolated are shown as the margin mode');
  return missing('no Cross / Isolated button found');
}

function readBalance(ticket: Element): Field<number> {
  const hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) return missing('no “Available” balance shown on the ticket');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available” balance shown');
  const hit = hits[0]!;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  if (asset && asset !== S.QUOTE) return missing(`the balance is shown in ${asset}, not USDT`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, NUMBER_STYLE);
}

function readTrigger(ticket: Element, labels: readonly string[], name: string): Field<number | null> {
  const input = inputByLabel(ticket, labels);
  if (!input) return missing(`TP/SL is on but no ${name} input was found`);
  const r = readNumberAt(normText(input.el.value), input.selector, NUMBER_STYLE);
  if (!r.ok && r.reason === 'empty') return found(null, `${input.selector} empty`);
  return r;
}

function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  const box = checkboxByLabel(ticket, S.TPSL_LABELS);
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  if (!box) return both(missing('no TP/SL checkbox found on the ticket'));
  if (box.checked === null) return both(missing('cannot tell whether TP/SL is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return { takeProfit: readTrigger(ticket, S.TAKE_PROFIT_LABELS, 'Take profit'), stopLoss: readTrigger(ticket, S.STOP_LOSS_LABELS, 'Stop loss') };
}

function liqField(hit: LabelledValue): Field<number | null> {
  const r = readNumber(hit.text, NUMBER_STYLE);
  if (r.ok) return found(r.value, `“${hit.labelText}” “${hit.text}”`);
  if (r.reason === 'empty') return found(null, `“${hit.labelText}” shows “${hit.text}”`);
  return r;
}

const depth = (el: Element | null) => {
  let d = 0;
  for (let n = el; n; n = n.parentElement) d++;
  return d;
};

function readVenueLiq(ticket: Element, side: Field<Side>, b: SideButtons): Field<number | null> {
  const hits = labelledValues(ticket, S.LIQ_PRICE_LABELS);
  if (hits.length === 0) return missing('no “Est. liq. price” shown on the ticket');
  if (hits.length === 1) return liqField(hits[0]!);
  if (side.ok) {
    const button = (side.value === 'long' ? b.long : b.short)[0]!;
    const best = [...hits].sort((x, y) => depth(commonAncestor([y.label, button])) - depth(commonAncestor([x.label, button])))[0]!;
    return liqField(best);
  }
  const fields = hits.map(liqField);
  if (fields.every((f) => f.ok && f.value === null)) return found(null, `“${hits[0]!.labelText}” shows “${hits[0]!.text}” for both sides`);
  return missing('one “Est. liq. price” per side is shown and the side is chosen by the button clicked');
}

function headerHits(doc: Document, ticket: Element | null, labels: readonly string[]): LabelledValue[] {
  return labelledValues(doc, labels, { selector: S.NOT_HEADER, elements: ticket ? [ticket] : [] });
}

function readHeaderNumber(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  const hits = headerHits(doc, ticket, labels);
  if (hits.length === 0) return null;
  const read = hits.map((h) => readNumberAt(h.text, `header “${h.labelText}”`, NUMBER_STYLE));
  const ok = read.filter((r): r is Extract<Field<number>, { ok: true }> => r.ok);
  const distinct = new Set(ok.map((r) => r.value));
  if (distinct.size === 1) return ok[0]!;
  if (distinct.size > 1) return missing(`more than one “${name}” on the page`);
  return read[0]!;
}

function read(ticket: Element, location: Loc): TicketReading {
  const doc = ticket.ownerDocument;
  const symbol = readSymbol(location);
  const base = baseOf(symbol.ok ? symbol.value : null);
  const b = sideButtons(ticket);
  const side = readSide(ticket, b);
  const orderType = readOrderType(ticket);
  return {
    site: 'bitget-usdtm',
    symbol,
    side,
    orderType,
    price: readPrice(ticket, orderType),
    markPrice: readHeaderNumber(doc, ticket, S.MARK_LABELS, 'Mark price') ?? missing('no “Mark price” found in the page header'),
    size: readSize(ticket, base),
    leverage: readLeverageField(ticket, side),
    marginMode: readMarginMode(ticket),
    balance: readBalance(ticket),
    ...readTpSl(ticket),
    venueLiquidationPrice: readVenueLiq(ticket, side, b),
    ...optional('high24h', readHeaderNumber(doc, ticket, S.HIGH_24H_LABELS, '24h high')),
    ...optional('low24h', readHeaderNumber(doc, ticket, S.LOW_24H_LABELS, '24h low')),
  };
}

function optional<K extends 'high24h' | 'low24h'>(key: K, field: Field<number> | null): Partial<Record<K, Field<number>>> {
  return field ? ({ [key]: field } as Partial<Record<K, Field<number>>>) : {};
}

function overlayAnchor(ticket: Element): Element | null {
  const b = sideButtons(ticket);
  const all = [...b.long, ...b.short, ...b.close];
  if (all.length === 0) return null;
  if (all.length === 1) return all[0]!.parentElement;
  return commonAncestor(all);
}

function submitButtons(ticket: Element): { element: Element; side: Side | null }[] {
  const b = sideButtons(ticket);
  return [...b.long.map((element) => ({ element, side: 'long' as const })), ...b.short.map((element) => ({ element, side: 'short' as const }))];
}

function sizeInput(ticket: Element): HTMLInputElement | null {
  return inputByLabel(ticket, S.SIZE_LABELS)?.el ?? null;
}

function externalWatch(doc: Document): Element[] {
  const ticket = findTicket(doc);
  return headerHits(doc, ticket, S.MARK_LABELS)
    .filter((h) => readNumber(h.text, NUMBER_STYLE).ok)
    .map((h) => h.value);
}

export const bitgetUsdtmAdapter: VenueAdapter = {
  id: 'bitget-usdtm',
  name: 'Bitget USDT-M Futures',
  riskVenue: 'bitget-usdtm',
  words: { margin: 'Margin', liquidationPrice: 'Est. liq. price', marginAsset: 'USDT' },
  findTicket: (doc) => withVisibilityCache(() => findTicket(doc)),
  read: (ticket, location) => withVisibilityCache(() => read(ticket, location)),
  overlayAnchor: (ticket) => withVisibilityCache(() => overlayAnchor(ticket)),
  externalWatch: (doc) => withVisibilityCache(() => externalWatch(doc)),
  submitButtons: (ticket) => withVisibilityCache(() => submitButtons(ticket)),
  sizeInput: (ticket) => withVisibilityCache(() => sizeInput(ticket)),
};
