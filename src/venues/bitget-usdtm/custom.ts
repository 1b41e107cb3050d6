/** What only Bitget's ticket does: the unit word beside the quantity, which may be contracts or margin. */
import type { ReadNumberOptions } from '../kit/number';
import { inputNumber } from '../kit/read/typed';
import { describe, normText, stripCaret, textIs } from '../kit/text';
import { unitBeside } from '../kit/read/size';
import type { Match } from '../kit/visibility';
import { found, missing, type Field, type TicketSize } from '../reading';
import * as S from './selectors';

/** A short unit word beside the quantity: a coin, contracts or margin. */
const isUnit = (el: Element) =>
  el.children.length <= 1 &&
  (/^[A-Z0-9]{2,10}$/.test(stripCaret(el.textContent)) || textIs(stripCaret(el.textContent), S.CONTRACT_UNITS) || textIs(stripCaret(el.textContent), S.SIZE_AS_MARGIN));

export function readSize(input: Match<HTMLInputElement> | null, base: string | null, style: ReadNumberOptions): Field<TicketSize> {
  if (!input) return missing('no quantity input found on the ticket', 'lost');
  const raw = normText(input.el.value);
  if (/%$/.test(raw)) return missing(`the quantity is set as a percentage (“${raw}”)`);
  const n = inputNumber(input, style);
  if (!n.ok) return n;
  const unitEl = unitBeside(input.el, isUnit);
  if (!unitEl) return missing('no unit shown next to the quantity input', 'lost');
  const unit = stripCaret(unitEl.textContent);
  const where = `${input.selector} “${raw}”, unit ${describe(unitEl)}`;
  if (textIs(unit, S.SIZE_AS_MARGIN)) return missing(`the quantity is entered as margin (“${unit}”), not as a size`);
  if (textIs(unit, S.CONTRACT_UNITS)) return missing(`the quantity is in contracts (“${unit}”), whose size is not known here`);
  if (unit === S.QUOTE) return found({ value: n.value, unit: 'quote' }, where);
  if (base && unit === base) return found({ value: n.value, unit: 'base' }, where);
  if (!base && /^[A-Z0-9]{2,10}$/.test(unit)) return found({ value: n.value, unit: 'base' }, `${where} (a coin; symbol unknown)`);
  return missing(`quantity unit “${unit}” is neither ${base ?? 'the coin'} nor USDT`);
}
