/** The available balance in the margin asset. */
import { readNumberAt, type ReadNumberOptions } from '../number';
import { labelledValues } from '../labels';
import { normText } from '../text';
import { missing, type Field } from '../../reading';

/** The balance text "1,234.56 USDT": its asset suffix (if any) must be one of `assets`. */
export function balanceField(text: string, where: string, assets: readonly string[], opts: ReadNumberOptions = {}): Field<number> {
  const raw = normText(text);
  const asset = /([A-Z][A-Z0-9.]{1,11})$/.exec(raw)?.[1];
  if (asset && !assets.includes(asset)) return missing(`the balance is shown in ${asset}, not ${assets.join('/')}`);
  return readNumberAt(raw, where, opts);
}

/** The one balance beside `labels` ("Avbl" → "1,234.56 USDT"); its asset, when shown, must be `asset`. */
export function balanceBeside(root: ParentNode, labels: readonly string[], name: string, asset: string | null, opts: ReadNumberOptions = {}): Field<number> {
  const hits = labelledValues(root, labels);
  if (hits.length === 0) return missing(`no “${name}” balance shown on the ticket`, 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing(`more than one “${name}” balance shown`, 'lost');
  const hit = hits[0]!;
  const shown = /([A-Z]{2,10})$/.exec(hit.text)?.[1];
  if (shown && asset && shown !== asset) return missing(`the balance is shown in ${shown}, not ${asset}`);
  return readNumberAt(hit.text, `“${hit.labelText}”`, opts);
}
