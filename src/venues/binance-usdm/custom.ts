/** What only Binance's ticket does: its `data-tab-key` order-type tabs and the unit chosen beside the size. */
import { textIs, normText, describe, stripCaret } from '../kit/text';
import { allVisible, firstVisible } from '../kit/visibility';
import type { SymbolParts } from '../kit/read/symbol';
import { found, missing, type Field, type OrderType, type TicketSize } from '../reading';
import * as S from './selectors';

/** The selected order type: `data-tab-key` (LIMIT, POST_ONLY, MARKET), else a selected tab's words outside the Open/Close tabs. */
export function readOrderType(ticket: Element): Field<OrderType> {
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
  for (const el of allVisible(ticket, '[role="tab"][aria-selected="true"]')) {
    if (el.closest(S.MODE_TABS)) continue;
    if (textIs(el.textContent, S.ORDER_TYPE_LABELS.limit) || textIs(el.textContent, S.ORDER_TYPE_LABELS.postOnly)) {
      return found('limit', `selected tab ${describe(el)}`);
    }
    if (textIs(el.textContent, S.ORDER_TYPE_LABELS.market)) return found('market', `selected tab ${describe(el)}`);
  }
  return missing('no selected Limit / Market tab found', 'lost');
}

/** The unit beside the size input: the symbol's base or quote asset, contracts, or margin (refused). */
export function readSizeUnit(input: HTMLInputElement, symbol: SymbolParts | null): Field<TicketSize['unit']> {
  const item = input.closest(S.SIZE_ITEM.join(', ')) ?? input.parentElement;
  if (!item) return missing('no size unit shown next to the size input', 'lost');
  let unitEl = firstVisible(item, S.SIZE_UNIT)?.el ?? null;
  if (!unitEl) {
    // A plain suffix: the one short uppercase word beside the input that is not its label.
    const words = allVisible(item, 'span, div').filter(
      (el) => el.children.length === 0 && !el.closest('label') && (/^[A-Z0-9]{2,15}$/.test(stripCaret(el.textContent)) || textIs(stripCaret(el.textContent), S.CONTRACT_UNITS)),
    );
    if (words.length === 1) unitEl = words[0]!;
  }
  if (!unitEl) return missing('no size unit shown next to the size input', 'lost');
  const text = stripCaret(unitEl.textContent);
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
