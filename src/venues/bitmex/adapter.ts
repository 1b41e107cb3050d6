/**
 * BitMEX order form (`https://www.bitmex.com/app/trade/<SYMBOL>`). XBTUSD is an inverse perpetual: the
 * quantity is in USD contracts (1 contract = 1 USD), margin, cost and balance are in XBT. Linear
 * XBTUSDT (quantity in XBT, margin in USDT) is read too; quanto contracts (ETHUSD…) are read, and the
 * risk core says it does not model them.
 *
 * WHAT IS KNOWN, AND HOW WELL: the URL (public code 2017–2026, Med-High) and the form's words from
 * guides (2018–2020: "Quantity" in USD, "Limit Price", "Cost" and "Order Value" under the Buy / Sell
 * buttons, "Available Balance" in bitcoin, the estimated liquidation price only in a tooltip; BitMEX
 * support 2022+: "Size", "Limit Price"; a 2018 Chinese guide for the zh-CN page). No source has DOM
 * evidence, and no script reading the form was found. Every label, with its source and date, is in
 * `./selectors.ts`. Confidence: Low for every field; the fixture is a reconstruction, not a copy.
 *
 * So the adapter uses no class or id: visible label text, `<label for>`, `role`/`aria-*` (radio
 * margin-mode switch, slider `aria-valuetext`). Amounts in XBT are read in any of BitMEX's display
 * denominations (XBT, mXBT, μXBT, XBt = satoshi) and converted to XBT; an unknown unit is "unknown".
 * Every field it cannot find is reported by name (the overlay lists them); the venue's own liquidation
 * estimate is normally missing (tooltip only).
 *
 * Finding the ticket: from each visible "Buy / Long" / "Sell / Short" button, climb to the nearest
 * ancestor holding a text input, then on to the one also holding the Limit / Market tabs, never into the
 * order book, the chart or a table. Exactly one root must exist.
 *
 * Side: both buttons are always offered, so `side` is missing with `BOTH_SIDES_OFFERED` and the overlay
 * assesses both; Reduce-Only gives a missing side with the reason.
 *
 * Numbers: English style assumed (`64,250.5`), the page style otherwise unknown.
 */
import type { VenueAdapter } from '../adapter';
import { ariaSelected, checkboxByLabel } from '../kit/controls';
import { inputByLabel, labelledValues, type LabelledValue, textInputs } from '../kit/labels';
import { readLeverage, readNumber, readNumberAt } from '../kit/number';
import { liqField } from '../kit/read/estimate';
import { readOrderTypeTabs } from '../kit/read/orderType';
import { watchFigures, headerFigure, optional } from '../kit/read/pageFigure';
import { readLimitPrice } from '../kit/read/price';
import { anchorAfterButtons, sideFromButtons, sidedButtons } from '../kit/read/side';
import { triggerField, readTpSlBox } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { findByText } from '../kit/search';
import { describe, normText, textIs, stripCaret } from '../kit/text';
import { findLabelTicket, type TicketShape } from '../kit/ticket/fromSideButtons';
import { allVisible, withVisibilityCache } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketReading, type TicketSize } from '../reading';
import * as S from './selectors';

type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
type Kind = 'inverse' | 'linear' | 'quanto';
interface Market {
  kind: Kind;
  base: string;
  quote: string;
}
interface SideButtons {
  long: Element[];
  short: Element[];
}

const NUMBER_STYLE = {}; // page style unknown: English assumed (see header)

/** XBTUSD / XBTZ26 → inverse; XBTUSDT → linear; ETHUSD → quanto. */
export function bitmexMarket(symbol: string): Market | null {
  const linear = /^([A-Z0-9]{2,12}?)(USDT|USDC)$/.exec(symbol);
  if (linear) return { kind: 'linear', base: linear[1]!, quote: linear[2]! };
  if (/^XBT(?:USD|[A-Z]\d{2})$/.test(symbol)) return { kind: 'inverse', base: 'XBT', quote: 'USD' };
  const quanto = /^([A-Z0-9]{2,12}?)USD(?:[A-Z]\d{2})?$/.exec(symbol);
  if (quanto) return { kind: 'quanto', base: quanto[1]!, quote: 'USD' };
  return null;
}

// --- finding the ticket -------------------------------------------------------------------------

function sideButtons(root: ParentNode): SideButtons {
  return { long: findByText(root, S.LONG_LABELS, S.SUBMIT_SELECTOR), short: findByText(root, S.SHORT_LABELS, S.SUBMIT_SELECTOR) };
}

const holdsNonTicket = (el: Element) =>
  el.matches(S.NOT_TICKET) || el.querySelector(S.NOT_TICKET) !== null || findByText(el, S.NOT_TICKET_TEXT).length > 0;

const SHAPE: TicketShape = { sideButtons, holdsNonTicket, orderTypes: S.ORDER_TYPE_LABELS };

function findTicket(doc: Document): Element | null {
  return findLabelTicket(doc, SHAPE);
}

// --- reading ------------------------------------------------------------------------------------

function readSymbol(location: Loc): Field<string> {
  const m = S.TRADE_PATH.exec(location.pathname);
  if (!m) return missing(`no symbol in the URL (${location.pathname})`);
  return found(m[1]!.toUpperCase(), `URL ${location.pathname}`);
}

function readSide(ticket: Element, b: SideButtons): Field<Side> {
  const reduce = checkboxByLabel(ticket, S.REDUCE_ONLY_LABELS);
  if (reduce?.checked) return missing('Reduce-Only is on: this order can only reduce a position', 'closesPosition');
  return sideFromButtons(b, false, 'no Buy / Long or Sell / Short button found');
}

function readOrderType(ticket: Element): Field<OrderType> {
  return readOrderTypeTabs(ticket, S.ORDER_TYPE_LABELS, (tab) => stripCaret(tab.textContent));
}

function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  return readLimitPrice(ticket, orderType, S.PRICE_LABELS, 'no Limit Price input found on the ticket', NUMBER_STYLE);
}

/** The unit shown beside an input: the one short unit word in its box. */
function unitBeside(input: HTMLInputElement): Element | null {
  for (let box = input.parentElement, level = 0; box && level < 3; box = box.parentElement, level++) {
    if (textInputs(box).length > 1) break;
    const words = allVisible(box, 'span, div, button, [role="button"]').filter(
      (el) => el.children.length === 0 && !el.contains(input) && /^(?:[A-Z0-9]{2,10}|Cont|Contracts)$/.test(normText(el.textContent)),
    );
    if (words.length === 1) return words[0]!;
    if (words.length > 1) break;
  }
  return null;
}

function readSize(ticket: Element, market: Market | null): Field<TicketSize> {
  const input = inputByLabel(ticket, S.SIZE_LABELS);
  if (!input) return missing('no Quantity input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el);
  if (!unitEl) return missing('no unit shown next to the Quantity input', 'lost');
  const unit = normText(unitEl.textContent);
  const where = `${input.selector} “${raw}”, unit ${describe(unitEl)}`;
  if (textIs(unit, S.CONTRACT_UNITS)) {
    if (market?.kind === 'linear' && unit === 'USD') return missing(`quantity unit “USD” on the linear contract ${market.base}${market.quote}`);
    return found({ value: n.value, unit: 'contracts' }, where);
  }
  if (market && unit === market.base) return found({ value: n.value, unit: 'base' }, where);
  if (market?.kind === 'linear' && unit === market.quote) return found({ value: n.value, unit: 'quote' }, where);
  return missing(`quantity unit “${unit}” not understood${market ? ` for ${market.base}${market.quote}` : ''}`);
}

/** An amount as BitMEX displays it ("1.2345 XBT", "1,234.5 mXBT", "10,000.00 USDT"), in XBT or the quote asset. */
function readAmount(text: string, where: string, market: Market | null): Field<number> {
  const m = /^(.*?)\s*(XBT|mXBT|μXBT|µXBT|uXBT|XBt|[A-Z]{3,5})$/.exec(text);
  if (!m) return readNumberAt(text, where, NUMBER_STYLE);
  const [, figure, unit] = m as unknown as [string, string, string];
  const expectsXbt = market?.kind !== 'linear';
  const factor = S.XBT_DENOMINATIONS[unit];
  if (factor !== undefined) {
    if (!expectsXbt) return missing(`the amount is shown in ${unit}, not ${market!.quote}`);
    const r = readNumberAt(figure, where, NUMBER_STYLE);
    if (!r.ok) return r;
    return found(Number((r.value * factor).toPrecision(15)), `${where} “${text}”${factor === 1 ? '' : ` (${unit} → XBT)`}`);
  }
  if (expectsXbt) return missing(`the amount is shown in ${unit}, not XBT`);
  if (unit !== market!.quote) return missing(`the amount is shown in ${unit}, not ${market!.quote}`);
  return readNumberAt(text, where, NUMBER_STYLE);
}

function labelled(ticket: Element, labels: readonly string[]): LabelledValue[] {
  return labelledValues(ticket, labels);
}

function readBalance(ticket: Element, market: Market | null): Field<number> {
  const hits = labelled(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) return missing('no “Available Balance” shown on the ticket', 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available Balance” shown', 'lost');
  const hit = hits[0]!;
  return readAmount(hit.text, `“${hit.labelText}”`, market);
}

/** "10.00x" beside "Leverage", else the leverage slider's ARIA value; "Cross" there means cross margin (no leverage setting). */
function readLeverageField(ticket: Element): { leverage: Field<number>; crossShown: boolean } {
  const hits = labelled(ticket, S.LEVERAGE_LABELS);
  for (const hit of hits) {
    if (textIs(hit.text, S.MARGIN_MODE_LABELS.cross)) {
      return { leverage: missing('the leverage is set to Cross: BitMEX cross margin has no leverage setting of its own'), crossShown: true };
    }
    const r = readLeverage(hit.text);
    if (r.ok) return { leverage: found(r.value, `“${hit.labelText}” “${hit.text}”`), crossShown: false };
  }
  for (const slider of allVisible(ticket, S.LEVERAGE_SLIDER)) {
    const label = `${slider.getAttribute('aria-label') ?? ''}`;
    if (label && !/leverage/i.test(label) && !textIs(label, S.LEVERAGE_LABELS)) continue;
    const text = slider.getAttribute('aria-valuetext') ?? '';
    if (textIs(text, S.MARGIN_MODE_LABELS.cross)) {
      return { leverage: missing('the leverage is set to Cross: BitMEX cross margin has no leverage setting of its own'), crossShown: true };
    }
    const r = text ? readLeverage(text) : readNumber(slider.getAttribute('aria-valuenow'));
    if (r.ok) return { leverage: found(r.value, `slider [aria-${text ? 'valuetext' : 'valuenow'}] “${text || slider.getAttribute('aria-valuenow')}”`), crossShown: false };
  }
  if (hits.length > 0) return { leverage: missing(`no leverage like “10.00x” in “${hits[0]!.text}”`), crossShown: false };
  return { leverage: missing('no leverage shown beside “Leverage”', 'lost'), crossShown: false };
}

function readMarginMode(ticket: Element, crossShown: boolean): Field<MarginMode> {
  const radios = allVisible(ticket, '[role="radio"], button, [role="button"]').filter(
    (el) => textIs(el.textContent, S.MARGIN_MODE_LABELS.cross) || textIs(el.textContent, S.MARGIN_MODE_LABELS.isolated),
  );
  const modeOf = (el: Element): MarginMode => (textIs(el.textContent, S.MARGIN_MODE_LABELS.cross) ? 'cross' : 'isolated');
  const checked = radios.filter((r) => ariaSelected(r) === true);
  if (checked.length === 1) return found(modeOf(checked[0]!), `${describe(checked[0]!)} (checked)`);
  if (checked.length > 1) return missing('both Cross and Isolated are marked as the margin mode', 'lost');
  if (crossShown) return found('cross', 'leverage shown as “Cross”');
  const unmarked = radios.filter((r) => ariaSelected(r) === null);
  if (unmarked.length === 1 && radios.length === 1) return found(modeOf(unmarked[0]!), describe(unmarked[0]!));
  if (radios.length > 1) return missing('cannot tell whether Cross or Isolated is chosen');
  return missing('no Cross / Isolated margin mode shown', 'lost');
}

function readTrigger(ticket: Element, labels: readonly string[], name: string): Field<number | null> {
  return triggerField(inputByLabel(ticket, labels), name, NUMBER_STYLE);
}

function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  return readTpSlBox(ticket, S.TPSL_LABELS, 'the BitMEX order form has no TP/SL (they are separate Take Profit and Stop orders)', () => ({
    takeProfit: readTrigger(ticket, S.TAKE_PROFIT_LABELS, 'Take Profit'),
    stopLoss: readTrigger(ticket, S.STOP_LOSS_LABELS, 'Stop Loss'),
  }));
}

function readVenueLiq(ticket: Element): Field<number | null> {
  const hits = labelled(ticket, S.LIQ_PRICE_LABELS);
  if (hits.length === 0) return missing('BitMEX shows its estimated liquidation price only in a tooltip on the buttons');
  if (hits.length > 1) return missing('more than one liquidation price shown', 'lost');
  return liqField(hits[0]!, NUMBER_STYLE);
}

function readHeaderNumber(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  return headerFigure(doc, ticket, labels, S.NOT_HEADER, `more than one “${name}” on the page`, NUMBER_STYLE);
}

function read(ticket: Element, location: Loc): TicketReading {
  const doc = ticket.ownerDocument;
  const symbol = readSymbol(location);
  const market = symbol.ok ? bitmexMarket(symbol.value) : null;
  const b = sideButtons(ticket);
  const orderType = readOrderType(ticket);
  const { leverage, crossShown } = readLeverageField(ticket);
  return {
    site: 'bitmex',
    symbol,
    side: readSide(ticket, b),
    orderType,
    price: readPrice(ticket, orderType),
    markPrice: readHeaderNumber(doc, ticket, S.MARK_LABELS, 'Mark Price') ?? missing('no “Mark Price” found in the page header', 'lost'),
    size: readSize(ticket, market),
    leverage,
    marginMode: readMarginMode(ticket, crossShown),
    balance: readBalance(ticket, market),
    ...readTpSl(ticket),
    venueLiquidationPrice: readVenueLiq(ticket),
    ...optional('high24h', readHeaderNumber(doc, ticket, S.HIGH_24H_LABELS, '24H High')),
    ...optional('low24h', readHeaderNumber(doc, ticket, S.LOW_24H_LABELS, '24H Low')),
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

export const bitmexAdapter: VenueAdapter = {
  id: 'bitmex',
  name: 'BitMEX',
  riskVenue: 'bitmex',
  languages: S.LANGUAGES,
  ticketPage: (location) => S.TRADE_PATH.test(location.pathname),
  words: { margin: 'Cost', liquidationPrice: 'Liquidation Price', marginAsset: 'XBT' },
  findTicket: (doc) => withVisibilityCache(() => findTicket(doc)),
  read: (ticket, location) => withVisibilityCache(() => read(ticket, location)),
  overlayAnchor: (ticket) => withVisibilityCache(() => overlayAnchor(ticket)),
  externalWatch: (doc) => withVisibilityCache(() => externalWatch(doc)),
  submitButtons: (ticket) => withVisibilityCache(() => submitButtons(ticket)),
  sizeInput: (ticket) => withVisibilityCache(() => sizeInput(ticket)),
};
