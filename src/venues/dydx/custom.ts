/** What only dYdX does: its number style by language, Radix tabs and toggles, the Amount's unit tag, the account panel's balance. */
import { checkboxByLabel, isChecked } from '../kit/controls';
import { inputsByLabel, inputsByLabelStart } from '../kit/labels';
import { readLeverage, readNumberAt, type ReadNumberOptions } from '../kit/number';
import { balanceField } from '../kit/read/balance';
import { selectedTab } from '../kit/read/orderType';
import { pageHits } from '../kit/read/pageFigure';
import { triggerField } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { commonAncestor, findByText } from '../kit/search';
import { describe, normText, textIs } from '../kit/text';
import { allVisible, firstVisible, isVisible } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketSize } from '../reading';
import { inputMatch } from '../kit/read/typed';
import * as S from './selectors';

export type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
export type Style = ReadNumberOptions;
const ENGLISH_STYLE: Style = {};
const COMMA_STYLE: Style = { decimalComma: true };

/** The page's number style, from the language of its side tabs (v4-web formats with the selected locale's separators). */
export function numberStyle(ticket: Element | null): Style {
  if (!ticket) return ENGLISH_STYLE;
  const tabs = allVisible(ticket, `${S.SIDE_TAB.long}, ${S.SIDE_TAB.short}`);
  for (const lang of S.DECIMAL_COMMA_LANGUAGES) {
    const words = [...(S.BUY_LONG[lang] ?? []), ...(S.SELL_SHORT[lang] ?? [])];
    if (tabs.some((t) => textIs(t.textContent, words))) return COMMA_STYLE;
  }
  return ENGLISH_STYLE;
}

// --- finding the ticket -------------------------------------------------------------------------

function sizeInputs(root: ParentNode): HTMLInputElement[] {
  const hooked = allVisible<HTMLInputElement>(root, S.SIZE_INPUT[0]);
  if (hooked.length > 0) return hooked;
  const labelled = inputsByLabel(root, S.SIZE_LABELS).map((m) => m.el);
  return labelled.length > 0 ? labelled : inputsByLabelStart(root, S.SIZE_LABELS).map((m) => m.input.el);
}

function sideTabs(root: ParentNode): { long: Element[]; short: Element[] } {
  const long = allVisible(root, S.SIDE_TAB.long);
  const short = allVisible(root, S.SIDE_TAB.short);
  if (long.length + short.length > 0) return { long, short };
  // Drifted ids: the tabs by their text, still `role="tab"`.
  return { long: findByText(root, S.SIDE_LABELS.long, '[role="tab"]'), short: findByText(root, S.SIDE_LABELS.short, '[role="tab"]') };
}

const blocked = (el: Element) => el.querySelector(S.NOT_TICKET) !== null || sizeInputs(el).length > 1;
const hasSides = (el: Element) => {
  const t = sideTabs(el);
  return t.long.length > 0 && t.short.length > 0;
};

function rootFor(input: Element): Element | null {
  const body = input.ownerDocument.body;
  let root: Element | null = null;
  for (let el = input.parentElement, level = 0; el && el !== body && level < 14; el = el.parentElement, level++) {
    if (blocked(el)) break;
    if (hasSides(el)) {
      root = el;
      break;
    }
  }
  if (!root) return null;
  // Widen to take in the margin-mode toggle and the leverage button above the tabs.
  for (let el = root.parentElement, level = 0; el && el !== body && level < 3; el = el.parentElement, level++) {
    if (blocked(el)) break;
    if (root.querySelector(S.MARGIN_MODE_ITEM)) break;
    if (el.querySelector(S.MARGIN_MODE_ITEM)) return el;
  }
  return root;
}

export function findTickets(doc: Document): Element[] {
  const roots = new Set<Element>();
  for (const input of sizeInputs(doc)) {
    const r = rootFor(input);
    if (r) roots.add(r);
  }
  return [...roots];
}

// --- reading ------------------------------------------------------------------------------------

function headerMarkets(doc: Document, ticket: Element): string[] {
  const out = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue;
    if (!raw || raw.length > 30 || !raw.includes('-USD')) continue;
    const m = S.MARKET_NAME.exec(normText(raw));
    const el = n.parentElement;
    if (!m || !el || ticket.contains(el) || el.closest(`${S.NOT_TICKET}, [role="dialog"], script, style`)) continue;
    if (isVisible(el)) out.add(`${m[1]!}-USD`);
  }
  return [...out];
}

export function readSymbol(location: Loc, doc: Document, ticket: Element): Field<string> {
  const path = S.TRADE_PATH.exec(location.pathname);
  if (path) return found(path[1]!.toUpperCase(), `URL ${location.pathname}`);
  const hash = /#.*$/.exec(location.href)?.[0] ?? '';
  const routed = S.TRADE_HASH.exec(hash);
  if (routed) return found(routed[1]!.toUpperCase(), `URL ${hash}`);
  const header = headerMarkets(doc, ticket);
  if (header.length === 1) return found(header[0]!, `header “${header[0]}”`);
  return missing(`no market in the URL (${location.pathname}) or the page header`);
}

export function readSide(ticket: Element): Field<Side> {
  const hooked = firstVisible(ticket, S.REDUCE_ONLY);
  const reduce = hooked ? { el: hooked.el, checked: isChecked(hooked.el) } : checkboxByLabel(ticket, S.REDUCE_ONLY_LABELS);
  if (reduce?.checked === true) return missing('Reduce-Only is on: this order can only reduce a position', 'closesPosition');
  const t = sideTabs(ticket);
  if (t.long.length !== 1 || t.short.length !== 1) return missing(t.long.length + t.short.length === 0 ? 'no Buy | Long / Sell | Short tabs found' : 'the Buy / Sell tabs are not clear', 'lost');
  const pick = selectedTab([t.long[0]!, t.short[0]!]);
  if (!pick) return missing('cannot tell whether Buy | Long or Sell | Short is selected');
  return found(pick.el === t.long[0] ? 'long' : 'short', `tab ${describe(pick.el)} (${pick.how})`);
}

export function readOrderType(ticket: Element): Field<OrderType> {
  const limit = firstVisible(ticket, [S.ORDER_TYPE_TAB.limit])?.el ?? findByText(ticket, S.ORDER_TYPE_LABELS.limit, '[role="tab"]')[0];
  const market = firstVisible(ticket, [S.ORDER_TYPE_TAB.market])?.el ?? findByText(ticket, S.ORDER_TYPE_LABELS.market, '[role="tab"]')[0];
  if (!limit || !market) return missing('no Limit / Market tabs found', 'lost');
  const list = commonAncestor([limit, market]);
  const tabs = list ? allVisible(list, '[role="tab"]') : [limit, market];
  const pick = selectedTab(tabs);
  if (!pick) return missing('cannot tell which order-type tab is selected');
  const where = `tab ${describe(pick.el)}`;
  if (pick.el === limit) return found('limit', where);
  if (pick.el === market) return found('market', where);
  return missing(`“${normText(pick.el.textContent)}” orders are not assessed (only Limit and Market)`);
}

export function readPrice(ticket: Element, orderType: Field<OrderType>, style: Style): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const el = inputMatch(ticket, S.PRICE_INPUT, S.PRICE_LABELS, true);
  if (!el) return missing('no Limit Price input found on the ticket', 'lost');
  return readNumberAt(el.el.value, el.selector, style);
}

/** The unit tag of the Amount input: inside its `<label for>` ("Amount <Tag>BTC</Tag>"), else beside it. */
function sizeUnit(el: HTMLInputElement, ticket: Element): Element | null {
  const isUnit = (e: Element) => e.children.length === 0 && /^[A-Z0-9]{2,10}$/.test(normText(e.textContent));
  const label = el.id ? allVisible(ticket, 'label[for]').find((l) => l.getAttribute('for') === el.id) : undefined;
  if (label) {
    const tags = Array.from(label.querySelectorAll('*')).filter(isUnit);
    if (tags.length === 1) return tags[0]!;
  }
  for (let box = el.parentElement, level = 0; box && level < 2; box = box.parentElement, level++) {
    const tags = allVisible(box, '*').filter((e) => isUnit(e) && !e.closest('button[aria-pressed]'));
    if (tags.length === 1) return tags[0]!;
    if (tags.length > 1) return null;
  }
  return null;
}

export function readSize(ticket: Element, symbol: Field<string>, style: Style): Field<TicketSize> {
  const el = inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS, true);
  if (!el) return missing('no Amount input found on the ticket', 'lost');
  const raw = normText(el.el.value);
  const n = inputNumber(el, style); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const tag = sizeUnit(el.el, ticket);
  if (!tag) return missing('no unit (coin or USD) shown with the Amount input', 'lost');
  const unitText = normText(tag.textContent);
  const base = symbol.ok ? symbol.value.split('-')[0]! : null;
  let unit: TicketSize['unit'];
  if (textIs(unitText, S.QUOTE_UNITS)) unit = 'quote';
  else if (base && unitText === base) unit = 'base';
  else return missing(base ? `Amount unit “${unitText}” is neither ${base} nor USD` : `Amount unit “${unitText}” cannot be checked (market unknown)`);
  return found({ value: n.value, unit }, `${el.selector} “${raw}”, unit ${describe(tag)}`);
}

export function readLeverageField(ticket: Element): Field<number> {
  const hits = allVisible(ticket, 'button, [role="button"]').filter((b) => S.LEVERAGE_TEXT.test(normText(b.textContent)));
  const values = new Map<number, Element>();
  for (const b of hits) {
    const r = readLeverage(b.textContent);
    if (r.ok) values.set(r.value, b);
  }
  if (values.size === 1) {
    const [v, el] = [...values][0]!;
    return found(v, describe(el));
  }
  if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}×`).join(', ')})`, 'lost');
  return missing('no leverage button like “5×” found', 'lost');
}

export function readMarginMode(ticket: Element): Field<MarginMode> {
  const items = allVisible(ticket, S.MARGIN_MODE_ITEM).filter((i) => textIs(i.textContent, S.MARGIN_MODE_LABELS.cross) || textIs(i.textContent, S.MARGIN_MODE_LABELS.isolated));
  if (items.length === 0) return missing('no Cross / Isolated toggle found', 'lost');
  const pick = selectedTab(items);
  if (!pick) return missing('cannot tell whether Cross or Isolated is selected');
  return found(textIs(pick.el.textContent, S.MARGIN_MODE_LABELS.cross) ? 'cross' : 'isolated', `toggle ${describe(pick.el)} (${pick.how})`);
}

export function readBalance(doc: Document, ticket: Element, style: Style): Field<number> {
  for (const labels of [S.BALANCE_LABELS, S.BALANCE_FALLBACK]) {
    const hits = pageHits(doc, ticket, labels);
    if (hits.length === 0) continue;
    if (new Set(hits.map((h) => h.text)).size > 1) return missing(`more than one “${labels[0]}” shown`, 'lost');
    return balanceField(hits[0]!.text, `page “${hits[0]!.labelText}”`, ['USDC', 'USD'], style);
  }
  return missing('no “Available Balance” or “Free Collateral” shown on the page', 'lost');
}

export function readTpSl(ticket: Element, style: Style): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  const hooked = firstVisible(ticket, S.TPSL_TOGGLE);
  // By label, the label's own box only: with the hooked one gone, the climb reached Reduce-Only's and read "TP/SL off".
  const box = hooked ? { el: hooked.el, checked: isChecked(hooked.el), label: 'Take Profit / Stop Loss' } : checkboxByLabel(ticket, S.TPSL_LABELS);
  if (!box) return both(missing('no Take Profit / Stop Loss checkbox found on the ticket', 'lost'));
  if (box.checked === null) return both(missing('cannot tell whether Take Profit / Stop Loss is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return {
    takeProfit: triggerField(inputMatch(ticket, S.TAKE_PROFIT_INPUT, S.TAKE_PROFIT_LABELS, true), 'TP Price', style),
    stopLoss: triggerField(inputMatch(ticket, S.STOP_LOSS_INPUT, S.STOP_LOSS_LABELS, true), 'SL Price', style),
  };
}
