/** What only BitMEX does: XBT amounts in several denominations, its market kinds, leverage "Cross" meaning cross margin. */
import { ariaSelected } from '../kit/controls';
import { labelledValues } from '../kit/labels';
import { readLeverage, readNumber, readNumberAt } from '../kit/number';
import { unitBeside } from '../kit/read/size';
import { inputNumber } from '../kit/read/typed';
import { describe, normText, textIs } from '../kit/text';
import { allVisible, type Match } from '../kit/visibility';
import { found, missing, type Field, type MarginMode, type TicketSize } from '../reading';
import * as S from './selectors';

type Kind = 'inverse' | 'linear' | 'quanto';
export interface Market {
  kind: Kind;
  base: string;
  quote: string;
}

const NUMBER_STYLE = {}; // page style unknown: English assumed

/** XBTUSD / XBTZ26 → inverse; XBTUSDT → linear; ETHUSD → quanto. */
export function bitmexMarket(symbol: string): Market | null {
  const linear = /^([A-Z0-9]{2,12}?)(USDT|USDC)$/.exec(symbol);
  if (linear) return { kind: 'linear', base: linear[1]!, quote: linear[2]! };
  if (/^XBT(?:USD|[A-Z]\d{2})$/.test(symbol)) return { kind: 'inverse', base: 'XBT', quote: 'USD' };
  const quanto = /^([A-Z0-9]{2,12}?)USD(?:[A-Z]\d{2})?$/.exec(symbol);
  if (quanto) return { kind: 'quanto', base: quanto[1]!, quote: 'USD' };
  return null;
}

const isUnit = (el: Element) => el.children.length === 0 && /^(?:[A-Z0-9]{2,10}|Cont|Contracts)$/.test(normText(el.textContent));

export function readSize(input: Match<HTMLInputElement> | null, market: Market | null): Field<TicketSize> {
  if (!input) return missing('no Quantity input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  const n = inputNumber(input, NUMBER_STYLE); // the page's reading of the box where unambiguous; missing keeps the box text
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el, isUnit);
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
export function readAmount(text: string, where: string, market: Market | null): Field<number> {
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

/** "10.00x" beside "Leverage", else the leverage slider's ARIA value; "Cross" there means cross margin (no leverage setting). */
export function readLeverageField(ticket: Element): { leverage: Field<number>; crossShown: boolean } {
  const hits = labelledValues(ticket, S.LEVERAGE_LABELS);
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

export function readMarginMode(ticket: Element, crossShown: boolean): Field<MarginMode> {
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
