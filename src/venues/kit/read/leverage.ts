/** The leverage shown on a button or chip ("20x"); two different figures at once are refused. */
import { readLeverage } from '../number';
import { describe, normText } from '../text';
import { allVisible } from '../visibility';
import { found, missing, type Field } from '../../reading';

/**
 * The one leverage among the visible `selector` elements whose text matches `text`, searched in
 * each of `scopes` in turn (the ticket first, then its parents where the leverage bar sits above).
 */
export function leverageOnButtons(scopes: readonly Element[], selector: string, text: RegExp): Field<number> {
  for (const scope of scopes) {
    const values = new Map<number, Element>();
    const reasons: Field<number>[] = [];
    for (const b of allVisible(scope, selector).filter((el) => text.test(normText(el.textContent)))) {
      const r = readLeverage(b.textContent);
      if (r.ok) values.set(r.value, b);
      else reasons.push(r);
    }
    if (values.size === 1) {
      const [value, el] = [...values][0]!;
      return found(value, describe(el));
    }
    if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
    if (reasons.length) return reasons[0]!;
  }
  return missing('no leverage button like “20x” found', 'lost');
}
