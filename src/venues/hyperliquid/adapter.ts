/**
 * Hyperliquid perpetuals order ticket (`https://app.hyperliquid.xyz/trade/<COIN>`).
 *
 * Closed source, styled-components: every class is a build hash (`sc-AHaJN hHTYSt`) and there are
 * no `data-testid`s, ids or ARIA states. This adapter therefore uses LABELS ONLY (visible text,
 * English; see `./selectors.ts` for each label's source and date, all Low confidence) and, where
 * the app shows a choice by styling alone (the side toggle, the order-type tabs), the one control
 * that looks different from its siblings. When the look does not settle it, the field is missing,
 * never guessed.
 *
 * Finding the ticket: from the visible "Available to Trade" label (or the "Place Order" button),
 * climb to the nearest ancestor that holds both side toggles and a text input, never into the
 * order book or the chart. Exactly one such root must exist (hidden mobile duplicates are skipped).
 *
 * Side: the selected toggle (Buy / Long or Sell / Short). If "Reduce Only" is checked the side is
 * missing: the order can only reduce a position.
 */
import type { VenueAdapter } from '../adapter';
import { checkboxByLabel, selectedByLook } from '../kit/controls';
import { inputByLabel, labelledValues, readLabelled, type LabelledValue } from '../kit/labels';
import { readLeverage, readNumber, readNumberAt } from '../kit/number';
import { inputNumber } from '../kit/read/typed';
import { findByText, findByTextStart } from '../kit/search';
import { describe, normText, textIs } from '../kit/text';
import { allVisible, isVisible, withVisibilityCache } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketReading, type TicketSize } from '../reading';
import * as S from './selectors';

type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
const NUMBER_STYLE = {}; // Hyperliquid formats English-style (1,234.56); page style otherwise unknown

// --- finding the ticket -------------------------------------------------------------------------

const textInputs = (root: ParentNode) =>
  allVisible<HTMLInputElement>(root, 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])');

function toggles(root: ParentNode): { long: Element[]; short: Element[] } {
  return { long: findByText(root, S.LONG_TOGGLE), short: findByText(root, S.SHORT_TOGGLE) };
}

function isNotTicket(el: Element): boolean {
  return el.querySelector('canvas, iframe') !== null || findByText(el, S.NOT_TICKET_TEXT).length > 0;
}

function rootFor(anchor: Element): Element | null {
  const body = anchor.ownerDocument.body;
  for (let el = anchor.parentElement, level = 0; el && el !== body && level < 12; el = el.parentElement, level++) {
    if (isNotTicket(el) || findByText(el, S.AVAILABLE).length > 1) return null;
    const t = toggles(el);
    if (t.long.length > 0 && t.short.length > 0 && textInputs(el).length > 0) return el;
  }
  return null;
}

function findTicket(doc: Document): Element | null {
  const anchors = [...findByText(doc, S.AVAILABLE), ...findByTextStart(doc, S.SUBMIT, 'button, [role="button"]')];
  const roots = new Set<Element>();
  for (const a of anchors) {
    const r = rootFor(a);
    if (r) roots.add(r);
  }
  // The "Available" label and the submit button may climb to nested roots: keep the outermost.
  const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
  return outer.length === 1 ? outer[0]! : null;
}

// --- reading ------------------------------------------------------------------------------------

/** The outermost ancestor of `el` that does not contain `other`: the whole segment of a toggle or tab. */
function segment(el: Element, others: readonly Element[]): Element {
  let seg = el;
  while (seg.parentElement && !others.some((o) => seg.parentElement!.contains(o))) seg = seg.parentElement;
  return seg;
}

/** Visible "BTC-USD"-like market names outside the ticket, tables and chart (the header's market selector). */
function headerMarket(doc: Document, ticket: Element): { coin: string; el: Element }[] {
  const out: { coin: string; el: Element }[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue;
    if (!raw || raw.length > 40 || !raw.includes('-USD')) continue;
    const m = S.HEADER_MARKET.exec(normText(raw));
    const el = n.parentElement;
    if (!m || !el || ticket.contains(el) || el.closest(`${S.NOT_HEADER}, script, style`)) continue;
    if (isVisible(el)) out.push({ coin: m[1]!, el });
  }
  return out;
}

function readSymbol(location: Loc, doc: Document, ticket: Element): Field<string> {
  const m = S.TRADE_PATH.exec(location.pathname);
  let fromUrl: string | null = null;
  if (m) {
    try {
      fromUrl = decodeURIComponent(m[1]!);
    } catch {
      fromUrl = null;
    }
  }
  const header = [...new Set(headerMarket(doc, ticket).map((h) => h.coin))];
  if (fromUrl) {
    if (header.length === 1 && header[0]!.toUpperCase() !== fromUrl.toUpperCase()) {
      return missing(`the URL says ${fromUrl} but the page header shows ${header[0]}`);
    }
    return found(fromUrl, `URL ${location.pathname}`);
  }
  if (header.length === 1) return found(header[0]!, `header “${header[0]}-USD”`);
  return missing(`no coin in the URL (${location.pathname}) or the page header`);
}

function readSide(ticket: Element): Field<Side> {
  const reduce = checkboxByLabel(ticket, S.REDUCE_ONLY);
  if (reduce?.checked) return missing('Reduce Only is on: this order can only reduce a position', 'closesPosition');
  const t = toggles(ticket);
  if (t.long.length !== 1 || t.short.length !== 1) {
    return missing(t.long.length + t.short.length === 0 ? 'no Buy / Long or Sell / Short toggle found' : 'the Buy / Long and Sell / Short toggle is not clear', 'lost');
  }
  const long = t.long[0]!;
  const short = t.short[0]!;
  const pick =
    selectedByLook([segment(long, [short]), segment(short, [long])]) ?? selectedByLook([long, short]);
  if (pick) {
    const el = pick.index === 0 ? long : short;
    return found(pick.index === 0 ? 'long' : 'short', `toggle ${describe(el)} (${pick.rule})`);
  }
  // Last resort the sources give: the submit button names the side ("Buy", "Sell").
  const submit = findByTextStart(ticket, S.SUBMIT, 'button, [role="button"]')[0];
  const text = normText(submit?.textContent).toLowerCase();
  if (/\b(buy|long)\b/.test(text) && !/\b(sell|short)\b/.test(text)) return found('long', `submit ${describe(submit!)}`);
  if (/\b(sell|short)\b/.test(text) && !/\b(buy|long)\b/.test(text)) return found('short', `submit ${describe(submit!)}`);
  return missing('cannot tell whether Buy / Long or Sell / Short is selected');
}

function readOrderType(ticket: Element): Field<OrderType> {
  const market = findByText(ticket, S.ORDER_TABS.market);
  const limit = findByText(ticket, S.ORDER_TABS.limit);
  if (market.length !== 1 || limit.length !== 1) return missing('no Market / Limit tabs found', 'lost');
  const m = segment(market[0]!, limit);
  const l = segment(limit[0]!, market);
  const row = m.parentElement;
  if (!row || row !== l.parentElement) return missing('the Market / Limit tabs are not in one row', 'lost');
  const tabs = Array.from(row.children).filter((c) => isVisible(c) && normText(c.textContent) !== '');
  const pick = selectedByLook(tabs);
  if (!pick) return missing('cannot tell which order-type tab is selected');
  const tab = tabs[pick.index]!;
  const where = `tab ${describe(tab)} (${pick.rule})`;
  if (tab === m) return found('market', where);
  if (tab === l) return found('limit', where);
  return missing(`“${normText(tab.textContent)}” orders are not assessed (only Market and Limit)`);
}

function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const input = inputByLabel(ticket, S.PRICE);
  if (!input) return missing('no price input found on the ticket', 'lost');
  return readNumberAt(input.el.value, input.selector, NUMBER_STYLE);
}

function readSize(ticket: Element, coin: string | null): Field<TicketSize> {
  const input = inputByLabel(ticket, S.SIZE);
  if (!input) return missing('no size input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  // The unit selector sits in the size box: the coin or USDC.
  const units = coin ? [coin, ...S.QUOTE] : [...S.QUOTE];
  let unitEl: Element | null = null;
  for (let box = input.el.parentElement, level = 0; box && level < 3 && !unitEl; box = box.parentElement, level++) {
    const hits = findByText(box, units).filter((el) => !textIs(el.textContent, S.SIZE));
    if (hits.length === 1) unitEl = hits[0]!;
    if (hits.length > 1) break;
  }
  if (!unitEl) return missing(coin ? `no ${coin} / USDC unit shown next to the size input` : 'no size unit shown (coin unknown)', 'lost');
  const unitText = normText(unitEl.textContent);
  const unit: TicketSize['unit'] = textIs(unitText, S.QUOTE) ? 'quote' : 'base';
  return found({ value: n.value, unit }, `${input.selector} “${raw}”, unit ${describe(unitEl)}`);
}

function buttons(ticket: Element): Element[] {
  return allVisible(ticket, 'button, [role="button"]');
}

function readLeverageField(ticket: Element): Field<number> {
  const hits = buttons(ticket).filter((b) => S.LEVERAGE_BUTTON_TEXT.test(normText(b.textContent)));
  const values = new Map<number, Element>();
  for (const b of hits) {
    const r = readLeverage(b.textContent);
    if (r.ok) values.set(r.value, b);
  }
  if (values.size === 1) {
    const [v, el] = [...values][0]!;
    return found(v, describe(el));
  }
  if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
  return missing('no leverage button like “20x” found', 'lost');
}

function readMarginMode(ticket: Element): Field<MarginMode> {
  const modes = new Map<MarginMode, Element>();
  for (const b of buttons(ticket)) {
    if (textIs(b.textContent, S.MARGIN_MODE.cross)) modes.set('cross', b);
    else if (textIs(b.textContent, S.MARGIN_MODE.isolated)) modes.set('isolated', b);
  }
  if (modes.size === 1) {
    const [mode, el] = [...modes][0]!;
    return found(mode, describe(el));
  }
  if (modes.size > 1) return missing('both Cross and Isolated are shown as the margin mode', 'lost');
  return missing('no Cross / Isolated button found', 'lost');
}

function labelled(ticket: ParentNode, labels: readonly string[], name: string): LabelledValue | Field<never> {
  const hit = readLabelled(ticket, labels);
  if (hit === null) return missing(`no “${name}” shown on the ticket`, 'lost');
  if (hit === 'ambiguous') return missing(`more than one “${name}” shown`, 'lost');
  return hit;
}

function readBalance(ticket: Element): Field<number> {
  const hit = labelled(ticket, S.AVAILABLE, S.AVAILABLE[0]);
  if ('ok' in hit) return hit;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  if (asset && asset !== 'USDC') return missing(`the balance is shown in ${asset}, not USDC`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, NUMBER_STYLE);
}

function readTrigger(ticket: Element, labels: readonly string[], name: string): Field<number | null> {
  const input = inputByLabel(ticket, labels);
  if (!input) return missing(`TP/SL is on but no ${name} input was found`, 'lost');
  const r = readNumberAt(input.el.value, input.selector, NUMBER_STYLE);
  if (!r.ok && r.kind === 'empty') return found(null, `${input.selector} empty`);
  return r;
}

function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  // The label's own box only: with it gone, the climb reached "Reduce Only"'s and read "TP/SL off".
  const box = checkboxByLabel(ticket, S.TPSL);
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  if (!box) return both(missing('no Take Profit / Stop Loss checkbox found on the ticket', 'lost'));
  if (box.checked === null) return both(missing('cannot tell whether Take Profit / Stop Loss is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return { takeProfit: readTrigger(ticket, S.TP_PRICE, 'TP Price'), stopLoss: readTrigger(ticket, S.SL_PRICE, 'SL Price') };
}

function readVenueLiq(ticket: Element): Field<number | null> {
  const hit = labelled(ticket, S.LIQUIDATION_PRICE, S.LIQUIDATION_PRICE[0]);
  if ('ok' in hit) return hit;
  const r = readNumber(hit.text, NUMBER_STYLE);
  if (r.ok) return found(r.value, `“${hit.labelText}” “${hit.text}”`);
  if (r.kind === 'empty') return found(null, `“${hit.labelText}” shows “${hit.text}”`);
  return r;
}

function markHits(doc: Document, ticket: Element | null): LabelledValue[] {
  return labelledValues(doc, S.MARK, { selector: S.NOT_HEADER, elements: ticket ? [ticket] : [] });
}

function readMark(doc: Document, ticket: Element): Field<number> {
  const hits = markHits(doc, ticket);
  if (hits.length === 0) return missing('no “Mark” price found in the page header', 'lost');
  const read = hits.map((h) => readNumberAt(h.text, `header “${h.labelText}”`, NUMBER_STYLE));
  const ok = read.filter((r): r is Extract<Field<number>, { ok: true }> => r.ok);
  const distinct = new Set(ok.map((r) => r.value));
  if (distinct.size === 1) return ok[0]!;
  if (distinct.size > 1) return missing('more than one “Mark” price on the page', 'lost');
  return read[0]!;
}

function read(ticket: Element, location: Loc): TicketReading {
  const doc = ticket.ownerDocument;
  const symbol = readSymbol(location, doc, ticket);
  const orderType = readOrderType(ticket);
  return {
    site: 'hyperliquid',
    symbol,
    side: readSide(ticket),
    orderType,
    price: readPrice(ticket, orderType),
    markPrice: readMark(doc, ticket),
    size: readSize(ticket, symbol.ok ? symbol.value : null),
    leverage: readLeverageField(ticket),
    marginMode: readMarginMode(ticket),
    balance: readBalance(ticket),
    ...readTpSl(ticket),
    venueLiquidationPrice: readVenueLiq(ticket),
  };
}

function overlayAnchor(ticket: Element): Element | null {
  return findByTextStart(ticket, S.SUBMIT, 'button, [role="button"]')[0] ?? null;
}

/** The one "Place Order" button: it places the side selected on the toggle. */
function submitButtons(ticket: Element): { element: Element; side: Side | null }[] {
  return findByTextStart(ticket, S.SUBMIT, 'button, [role="button"]').map((element) => ({ element, side: null }));
}

function sizeInput(ticket: Element): HTMLInputElement | null {
  return inputByLabel(ticket, S.SIZE)?.el ?? null;
}

function externalWatch(doc: Document): Element[] {
  const ticket = findTicket(doc);
  return markHits(doc, ticket)
    .filter((h) => readNumber(h.text, NUMBER_STYLE).ok)
    .map((h) => h.value);
}

export const hyperliquidAdapter: VenueAdapter = {
  id: 'hyperliquid',
  name: 'Hyperliquid',
  riskVenue: 'hyperliquid',
  languages: S.LANGUAGES,
  // `/trade` alone opens the default market's ticket.
  ticketPage: (location) => /^\/trade(?:\/|$)/.test(location.pathname),
  words: { margin: 'Margin Required', liquidationPrice: 'Liquidation Price', marginAsset: 'USDC' },
  findTicket: (doc) => withVisibilityCache(() => findTicket(doc)),
  read: (ticket, location) => withVisibilityCache(() => read(ticket, location)),
  overlayAnchor: (ticket) => withVisibilityCache(() => overlayAnchor(ticket)),
  externalWatch: (doc) => withVisibilityCache(() => externalWatch(doc)),
  submitButtons: (ticket) => withVisibilityCache(() => submitButtons(ticket)),
  sizeInput: (ticket) => withVisibilityCache(() => sizeInput(ticket)),
};
