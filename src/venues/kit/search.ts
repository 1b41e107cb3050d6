/** Finding elements by the words they show, without walking the whole page's elements. */
import { compactText, labelInfo, textIs, textStartsWith } from './text';
import { isVisible } from './visibility';

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


/** The nearest element containing every one of `els` (null when they are not in one tree). */
export function commonAncestor(els: readonly Element[]): Element | null {
  if (els.length === 0) return null;
  let anc: Element | null = els[0]!;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}
