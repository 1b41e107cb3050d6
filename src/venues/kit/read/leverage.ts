/** The leverage shown on a button or chip ("20x"); two different figures at once are refused. */
import { readLeverage } from '../number';
import { describe, normText } from '../text';
import { allVisible } from '../visibility';
import { found, missing, type Field, type Side } from '../../reading';

export interface LeverageOptions {
  /** The side read on the ticket: where one leverage per side is shown, the chosen side's. */
  side?: Field<Side>;
  /** A button that looks like leverage but does not read as one gives its reason (default) or is skipped. */
  reportUnreadable?: boolean;
  /** The reason when no leverage is shown at all. */
  none?: string;
}

/**
 * The one leverage among the visible `selector` elements whose text matches `text`, searched in
 * each of `scopes` in turn (the ticket first, then its parents where the leverage bar sits above).
 */
export function leverageOnButtons(scopes: readonly Element[], selector: string, text: RegExp, opts: LeverageOptions = {}): Field<number> {
  for (const scope of scopes) {
    const values = new Map<number, Element>();
    const bySide: Partial<Record<Side, { value: number; el: Element }>> = {};
    const reasons: Field<number>[] = [];
    for (const b of allVisible(scope, selector).filter((el) => text.test(normText(el.textContent)))) {
      const r = readLeverage(b.textContent);
      if (!r.ok) {
        if (opts.reportUnreadable !== false) reasons.push(r);
        continue;
      }
      values.set(r.value, b);
      const word = /^(long|short)/i.exec(normText(b.textContent))?.[1]?.toLowerCase() as Side | undefined;
      if (word) bySide[word] = { value: r.value, el: b };
    }
    if (values.size === 1) {
      const [value, el] = [...values][0]!;
      return found(value, describe(el));
    }
    // One leverage per side ("Long 20x", "Short 10x"): the chosen side's.
    const own = opts.side?.ok ? bySide[opts.side.value] : undefined;
    if (values.size > 1 && own) return found(own.value, describe(own.el));
    if (values.size > 1) return missing(`more than one leverage shown (${[...values.keys()].map((v) => `${v}x`).join(', ')})`, 'lost');
    if (reasons.length) return reasons[0]!;
  }
  return missing(opts.none ?? 'no leverage button like “20x” found', 'lost');
}
