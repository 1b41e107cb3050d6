/** What only MEXC does: its contract-trade test ids, Open/Close tabs, the quantity's unit in its label, the leverage area. */
import { checkboxByLabel } from '../kit/controls';
import { inputByLabel, labelledValues, inputsByLabelStart } from '../kit/labels';
import { readLeverage, readNumberAt } from '../kit/number';
import { balanceField } from '../kit/read/balance';
import { orderTypeOfTab, selectedTab } from '../kit/read/orderType';
import { pageFigure, pageHits } from '../kit/read/pageFigure';
import { BOTH_SIDES_OFFERED } from '../kit/read/side';
import { triggerField } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { findByText } from '../kit/search';
import { describe, normText, textIs } from '../kit/text';
import { allVisible, firstVisible, type Match } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type OrderType, type Side, type TicketSize } from '../reading';
import * as S from './selectors';

export type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
export const NUMBER_STYLE = {}; // English digits and marks ("64,250.0") in every language: see selectors.ts
export interface Pair {
  base: string;
  quote: string;
}

// --- finding the ticket -------------------------------------------------------------------------

function forms(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const sel of S.FORM) {
    for (const el of allVisible(root, sel)) {
      // The test-id form and its id'd element may be the same node or nested: keep the outermost.
      if (out.some((o) => o === el || o.contains(el))) continue;
      for (let i = out.length - 1; i >= 0; i--) if (el.contains(out[i]!)) out.splice(i, 1);
      out.push(el);
    }
  }
  return out;
}

export function findTickets(doc: Document): Element[] {
  const f = forms(doc);
  if (f.length > 0) return f;
  // No hook: from a "Quantity" input, the nearest ancestor holding both Open Long and Open Short.
  const roots = new Set<Element>();
  for (const { input } of inputsByLabelStart(doc, S.QUANTITY_LABELS)) {
    for (let el = input.el.parentElement, level = 0; el && el !== doc.body && level < 10; el = el.parentElement, level++) {
      if (el.querySelector('canvas, iframe, table')) break;
      if (findByText(el, S.LONG_LABELS, 'button').length > 0 && findByText(el, S.SHORT_LABELS, 'button').length > 0) {
        roots.add(el);
        break;
      }
    }
  }
  return [...roots];
}

// --- reading ------------------------------------------------------------------------------------

export function readSymbol(location: Loc): Field<string> {
  const m = S.FUTURES_PATH.exec(location.pathname);
  if (m) return found(m[1]!, `URL ${location.pathname}`);
  return missing(`no contract (e.g. BTC_USDT) in the URL (${location.pathname})`, 'lost');
}

export function pair(symbol: Field<string>): Pair | null {
  if (!symbol.ok) return null;
  const [base, quote] = symbol.value.split('_');
  return base && quote ? { base, quote } : null;
}

export function sideButtons(ticket: Element): { long: Element[]; short: Element[]; close: Element[] } {
  let long = allVisible(ticket, S.OPEN_LONG);
  let short = allVisible(ticket, S.OPEN_SHORT);
  if (long.length + short.length === 0) {
    long = findByText(ticket, S.LONG_LABELS, 'button');
    short = findByText(ticket, S.SHORT_LABELS, 'button');
  }
  return { long, short, close: allVisible(ticket, S.CLOSE_BUTTONS) };
}

function mode(ticket: Element): 'open' | 'close' | null {
  const open = firstVisible(ticket, [S.MODE_TAB.open])?.el;
  const close = firstVisible(ticket, [S.MODE_TAB.close])?.el;
  if (!open || !close) return null;
  const pick = selectedTab([open, close], S.ACTIVE_CLASS);
  return pick ? (pick.el === open ? 'open' : 'close') : null;
}

export function readSide(ticket: Element): Field<Side> {
  const b = sideButtons(ticket);
  if (mode(ticket) === 'close' || (b.long.length + b.short.length === 0 && b.close.length > 0)) return missing('the Close tab is selected: this order closes a position', 'closesPosition');
  if (b.long.length > 0 && b.short.length > 0) return missing(BOTH_SIDES_OFFERED, 'bothSides');
  if (b.long.length > 0) return found('long', `${describe(b.long[0]!)}, the only side offered`);
  if (b.short.length > 0) return found('short', `${describe(b.short[0]!)}, the only side offered`);
  return missing('no Open Long / Open Short button found', 'lost');
}

export function readOrderType(ticket: Element): Field<OrderType> {
  const tabs = allVisible(ticket, S.ORDER_TAB).filter((t) => !t.matches(`${S.MODE_TAB.open}, ${S.MODE_TAB.close}`));
  if (tabs.length === 0) return missing('no Limit / Market tabs found', 'lost');
  let pick = selectedTab(tabs);
  if (!pick) {
    const active = tabs.filter((t) => t.closest(S.ANT_ACTIVE_TAB));
    if (active.length === 1) pick = { el: active[0]!, how: 'AntD active tab' };
  }
  if (!pick) return missing('cannot tell which order-type tab is selected');
  return orderTypeOfTab(normText(pick.el.textContent), S.ORDER_TYPE_LABELS, `tab ${describe(pick.el)}`);
}

export function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const el = inputByLabel(ticket, S.PRICE_LABELS);
  if (!el) return missing('no Price input found on the ticket', 'lost');
  return readNumberAt(el.el.value, el.selector, NUMBER_STYLE);
}

/** The quantity input and the unit in its label ("Quantity (USDT)"); a bare placeholder gives no unit. */
export function quantity(ticket: Element): { input: Match<HTMLInputElement>; unit: string | null; label: string | null } | null {
  const labelled = inputsByLabelStart(ticket, S.QUANTITY_LABELS)[0];
  if (labelled) {
    const text = normText(labelled.label.textContent);
    return { input: labelled.input, unit: S.QUANTITY_UNIT.exec(text)?.[1]?.trim() ?? null, label: text };
  }
  const byPlaceholder = inputByLabel(ticket, S.QUANTITY_LABELS);
  return byPlaceholder ? { input: byPlaceholder, unit: null, label: null } : null;
}

export function readSize(ticket: Element, p: Pair | null): Field<TicketSize> {
  const q = quantity(ticket);
  if (!q) return missing('no Quantity input found on the ticket', 'lost');
  const raw = normText(q.input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = inputNumber(q.input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  if (!q.unit) return missing('the Quantity label shows no unit (Cont, USDT or the coin)');
  let unit: TicketSize['unit'];
  if (textIs(q.unit, S.CONTRACT_UNITS)) unit = 'contracts';
  else if (p && q.unit === p.quote) unit = 'quote';
  else if (p && q.unit === p.base) unit = 'base';
  else return missing(p ? `quantity unit “${q.unit}” is neither Cont, ${p.quote} nor ${p.base}` : `quantity unit “${q.unit}” cannot be checked (contract unknown)`);
  return found({ value: n.value, unit }, `${q.input.selector} “${raw}”, label “${q.label}”`);
}

function leverageArea(ticket: Element): Element[] {
  const hooked = allVisible(ticket, S.LEVERAGE_SELECTOR[0]);
  return hooked.length > 0 ? hooked : [ticket];
}

export function readLeverageField(ticket: Element): Field<number> {
  const values = new Map<number, Element>();
  for (const area of leverageArea(ticket)) {
    for (const el of allVisible(area, 'span, button, div')) {
      if (el.children.length > 0 || !S.LEVERAGE_TEXT.test(normText(el.textContent))) continue;
      const r = readLeverage(el.textContent);
      if (r.ok) values.set(r.value, el);
    }
  }
  if (values.size === 1) {
    const [v, el] = [...values][0]!;
    return found(v, describe(el));
  }
  if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
  return missing('no leverage like “20x” found', 'lost');
}

export function readMarginMode(ticket: Element): Field<MarginMode> {
  const modes = new Map<MarginMode, Element>();
  for (const area of leverageArea(ticket)) {
    for (const el of [...findByText(area, S.MARGIN_MODE_LABELS.cross), ...findByText(area, S.MARGIN_MODE_LABELS.isolated)]) {
      modes.set(textIs(el.textContent, S.MARGIN_MODE_LABELS.cross) ? 'cross' : 'isolated', el);
    }
  }
  if (modes.size === 1) {
    const [m, el] = [...modes][0]!;
    return found(m, describe(el));
  }
  if (modes.size > 1) return missing('both Cross and Isolated are shown as the margin mode');
  return missing('no Cross / Isolated shown by the leverage', 'lost');
}

export function readBalance(ticket: Element, p: Pair | null): Field<number> {
  const hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) return missing('no “Available” balance shown on the ticket', 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available” balance shown', 'lost');
  const assets = p ? [p.quote] : [...S.QUOTES];
  return balanceField(hits[0]!.text, `“${hits[0]!.labelText}”`, assets, NUMBER_STYLE);
}

export function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  const box = checkboxByLabel(ticket, S.TPSL_LABELS);
  if (!box) return both(missing('no TP/SL checkbox found on the ticket', 'lost'));
  if (box.checked === null) return both(missing('cannot tell whether TP/SL is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return {
    takeProfit: triggerField(inputByLabel(ticket, S.TP_LABELS), 'TP', NUMBER_STYLE),
    stopLoss: triggerField(inputByLabel(ticket, S.SL_LABELS), 'SL', NUMBER_STYLE),
  };
}

/** A header figure the page may not show (24h high/low): null when its label is not on the page. */
export function optionalFigure(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  if (pageHits(doc, ticket, labels).length === 0) return null;
  return pageFigure(doc, ticket, labels, name, NUMBER_STYLE);
}
