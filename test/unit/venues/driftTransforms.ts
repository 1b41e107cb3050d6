/**
 * Generic redesigns for the drifted-markup suite (`drift.test.ts`), written once and applied to
 * every venue's ticket in the test document: the ways a venue's markup changes on a redeploy
 * without any change to what the trader sees.
 */

/** A short stable hash, so a renamed class looks like a new build's hash. */
function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** A class name as written in a CSS selector (`!text-white` → `\!text-white`). */
const cssEscape = (name: string) => name.replace(/[^\w-]/g, (c) => `\\${c}`);

/**
 * A new build: every class of the page renamed consistently, in the markup and in its `<style>`
 * rules (so the page still looks the same), design-system prefixes included.
 */
export function renameClasses(doc: Document): void {
  const map = new Map<string, string>();
  const renamed = (c: string) => {
    let n = map.get(c);
    if (!n) {
      n = `r${hash(c)}${map.size.toString(36)}`;
      map.set(c, n);
    }
    return n;
  };
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    el.setAttribute('class', (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).map(renamed).join(' '));
  }
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    style.textContent = (style.textContent ?? '').replace(/\.((?:\\.|[\w-])+)/g, (m, raw: string) => {
      const name = raw.replace(/\\(.)/g, '$1');
      const to = map.get(name);
      return to ? `.${cssEscape(to)}` : m;
    });
  }
}

const KEEP_IN_PLACE = new Set(['OPTION', 'OPTGROUP', 'SCRIPT', 'STYLE', 'TEMPLATE']);

function wrapIn(el: Element): void {
  const w = el.ownerDocument.createElement('div');
  w.className = 'drift-wrap';
  el.replaceWith(w);
  w.append(el);
}

/** A new layout: each child of the ticket's rows (the ticket root's children) in an extra `div`. */
export function wrapRowChildren(ticket: Element): void {
  for (const row of Array.from(ticket.children)) {
    if (row.tagName === 'SELECT') continue;
    for (const child of Array.from(row.children)) if (!KEEP_IN_PLACE.has(child.tagName)) wrapIn(child);
  }
}

/** Every element of the ticket in an extra `div` (inside `<select>` and `<svg>` nothing moves). */
export function wrapEverything(ticket: Element): void {
  const all = Array.from(ticket.querySelectorAll('*')).filter((el) => !KEEP_IN_PLACE.has(el.tagName) && !el.closest('select') && !el.parentElement?.closest('svg'));
  for (const el of all) wrapIn(el);
}

/** Reverses the order of `parent`'s element children, leaving its text where it was. */
function reverseChildren(parent: Element): void {
  const els = Array.from(parent.children).filter((el) => !KEEP_IN_PLACE.has(el.tagName));
  if (els.length < 2) return;
  const doc = parent.ownerDocument;
  const marks = els.map((el) => {
    const mark = doc.createComment('drift');
    el.before(mark);
    return mark;
  });
  for (const [i, el] of els.reverse().entries()) marks[i]!.replaceWith(el);
}

/** A new layout: the ticket's blocks (its root's children) in the reverse order. */
export function reverseBlocks(ticket: Element): void {
  reverseChildren(ticket);
}

/** Every sibling list inside the ticket reversed (options of a `<select>` excepted: that would change the choice). */
export function reverseEverything(ticket: Element): void {
  for (const el of [ticket, ...Array.from(ticket.querySelectorAll('*'))]) if (el.tagName !== 'SELECT' && !el.closest('svg')) reverseChildren(el);
}

/**
 * The ticket rendered twice: a visible copy inserted right after it (React transitions, a
 * re-mount). `edit` may change the copy (to tell its figures from the original's).
 */
export function renderTwice(ticket: Element, edit?: (copy: Element) => void): Element {
  const copy = ticket.cloneNode(true) as Element;
  edit?.(copy);
  ticket.after(copy);
  return copy;
}
