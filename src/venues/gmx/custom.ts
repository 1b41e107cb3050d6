/** What only GMX does: the market selector's name, the chart header's price, the trade box's direction tabs and switches. */
import { checkboxByLabel } from '../kit/controls';
import { inputByLabel, inputsByLabelStart } from '../kit/labels';
import { readLeverage, readNumber, readNumberAt } from '../kit/number';
import { selectedTab } from '../kit/read/orderType';
import { NOT_PAGE_FIGURE, pageFigure } from '../kit/read/pageFigure';
import { triggerField } from '../kit/read/tpsl';
import { inputNumber } from '../kit/read/typed';
import { findByText } from '../kit/search';
import { describe, normText, textIs } from '../kit/text';
import { allVisible, firstVisible, isVisible } from '../kit/visibility';
import { found, missing, type Field, type OrderType, type Side, type TicketSize } from '../reading';
import { inputMatch } from '../kit/read/typed';
import * as S from './selectors';

export type Loc = Pick<Location, 'pathname' | 'href' | 'search'>;
export const NUMBER_STYLE = {}; // gmx-interface formats with en-US grouping ("$1,234.56")

// --- finding the ticket -------------------------------------------------------------------------

function directionTabs(root: ParentNode): { long: Element[]; short: Element[] } {
  const long = allVisible(root, S.DIRECTION_TAB.long);
  const short = allVisible(root, S.DIRECTION_TAB.short);
  if (long.length + short.length > 0) return { long, short };
  return { long: findByText(root, S.DIRECTION_LABELS.long, 'button, [role="tab"]'), short: findByText(root, S.DIRECTION_LABELS.short, 'button, [role="tab"]') };
}

export function findTickets(doc: Document): Element[] {
  const hooked = allVisible(doc, S.TRADEBOX);
  if (hooked.length > 0) return hooked;
  const roots = new Set<Element>();
  const inputs = [...allVisible<HTMLInputElement>(doc, S.SIZE_INPUT.join(', ')), ...inputsByLabelStart(doc, S.SIZE_LABELS).map((m) => m.input.el)];
  for (const input of new Set(inputs)) {
    for (let el = input.parentElement, level = 0; el && el !== doc.body && level < 12; el = el.parentElement, level++) {
      if (el.querySelector(S.NOT_TICKET)) break;
      const t = directionTabs(el);
      if (t.long.length === 1 && t.short.length === 1) {
        roots.add(el);
        break;
      }
    }
  }
  return [...roots];
}

// --- reading ------------------------------------------------------------------------------------

export function readSymbol(doc: Document): Field<string> {
  const names = new Map<string, Element>();
  for (const sel of S.MARKET_SELECTOR) {
    for (const el of allVisible(doc, sel)) {
      const m = S.MARKET_NAME.exec(normText(el.textContent));
      if (m) names.set(`${m[1]!}/USD`, el);
    }
    if (names.size > 0) break;
  }
  if (names.size === 1) {
    const [name, el] = [...names][0]!;
    return found(name, `market selector ${describe(el)}`);
  }
  if (names.size > 1) return missing(`more than one market shown (${[...names.keys()].join(', ')})`, 'lost');
  const t = S.MARKET_NAME.exec(doc.title);
  if (t) return found(`${t[1]!}/USD`, `page title “${doc.title}”`);
  return missing('no market (e.g. “ETH/USD”) in the market selector or the page title', 'lost');
}

export function readSide(ticket: Element, location: Loc): Field<Side> {
  const swap = firstVisible(ticket, [S.SWAP_TAB]);
  const t = directionTabs(ticket);
  const tabs = [...t.long, ...t.short, ...(swap ? [swap.el] : [])];
  const pick = tabs.length >= 2 ? selectedTab(tabs, S.ACTIVE_TAB_CLASS) : null;
  if (pick) {
    if (swap && pick.el === swap.el) return missing('Swap is selected: a swap opens no position');
    return found(t.long.includes(pick.el) ? 'long' : 'short', `tab ${describe(pick.el)} (${pick.how})`);
  }
  const m = S.TRADE_PATH.exec(location.pathname);
  const kind = m?.[1]?.toLowerCase();
  if (kind === 'long' || kind === 'short') return found(kind, `URL ${location.pathname}`);
  if (kind === 'swap') return missing('Swap is selected: a swap opens no position');
  return missing(tabs.length === 0 ? 'no Long / Short tabs found' : 'cannot tell whether Long or Short is selected', 'lost');
}

/** The trade-mode tabs by `data-qa`; without hooks, the Market and Limit buttons and their siblings. */
function modeTabs(ticket: Element): Element[] {
  const hooked = allVisible(ticket, S.MODE_TAB);
  if (hooked.length > 0) return hooked;
  const market = findByText(ticket, S.MODE_LABELS.market, 'button, [role="tab"]')[0];
  const limit = findByText(ticket, S.MODE_LABELS.limit, 'button, [role="tab"]')[0];
  if (!market || !limit || market.parentElement !== limit.parentElement) return [];
  return Array.from(market.parentElement!.children).filter((c) => isVisible(c) && normText(c.textContent) !== '');
}

export function readOrderType(ticket: Element): Field<OrderType> {
  const tabs = modeTabs(ticket);
  if (tabs.length === 0) return missing('no Market / Limit tabs found', 'lost');
  const pick = selectedTab(tabs, S.ACTIVE_TAB_CLASS);
  if (!pick) return missing('cannot tell which trade mode (Market / Limit) is selected');
  const text = normText(pick.el.textContent);
  const byText = textIs(text, S.MODE_LABELS.market) ? S.MODE_VALUES.market : textIs(text, S.MODE_LABELS.limit) ? S.MODE_VALUES.limit : text;
  const mode = (pick.el.getAttribute('data-qa') ?? `trade-mode-tab-${byText}`).replace('trade-mode-tab-', '');
  const where = `tab [data-qa="trade-mode-tab-${mode}"] (${pick.how})`;
  if (mode === S.MODE_VALUES.market) return found('market', where);
  if (mode === S.MODE_VALUES.limit) return found('limit', where);
  return missing(`“${normText(pick.el.textContent) || mode}” orders are not assessed (only Market and Limit)`);
}

export function readPrice(ticket: Element, orderType: Field<OrderType>): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const el = inputMatch(ticket, S.PRICE_INPUT, S.PRICE_LABELS, true);
  if (!el) return missing('no Limit price input found on the trade box', 'lost');
  return readNumberAt(el.el.value, el.selector, NUMBER_STYLE);
}

export function readSize(ticket: Element, symbol: Field<string>): Field<TicketSize> {
  const el = inputMatch(ticket, S.SIZE_INPUT, S.SIZE_LABELS, true);
  if (!el) return missing('no Size input found on the trade box', 'lost');
  const raw = normText(el.el.value);
  const n = inputNumber(el, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  // The display-mode switch beside the input (USD or the index token); the old buy-input is in tokens.
  let unitEl = firstVisible(ticket, [S.SIZE_UNIT])?.el ?? null;
  if (!unitEl) {
    for (let box = el.el.parentElement, level = 0; box && level < 2 && !unitEl; box = box.parentElement, level++) {
      const tags = allVisible(box, 'button, span, div').filter((e) => e.children.length === 0 && /^(?:USD|[A-Z0-9.]{2,10})$/.test(normText(e.textContent)) && !textIs(e.textContent, S.SIZE_LABELS));
      if (tags.length === 1) unitEl = tags[0]!;
    }
  }
  if (!unitEl) return missing('no size unit (USD or the token) shown beside the Size input', 'lost');
  const unitText = normText(unitEl.textContent).replace(/\s*[▾▼⌄]$/, '');
  const token = symbol.ok ? symbol.value.split('/')[0]! : null;
  let unit: TicketSize['unit'];
  if (unitText === 'USD') unit = 'quote';
  else if (token && unitText === token) unit = 'base';
  else return missing(token ? `size unit “${unitText}” is neither USD nor ${token}` : `size unit “${unitText}” cannot be checked (market unknown)`);
  return found({ value: n.value, unit }, `${el.selector} “${raw}”, unit ${describe(unitEl)}`);
}

export function readLeverageField(ticket: Element): Field<number> {
  const hooked = firstVisible(ticket, S.LEVERAGE);
  const candidates = hooked ? [hooked.el] : allVisible(ticket, 'button, [role="button"], div, span').filter((e) => S.LEVERAGE_TEXT.test(normText(e.textContent)) && !Array.from(e.children).some((c) => S.LEVERAGE_TEXT.test(normText(c.textContent))));
  const values = new Map<number, Element>();
  const reasons: string[] = [];
  for (const c of candidates) {
    const r = readLeverage(c.textContent);
    if (r.ok) values.set(r.value, c);
    else reasons.push(r.reason);
  }
  if (values.size === 1) {
    const [v, el] = [...values][0]!;
    return found(v, hooked ? `[data-qa="leverage-slider"] “${normText(el.textContent)}”` : describe(el));
  }
  if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
  return reasons.length > 0 ? missing(reasons[0]!, 'invalid') : missing('no leverage like “10x” found on the trade box', 'lost');
}

export function readBalance(ticket: Element): Field<number> {
  const max = firstVisible(ticket, S.BALANCE);
  if (!max) return missing('no wallet balance (Max button beside Margin) on the trade box', 'lost');
  const token = firstVisible(ticket, S.PAY_TOKEN);
  const tokenText = token ? normText(token.el.textContent).replace(/\s*[▾▼⌄]$/, '') : null;
  if (!tokenText) return missing('the pay token is not shown: the balance cannot be read as USD');
  if (!(S.STABLES as readonly string[]).includes(tokenText)) return missing(`the balance is in ${tokenText}, not a USD stablecoin`);
  const r = readNumber(normText(max.el.textContent), NUMBER_STYLE);
  return r.ok ? found(r.value, `[data-qa="margin-max"] “${normText(max.el.textContent)}” ${tokenText}`) : r;
}

function switchState(ticket: Element): { checked: boolean | null; label: string } | null {
  for (const label of findByText(ticket, S.TPSL_LABELS)) {
    let box: Element | null = label;
    for (let level = 0; box && level < 3; level++, box = box.parentElement) {
      const controls = allVisible(box, '[role="switch"], [role="checkbox"], input[type="checkbox"]');
      if (controls.length === 1) {
        const c = controls[0]!;
        const aria = c.getAttribute('aria-checked');
        const checked = c instanceof HTMLInputElement ? c.checked : aria === 'true' ? true : aria === 'false' ? false : null;
        return { checked, label: normText(label.textContent) };
      }
      if (controls.length > 1) break;
    }
  }
  const box = checkboxByLabel(ticket, S.TPSL_LABELS);
  return box ? { checked: box.checked, label: box.label } : null;
}

export function readTpSl(ticket: Element): { takeProfit: Field<number | null>; stopLoss: Field<number | null> } {
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  const sw = switchState(ticket);
  if (!sw) return both(missing('no Take-Profit / Stop-Loss switch found on the trade box', 'lost'));
  if (sw.checked === null) return both(missing('cannot tell whether Take-Profit / Stop-Loss is on'));
  if (!sw.checked) return both(found(null, `“${sw.label}” off`));
  return {
    takeProfit: triggerField(inputByLabel(ticket, S.TP_LABELS), 'TP price', NUMBER_STYLE),
    stopLoss: triggerField(inputByLabel(ticket, S.SL_LABELS), 'SL price', NUMBER_STYLE),
  };
}

/** The chart token selectors ("ETH/USD" buttons) outside the trade box, tables and dialogs. */
function tokenSelectors(doc: Document, ticket: Element): Element[] {
  return allVisible(doc, 'button, [role="button"]').filter(
    (b) => !ticket.contains(b) && !b.closest(NOT_PAGE_FIGURE) && S.MARKET_NAME.test(normText(b.textContent)) && b.querySelector('button') === null,
  );
}

/** The current chart header's price: the `numbers` element followed by the daily change, in the token selector's header. */
function chartHeaderPrices(doc: Document, ticket: Element): Element[] {
  const out = new Set<Element>();
  for (const selector of tokenSelectors(doc, ticket)) {
    for (let el = selector.parentElement, level = 0; el && el !== doc.body && level < S.CHART_HEADER_LEVELS; el = el.parentElement, level++) {
      if (el.contains(ticket) || el.querySelector(NOT_PAGE_FIGURE)) break;
      const prices = allVisible(el, S.CHART_HEADER_NUMBERS).filter((n) => {
        const next = n.nextElementSibling;
        // The price block holds just the two; a pair of percentages ("Open interest (52%/48%)") is not a price.
        const pair = n.parentElement?.firstElementChild === n && n.parentElement.childElementCount === 2;
        return pair && next?.matches(S.CHART_HEADER_NUMBERS) && S.DAILY_CHANGE.test(normText(next.textContent)) && !S.DAILY_CHANGE.test(normText(n.textContent));
      });
      if (prices.length === 0) continue;
      for (const p of prices) out.add(p);
      break;
    }
  }
  return [...out];
}

export function markSources(doc: Document, ticket: Element): Element[] {
  const current = chartHeaderPrices(doc, ticket);
  if (current.length > 0) return current;
  return allVisible(doc, S.HEADER_PRICE).filter((el) => !ticket.contains(el) && !el.closest(NOT_PAGE_FIGURE));
}

export function readMark(doc: Document, ticket: Element): Field<number> {
  const header = markSources(doc, ticket);
  if (header.length > 0) {
    const where = (el: Element) => (el.matches(S.HEADER_PRICE) ? '[data-qa="price"]' : 'chart header price (beside the daily change)');
    const read = header.map((el) => readNumberAt(normText(el.textContent), where(el), NUMBER_STYLE));
    const ok = read.filter((r): r is Extract<Field<number>, { ok: true }> => r.ok);
    if (new Set(ok.map((r) => r.value)).size > 1) return missing('more than one header price on the page', 'lost');
    return ok[0] ?? read[0]!;
  }
  // Limit mode: the trigger-price box shows "Mark: 3,120.45".
  for (const el of allVisible(ticket, 'span, div, button, a')) {
    if (el.children.length > 0) continue;
    const text = normText(el.textContent);
    const label = S.MARK_IN_PRICE_BOX_LABELS.find((l) => text.startsWith(l));
    if (label) return readNumberAt(text.slice(label.length).trim(), `trade box “${text}”`, NUMBER_STYLE);
  }
  return pageFigure(doc, ticket, S.MARK_LABELS, 'Mark Price', NUMBER_STYLE);
}
