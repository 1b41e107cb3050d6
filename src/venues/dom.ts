/**
 * Small DOM helpers shared by the venue adapters: visibility, label text, alternative selectors.
 * Nothing here knows a venue; the selectors and words live in each venue's `selectors.ts`.
 */

/**
 * The reason an adapter gives for `side` when the ticket offers both sides at once (Binance's
 * Buy/Long + Sell/Short): the trader chooses the side by the button they click, so the overlay
 * assesses both sides. Adapters use exactly this text so the overlay can recognise the case.
 */
export const BOTH_SIDES_OFFERED = 'both sides are offered on the ticket: the side is the button the trader clicks';

/** Collapses whitespace (incl. no-break and thin spaces) and trims. */
export function normText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ').trim();
}

/** Comparable form of a label: lower case, no spaces at all ("Buy / Long" = "buy/long"). */
export function compactText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '').toLowerCase();
}

/** True when `text` is one of `labels` (case and spacing ignored). */
export function textIs(text: string | null | undefined, labels: readonly string[]): boolean {
  const t = compactText(text);
  return t !== '' && labelInfo(labels).compactLabels.includes(t);
}

/** True when `text` starts with one of `labels` (case and spacing ignored). */
export function textStartsWith(text: string | null | undefined, labels: readonly string[]): boolean {
  const t = compactText(text);
  return t !== '' && labelInfo(labels).compactLabels.some((l) => t.startsWith(l));
}

/** Hidden by markup: `hidden`, `inert`, or `aria-hidden="true"` not set by a modal library (see `isVisible`). */
const HIDDEN_BY_MARKUP = '[hidden], [inert], [aria-hidden="true"]:not([data-aria-hidden])';

/**
 * Whether a trader can see `el`.
 *
 * Hidden when the element or an ancestor has the `hidden` attribute, `inert`, or
 * `aria-hidden="true"`; when it is an `<input type="hidden">`; or when CSS hides it:
 * `display: none` on it or an ancestor, or `visibility: hidden|collapse`. The CSS part uses
 * `Element.checkVisibility()` (Chromium 121+, Firefox 125+, and happy-dom, which has no layout
 * and so cannot rely on client rectangles); where it is missing, computed styles of the element
 * and its ancestors are checked instead. Client rectangles alone are never used.
 *
 * `aria-hidden` exception: modal libraries (react-aria, Radix via the `aria-hidden` package) set
 * `aria-hidden="true"` on the whole app while a dialog (e.g. the leverage dialog) is open, and
 * mark it with `data-aria-hidden`; that app is still on screen, so such marks are ignored.
 */
export function isVisible(el: Element | null | undefined): boolean {
  if (!el?.isConnected) return false;
  const cached = cache?.get(el);
  if (cached !== undefined) return cached;
  const visible = computeVisible(el);
  cache?.set(el, visible);
  return visible;
}

function computeVisible(el: Element): boolean {
  if (el.closest(HIDDEN_BY_MARKUP)) return false;
  if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden') return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

let cache: Map<Element, boolean> | null = null;

/**
 * Runs `fn` with visibility results remembered (the page cannot change while a synchronous
 * reading runs). Adapters wrap `findTicket` and `read` in it: both ask about the same elements
 * many times.
 */
export function withVisibilityCache<T>(fn: () => T): T {
  if (cache) return fn();
  cache = kept?.visibility ?? new Map();
  try {
    return fn();
  } finally {
    cache = null;
  }
}

// --- Lookups remembered between readings ---------------------------------------------------------
// A keystroke or a mark tick changes values, not where things are. The content script keeps
// visibility answers and page-wide label searches between readings, and forgets them whenever the
// page may have moved things: a structural mutation in the ticket, a click, a new ticket, and at
// least every search tick (`guardTicket`). Off by default, so one-off readings and tests see the
// page as it is now.

let kept: { visibility: Map<Element, boolean>; pageLabels: Map<string, LabelledValue[]> } | null = null;

export function rememberLookups(on: boolean): void {
  kept = on ? { visibility: new Map(), pageLabels: new Map() } : null;
}

export function forgetLookups(): void {
  if (kept) rememberLookups(true);
}

/** A match among alternative selectors, with the selector that found it (for a reading's `source`). */
export interface Match<E extends Element = Element> {
  el: E;
  selector: string;
}

/**
 * The first visible element matching the first selector (in order of preference) that matches
 * a visible element inside `root`. Invalid selectors are skipped, never thrown.
 */
export function firstVisible<E extends Element = Element>(root: ParentNode, selectors: readonly string[]): Match<E> | null {
  for (const selector of selectors) {
    for (const el of safeQueryAll<E>(root, selector)) {
      if (isVisible(el)) return { el, selector };
    }
  }
  return null;
}

/** Every visible element matching `selector` inside `root` (document order). */
export function allVisible<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  return safeQueryAll<E>(root, selector).filter((el) => isVisible(el));
}

function safeQueryAll<E extends Element>(root: ParentNode, selector: string): E[] {
  try {
    return Array.from(root.querySelectorAll<E>(selector));
  } catch {
    return [];
  }
}

/**
 * Visible elements inside `root` whose whole text is one of `labels` (case and spacing ignored),
 * innermost first: `<button><span>Buy</span></button>` gives the span, or the button when
 * `selector` is `button`. Walks text nodes, so it stays cheap on a whole document.
 */
export function findByText(root: ParentNode, labels: readonly string[], selector = '*', skip?: Skip): Element[] {
  return textCandidates(root, labels, selector, (t) => textIs(t, labels), false, skip);
}

/** Like `findByText`, but the text only has to start with one of the labels ("Cross 20x" for "Cross"). */
export function findByTextStart(root: ParentNode, labels: readonly string[], selector = '*', skip?: Skip): Element[] {
  return textCandidates(root, labels, selector, (t) => textStartsWith(t, labels), true, skip);
}

/**
 * Subtrees a page-wide text search does not enter: a selector (order book, tables, dialogs) and/or
 * elements (the ticket). Keeps searches of a whole document cheap and away from look-alike labels.
 */
export interface Skip {
  selector?: string;
  elements?: readonly Element[];
}


const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the global of one realm

function textCandidates(
  root: ParentNode,
  labels: readonly string[],
  selector: string,
  match: (text: string) => boolean,
  prefix = false,
  skip?: Skip,
): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const { compactLabels, codes, maxLen } = labelInfo(labels);
  // A label element's text is its text nodes joined, so each of those nodes is a piece of a
  // label (or, for a prefix match, may also run on past it): everything else is skipped cheaply.
  // (A plain text walker: a NodeFilter callback costs more than the whole walk in Chromium.)
  const couldBePart = (t: string) => compactLabels.some((l) => l.includes(t) || (prefix && t.startsWith(l)));
  const skipped = (node: Node) =>
    (skip?.elements ?? []).some((e) => e.contains(node)) ||
    (skip?.selector !== undefined && node.parentElement !== null && safeClosest(node.parentElement, skip.selector) !== null);
  const walker = doc.createTreeWalker(root as Node, SHOW_TEXT);
  const seen = new Set<Element>();
  const out: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue;
    if (!raw || raw.length > maxLen) continue;
    // First visible character, ASCII-lowercased, must occur in some label.
    let i = 0;
    while (i < raw.length && (raw.charCodeAt(i) <= 32 || raw.charCodeAt(i) === 160)) i++;
    if (i === raw.length) continue;
    let head = raw.charCodeAt(i);
    if (head >= 65 && head <= 90) head += 32;
    if (!codes.has(head)) continue;
    if (!couldBePart(compactText(raw))) continue;
    let el = n.parentElement;
    if (!el || el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || skipped(n)) continue;
    for (let level = 0; el && level < 4; level++, el = el.parentElement) {
      if (seen.has(el)) break;
      const text = el.textContent ?? '';
      if (text.length > maxLen) break;
      if (match(text) && (selector === '*' || safeMatches(el, selector))) {
        seen.add(el);
        if (isVisible(el)) out.push(el);
        break;
      }
    }
  }
  return out;
}

const labelInfos = new WeakMap<readonly string[], { compactLabels: string[]; codes: Set<number>; maxLen: number }>();

/** Per label list (the lists are module constants): compacted labels, their character codes, the longest text worth reading. */
function labelInfo(labels: readonly string[]) {
  let info = labelInfos.get(labels);
  if (!info) {
    const compactLabels = labels.map(compactText);
    // Every character in both cases: a page's "Марк" or "İşlem" starts with a capital the
    // walker's quick test (ASCII-only lower-casing) keeps as it is.
    const codes = new Set<number>();
    for (const l of [...compactLabels, ...labels])
      for (const ch of l) for (const form of [ch, ch.toLowerCase(), ch.toUpperCase()]) codes.add(form.charCodeAt(0));
    info = { compactLabels, codes, maxLen: Math.max(...labels.map((l) => l.length)) * 2 + 24 };
    labelInfos.set(labels, info);
  }
  return info;
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

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
export function valueBesideLabel(label: Element, maxUp = 3): Element | null {
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
  const inputs = safeQueryAll<HTMLInputElement>(root, 'input:not([type="checkbox"]):not([type="radio"]):not([type="range"]):not([type="hidden"])').filter(
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

/** The nearest element containing every one of `els` (null when they are not in one tree). */
export function commonAncestor(els: readonly Element[]): Element | null {
  if (els.length === 0) return null;
  let anc: Element | null = els[0]!;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}

/** A short description of an element for a `source` ("button “20x”"). */
export function describe(el: Element): string {
  const text = normText(el.textContent);
  const tag = el.tagName.toLowerCase();
  return text ? `${tag} “${text.length > 40 ? `${text.slice(0, 37)}…` : text}”` : tag;
}
