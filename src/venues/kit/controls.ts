/** Checkboxes, toggles and tabs: which one is on or selected. */
import { findByText } from './search';
import { normText } from './text';

/** The checked state of a checkbox-like control: native checkbox, `aria-checked`, `data-state`. */
export function isChecked(el: Element): boolean | null {
  const native = el.matches('input[type="checkbox"]') ? el : el.querySelector('input[type="checkbox"]');
  if (native) return (native as HTMLInputElement).checked;
  const aria = el.getAttribute('aria-checked') ?? el.querySelector('[aria-checked]')?.getAttribute('aria-checked');
  if (aria === 'true') return true;
  if (aria === 'false') return false;
  const state = el.getAttribute('data-state');
  if (state === 'checked' || state === 'on') return true;
  if (state === 'unchecked' || state === 'off') return false;
  return null;
}

const CHECKBOX = 'input[type="checkbox"], [role="checkbox"]';

/**
 * A checkbox (native or ARIA) whose label text is one of `labels`, and its state. The control is
 * the label itself or sits within two levels of it, in a box that shows no other option's words:
 * when a box is redesigned into a custom toggle, climbing further would reach the row of options
 * and read a neighbour ("Reduce-Only" for "TP/SL"; drift.test.ts).
 */
export function checkboxByLabel(root: ParentNode, labels: readonly string[]): { el: Element; checked: boolean | null; label: string } | null {
  for (const label of findByText(root, labels)) {
    const text = normText(label.textContent);
    for (let box: Element | null = label, level = 0; box && level < 3; level++, box = box.parentElement) {
      if (box.matches(CHECKBOX)) return { el: box, checked: isChecked(box), label: text };
      const controls = box.querySelectorAll(CHECKBOX);
      if (controls.length > 1) break; // a row of several checkboxes: this label's own is not clear
      if (controls.length === 1) {
        if (/\p{L}/u.test(normText(box.textContent).replace(text, ''))) break; // another option's words
        return { el: controls[0]!, checked: isChecked(controls[0]!), label: text };
      }
    }
  }
  return null;
}

/** Whether an element is marked as the selected one by ARIA or a `data-state`/`data-active` attribute; null when unmarked. */
export function ariaSelected(el: Element): boolean | null {
  for (const attr of ['aria-selected', 'aria-pressed', 'aria-checked', 'aria-current']) {
    const v = el.getAttribute(attr);
    if (v === 'true' || (attr === 'aria-current' && v && v !== 'false')) return true;
    if (v === 'false') return false;
  }
  const state = el.getAttribute('data-state');
  if (state === 'active' || state === 'on' || state === 'checked') return true;
  if (state === 'inactive' || state === 'off' || state === 'unchecked') return false;
  return null;
}

function isTransparent(color: string): boolean {
  const c = color.replace(/\s+/g, '').toLowerCase();
  return c === '' || c === 'transparent' || c === 'initial' || c === 'inherit' || /^rgba\(\d+,\d+,\d+,0(?:\.0+)?\)$/.test(c);
}

/**
 * Which one of a group of mutually exclusive controls (tabs, a two-way toggle) looks selected,
 * for venues that mark the choice with styling only (Hyperliquid):
 * 1. ARIA / data-state marks, when exactly one element is marked;
 * 2. exactly one element with a non-transparent background colour;
 * 3. with three or more elements, exactly one whose look (colour, background, underline,
 *    weight) differs while all the others look the same.
 * Returns the index and the rule used, or null when the page does not make it clear.
 */
export function selectedByLook(elements: readonly Element[]): { index: number; rule: string } | null {
  if (elements.length < 2) return null;
  const marks = elements.map(ariaSelected);
  const marked = marks.flatMap((m, i) => (m === true ? [i] : []));
  if (marked.length === 1) return { index: marked[0]!, rule: 'aria/data-state' };
  const view = elements[0]!.ownerDocument.defaultView;
  if (!view) return null;
  const styles = elements.map((e) => view.getComputedStyle(e));
  const filled = styles.flatMap((s, i) => (!isTransparent(s.backgroundColor) ? [i] : []));
  if (filled.length === 1) return { index: filled[0]!, rule: 'the only one with a background' };
  if (elements.length >= 3) {
    const looks = styles.map((s) =>
      [s.color, s.backgroundColor, s.borderBottomColor, s.borderBottomWidth, s.borderBottomStyle, s.fontWeight, s.opacity].join('|'),
    );
    const counts = new Map<string, number>();
    for (const l of looks) counts.set(l, (counts.get(l) ?? 0) + 1);
    const unique = looks.flatMap((l, i) => (counts.get(l) === 1 ? [i] : []));
    if (unique.length === 1 && counts.size === 2) return { index: unique[0]!, rule: 'the only one styled differently' };
  }
  return null;
}

