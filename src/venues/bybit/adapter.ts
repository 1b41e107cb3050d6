/**
 * Bybit derivatives order ticket ("order zone"): USDT perpetuals (`https://www.bybit.com/trade/usdt/<SYMBOL>`,
 * linear, margin in USDT) and inverse contracts (`https://www.bybit.com/trade/inverse/<SYMBOL>`, size in USD
 * contracts, margin in the coin).
 *
 * WHAT IS KNOWN, AND HOW WELL: little. The only DOM evidence is a 2022 extension (`by-` UI-kit classes,
 * "Order by" row), an undated grid-bot extension (`.oc-head-leverage`, `.oc__tp-sl-chk-text`) and a 2026
 * userscript that finds inputs by position. No live page was seen. The words come from Bybit's own help
 * centre (2022-07-25 "Order Cost (USDT Contract)": "Order by Qty", "Order by Cost"; ≥2025 "How to Get
 * Started With Futures Trading": order zone, Open/Close tabs in Hedge Mode, "Order by Quantity/Cost/Value";
 * glossary: "Available Balance", "Buy/Long", "Sell/Short") and the issue brief ("Est. Liq. Price",
 * "Initial Margin"). Every selector, with its source and date, is in `./selectors.ts`. Confidence: Low
 * for everything; the fixture is a reconstruction, not a copy.
 *
 * Languages: Bybit offers its pages in Simplified Chinese (`/zh-MY/`), Korean, Russian, Spanish,
 * Turkish and Vietnamese besides English; every label is searched in each (`./selectors.ts` names
 * the evidence for each language and marks every unconfirmed word).
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
import { checkboxByLabel } from '../kit/controls';
import { inputByLabel, labelledValues, textInputs } from '../kit/labels';
import { readLeverage, readNumberAt } from '../kit/number';
import { liqBySide } from '../kit/read/estimate';
import { readOrderTypeTabs } from '../kit/read/orderType';
import { watchFigures, headerFigure, optional } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { anchorAfterButtons, readOpenCloseMode, sideFromButtons, sidedButtons } from '../kit/read/side';
import { triggerField, readTpSlBox } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { findByText, findByTextStart } from '../kit/search';
import { describe, normText, textIs, textStartsWith, stripCaret } from '../kit/text';
import { findLabelTicket, type TicketShape } from '../kit/ticket/fromSideButtons';
import { allVisible, withVisibilityCache, type Match } from '../kit/visibility';
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
  const inverse = m?.[1]?.toLowerCase() === 'inverse';
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

const holdsNonTicket = (el: Element) => el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null;

/**
 * `findLabelTicket` climbs from each side button to the ticket's root: the first ancestor that holds a
 * text input ("core"), widened to the first one that also holds the Limit / Market tabs. Never into the
 * order book, the chart or a table, nor into an ancestor holding a second pair of side buttons.
 */
const SHAPE: TicketShape = { sideButtons, holdsNonTicket, orderTypes: S.ORDER_TYPE_LABELS };

function findTicket(doc: Document): Element | null {
  return findLabelTicket(doc, SHAPE);
}

// --- reading ------------------------------------------------------------------------------------

function readSymbol(location: Loc): { symbol: Field<string>; family: Family | null } {
  const m = S.TRADE_PATH.exec(location.pathname);
  if (!m) return { symbol: missing(`no symbol in the URL (${location.pathname})`), family: null };
  return { symbol: found(m[2]!.toUpperCase(), `URL ${location.pathname}`), family: bybitFamily(location.pathname) };
}

function readSide(ticket: Element, b: SideButtons): Field<Side> {
  const reduce = checkboxByLabel(ticket, S.REDUCE_ONLY_LABELS);
  if (reduce?.checked) return missing('Reduce-Only is on: this order can only reduce a position');
  return sideFromButtons(b, readOpenCloseMode(ticket, S.MODE_LABELS) === 'close', 'no Buy/Long / Sell/Short button found');
}

function readOrderType(ticket: Element): Field<OrderType> {
  return readOrderTypeTabs(ticket, S.ORDER_TYPE_LABELS);
}

function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  return readLimitPrice(ticket, orderType, S.PRICE_LABELS, 'no price input found on the ticket', NUMBER_STYLE);
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
      // A box holding the price's label is past the quantity row: with the quantity input gone,
      // its one input would be the price.
      if (findByText(box, S.PRICE_LABELS).length > 0) break;
      const own = textInputs(box);
      if (own.length === 1) return { input: { el: own[0]!, selector: `input in the row of “${text}”` }, orderBy };
      if (own.length > 1) break;
    }
  }
  const labelled = inputByLabel(ticket, S.SIZE_LABELS);
  return labelled ? { input: labelled, orderBy: null } : null;
}

/** The unit shown beside an input: its `.by-input__right-icon`, else the one short unit word in its box. */
function unitBeside(input: HTMLInputElement): Element | null {
  for (let box = input.parentElement, level = 0; box && level < 3; box = box.parentElement, level++) {
    if (textInputs(box).length > 1) break;
    const hooked = S.SIZE_UNIT.flatMap((sel) => allVisible(box!, sel));
    if (hooked.length === 1) return hooked[0]!;
    const words = allVisible(box, 'span, div, button, [role="button"]').filter(
      (el) => el.children.length <= 1 && !el.contains(input) && (/^[A-Z0-9]{2,10}$/.test(stripCaret(el.textContent)) || textIs(stripCaret(el.textContent), S.CONTRACT_UNITS)),
    );
    if (words.length === 1) return words[0]!;
    if (words.length > 1) break;
  }
  return null;
}

function readSize(ticket: Element, family: Family | null, parts: SymbolParts | null): Field<TicketSize> {
  const match = sizeMatch(ticket);
  if (!match) return missing('no quantity input (“Order by Qty”) found on the ticket', 'lost');
  const { input, orderBy } = match;
  if (orderBy === 'cost') return missing('the quantity is entered as order cost (“Order by Cost”: margin plus fees), not as a size');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el);
  if (!unitEl) return missing('no unit shown next to the quantity input', 'lost');
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
  const reasons: Field<number>[] = [];
  for (const el of hits) {
    const r = readLeverage(el.textContent);
    if (r.ok) values.set(r.value, el);
    else reasons.push(r);
  }
  if (values.size === 1) {
    const [value, el] = [...values][0]!;
    return found(value, describe(el));
  }
  if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
  if (reasons.length) return reasons[0]!;
  return missing('no leverage like “10.00x” found in the order zone', 'lost');
}

function readMarginMode(ticket: Element): Field<MarginMode> {
  const modes = new Map<MarginMode | 'portfolio', Element>();
  for (const b of buttons(ticket)) {
    const text = stripCaret(b.textContent);
    if (textIs(text, S.MARGIN_MODE_LABELS.cross)) modes.set('cross', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.isolated)) modes.set('isolated', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.portfolio)) modes.set('portfolio', b);
  }
  if (modes.size > 1) return missing('more than one margin mode is shown', 'lost');
  if (modes.size === 1) {
    const [mode, el] = [...modes][0]!;
    if (mode === 'portfolio') return missing('Portfolio Margin is on: its account-level liquidation is not modelled');
    return found(mode, describe(el));
  }
  return missing('no Cross / Isolated margin mode button found', 'lost');
}

function readBalance(ticket: Element, family: Family | null, parts: SymbolParts | null): Field<number> {
  // The full label first: a bare "Available" is only a fallback.
  let hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) hits = labelledValues(ticket, S.BALANCE_ANY_LABELS);
  if (hits.length === 0) return missing('no “Available Balance” shown on the ticket', 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available Balance” shown', 'lost');
  const hit = hits[0]!;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  const expected = family === 'inverse' ? parts?.base : parts?.quote;
  if (asset && expected && asset !== expected) return missing(`the balance is shown in ${asset}, not ${expected}`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, NUMBER_STYLE);
}

function readTrigger(ticket: Element, labels: readonly string[], name: string): Field<number | null> {
  return triggerField(inputByLabel(ticket, labels), name, NUMBER_STYLE);
}

function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  return readTpSlBox(ticket, S.TPSL_LABELS, 'no TP/SL checkbox found on the ticket', () => ({
    takeProfit: readTrigger(ticket, S.TAKE_PROFIT_LABELS, 'Take Profit'),
    stopLoss: readTrigger(ticket, S.STOP_LOSS_LABELS, 'Stop Loss'),
  }));
}

function readVenueLiq(ticket: Element, side: Field<Side>, b: SideButtons): Field<number | null> {
  return liqBySide(ticket, S.LIQ_PRICE_LABELS, 'Est. Liq. Price', side, b, NUMBER_STYLE);
}

const HEADER_SKIP = `${S.NOT_HEADER}, ${S.NOT_TICKET}`;

/** One number shown in the page header beside one of `labels`; null when the header does not show it. */
function readHeaderNumber(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  return headerFigure(doc, ticket, labels, HEADER_SKIP, `more than one “${name}” on the page`, NUMBER_STYLE);
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
    markPrice: readHeaderNumber(doc, ticket, S.MARK_LABELS, 'Mark Price') ?? missing('no “Mark Price” found in the page header', 'lost'),
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

/** After the row of side buttons (the overlay sits below it, never over the buttons). */
function overlayAnchor(ticket: Element): Element | null {
  return anchorAfterButtons(sideButtons(ticket));
}

/** Buy/Long and Sell/Short (Open Long / Open Short), each with the side it places. Close buttons only reduce. */
function submitButtons(ticket: Element): { element: Element; side: Side | null }[] {
  return sidedButtons(sideButtons(ticket));
}

function sizeInput(ticket: Element): HTMLInputElement | null {
  return sizeMatch(ticket)?.input.el ?? null;
}

function externalWatch(doc: Document): Element[] {
  return watchFigures(doc, findTicket(doc), S.MARK_LABELS, NUMBER_STYLE, HEADER_SKIP);
}

export const bybitAdapter: VenueAdapter = {
  id: 'bybit',
  name: 'Bybit Derivatives',
  /** The page's contract kind (see `riskVenueFor`): a getter, so it follows in-app navigation. */
  get riskVenue(): RiskVenueId {
    return bybitRiskVenue(pageLocation());
  },
  riskVenueFor: (location) => bybitRiskVenue(location),
  languages: ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr', 'vi'],
  ticketPage: (location) => S.TRADE_PATH.test(location.pathname),
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
