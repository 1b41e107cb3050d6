/** What only Hyperliquid does: a ticket found from its "Available" label, and a Long/Short toggle and tabs marked by look only. */
import { checkboxByLabel, selectedByLook } from '../kit/controls';
import type { Loc } from '../kit/defineVenue';
import { inputByLabel, readLabelled, textInputs, type LabelledValue } from '../kit/labels';
import type { ReadNumberOptions } from '../kit/number';
import { inputNumber } from '../kit/read/typed';
import { findByText, findByTextStart } from '../kit/search';
import { describe, normText, textIs } from '../kit/text';
import { isVisible } from '../kit/visibility';
import { found, missing, type Field, type OrderType, type Side, type TicketSize } from '../reading';
import * as S from './selectors';

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

/** Every ticket root reached from an "Available" label or the submit button (the outermost where they nest). */
export function findTickets(doc: Document): Element[] {
  const anchors = [...findByText(doc, S.AVAILABLE), ...findByTextStart(doc, S.SUBMIT, 'button, [role="button"]')];
  const roots = new Set<Element>();
  for (const a of anchors) {
    const r = rootFor(a);
    if (r) roots.add(r);
  }
  return [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
}

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

export function readSymbol(location: Loc, doc: Document, ticket: Element): Field<string> {
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

export function readSide(ticket: Element): Field<Side> {
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

export function readOrderType(ticket: Element): Field<OrderType> {
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

export function readSize(ticket: Element, coin: string | null, style: ReadNumberOptions): Field<TicketSize> {
  const input = inputByLabel(ticket, S.SIZE);
  if (!input) return missing('no size input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  const n = inputNumber(input, style); // the page's reading of the box where unambiguous; missing keeps the box text
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

export function labelled(ticket: ParentNode, labels: readonly string[], name: string): LabelledValue | Field<never> {
  const hit = readLabelled(ticket, labels);
  if (hit === null) return missing(`no “${name}” shown on the ticket`, 'lost');
  if (hit === 'ambiguous') return missing(`more than one “${name}” shown`, 'lost');
  return hit;
}
