/**
 * Bitget USDT-M futures order ticket (`https://www.bitget.com/futures/usdt/<SYMBOL>`, linear, margin in
 * USDT).
 *
 * WHAT IS KNOWN, AND HOW WELL: almost nothing of the DOM. The 2026 research found the URL pattern only
 * (no DOM evidence at all), and the searches for this adapter found no script that reads the ticket.
 * The words come from Bitget's help centre and academy (margin modes "Cross"/"Isolated", "Mark price",
 * "estimated liquidation price", one-way mode "only supports buying and selling", 2021–2025, with their
 * zh-CN versions) and the issue brief ("Open long"/"Open short", "Available"). Every label, with its
 * source and date, is in `./selectors.ts`. Confidence: Low for every field except the URL (Med-High);
 * the fixture is a reconstruction, not a copy.
 *
 * Languages: Bitget offers its pages in Simplified Chinese (`/zh-CN/`), Russian, Spanish, Turkish and
 * Vietnamese besides English; every label is searched in each (`./selectors.ts` names the evidence
 * for each language and marks every unconfirmed word).
 *
 * So the adapter uses no class or id at all: visible label text, `role`/`aria-*`, `placeholder`, and,
 * for the order-type tabs, ARIA marks or else the one tab that looks different. It reports every field
 * it could not find by name (the overlay lists them).
 *
 * Finding the ticket: from each visible "Open long" / "Open short" (or one-way "Buy" / "Sell", "Buy/Long" / "Sell/Short")
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
import { inputByLabel, labelledValues, textInputs } from '../kit/labels';
import { readLeverage, readNumberAt } from '../kit/number';
import { liqBySide } from '../kit/read/estimate';
import { readOrderTypeTabs } from '../kit/read/orderType';
import { watchFigures, headerFigure, optional } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { anchorAfterButtons, readOpenCloseMode, sideFromButtons, sidedButtons } from '../kit/read/side';
import { triggerField, readTpSlBox } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { findByText } from '../kit/search';
import { describe, normText, textIs, stripCaret } from '../kit/text';
import { findLabelTicket, type TicketShape } from '../kit/ticket/fromSideButtons';
import { allVisible, withVisibilityCache } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketReading, type TicketSize } from '../reading';
import * as S from './selectors';

type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
interface SideButtons {
  long: Element[];
  short: Element[];
  close: Element[];
}

const NUMBER_STYLE = {}; // page style unknown: English assumed (see header)

// --- finding the ticket -------------------------------------------------------------------------

function sideButtons(root: ParentNode): SideButtons {
  return {
    long: findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR),
    short: findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR),
    close: findByText(root, S.CLOSE_LABELS, S.SUBMIT_SELECTOR),
  };
}

const holdsNonTicket = (el: Element) =>
  el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null || findByText(el, S.NOT_TICKET_TEXT).length > 0;

/** From a side button up to the ticket's root: the first ancestor holding a text input, widened to the one holding the Limit / Market tabs. */
const SHAPE: TicketShape = { sideButtons, holdsNonTicket, orderTypes: S.ORDER_TYPE_LABELS };

function findTicket(doc: Document): Element | null {
  return findLabelTicket(doc, SHAPE);
}

// --- reading ------------------------------------------------------------------------------------

function readSymbol(location: Loc): Field<string> {
  const m = S.FUTURES_PATH.exec(location.pathname);
  if (!m) return missing(`no symbol in the URL (${location.pathname})`);
  const symbol = m[1]!.toUpperCase();
  if (!symbol.endsWith(S.QUOTE)) return missing(`“${symbol}” in the URL is not a USDT-M symbol`);
  return found(symbol, `URL ${location.pathname}`);
}

const baseOf = (symbol: string | null) => (symbol?.endsWith(S.QUOTE) ? symbol.slice(0, -S.QUOTE.length) : null);

function readSide(ticket: Element, b: SideButtons): Field<Side> {
  return sideFromButtons(b, readOpenCloseMode(ticket, S.MODE_LABELS) === 'close', 'no Open long / Open short (Buy / Sell) button found');
}

function readOrderType(ticket: Element): Field<OrderType> {
  return readOrderTypeTabs(ticket, S.ORDER_TYPE_LABELS);
}

function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  return readLimitPrice(ticket, orderType, S.PRICE_LABELS, 'no price input found on the ticket', NUMBER_STYLE);
}

/** The unit shown beside the quantity input: the one short unit word in its box. */
function unitBeside(input: HTMLInputElement): Element | null {
  for (let box = input.parentElement, level = 0; box && level < 3; box = box.parentElement, level++) {
    if (textInputs(box).length > 1) break;
    const words = allVisible(box, 'span, div, button, [role="button"]').filter(
      (el) =>
        el.children.length <= 1 &&
        !el.contains(input) &&
        (/^[A-Z0-9]{2,10}$/.test(stripCaret(el.textContent)) || textIs(stripCaret(el.textContent), S.CONTRACT_UNITS) || textIs(stripCaret(el.textContent), S.SIZE_AS_MARGIN)),
    );
    if (words.length === 1) return words[0]!;
    if (words.length > 1) break;
  }
  return null;
}

function readSize(ticket: Element, base: string | null): Field<TicketSize> {
  const input = inputByLabel(ticket, S.SIZE_LABELS);
  if (!input) return missing('no quantity input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el);
  if (!unitEl) return missing('no unit shown next to the quantity input', 'lost');
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
    return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
  }
  return missing('no leverage button like “20x” found', 'lost');
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
  return missing('no Cross / Isolated button found', 'lost');
}

function readBalance(ticket: Element): Field<number> {
  const hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) return missing('no “Available” balance shown on the ticket', 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available” balance shown', 'lost');
  const hit = hits[0]!;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  if (asset && asset !== S.QUOTE) return missing(`the balance is shown in ${asset}, not USDT`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, NUMBER_STYLE);
}

function readTrigger(ticket: Element, labels: readonly string[], name: string): Field<number | null> {
  return triggerField(inputByLabel(ticket, labels), name, NUMBER_STYLE);
}

function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  return readTpSlBox(ticket, S.TPSL_LABELS, 'no TP/SL checkbox found on the ticket', () => ({
    takeProfit: readTrigger(ticket, S.TAKE_PROFIT_LABELS, 'Take profit'),
    stopLoss: readTrigger(ticket, S.STOP_LOSS_LABELS, 'Stop loss'),
  }));
}

function readVenueLiq(ticket: Element, side: Field<Side>, b: SideButtons): Field<number | null> {
  return liqBySide(ticket, S.LIQ_PRICE_LABELS, 'Est. liq. price', side, b, NUMBER_STYLE);
}

function readHeaderNumber(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  return headerFigure(doc, ticket, labels, S.NOT_HEADER, `more than one “${name}” on the page`, NUMBER_STYLE);
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
    markPrice: readHeaderNumber(doc, ticket, S.MARK_LABELS, 'Mark price') ?? missing('no “Mark price” found in the page header', 'lost'),
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

function overlayAnchor(ticket: Element): Element | null {
  return anchorAfterButtons(sideButtons(ticket));
}

function submitButtons(ticket: Element): { element: Element; side: Side | null }[] {
  return sidedButtons(sideButtons(ticket));
}

function sizeInput(ticket: Element): HTMLInputElement | null {
  return inputByLabel(ticket, S.SIZE_LABELS)?.el ?? null;
}

function externalWatch(doc: Document): Element[] {
  return watchFigures(doc, findTicket(doc), S.MARK_LABELS, NUMBER_STYLE, S.NOT_HEADER);
}

export const bitgetUsdtmAdapter: VenueAdapter = {
  id: 'bitget-usdtm',
  name: 'Bitget USDT-M Futures',
  riskVenue: 'bitget-usdtm',
  languages: ['en', 'zh-CN', 'ru', 'es', 'tr', 'vi'],
  ticketPage: (location) => S.FUTURES_PATH.test(location.pathname),
  words: { margin: 'Margin', liquidationPrice: 'Est. liq. price', marginAsset: 'USDT' },
  findTicket: (doc) => withVisibilityCache(() => findTicket(doc)),
  read: (ticket, location) => withVisibilityCache(() => read(ticket, location)),
  overlayAnchor: (ticket) => withVisibilityCache(() => overlayAnchor(ticket)),
  externalWatch: (doc) => withVisibilityCache(() => externalWatch(doc)),
  submitButtons: (ticket) => withVisibilityCache(() => submitButtons(ticket)),
  sizeInput: (ticket) => withVisibilityCache(() => sizeInput(ticket)),
};
