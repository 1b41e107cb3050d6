/** What only Bybit does: the "Order by Qty / Value / Cost" switch, linear and inverse pages, Portfolio Margin. */
import type { VenueWords } from '../adapter';
import { findByText, findByTextStart } from '../kit/search';
import { inputByLabel, labelledValues, textInputs } from '../kit/labels';
import { readNumberAt } from '../kit/number';
import type { SymbolParts } from '../kit/read/symbol';
import { unitBeside } from '../kit/read/size';
import { inputNumber } from '../kit/read/typed';
import { describe, normText, stripCaret, textIs, textStartsWith } from '../kit/text';
import { allVisible, type Match } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type TicketSize } from '../reading';
import * as S from './selectors';

export type Family = 'linear' | 'inverse';
const NUMBER_STYLE = {}; // page style unknown: English assumed

/** `linear` on `/trade/usdt/…`, `inverse` on `/trade/inverse/…`, null elsewhere. */
export function bybitFamily(pathname: string): Family | null {
  const m = S.TRADE_PATH.exec(pathname);
  if (!m) return null;
  return m[1]!.toLowerCase() === 'inverse' ? 'inverse' : 'linear';
}

/** The risk-core venue of a Bybit page: 'bybit-inverse' on inverse pages, 'bybit-linear' otherwise. */
export function bybitRiskVenue(location: Pick<Location, 'pathname'> | null | undefined): 'bybit-linear' | 'bybit-inverse' {
  return location && bybitFamily(location.pathname) === 'inverse' ? 'bybit-inverse' : 'bybit-linear';
}

/** The venue's words on a page: the margin asset is the coin on inverse pages. */
export function bybitWords(location: Pick<Location, 'pathname'> | null | undefined): VenueWords {
  const m = location ? S.TRADE_PATH.exec(location.pathname) : null;
  const parts = m ? splitSymbol(m[2]!.toUpperCase()) : null;
  const inverse = m?.[1]?.toLowerCase() === 'inverse';
  return {
    margin: 'Initial Margin',
    liquidationPrice: 'Est. Liq. Price',
    marginAsset: inverse ? (parts?.base ?? 'BTC') : (parts?.quote ?? 'USDT'),
  };
}

/** BTCUSDT → BTC/USDT; BTCUSD → BTC/USD; BTCUSDH26 (inverse futures) → BTC/USD. */
export function splitSymbol(symbol: string): SymbolParts | null {
  const m = /^([A-Z0-9]{2,20}?)(USDT|USDC|USD)(?:[A-Z]\d{2})?$/.exec(symbol);
  return m ? { base: m[1]!, quote: m[2]! } : null;
}

type OrderBy = 'qty' | 'value' | 'cost';

/** The quantity input: the one input in the row of the "Order by …" switch, else the input labelled "Qty". */
export function sizeMatch(ticket: Element): { input: Match<HTMLInputElement>; orderBy: OrderBy | null } | null {
  for (const sw of findByTextStart(ticket, S.ORDER_BY_PREFIX)) {
    const text = normText(sw.textContent);
    const orderBy: OrderBy | null = textStartsWith(text, S.ORDER_BY.cost)
      ? 'cost'
      : textStartsWith(text, S.ORDER_BY.value)
        ? 'value'
        : textStartsWith(text, S.ORDER_BY.qty)
          ? 'qty'
          : null;
    for (let box = sw.parentElement, level = 0; box && level < 4; box = box.parentElement, level++) {
      // A box holding the price's label is past the quantity row: with the quantity input gone,
      // its one input would be the price.
      if (findByText(box, S.PRICE_LABELS).length > 0) break;
      const own = textInputs(box);
      if (own.length === 1) return { input: { el: own[0]!, selector: `input in the row of “${text}”` }, orderBy };
      if (own.length > 1) break;
    }
  }
  const labelled = inputByLabel(ticket, S.SIZE_LABELS);
  return labelled ? { input: labelled, orderBy: null } : null;
}

const isUnit = (el: Element) => el.children.length <= 1 && (/^[A-Z0-9]{2,10}$/.test(stripCaret(el.textContent)) || textIs(stripCaret(el.textContent), S.CONTRACT_UNITS));

export function readSize(ticket: Element, family: Family | null, parts: SymbolParts | null): Field<TicketSize> {
  const match = sizeMatch(ticket);
  if (!match) return missing('no quantity input (“Order by Qty”) found on the ticket', 'lost');
  const { input, orderBy } = match;
  if (orderBy === 'cost') return missing('the quantity is entered as order cost (“Order by Cost”: margin plus fees), not as a size');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el, isUnit, S.SIZE_UNIT);
  if (!unitEl) return missing('no unit shown next to the quantity input', 'lost');
  const unit = stripCaret(unitEl.textContent);
  const where = `${input.selector} “${raw}”, unit ${describe(unitEl)}`;
  const kind = family ?? (parts && parts.quote === 'USD' ? 'inverse' : 'linear');
  if (kind === 'inverse') {
    if (textIs(unit, S.CONTRACT_UNITS)) return found({ value: n.value, unit: 'contracts' }, where);
    if (parts && unit === parts.base) return found({ value: n.value, unit: 'base' }, where);
    return missing(`quantity unit “${unit}” is neither USD contracts nor ${parts?.base ?? 'the coin'}`);
  }
  if (parts && unit === parts.base) return found({ value: n.value, unit: 'base' }, where);
  if ((S.LINEAR_QUOTES as readonly string[]).includes(unit)) {
    if (parts && unit !== parts.quote) return missing(`quantity unit “${unit}” is not this symbol's quote asset ${parts.quote}`);
    return found({ value: n.value, unit: 'quote' }, where);
  }
  if (!parts && /^[A-Z0-9]{2,10}$/.test(unit)) return found({ value: n.value, unit: 'base' }, `${where} (a coin; symbol unknown)`);
  return missing(`quantity unit “${unit}” is neither ${parts?.base ?? 'the coin'} nor ${parts?.quote ?? 'USDT'}`);
}

export function readMarginMode(ticket: Element): Field<MarginMode> {
  const modes = new Map<MarginMode | 'portfolio', Element>();
  for (const b of allVisible(ticket, S.SUBMIT_SELECTOR)) {
    const text = stripCaret(b.textContent);
    if (textIs(text, S.MARGIN_MODE_LABELS.cross)) modes.set('cross', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.isolated)) modes.set('isolated', b);
    else if (textIs(text, S.MARGIN_MODE_LABELS.portfolio)) modes.set('portfolio', b);
  }
  if (modes.size > 1) return missing('more than one margin mode is shown', 'lost');
  if (modes.size === 1) {
    const [mode, el] = [...modes][0]!;
    if (mode === 'portfolio') return missing('Portfolio Margin is on: its account-level liquidation is not modelled');
    return found(mode, describe(el));
  }
  return missing('no Cross / Isolated margin mode button found', 'lost');
}

export function readBalance(ticket: Element, family: Family | null, parts: SymbolParts | null): Field<number> {
  // The full label first: a bare "Available" is only a fallback.
  let hits = labelledValues(ticket, S.BALANCE_LABELS);
  if (hits.length === 0) hits = labelledValues(ticket, S.BALANCE_ANY_LABELS);
  if (hits.length === 0) return missing('no “Available Balance” shown on the ticket', 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing('more than one “Available Balance” shown', 'lost');
  const hit = hits[0]!;
  const asset = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  const expected = family === 'inverse' ? parts?.base : parts?.quote;
  if (asset && expected && asset !== expected) return missing(`the balance is shown in ${asset}, not ${expected}`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, NUMBER_STYLE);
}
