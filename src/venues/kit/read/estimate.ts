/** The venue's own liquidation estimate, for the self-check only. */
import { labelledValues, type LabelledValue } from '../labels';
import { readNumber, type ReadNumberOptions } from '../number';
import { commonAncestor } from '../search';
import { normText } from '../text';
import type { SideButtons } from './side';
import { found, missing, type Field, type Side } from '../../reading';

/**
 * The venue's own estimate shown as text ("$58,210.40", "—", "N/A", "$60,000 → $58,210"): the
 * figure after an arrow is the one after the order; a dash or "N/A" means none yet (null).
 */
function estimateField(text: string, where: string, opts: ReadNumberOptions = {}): Field<number | null> {
  const raw = normText(text);
  const after = raw.split(/\s*(?:→|->|⟶)\s*/).pop() ?? raw;
  if (/^[-–—]$/.test(after)) return found(null, `${where} shows “${raw}”`);
  const r = readNumber(after, opts);
  if (r.ok) return found(r.value, `${where} “${raw}”`);
  if (r.kind === 'empty') return found(null, `${where} shows “${raw}”`);
  return r;
}

/** The venue's liquidation estimate beside one of `labels` inside `root` (missing when the label is absent or shown twice with different figures). */
export function estimateBeside(root: ParentNode, labels: readonly string[], name: string, opts: ReadNumberOptions = {}): Field<number | null> {
  const hits = labelledValues(root, labels);
  if (hits.length === 0) return missing(`no “${name}” shown on the ticket`, 'lost');
  if (new Set(hits.map((h) => h.text)).size > 1) return missing(`more than one “${name}” shown`, 'lost');
  const hit = hits[0]!;
  return estimateField(hit.text, `“${hit.labelText}”`, opts);
}

/** A liquidation price shown beside its label: the number, null when the venue shows none yet ("--"). */
export function liqField(hit: LabelledValue, style: ReadNumberOptions): Field<number | null> {
  const r = readNumber(hit.text, style);
  if (r.ok) return found(r.value, `“${hit.labelText}” “${hit.text}”`);
  if (r.kind === 'empty') return found(null, `“${hit.labelText}” shows “${hit.text}”`);
  return r;
}

const depth = (el: Element | null) => {
  let d = 0;
  for (let n = el; n; n = n.parentElement) d++;
  return d;
};

/**
 * The venue's liquidation estimate labelled `name` (one of `labels`): with one per side, the one in
 * the column of the side's button when the side is known.
 */
export function liqBySide(ticket: Element, labels: readonly string[], name: string, side: Field<Side>, b: SideButtons, style: ReadNumberOptions): Field<number | null> {
  const hits = labelledValues(ticket, labels);
  if (hits.length === 0) return missing(`no “${name}” shown on the ticket`, 'lost');
  if (hits.length === 1) return liqField(hits[0]!, style);
  if (side.ok) {
    // The figure in the column of the one side button.
    const button = (side.value === 'long' ? b.long : b.short)[0]!;
    const best = [...hits].sort((x, y) => depth(commonAncestor([y.label, button])) - depth(commonAncestor([x.label, button])))[0]!;
    return liqField(best, style);
  }
  const fields = hits.map((h) => liqField(h, style));
  if (fields.every((f) => f.ok && f.value === null)) return found(null, `“${hits[0]!.labelText}” shows “${hits[0]!.text}” for both sides`);
  return missing(`one “${name}” per side is shown and the side is chosen by the button clicked`, 'bothSides');
}
