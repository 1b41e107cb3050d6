/**
 * Bybit derivatives order ticket ("order zone"): USDT perpetuals (`https://www.bybit.com/trade/usdt/<SYMBOL>`,
 * linear, margin in USDT) and inverse contracts (`https://www.bybit.com/trade/inverse/<SYMBOL>`, size in USD
 * contracts, margin in the coin).
 *
 * WHAT IS KNOWN, AND HOW WELL: little. `../shared/reference/venues.md` §3.4 rates Bybit Low: a 2022
 * extension (`by-` UI-kit classes, "Order by" row), an undated grid-bot extension (`.oc-head-leverage`,
 * `.oc__tp-sl-chk-text`) and a 2026 userscript that finds inputs by position. No live page was seen.
 * The words come from Bybit's own help centre (2022-07-25 "Order Cost (USDT Contract)": "Order by Qty",
 * "Order by Cost"; ≥2025 "How to Get Started With Futures Trading": order zone, Open/Close tabs in Hedge
 * Mode, "Order by Quantity/Cost/Value"; glossary: "Available Balance", "Buy/Long", "Sell/Short") and the
 * issue brief ("Est. Liq. Price", "Initial Margin"). Every selector, with its source and date, is in
 * `./selectors.ts`. Confidence: Low for everything; the fixture is a reconstruction, not a copy.
 *
 * So the adapter reads by visible label text, `role`/`aria-*` and `placeholder`, tries the `by-`/`oc-`
 * class hooks only first, never depends on them, and reports every field it could not find by name
 * (the overlay lists them).
 *
 * Finding the ticket: from each visible Buy/Long / Sell/Short (Open Long / Open Short) button, climb to
 * the nearest ancestor that holds a text input, then on to the one that also holds the Limit / Market
 * tabs, never into the order book, the chart or a table. Exactly one such root must exist; hidden
 * duplicates (the small-screen form) are skipped by the visibility check.
 *
 * Side: in One-Way Mode both buttons are offered at once, so `side` is missing with `BOTH_SIDES_OFFERED`
 * and the overlay assesses both sides; one visible button gives its side; the Close tab (Hedge Mode) and
 * Reduce-Only give a missing side with the reason.
 *
 * Contract kind per page: the path says `usdt` or `inverse`. `riskVenueFor(location)` gives
 * 'bybit-linear' or 'bybit-inverse'; `riskVenue` and `words` are getters reading the page's own
 * `location`, so a guard that only knows `riskVenue` is still right after an in-app switch between
 * the two kinds.
 *
 * Numbers: Bybit was only seen formatting English-style (`64,250.5`), so the page style is "unknown"
 * (English assumed; anything only a decimal-comma page would show is refused as ambiguous).
 */
import type { RiskVenueId, VenueAdapter, VenueWords } from '../adapter';
import {
  BOTH_SIDES_OFFERED,
  allVisible,
  ariaSelected,
  checkboxByLabel,
  commonAncestor,
  describe,
  findByText,
  findByTextStart,
  inputByLabel,
  isVisible,
  labelledValues,
  normText,
  selectedByLook,
  textIs,
  textStartsWith,
  withVisibilityCache,
  type LabelledValue,
  type Match,
} from '../dom';
import { readLeverage, readNumber, readNumberAt } from '../number';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketReading, type TicketSize } from '../reading';
import * as S from './selectors';

type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
type Family = 'linear' | 'inverse';
interface SymbolParts {
  base: string;
  quote: string;
}
interface SideButtons {
  long: Element[];
  short: Element[];
  close: Element[];
}

const NUMBER_STYLE = {}; // page style unknown: English assumed (see header)
const TEXT_INPUTS = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])';

// --- page kind ----------------------------------------------------------------------------------

/** `linear` on `/trade/usdt/…`, `inverse` on `/trade/inverse/…`, null elsewhere. */
export function bybitFamily(pathname: string): Family | null {
  const m = S.TRADE_PATH.exec(pathname);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'inverse' ? 'inverse' : 'linear';
}

/** The risk-core venue of a Bybit page: 'bybit-inverse' on inverse pages, 'bybit-linear' otherwise. */
export function bybitRiskVenue(location: Pick<Location, 'pathname'> | null | undefined): 'bybit-linear' | 'bybit-inverse' {
  return location && bybitFamily(location.pathname) === 'inverse' ? 'bybit-inverse' : 'bybit-linear';
}

/** The venue's words on a page: the margin asset is the coin on inverse pages. */
export function bybitWords(location: Pick<Location, 'pathname'> | null | undefined): VenueWords {
  const m = location ? S.TRADE_PATH.exec(location.pathname) : null;
  const parts = m ? splitSymbol(m[2]!.toUpperCase()) : null;
  const inverse = m?.[1]!.toLowerCase() === 'inverse';
  return {
    margin: 'Initial Margin',
    liquidationPrice: 'Est. Liq. Price',
    marginAsset: inverse ? (parts?.base ?? 'BTC') : (parts?.quote ?? 'USDT'),
  };
}

/** The page's own location where there is one (the content script); null in other realms. */
function pageLocation(): Pick<Location, 'pathname'> | null {
  return typeof location === 'undefined' ? null : location;
}

/** BTCUSDT → BTC/USDT; BTCUSD → BTC/USD; BTCUSDH26 (inverse futures) → BTC/USD. */
function splitSymbol(symbol: string): SymbolParts | null {
  const m = /^([A-Z0-9]{2,20}?)(USDT|USDC|USD)(?:[A-Z]\d{2})?$/.exec(symbol);
  return m ? { base: m[1]!, quote: m[2]! } : null;
}

// --- finding the ticket -------------------------------------------------------------------------

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function sideButtons(root: ParentNode): SideButtons {
  const hooked = (hooks: readonly string[]) => hooks.flatMap((h) => allVisible(root, h));
  return {
    long: unique([...hooked(S.LONG_BUTTON_HOOKS), ...findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR)]),
    short: unique([...hooked(S.SHORT_BUTTON_HOOKS), ...findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR)]),
    close: findByText(root, S.CLOSE_LABELS, S.SUBMIT_SELECTOR),
  };
}

const buttonCount = (b: SideButtons) => b.long.length + b.short.length + b.close.length;
const textInputs = (root: ParentNode) => allVisible<HTMLInputElement>(root, TEXT_INPUTS);
const holdsNonTicket = (el: Element) => el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null;
const holdsOrderTypeTabs = (el: Element) =>
  findByText(el, S.ORDER_TYPE_LABELS.limit).length > 0 && findByText(el, S.ORDER_TYPE_LABELS.market).length > 0;

/**
 * From a side button, climb to the ticket's root: the first ancestor that holds a text input ("core"),
 * widened to the first one that also holds the Limit / Market tabs. Never climbs into the order book,
 * the chart or a table, nor into an ancestor holding a second pair of side buttons.
 */
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

function readSymbol(location: Loc): { symbol: Field<string>; family: Family | null } {
  const m = S.TRADE_PATH.exec(location.pathname);
  if (!m) return { symbol: missing(`no symbol in the URL (${location.pathname})`), family: null };
  return { symbol: found(m[2]!.toUpperCase(), `URL ${location.pathname}`), family: bybitFamily(location.pathname) };
}

function readMode(ticket: Element): 'open' | 'close' | null {
  const tabs = [...findByText(ticket, S.MODE_LABELS.open, '[role="tab"]'), ...findByText(ticket, S.MODE_LABELS.close, '[role="tab"]')];
  const selected = tabs.filter((t) => ariaSelected(t) === true);
  if (selected.length !== 1) return null;
  return textIs(selected[0]!.textContent, S.MODE_LABELS.close) ? 'close' : 'open';
}

function readSide(ticket: Element, b: SideButtons): Field<Side> {
  const reduce = checkboxByLabel(ticket, S.REDUCE_ONLY_LABELS);
  if (reduce?.checked) return missing('Reduce-Only is on: this order can only reduce a position');
  if (readMode(ticket) === 'close' || (b.long.length === 0 && b.short.length === 0 && b.close.length > 0)) {
    return missing('the Close tab is selected: this order closes a position');
  }
  if (b.long.length > 0 && b.short.length > 0) return missing(BOTH_SIDES_OFFERED);
  if (b.long.length > 0) return found('long', `${describe(b.long[0]!)}, the only side offered`);
  if (b.short.length > 0) return found('short', `${describe(b.short[0]!)}, the only side offered`);
  return missing('no Buy/Long / Sell/Short button found');
}

const ORDER_TYPE_WORDS = [...S.ORDER_TYPE_LABELS.limit, ...S.ORDER_TYPE_LABELS.market, ...S.ORDER_TYPE_LABELS.other];

/** The order-type tabs: `[role=tab]` elements reading Limit / Market / Conditional…, else the row holding "Limit" and "Market". */
function orderTypeTabs(ticket: Element): Element[] {
  const roled = allVisible(ticket, '[role="tab"]').filter((t) => textStartsWith(t.textContent, ORDER_TYPE_WORDS));
  if (roled.length >= 2) return roled;
  const limit = findByText(ticket, S.ORDER_TYPE_LABELS.limit);
  const market = findByText(ticket, S.ORDER_TYPE_LABELS.market);
  if (limit.length !== 1 || market.length !== 1) return [];
  const row = commonAncestor([limit[0]!, market[0]!]);
  if (!row) return [];
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

type OrderBy = 'qty' | 'value' | 'cost';

/** The quantity input: the one input in the row of the "Order by …" switch, else the input labelled "Qty". */
function sizeMatch(ticket: Element): { input: Match<HTMLInputElement>; orderBy: OrderBy | null } | null {
  for (const sw of findByTextStart(ticket, S.ORDER_BY_PREFIX)) {
    const text = normText(sw.textContent);
    const orderBy: OrderBy | null = textStartsWith(text, S.ORDER_BY.cost)
      ? 'cost'
      : textStartsWith(text, S.ORDER_BY.value)
        ? 'value'
        : textStartsWith(text, S.ORDER_BY.qty)
          ? 'qty'
          : null;
    for (let box = sw.parentElement, level = 0; box && level < 4; box = box.parentElement, level++) {
      const own = textInputs(box);
      if (own.length === 1) return { input: { el: own[0]!, selector: `input in the row of “${text}”` }, orderBy };
      if (own.length > 1) break;
    }
  }
  const labelled = inputByLabel(ticket, S.SIZE_LABELS);
  return labelled ? { input: labelled, orderBy: null } : null;
}

function stripCaret(text: string | null | undefined): string {
  return normText((text ?? '').replace(/[▾▼⌄˅⏷∨]/g, ''));
}

/** The unit shown beside an input: its `.by-input__right-icon`, else the one short unit word in its box. */
function unitBeside(input: HTMLInputElement): Element | null {
  for (let box = input.parentElement, level = 0; box && level < 3; box = box.parentElement, level++) {
    if (textInputs(box).length > 1) break;
    const hooked = S.SIZE_UNIT.flatMap((sel) => allVisible(box!, sel));
    if (hooked.length === 1) return hooked[0]!;
    const words = allVisible(box, 'span, div, button, [role="button"]').filter(
      (el) => el.children.length <= 1 && !el.contains(input) && /^(?:[A-Z0-9]{2,10}|Cont|Contracts)$/.test(stripCaret(el.textContent)),
    );
    if (words.length === 1) return words[0]!;
    if (words.length > 1) break;
  }
  return null;
}

function readSize(ticket: Element, family: Family | null, parts: SymbolParts | null): Field<TicketSize> {
  const match = sizeMatch(ticket);
  if (!match) return missing('no quantity input (“Order by Qty”) found on the ticket');
  const { input, orderBy } = match;
  if (orderBy === 'cost') return missing('the quantity is entered as order cost (“Order by Cost”: margin plus fees), not as a size');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = readNumber(raw, NUMBER_STYLE);
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el);
  if (!unitEl) return missing('no unit shown next to the quantity input');
  const unit = stripCaret(unitEl.textContent);
  const where = `${input.selector} “${raw}”, unit ${describe(unitEl)}`;
  const kind = family ?? (parts && parts.quote === 'USD' ? 'inverse' : 'linear');
  if (kind === 'inverse') {
    if (textIs(unit, S.CONTRACT_UNITS)) return found({ value: n.value, unit: 'contracts' }, where);
    if (parts && unit === parts.base) return found({ value: n.value, unit: 'base' }, where);
    return missing(`quantity unit “${unit}” is neither USD contracts nor ${parts?.base ?? 'the coin'}`);
  }
  if (parts && unit === parts.base) return found({ value: n.value, unit: 'base' }, where);
  if ((S.LINEAR_QUOTES as readonly string[]).includes(unit)) {
    if (parts && unit !== parts.quote) return missing(`quantity unit “${unit}” is not this symbol's quote asset ${parts.quote}`);
    return found({ value: n.value, unit: 'quote' }, where);
  }
  if (!parts && /^[A-Z0-9]{2,10}$/.test(unit)) return found({ value: n.value, unit: 'base' }, `${where} (a coin; symbol unknown)`);
  return missing(`quantity unit “${unit}” is neither ${parts?.base ?? 'the coin'} nor ${parts?.quote ?? 'USDT'}`);
}

function buttons(ticket: Element): Element[] {
  return allVisible(ticket, S.SUBMIT_SELECTOR);
}

function readLeverageField(ticket: Element): Field<number> {
  const hooked = S.LEVERAGE_HOOKS.flatMap((h) => allVisible(ticket, h));
  const hits = hooked.length > 0 ? hooked : buttons(ticket).filter((b) => S.LEVERAGE_BUTTON_TEXT.test(normText(b.textContent)));
  const values = new Map<number, Element>();
  const reasons: string[] = [];
  for (const el of hits) {
    const r = readLeverage(el.textContent);
    if (r.ok) values.set(r.value, el);
    else reasons.push(r.reason);
  }
  if (values.size === 1) {
    const [value, el] = [...values][0]!;
    return found(value, describe(el));
  }
  if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`);
  if (reasons.length) return missing(reasons[0]!);
  return missing('no leverage like “10.00x” found in the order zone');
}

function readMarginMode(ticket: Element): Field<MarginMode> {
  const modes = new Map<MarginMode | 'portfolio', Element>();
  for (const b of buttons(ticket)) {
    const text = stripCaret(b.textContent);
    if (textIs(text, S.MARGIN_MODE_LABELS.cross)) modes.set('cross', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.isolated)) modes.set('isolated', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.portfolio)) modes.set('portfolio', b);
  }
  if (modes.size > 1) return missing('more than one margin mode is shown');
  if (modes.size === 1) {
    const [mode, el] = [...modes][0]!;
    if (mode === 'portfolio') return missing('Portfolio Margin is on: its account-level liquidation is not modelled');
    return found(mode, describe(el));
  }
  return missing('no Cross / Isolated margin mode button found');
}

function readBalance(ticket: Element, family: Family | null, parts: SymbolParts | null): Field<number> {
  // The full label first: a bare "Available" is only a fallback.
  let hits = labelledValues(ticket, [S.BALANCE_LABELS[0]]);
  if (hits.length === 0) hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) return missing('no “Available Balance” shown on the ticket');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available Balance” shown');
  const hit = hits[0]!;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  const expected = family === 'inverse' ? parts?.base : parts?.quote;
  if (asset && expected && asset !== expected) return missing(`the balance is shown in ${asset}, not ${expected}`);
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
  return { takeProfit: readTrigger(ticket, S.TAKE_PROFIT_LABELS, 'Take Profit'), stopLoss: readTrigger(ticket, S.STOP_LOSS_LABELS, 'Stop Loss') };
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
  if (hits.length === 0) return missing('no “Est. Liq. Price” shown on the ticket');
  if (hits.length === 1) return liqField(hits[0]!);
  if (side.ok) {
    const button = (side.value === 'long' ? b.long : b.short)[0]!;
    const best = [...hits].sort((x, y) => depth(commonAncestor([y.label, button])) - depth(commonAncestor([x.label, button])))[0]!;
    return liqField(best);
  }
  const fields = hits.map(liqField);
  if (fields.every((f) => f.ok && f.value === null)) return found(null, `“${hits[0]!.labelText}” shows “${hits[0]!.text}” for both sides`);
  return missing('one “Est. Liq. Price” per side is shown and the side is chosen by the button clicked');
}

function headerHits(doc: Document, ticket: Element | null, labels: readonly string[]): LabelledValue[] {
  return labelledValues(doc, labels, { selector: `${S.NOT_HEADER}, ${S.NOT_TICKET}`, elements: ticket ? [ticket] : [] });
}

/** One number shown in the page header beside one of `labels`; null when the header does not show it. */
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
  const { symbol, family } = readSymbol(location);
  const parts = symbol.ok ? splitSymbol(symbol.value) : null;
  const b = sideButtons(ticket);
  const side = readSide(ticket, b);
  const orderType = readOrderType(ticket);
  return {
    site: 'bybit',
    symbol,
    side,
    orderType,
    price: readPrice(ticket, orderType),
    markPrice: readHeaderNumber(doc, ticket, S.MARK_LABELS, 'Mark Price') ?? missing('no “Mark Price” found in the page header'),
    size: readSize(ticket, family, parts),
    leverage: readLeverageField(ticket),
    marginMode: readMarginMode(ticket),
    balance: readBalance(ticket, family, parts),
    ...readTpSl(ticket),
    venueLiquidationPrice: readVenueLiq(ticket, side, b),
    ...optional('high24h', readHeaderNumber(doc, ticket, S.HIGH_24H_LABELS, '24H High')),
    ...optional('low24h', readHeaderNumber(doc, ticket, S.LOW_24H_LABELS, '24H Low')),
  };
}

function optional<K extends 'high24h' | 'low24h'>(key: K, field: Field<number> | null): Partial<Record<K, Field<number>>> {
  return field ? ({ [key]: field } as Partial<Record<K, Field<number>>>) : {};
}

/** After the row of side buttons (the overlay sits below it, never over the buttons). */
function overlayAnchor(ticket: Element): Element | null {
  const b = sideButtons(ticket);
  const all = [...b.long, ...b.short, ...b.close];
  if (all.length === 0) return null;
  if (all.length === 1) return all[0]!.parentElement;
  return commonAncestor(all);
}

/** Buy/Long and Sell/Short (Open Long / Open Short), each with the side it places. Close buttons only reduce. */
function submitButtons(ticket: Element): { element: Element; side: Side | null }[] {
  const b = sideButtons(ticket);
  return [...b.long.map((element) => ({ element, side: 'long' as const })), ...b.short.map((element) => ({ element, side: 'short' as const }))];
}

function sizeInput(ticket: Element): HTMLInputElement | null {
  return sizeMatch(ticket)?.input.el ?? null;
}

function externalWatch(doc: Document): Element[] {
  const ticket = findTicket(doc);
  return headerHits(doc, ticket, S.MARK_LABELS)
    .filter((h) => readNumber(h.text, NUMBER_STYLE).ok)
    .map((h) => h.value);
}

export const bybitAdapter: VenueAdapter = {
  id: 'bybit',
  name: 'Bybit Derivatives',
  /** The page's contract kind (see `riskVenueFor`): a getter, so it follows in-app navigation. */
  get riskVenue(): RiskVenueId {
    return bybitRiskVenue(pageLocation());
  },
  riskVenueFor: (location) => bybitRiskVenue(location),
  get words(): VenueWords {
    return bybitWords(pageLocation());
  },
  findTicket: (doc) => withVisibilityCache(() => findTicket(doc)),
  read: (ticket, location) => withVisibilityCache(() => read(ticket, location)),
  overlayAnchor: (ticket) => withVisibilityCache(() => overlayAnchor(ticket)),
  externalWatch: (doc) => withVisibilityCache(() => externalWatch(doc)),
  submitButtons: (ticket) => withVisibilityCache(() => submitButtons(ticket)),
  sizeInput: (ticket) => withVisibilityCache(() => sizeInput(ticket)),
};
