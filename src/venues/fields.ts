/**
 * Field readers shared by venue adapters that follow the same page patterns: a figure shown beside
 * a label somewhere on the page (the header's mark price, an account panel's balance), the venue's
 * own liquidation estimate, a TP/SL trigger input, the selected one of a set of tabs. Nothing here
 * knows a venue: each adapter passes its own selectors and words (from its `selectors.ts`).
 */
import { allVisible, ariaSelected, findByTextStart, isVisible, labelledValues, normText, type LabelledValue, type Match, type Skip } from './dom';
import { readInputNumberAt, readNumber, readNumberAt, type ReadNumberOptions } from './number';
import { found, missing, type Field } from './reading';

/** Where page-wide label searches never look: tables (positions' "Mark Price" columns), dialogs, grids, the chart. */
export const NOT_PAGE_FIGURE = 'table, [role="table"], [role="grid"], [role="dialog"], canvas, iframe';

/**
 * One number shown beside one of `labels` outside the ticket (and outside `skip`): found when every
 * readable occurrence agrees, missing (by name) when none is there or two disagree.
 */
export function pageFigure(
  doc: Document,
  ticket: Element | null,
  labels: readonly string[],
  name: string,
  opts: ReadNumberOptions = {},
  skip: string = NOT_PAGE_FIGURE,
): Field<number> {
  const hits = pageHits(doc, ticket, labels, skip);
  if (hits.length === 0) return missing(`no “${name}” found on the page`, 'lost');
  const read = hits.map((h) => readNumberAt(h.text, `page “${h.labelText}”`, opts));
  const ok = read.filter((r): r is Extract<Field<number>, { ok: true }> => r.ok);
  const distinct = new Set(ok.map((r) => r.value));
  if (distinct.size === 1) return ok[0]!;
  if (distinct.size > 1) return missing(`more than one “${name}” on the page`, 'lost');
  return read[0]!;
}

/** The label/value pairs `pageFigure` reads (for `externalWatch`: the value elements to observe). */
export function pageHits(doc: Document, ticket: Element | null, labels: readonly string[], skip: string = NOT_PAGE_FIGURE): LabelledValue[] {
  const s: Skip = { selector: skip, elements: ticket ? [ticket] : [] };
  return labelledValues(doc, labels, s);
}

/** The value elements of `pageHits` that hold a readable number. */
export function watchFigures(
  doc: Document,
  ticket: Element | null,
  labels: readonly string[],
  opts: ReadNumberOptions = {},
  skip: string = NOT_PAGE_FIGURE,
): Element[] {
  return pageHits(doc, ticket, labels, skip)
    .filter((h) => readNumber(h.text, opts).ok)
    .map((h) => h.value);
}

/**
 * The venue's own estimate shown as text ("$58,210.40", "—", "N/A", "$60,000 → $58,210"): the
 * figure after an arrow is the one after the order; a dash or "N/A" means none yet (null).
 */
export function estimateField(text: string, where: string, opts: ReadNumberOptions = {}): Field<number | null> {
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

/**
 * Which of `tabs` is selected: by ARIA/`data-state` when exactly one is marked, else by a class
 * marker (`markerClass`, a design-system or CSS-module prefix the venue uses for the active tab).
 */
export function selectedTab(tabs: readonly Element[], markerClass?: RegExp): { el: Element; how: string } | null {
  const visible = tabs.filter((t) => isVisible(t));
  const marked = visible.filter((t) => ariaSelected(t) === true);
  if (marked.length === 1) return { el: marked[0]!, how: 'aria/data-state' };
  if (marked.length > 1) return null;
  if (markerClass) {
    const byClass = visible.filter((t) => markerClass.test(t.getAttribute('class') ?? ''));
    if (byClass.length === 1) return { el: byClass[0]!, how: `class ${markerClass.source}` };
  }
  return null;
}

/** The balance text "1,234.56 USDT": its asset suffix (if any) must be one of `assets`. */
export function balanceField(text: string, where: string, assets: readonly string[], opts: ReadNumberOptions = {}): Field<number> {
  const raw = normText(text);
  const asset = /([A-Z][A-Z0-9.]{1,11})$/.exec(raw)?.[1];
  if (asset && !assets.includes(asset)) return missing(`the balance is shown in ${asset}, not ${assets.join('/')}`);
  return readNumberAt(raw, where, opts);
}

const TEXT_INPUT = 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])';

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
      const own = allVisible<HTMLInputElement>(box, TEXT_INPUT);
      if (own.length === 1) {
        if (!out.some((o) => o.input.el === own[0])) out.push({ input: { el: own[0]!, selector: `text “${text}” + input` }, label });
        break;
      }
      if (own.length > 1) break;
    }
  }
  return out;
}
