/** Values shown beside labels, and inputs found by their label. */
import { findByText, findByTextStart, type Skip } from './search';
import { normText, textIs, textStartsWith } from './text';
import { allVisible, isVisible, lookups, safeQueryAll, type Match } from './visibility';

/** @inlined */
export const TEXT_INPUTS = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])';

/** The visible text inputs under `root`. */
export const textInputs = (root: ParentNode) => allVisible<HTMLInputElement>(root, TEXT_INPUTS);

/** A label element found on the page and the element beside it that shows its value. */
export interface LabelledValue {
  label: Element;
  labelText: string;
  value: Element;
  text: string;
}

/**
 * The value shown beside a label ("Avbl" → "1,234.56 USDT", "Liquidation Price" → "N/A").
 * Climbs at most `maxUp` levels from the label; at each level, the other visible children that
 * have text are the candidates; exactly one must remain, or the row is not understood (null).
 */
function valueBesideLabel(label: Element, maxUp = 3): Element | null {
  let branch: Element = label;
  for (let level = 0; level < maxUp; level++) {
    const row = branch.parentElement;
    if (!row) return null;
    const others = Array.from(row.children).filter((c) => c !== branch && isVisible(c) && normText(c.textContent) !== '');
    if (others.length === 1) return others[0]!;
    if (others.length > 1) return null;
    branch = row;
  }
  return null;
}

/** Every visible label among `labels` inside `root` that has one value beside it. */
export function labelledValues(root: ParentNode, labels: readonly string[], skip?: Skip): LabelledValue[] {
  // A page-wide search walks every text node (order book included): remembered, and its values re-read.
  const kept = lookups.kept;
  if (!kept || (root as Node).nodeType !== 9) return findLabelledValues(root, labels, skip);
  const key = `${labels.join('\u0001')}|${skip?.selector ?? ''}`;
  const known = kept.pageLabels.get(key);
  // Text changes do not forget lookups, so a remembered label must still say what it said.
  if (known?.every((h) => h.label.isConnected && h.value.isConnected && textIs(h.label.textContent, labels))) {
    return known.map((h) => ({ ...h, text: normText(h.value.textContent) }));
  }
  const hits = findLabelledValues(root, labels, skip);
  kept.pageLabels.set(key, hits);
  return hits;
}

function findLabelledValues(root: ParentNode, labels: readonly string[], skip?: Skip): LabelledValue[] {
  const hits: LabelledValue[] = [];
  for (const label of findByText(root, labels, '*', skip)) {
    const value = valueBesideLabel(label);
    if (!value) continue;
    hits.push({ label, labelText: normText(label.textContent), value, text: normText(value.textContent) });
  }
  return hits;
}

/**
 * The one value shown beside a label among `labels` inside `root`: null when the label is not
 * there, 'ambiguous' when it appears more than once with different values.
 */
export function readLabelled(root: ParentNode, labels: readonly string[]): LabelledValue | 'ambiguous' | null {
  const hits = labelledValues(root, labels);
  if (hits.length === 0) return null;
  const texts = new Set(hits.map((h) => h.text));
  return texts.size === 1 ? hits[0]! : 'ambiguous';
}

/**
 * Inputs labelled by one of `labels`, best evidence first: `aria-label`, `<label for>`,
 * `placeholder`, a wrapping `<label>`, then a text element sitting next to exactly one input
 * in the same small container. Checkboxes, radios, sliders and hidden inputs are never returned.
 */
export function inputsByLabel(root: ParentNode, labels: readonly string[]): Match<HTMLInputElement>[] {
  const inputs = safeQueryAll<HTMLInputElement>(root, TEXT_INPUTS).filter(
    (i) => isVisible(i),
  );
  const out: Match<HTMLInputElement>[] = [];
  const add = (el: HTMLInputElement, selector: string) => {
    if (!out.some((m) => m.el === el)) out.push({ el, selector });
  };
  for (const input of inputs) {
    const aria = input.getAttribute('aria-label');
    if (textIs(aria, labels)) add(input, `input[aria-label="${aria}"]`);
  }
  for (const input of inputs) {
    const id = input.id;
    if (!id) continue;
    const forLabel = Array.from(input.ownerDocument.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id && textIs(l.textContent, labels));
    if (forLabel) add(input, `label[for] “${normText(forLabel.textContent)}”`);
  }
  for (const input of inputs) {
    const placeholder = input.getAttribute('placeholder');
    if (textIs(placeholder, labels)) add(input, `input[placeholder="${placeholder}"]`);
  }
  for (const input of inputs) {
    const wrap = input.closest('label');
    if (wrap && textStartsWith(wrap.textContent, labels)) add(input, `label “${normText(wrap.textContent)}” > input`);
  }
  // A text label beside the input: climb from the label until a small container (the label, the
  // input and a unit at most: little more text than the label) holds exactly one input.
  for (const label of findByText(root, labels)) {
    const labelLength = normText(label.textContent).length;
    let box: Element | null = label.parentElement;
    for (let level = 0; box && level < 3; level++, box = box.parentElement) {
      if (normText(box.textContent).length > labelLength + 32) break;
      const own = inputs.filter((i) => box!.contains(i));
      if (own.length === 1) {
        add(own[0]!, `text “${normText(label.textContent)}” + input`);
        break;
      }
      if (own.length > 1) break;
    }
  }
  return out;
}

/** The best-evidenced input labelled by one of `labels` (see `inputsByLabel`), or null. */
export function inputByLabel(root: ParentNode, labels: readonly string[]): Match<HTMLInputElement> | null {
  return inputsByLabel(root, labels)[0] ?? null;
}





/**
 * Inputs whose label text STARTS with one of `labels` ("Amount BTC", "Quantity (USDT)"): from the
 * label, climb at most 3 levels to the first small box holding exactly one visible text input.
 * Returns the input with the label element (its text may carry the unit). For markup that lost its
 * ids and `for` attributes; `inputByLabel` (exact text) is tried first by callers.
 */
export function inputsByLabelStart(root: ParentNode, labels: readonly string[]): { input: Match<HTMLInputElement>; label: Element }[] {
  const out: { input: Match<HTMLInputElement>; label: Element }[] = [];
  for (const label of findByTextStart(root, labels)) {
    const text = normText(label.textContent);
    let box: Element | null = label.parentElement;
    for (let level = 0; box && level < 3; level++, box = box.parentElement) {
      if (normText(box.textContent).length > text.length + 40) break;
      const own = allVisible<HTMLInputElement>(box, TEXT_INPUTS);
      if (own.length === 1) {
        if (!out.some((o) => o.input.el === own[0])) out.push({ input: { el: own[0]!, selector: `text “${text}” + input` }, label });
        break;
      }
      if (own.length > 1) break;
    }
  }
  return out;
}

