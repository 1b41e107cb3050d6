/** What only OKX does: its form hooks, the contracts/coin unit switch, the Close segment, the leverage and margin-mode chips. */
import { checkboxByLabel } from '../kit/controls';
import { inputsByLabelStart } from '../kit/labels';
import { readNumberAt } from '../kit/number';
import { balanceField } from '../kit/read/balance';
import { orderTypeOfTab, selectedTab } from '../kit/read/orderType';
import { pageFigure, pageHits } from '../kit/read/pageFigure';
import { BOTH_SIDES_OFFERED } from '../kit/read/side';
import { triggerField } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { findByText } from '../kit/search';
import { describe, normText, textIs } from '../kit/text';
import { allVisible, firstVisible } from '../kit/visibility';
import { found, missing, type Field, type OrderType, type Side, type TicketSize } from '../reading';
import { inputMatch } from '../kit/read/typed';
import * as S from './selectors';

export type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
export const NUMBER_STYLE = {}; // English digits and marks ("64,250.1") in every language: see selectors.ts
export interface Inst {
  base: string;
  quote: string;
  inverse: boolean;
}

// --- finding the ticket -------------------------------------------------------------------------

function forms(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const sel of S.FORM) for (const el of allVisible(root, sel)) if (!out.includes(el)) out.push(el);
  return out;
}

const hasTypeTabs = (el: Element) => allVisible(el, S.ORDER_TYPE_TAB).length > 0 || findByText(el, S.ORDER_TYPE_LABELS.market, '[role="tab"]').length > 0;

function widen(form: Element): Element {
  const panel = form.parentElement?.closest(S.PANEL);
  if (panel && forms(panel).length === 1 && !panel.querySelector('canvas')) return panel;
  for (let el = form.parentElement, level = 0; el && el !== form.ownerDocument.body && level < 4; el = el.parentElement, level++) {
    if (forms(el).length > 1 || el.querySelector('canvas, iframe, table')) break;
    if (hasTypeTabs(el)) return el;
  }
  return form;
}

export function findTickets(doc: Document): Element[] {
  const hooked = forms(doc);
  if (hooked.length > 0) return hooked.map(widen);
  // No form hook: from a size input, the nearest ancestor holding the Buy/Long and Sell/Short buttons.
  const roots = new Set<Element>();
  const inputs = [...allVisible<HTMLInputElement>(doc, S.SIZE_INPUT[0]), ...inputsByLabelStart(doc, S.SIZE_LABELS).map((m) => m.input.el)];
  for (const input of new Set(inputs)) {
    for (let el = input.parentElement, level = 0; el && el !== doc.body && level < 10; el = el.parentElement, level++) {
      if (el.querySelector('canvas, iframe, table')) break;
      if (allVisible(el, `${S.LONG_BUTTON}, ${S.SHORT_BUTTON}`).length > 0) {
        roots.add(el);
        break;
      }
    }
  }
  return [...new Set([...roots].map(widen))];
}

// --- reading ------------------------------------------------------------------------------------

export function readSymbol(location: Loc, doc: Document): Field<string> {
  const m = S.SWAP_PATH.exec(location.pathname);
  if (m) return found(m[1]!.toUpperCase(), `URL ${location.pathname}`);
  for (const el of allVisible(doc, S.TICKER_TITLE)) {
    const t = normText(el.textContent).toUpperCase();
    if (S.INST_ID.test(t)) return found(t, `ticker ${describe(el)}`);
  }
  return missing(`no swap instrument in the URL (${location.pathname}) or the ticker title`, 'lost');
}

export function inst(symbol: Field<string>): Inst | null {
  if (!symbol.ok) return null;
  const m = S.INST_ID.exec(symbol.value);
  return m ? { base: m[1]!, quote: m[2]!, inverse: m[2] === 'USD' } : null;
}

export function buttons(ticket: Element): { long: Element[]; short: Element[] } {
  return { long: allVisible(ticket, S.LONG_BUTTON), short: allVisible(ticket, S.SHORT_BUTTON) };
}

function segment(ticket: Element): string | null {
  const pick = selectedTab(allVisible(ticket, S.SEGMENTED_TAB), S.ACTIVE_TAB_CLASS);
  return pick ? normText(pick.el.textContent) : null;
}

/** A Close-tab button ("Close long", "平多"): its text starts with a close word (a whole word in alphabetic languages). */
export function closes(button: Element): boolean {
  const text = normText(button.textContent).toLowerCase();
  return S.CLOSE_WORDS.some((w) => {
    const word = w.toLowerCase();
    if (!text.startsWith(word)) return false;
    return /\p{Script=Han}/u.test(word) || !/[\p{L}\p{N}]/u.test(text.charAt(word.length));
  });
}

export function readSide(ticket: Element): Field<Side> {
  const seg = segment(ticket);
  const b = buttons(ticket);
  const all = [...b.long, ...b.short];
  if ((seg && textIs(seg, S.SEGMENT_LABELS.close)) || (all.length > 0 && all.every(closes))) {
    return missing('the Close tab is selected: this order closes a position', 'closesPosition');
  }
  if (b.long.length > 0 && b.short.length > 0) return missing(BOTH_SIDES_OFFERED, 'bothSides');
  if (b.long.length > 0) return found('long', `${describe(b.long[0]!)}, the only side offered`);
  if (b.short.length > 0) return found('short', `${describe(b.short[0]!)}, the only side offered`);
  return missing('no Buy/Long or Sell/Short button found', 'lost');
}

export function readOrderType(ticket: Element): Field<OrderType> {
  let tabs = allVisible(ticket, S.ORDER_TYPE_TAB);
  if (tabs.length === 0) tabs = allVisible(ticket, '[role="tab"]').filter((t) => !t.matches(S.SEGMENTED_TAB));
  if (tabs.length === 0) return missing('no Limit / Market tabs found', 'lost');
  const pick = selectedTab(tabs, S.ACTIVE_TAB_CLASS);
  if (!pick) return missing('cannot tell which order-type tab is selected');
  return orderTypeOfTab(normText(pick.el.textContent), S.ORDER_TYPE_LABELS, `tab ${describe(pick.el)}`);
}

export function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const el = inputMatch(ticket, S.PRICE_INPUT, S.PRICE_LABELS, true);
  if (!el) return missing('no price input found on the ticket', 'lost');
  return readNumberAt(el.el.value, el.selector, NUMBER_STYLE);
}

const unitWord = (t: string) => textIs(t, S.CONTRACT_UNITS) || /^[A-Z0-9]{2,10}$/.test(t);

/** The unit shown in the size input's box ("Contracts", "BTC", "USDT"), else the `max-trade` line's last word. */
function sizeUnit(el: HTMLInputElement, ticket: Element): { text: string; where: string } | null {
  for (let box = el.parentElement, level = 0; box && level < 4; box = box.parentElement, level++) {
    if (box === ticket) break;
    const words = allVisible(box, 'span, div, button').filter((e) => e.children.length === 0 && unitWord(normText(e.textContent).replace(/\s*[▾▼⌄]$/, '')) && !e.closest('label'));
    if (words.length === 1) return { text: normText(words[0]!.textContent).replace(/\s*[▾▼⌄]$/, ''), where: `unit ${describe(words[0]!)}` };
    if (words.length > 1) return null;
  }
  const max = firstVisible(ticket, [S.MAX_TRADE]);
  const last = max ? /([\p{L}.]+)\s*$/u.exec(normText(max.el.textContent))?.[1] : undefined;
  if (last && unitWord(last)) return { text: last, where: `[data-testid="max-trade"] “${normText(max!.el.textContent)}”` };
  return null;
}

export function readSize(ticket: Element, i: Inst | null): Field<TicketSize> {
  const el = inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS, true);
  if (!el) return missing('no size input found on the ticket', 'lost');
  const raw = normText(el.el.value);
  if (/%$/.test(raw)) return missing(`the size is set as a percentage (“${raw}”)`);
  const n = inputNumber(el, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const u = sizeUnit(el.el, ticket);
  if (!u) return missing('no size unit (Contracts, coin or USDT) shown with the size input', 'lost');
  let unit: TicketSize['unit'];
  if (textIs(u.text, S.CONTRACT_UNITS)) unit = 'contracts';
  else if (i && u.text === i.base) unit = 'base';
  else if (i && u.text === i.quote) unit = 'quote';
  else return missing(i ? `size unit “${u.text}” is neither Contracts, ${i.base} nor ${i.quote}` : `size unit “${u.text}” cannot be checked (instrument unknown)`);
  return found({ value: n.value, unit }, `${el.selector} “${raw}”, ${u.where}`);
}

export function readBalance(ticket: Element, i: Inst | null): Field<number> {
  const el = firstVisible(ticket, S.BALANCE);
  if (!el) return missing('no “Available” balance ([data-testid="max-asset"]) on the ticket', 'lost');
  const text = withoutLabel(normText(el.el.textContent), S.BALANCE_LABELS);
  const assets = i ? [i.inverse ? i.base : i.quote] : ['USDT', 'USDC'];
  return balanceField(text, '[data-testid="max-asset"]', assets, NUMBER_STYLE);
}

/** `text` without a leading label among `labels` ("Available 6,996.26 USDT" → "6,996.26 USDT"). */
function withoutLabel(text: string, labels: readonly string[]): string {
  const label = labels.find((l) => text.toLowerCase().startsWith(l.toLowerCase()));
  return label ? text.slice(label.length).replace(/^\s*[:：]?\s*/, '') : text;
}

export function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  const box = checkboxByLabel(ticket, S.TPSL_LABELS);
  if (!box) return both(missing('no TP/SL checkbox found on the ticket', 'lost'));
  if (box.checked === null) return both(missing('cannot tell whether TP/SL is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return {
    takeProfit: triggerField(inputMatch(ticket, S.TAKE_PROFIT_INPUT, S.TAKE_PROFIT_LABELS, true), 'TP trigger price', NUMBER_STYLE),
    stopLoss: triggerField(inputMatch(ticket, S.STOP_LOSS_INPUT, S.STOP_LOSS_LABELS, true), 'SL trigger price', NUMBER_STYLE),
  };
}

/** A header figure the page may not show (24h high/low): null when its label is not on the page. */
export function optionalFigure(doc: Document, ticket: Element, labels: readonly string[], name: string): Field<number> | null {
  if (pageHits(doc, ticket, labels).length === 0) return null;
  return pageFigure(doc, ticket, labels, name, NUMBER_STYLE);
}
