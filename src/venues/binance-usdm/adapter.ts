/**
 * Binance USDⓈ-M Futures order ticket (`https://www.binance.com/<lang>/futures/<SYMBOL>`).
 *
 * Every selector lives in `./selectors.ts` with its source and date (jackhai9/userscripts
 * 2026-07-28 for the core fields, cex-utilities 2023-01 for TP/SL, the rest unverified). Stable
 * hooks first (`input[id^="unitAmount-"]`, `[data-tab-key]`, `#position-direction`,
 * `data-testid`), then label text in every language Binance offers (en, zh-CN, ko, ru, es, tr,
 * vi); never hashed `css-*` classes.
 *
 * How the ticket is found: from each visible size input, climb to the nearest ancestor holding a
 * side button, then on to the one that also holds the order-type or Open/Close tabs, never into
 * the order book. Exactly one such root must exist; hidden duplicate forms (Binance leaves them
 * in the document, with repeated pane ids) are skipped by the visibility check.
 *
 * Side rule: Binance shows Buy/Long and Sell/Short (Open Long / Open Short in hedge mode) at
 * once, and the trader picks the side by the button they click. So `side` is missing with the
 * reason `BOTH_SIDES_OFFERED` whenever both buttons are visible; the overlay assesses both sides.
 * When exactly one side button is visible, that side is read. On the Close tab `side` is missing
 * ("closes a position"). Hover and focus are not used: they change without a DOM mutation and
 * would make the overlay flicker between one and two assessments.
 *
 * Numbers: Binance was only seen formatting numbers English-style (`64,250.1`) in every locale
 * (the zh-CN page included), so `readNumber` runs with the page style unknown (English assumed, anything
 * only a decimal-comma page would show is refused as ambiguous).
 */
import type { VenueAdapter } from '../adapter';
import {
  allVisible,
  describe,
  firstVisible,
  inputByLabel,
  inputsByLabel,
  labelledValues,
  normText,
  textIs,
  withVisibilityCache,
  type Match,
} from '../dom';
import { readLeverage, readNumberAt } from '../number';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketReading, type TicketSize } from '../reading';
import { inputNumber, triggerField, watchFigures } from '../fields';
import { anchorAfterButtons, headerFigure, liqBySide, optional, readTpSlBox, sideFromButtons, sidedButtons } from '../labelTicket';
import * as S from './selectors';

type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
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

// --- finding the ticket -------------------------------------------------------------------------

function visibleSizeInputs(root: ParentNode): HTMLInputElement[] {
  const out: HTMLInputElement[] = [];
  for (const sel of S.SIZE_INPUT) for (const el of allVisible<HTMLInputElement>(root, sel)) if (!out.includes(el)) out.push(el);
  return out;
}

/** Size inputs by stable hooks; by their label text only when no hook matches anywhere (markup drift). */
function sizeInputCandidates(doc: Document): HTMLInputElement[] {
  const hooked = visibleSizeInputs(doc);
  return hooked.length > 0 ? hooked : inputsByLabel(doc, S.SIZE_LABELS).map((m) => m.el);
}

function sideButtons(root: ParentNode): SideButtons {
  const buttons = allVisible(root, S.SUBMIT_SELECTOR);
  return {
    long: buttons.filter((b) => textIs(b.textContent, S.LONG_LABELS)),
    short: buttons.filter((b) => textIs(b.textContent, S.SHORT_LABELS)),
    close: buttons.filter((b) => textIs(b.textContent, S.CLOSE_LABELS)),
  };
}

const anySide = (b: SideButtons) => b.long.length + b.short.length + b.close.length > 0;
const holdsNonTicket = (el: Element) => S.NOT_TICKET.some((sel) => el.querySelector(sel) !== null || el.matches(sel));

/**
 * From a size input, climb to the ticket's root: the first ancestor holding the order-type or
 * Open/Close tabs, widened (at most 4 levels) to take in the side buttons when they sit beside
 * it; without tabs, the first ancestor holding a side button. Never climbs into the order book
 * or an ancestor holding a second size input.
 */
function rootFor(input: Element): Element | null {
  const body = input.ownerDocument.body;
  let core: Element | null = null;
  let tabbed: Element | null = null;
  let widened = 0;
  for (let el = input.parentElement, level = 0; el && el !== body && level < 16; el = el.parentElement, level++) {
    if (holdsNonTicket(el) || countSizeInputs(el) > 1) break;
    const hasSide = anySide(sideButtons(el));
    if (!core && hasSide) core = el;
    if (!tabbed && (el.querySelector(S.ORDER_TYPE_TAB) || el.querySelector(S.MODE_TABS))) tabbed = el;
    if (tabbed) {
      if (hasSide) return el;
      if (++widened > 4) break;
    }
  }
  return tabbed ?? core;
}

function countSizeInputs(el: Element): number {
  const hooked = visibleSizeInputs(el).length;
  return hooked > 0 ? hooked : inputsByLabel(el, S.SIZE_LABELS).length;
}

function findTickets(doc: Document): Element[] {
  const roots = new Set<Element>();
  for (const input of sizeInputCandidates(doc)) {
    const root = rootFor(input);
    if (root) roots.add(root);
  }
  return [...roots];
}

/** The one ticket; two visible ones are not guessed between (guard mode still judges both). */
function findTicket(doc: Document): Element | null {
  const roots = findTickets(doc);
  return roots.length === 1 ? roots[0]! : null;
}

// --- reading ------------------------------------------------------------------------------------

function readSymbol(location: Loc, doc: Document): Field<string> {
  const m = S.FUTURES_PATH.exec(location.pathname);
  if (m) return found(m[1]!, `URL ${location.pathname}`);
  const t = /\b([A-Z0-9]{2,20}(?:USDT|USDC))\b/.exec(doc.title);
  if (t) return found(t[1]!, `page title “${doc.title}”`);
  return missing(`no symbol in the URL (${location.pathname}) or the page title`);
}

function splitSymbol(symbol: string): SymbolParts | null {
  const pair = symbol.split('_')[0]!; // BTCUSDT_250926 (quarterly) → BTCUSDT
  for (const quote of S.QUOTE_ASSETS) {
    if (pair.endsWith(quote) && pair.length > quote.length) return { base: pair.slice(0, -quote.length), quote };
  }
  return null;
}

function readMode(ticket: Element): 'open' | 'close' | null {
  const tab = firstVisible(ticket, S.MODE_TAB_SELECTED);
  if (!tab) return null;
  if (textIs(tab.el.textContent, S.MODE_LABELS.close)) return 'close';
  if (textIs(tab.el.textContent, S.MODE_LABELS.open)) return 'open';
  return null;
}

function readSide(mode: 'open' | 'close' | null, b: SideButtons): Field<Side> {
  return sideFromButtons(b, mode === 'close', 'no Open Long / Open Short (Buy/Long / Sell/Short) button found');
}

function readOrderType(ticket: Element): Field<OrderType> {
  const tab = firstVisible(ticket, [S.ORDER_TYPE_TAB_SELECTED]);
  if (tab) {
    const key = (tab.el.getAttribute('data-tab-key') ?? '').toUpperCase();
    const where = `tab [data-tab-key="${key}"]`;
    if (key === 'LIMIT' || key === 'POST_ONLY') return found('limit', where);
    if (key === 'MARKET') return found('market', where);
    const sub = firstVisible(tab.el, [S.CONDITIONAL_SUBTYPE]);
    const name = normText((sub?.el ?? tab.el).textContent) || key;
    return missing(`“${name}” orders are not assessed (only Limit and Market)`);
  }
  // Markup without data-tab-key: a selected tab reading Limit / Market, outside the Open/Close tabs.
  for (const el of allVisible(ticket, '[role="tab"][aria-selected="true"]')) {
    if (el.closest(S.MODE_TABS)) continue;
    if (textIs(el.textContent, S.ORDER_TYPE_LABELS.limit) || textIs(el.textContent, S.ORDER_TYPE_LABELS.postOnly)) {
      return found('limit', `selected tab ${describe(el)}`);
    }
    if (textIs(el.textContent, S.ORDER_TYPE_LABELS.market)) return found('market', `selected tab ${describe(el)}`);
  }
  return missing('no selected Limit / Market tab found', 'lost');
}

function inputMatch(ticket: Element, selectors: readonly string[], labels: readonly string[]): Match<HTMLInputElement> | null {
  return firstVisible<HTMLInputElement>(ticket, selectors) ?? inputByLabel(ticket, labels);
}

function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const input = inputMatch(ticket, S.PRICE_INPUT, S.PRICE_LABELS);
  if (!input) return missing('no price input found on the ticket', 'lost');
  return readNumberAt(input.el.value, input.selector, NUMBER_STYLE);
}

function stripCaret(text: string): string {
  return normText(text.replace(/[▾▼⌄˅⏷∨]/g, ''));
}

function readSizeUnit(input: HTMLInputElement, symbol: SymbolParts | null): Field<TicketSize['unit']> {
  const item = input.closest(S.SIZE_ITEM.join(', ')) ?? input.parentElement;
  if (!item) return missing('no size unit shown next to the size input', 'lost');
  let unitEl = firstVisible(item, S.SIZE_UNIT)?.el ?? null;
  if (!unitEl) {
    // A plain suffix: the one short uppercase word beside the input that is not its label.
    const words = allVisible(item, 'span, div').filter(
      (el) => el.children.length === 0 && !el.closest('label') && (/^[A-Z0-9]{2,15}$/.test(stripCaret(el.textContent ?? '')) || textIs(stripCaret(el.textContent ?? ''), S.CONTRACT_UNITS)),
    );
    if (words.length === 1) unitEl = words[0]!;
  }
  if (!unitEl) return missing('no size unit shown next to the size input', 'lost');
  const text = stripCaret(unitEl.textContent ?? '');
  const where = `size unit ${describe(unitEl)}`;
  if (S.SIZE_AS_MARGIN_LABELS.some((l) => text.toLowerCase().includes(l.toLowerCase()))) {
    return missing(`the size is entered as margin (“${text}”), not as order value`);
  }
  if (textIs(text, S.CONTRACT_UNITS)) return found('contracts', where);
  if ((S.QUOTE_ASSETS as readonly string[]).includes(text)) {
    if (symbol && symbol.quote !== text) return missing(`size unit “${text}” is not this symbol's quote asset ${symbol.quote}`);
    return found('quote', where);
  }
  if (symbol) {
    if (text === symbol.base) return found('base', where);
    return missing(`size unit “${text}” is neither ${symbol.base} nor ${symbol.quote}`);
  }
  if (/^[A-Z0-9]{2,15}$/.test(text)) return found('base', `${where} (a coin; symbol unknown)`);
  return missing(`size unit “${text}” not understood`);
}

function readSize(ticket: Element, symbol: SymbolParts | null): Field<TicketSize> {
  const input = inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS);
  if (!input) return missing('no size input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the size is set as a percentage of the maximum (“${raw}”)`);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const unit = readSizeUnit(input.el, symbol);
  if (!unit.ok) return unit;
  return found({ value: n.value, unit: unit.value }, `${input.selector} “${raw}”, ${unit.source}`);
}

/** The ticket, then up to two ancestors that still hold no order book: the leverage bar may sit just above the form. */
function leverageScopes(ticket: Element): Element[] {
  const scopes = [ticket];
  let el = ticket.parentElement;
  for (let i = 0; el && i < 2 && !holdsNonTicket(el) && el !== ticket.ownerDocument.body; i++, el = el.parentElement) scopes.push(el);
  return scopes;
}

function readLeverageField(ticket: Element): Field<number> {
  for (const scope of leverageScopes(ticket)) {
    const hits = allVisible(scope, S.SUBMIT_SELECTOR).filter((b) => S.LEVERAGE_BUTTON_TEXT.test(normText(b.textContent)));
    const values = new Map<number, Element>();
    const reasons: Field<number>[] = [];
    for (const b of hits) {
      const r = readLeverage(b.textContent);
      if (r.ok) values.set(r.value, b);
      else reasons.push(r);
    }
    if (values.size === 1) {
      const [value, el] = [...values][0]!;
      return found(value, describe(el));
    }
    if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
    if (reasons.length) return reasons[0]!;
  }
  return missing('no leverage button like “20x” found', 'lost');
}

function readMarginMode(ticket: Element): Field<MarginMode> {
  for (const scope of leverageScopes(ticket)) {
    const modes = new Map<MarginMode, Element>();
    for (const b of allVisible(scope, S.SUBMIT_SELECTOR)) {
      const text = normText(b.textContent);
      const lead = text.replace(/\s*\d{1,3}(?:\.\d+)?\s*[xX×]$/, '');
      if (textIs(lead, S.MARGIN_MODE_LABELS.cross)) modes.set('cross', b);
      else if (textIs(lead, S.MARGIN_MODE_LABELS.isolated)) modes.set('isolated', b);
    }
    if (modes.size === 1) {
      const [mode, el] = [...modes][0]!;
      return found(mode, describe(el));
    }
    if (modes.size > 1) return missing('both Cross and Isolated are shown as the margin mode');
  }
  return missing('no Cross / Isolated button found', 'lost');
}

function readBalance(ticket: Element, symbol: SymbolParts | null): Field<number> {
  const hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) return missing('no “Avbl” balance shown on the ticket', 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Avbl” balance shown', 'lost');
  const hit = hits[0]!;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  if (asset && symbol && asset !== symbol.quote) return missing(`the balance is shown in ${asset}, not ${symbol.quote}`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, NUMBER_STYLE);
}

function readTrigger(ticket: Element, selectors: readonly string[], labels: readonly string[], name: string): Field<number | null> {
  return triggerField(inputMatch(ticket, selectors, labels), name, NUMBER_STYLE);
}

function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  return readTpSlBox(ticket, S.TPSL_LABELS, 'no TP/SL checkbox found on the ticket', () => ({
    takeProfit: readTrigger(ticket, S.TAKE_PROFIT_INPUT, S.TAKE_PROFIT_LABELS, 'Take Profit'),
    stopLoss: readTrigger(ticket, S.STOP_LOSS_INPUT, S.STOP_LOSS_LABELS, 'Stop Loss'),
  }));
}

function readVenueLiq(ticket: Element, side: Field<Side>, b: SideButtons): Field<number | null> {
  return liqBySide(ticket, S.LIQ_PRICE_LABELS, 'Liq. Price', side, b, NUMBER_STYLE);
}

/** One number shown in the page header beside one of `labels`; null when the header does not show it. */
function readHeaderNumber(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  return headerFigure(doc, ticket, labels, S.NOT_HEADER, `more than one “${name}” price on the page`, NUMBER_STYLE);
}

function readMark(doc: Document, ticket: Element): Field<number> {
  return readHeaderNumber(doc, ticket, S.MARK_LABELS, 'Mark') ?? missing('no “Mark” price found in the page header', 'lost');
}

function read(ticket: Element, location: Loc): TicketReading {
  const doc = ticket.ownerDocument;
  const symbol = readSymbol(location, doc);
  const parts = symbol.ok ? splitSymbol(symbol.value) : null;
  const buttons = sideButtons(ticket);
  const side = readSide(readMode(ticket), buttons);
  const orderType = readOrderType(ticket);
  return {
    site: 'binance-usdm',
    symbol,
    side,
    orderType,
    price: readPrice(ticket, orderType),
    markPrice: readMark(doc, ticket),
    size: readSize(ticket, parts),
    leverage: readLeverageField(ticket),
    marginMode: readMarginMode(ticket),
    balance: readBalance(ticket, parts),
    ...readTpSl(ticket),
    venueLiquidationPrice: readVenueLiq(ticket, side, buttons),
    ...optional('high24h', readHeaderNumber(doc, ticket, S.HIGH_24H_LABELS, '24h High')),
    ...optional('low24h', readHeaderNumber(doc, ticket, S.LOW_24H_LABELS, '24h Low')),
  };
}

function overlayAnchor(ticket: Element): Element | null {
  return anchorAfterButtons(sideButtons(ticket));
}

/** The Open Long / Open Short (Buy/Long / Sell/Short) buttons and the side each places. Close buttons are left out: they only reduce. */
function submitButtons(ticket: Element): { element: Element; side: Side | null }[] {
  return sidedButtons(sideButtons(ticket));
}

function sizeInput(ticket: Element): HTMLInputElement | null {
  return inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS)?.el ?? null;
}

function externalWatch(doc: Document): Element[] {
  return watchFigures(doc, findTicket(doc), S.MARK_LABELS, NUMBER_STYLE, S.NOT_HEADER);
}

export const binanceUsdmAdapter: VenueAdapter = {
  id: 'binance-usdm',
  name: 'Binance USDⓈ-M Futures',
  riskVenue: 'binance-usdm',
  languages: ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr', 'vi'],
  ticketPage: (location) => S.FUTURES_PATH.test(location.pathname),
  words: { margin: 'Cost', liquidationPrice: 'Liq. Price', marginAsset: 'USDT' },
  findTicket: (doc) => withVisibilityCache(() => findTicket(doc)),
  findTickets: (doc) => withVisibilityCache(() => findTickets(doc)),
  read: (ticket, location) => withVisibilityCache(() => read(ticket, location)),
  overlayAnchor: (ticket) => withVisibilityCache(() => overlayAnchor(ticket)),
  externalWatch: (doc) => withVisibilityCache(() => externalWatch(doc)),
  submitButtons: (ticket) => withVisibilityCache(() => submitButtons(ticket)),
  sizeInput: (ticket) => withVisibilityCache(() => sizeInput(ticket)),
};
