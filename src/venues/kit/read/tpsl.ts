/** Take profit and stop loss: a trigger input, and the box that switches TP/SL on. */
import { checkboxByLabel } from '../controls';
import { readNumberAt, type ReadNumberOptions } from '../number';
import { normText } from '../text';
import { inputMatch } from './typed';
import { found, missing, type Field } from '../../reading';

/**
 * A TP/SL trigger input: its number, null when empty, or why it cannot be read. Read strictly
 * (`readNumber`) for now: `inputNumber` would call `1e5` ambiguous where adapters' tests expect
 * "not a number"; TP/SL is not a key field.
 */
export function triggerField(input: { el: HTMLInputElement; selector: string } | null, name: string, opts: ReadNumberOptions = {}): Field<number | null> {
  if (!input) return missing(`TP/SL is on but no ${name} input was found`, 'lost');
  const raw = normText(input.el.value);
  const r = readNumberAt(raw, input.selector, opts);
  if (!r.ok && r.kind === 'empty') return found(null, `${input.selector} empty`);
  return r;
}

export type TpSl = { takeProfit: Field<number | null>; stopLoss: Field<number | null> };

/** TP/SL behind a checkbox labelled one of `labels`: both null when unchecked, else each trigger `read` gives. */
function readTpSlBox(ticket: Element, labels: readonly string[], noBox: string, read: () => TpSl): TpSl {
  const box = checkboxByLabel(ticket, labels);
  const both = (f: Field<number | null>) => ({ takeProfit: f, stopLoss: f });
  if (!box) return both(missing(noBox, 'lost'));
  if (box.checked === null) return both(missing('cannot tell whether TP/SL is on'));
  if (!box.checked) return both(found(null, `“${box.label}” unchecked`));
  return read();
}

/** Where one trigger is typed: stable hooks first, then label words. */
export interface TriggerInput {
  selectors?: readonly string[];
  labels: readonly string[];
  /** As the missing-input reason names it (default "Take Profit" / "Stop Loss"). */
  name?: string;
}

/** TP/SL behind a box labelled `box`: off → both null; on → each trigger from its input. */
export function tpslBehindBox(ticket: Element, box: readonly string[], noBox: string, tp: TriggerInput, sl: TriggerInput, opts: ReadNumberOptions = {}): TpSl {
  return readTpSlBox(ticket, box, noBox, () => ({
    takeProfit: triggerField(inputMatch(ticket, tp.selectors ?? [], tp.labels), tp.name ?? 'Take Profit', opts),
    stopLoss: triggerField(inputMatch(ticket, sl.selectors ?? [], sl.labels), sl.name ?? 'Stop Loss', opts),
  }));
}
