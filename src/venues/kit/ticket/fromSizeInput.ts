/** Finding the ticket by climbing from its size input to the box that also holds its tabs and side buttons. */

export interface SizeInputShape {
  /** The visible size inputs under a root (by hook, else by label). */
  sizeInputs(root: ParentNode): HTMLInputElement[];
  /** True when `el` holds a side button. */
  holdsSide(el: Element): boolean;
  /** True when `el` holds the order-type or Open/Close tabs. */
  holdsTabs(el: Element): boolean;
  /** True when `el` holds the order book, the chart… (the climb stops there). */
  holdsNonTicket(el: Element): boolean;
}

/**
 * From a size input, climb to the ticket's root: the first ancestor holding the tabs, widened (at
 * most 4 levels) to take in the side buttons when they sit beside it; without tabs, the first
 * ancestor holding a side button. Never climbs into the order book or an ancestor holding a
 * second size input.
 */
function rootFor(input: Element, shape: SizeInputShape): Element | null {
  const body = input.ownerDocument.body;
  let core: Element | null = null;
  let tabbed: Element | null = null;
  let widened = 0;
  for (let el = input.parentElement, level = 0; el && el !== body && level < 16; el = el.parentElement, level++) {
    if (shape.holdsNonTicket(el) || shape.sizeInputs(el).length > 1) break;
    const hasSide = shape.holdsSide(el);
    if (!core && hasSide) core = el;
    if (!tabbed && shape.holdsTabs(el)) tabbed = el;
    if (tabbed) {
      if (hasSide) return el;
      if (++widened > 4) break;
    }
  }
  return tabbed ?? core;
}

/** Every ticket root reached from a visible size input. */
export function ticketsFromSizeInputs(doc: Document, shape: SizeInputShape): Element[] {
  const roots = new Set<Element>();
  for (const input of shape.sizeInputs(doc)) {
    const root = rootFor(input, shape);
    if (root) roots.add(root);
  }
  return [...roots];
}
