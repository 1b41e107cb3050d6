/** Figures a trader typed into an input box, and the box found by hook or by label. */
import { inputByLabel, inputsByLabelStart } from '../labels';
import { readInputNumberAt, type ReadNumberOptions } from '../number';
import { firstVisible, type Match } from '../visibility';
import type { Field } from '../../reading';

/**
 * The number a trader typed in an input box, as the page reads it where that is unambiguous
 * (`readInputNumber`: a number box's own value, Arabic-Indic digits, no zero-width characters);
 * missing with `shown` = the box's raw text otherwise. Adapters read every typed figure (size,
 * price, triggers) through this, never through `readNumber(input.value)`.
 */
export function inputNumber(input: Match<HTMLInputElement>, opts: ReadNumberOptions = {}): Field<number> {
  return readInputNumberAt(input.el, input.selector, opts);
}

/**
 * An input by its stable hooks (in order of preference), else by its label text; with
 * `labelStart`, last by a label that starts with one of `labels` ("Amount BTC").
 */
export function inputMatch(ticket: ParentNode, selectors: readonly string[], labels: readonly string[], labelStart = false): Match<HTMLInputElement> | null {
  return firstVisible<HTMLInputElement>(ticket, selectors) ?? inputByLabel(ticket, labels) ?? (labelStart ? (inputsByLabelStart(ticket, labels)[0]?.input ?? null) : null);
}
