/** The limit price; a market order has none (the mark price is used). */
import { inputByLabel } from '../labels';
import { readNumberAt, type ReadNumberOptions } from '../number';
import { missing, type Field, type OrderType } from '../../reading';
import { inputMatch } from './typed';

/** The limit price from the input labelled one of `labels`; missing on market orders (they use the mark price). */
export function readLimitPrice(ticket: Element, orderType: Field<OrderType>, labels: readonly string[], noInput: string, style: ReadNumberOptions): Field<number> {
  if (orderType.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const input = inputByLabel(ticket, labels);
  if (!input) return missing(noInput, 'lost');
  return readNumberAt(input.el.value, input.selector, style);
}

/** The limit price from the input found by hook (`selectors`) or label; missing on market orders. */
export function limitPrice(ticket: Element, orderType: Field<OrderType> | undefined, selectors: readonly string[], labels: readonly string[], style: ReadNumberOptions): Field<number> {
  if (orderType?.ok && orderType.value === 'market') return missing('market order uses the mark price');
  const input = inputMatch(ticket, selectors, labels);
  if (!input) return missing('no price input found on the ticket', 'lost');
  return readNumberAt(input.el.value, input.selector, style);
}
