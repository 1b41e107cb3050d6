/** The margin mode: Cross or Isolated, as a button or a selected control shows it. */
import { describe, stripCaret, textIs } from '../text';
import { allVisible } from '../visibility';
import { found, missing, type Field, type MarginMode, type MissingKind } from '../../reading';

export interface MarginModeLabels {
  cross: readonly string[];
  isolated: readonly string[];
}

/** The one mode named by a visible `selector` element (its text may end in the leverage: "Cross 20x"), in each of `scopes` in turn. */
export function marginModeOnButtons(scopes: readonly Element[], selector: string, labels: MarginModeLabels, bothKind?: MissingKind): Field<MarginMode> {
  for (const scope of scopes) {
    const modes = new Map<MarginMode, Element>();
    for (const b of allVisible(scope, selector)) {
      const lead = stripCaret(b.textContent).replace(/\s*\d{1,3}(?:\.\d+)?\s*[xX×]$/, '');
      if (textIs(lead, labels.cross)) modes.set('cross', b);
      else if (textIs(lead, labels.isolated)) modes.set('isolated', b);
    }
    if (modes.size === 1) {
      const [mode, el] = [...modes][0]!;
      return found(mode, describe(el));
    }
    if (modes.size > 1) return missing('both Cross and Isolated are shown as the margin mode', bothKind);
  }
  return missing('no Cross / Isolated button found', 'lost');
}
