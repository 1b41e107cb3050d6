/**
 * Whether a trader can see an element, and the lookups remembered between readings. The cache is
 * one explicit object (`lookups`): `defineVenue` opens it around every adapter entry point, and the
 * content script keeps it across readings with `rememberLookups`.
 */
import type { LabelledValue } from './labels';
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
  const cached = lookups.visibility?.get(el);
  if (cached !== undefined) return cached;
  const visible = computeVisible(el);
  lookups.visibility?.set(el, visible);
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


/**
 * What a reading may remember. `visibility` is open only while a synchronous reading runs (the
 * page cannot change meanwhile); `kept` survives between readings while the content script says
 * nothing moved.
 */
class Lookups {
  visibility: Map<Element, boolean> | null = null;
  kept: { visibility: Map<Element, boolean>; pageLabels: Map<string, LabelledValue[]> } | null = null;

  /** Runs `fn` with visibility answers remembered; nested calls share the outer one's. */
  during<T>(fn: () => T): T {
    if (this.visibility) return fn();
    this.visibility = this.kept?.visibility ?? new Map();
    try {
      return fn();
    } finally {
      this.visibility = null;
    }
  }

  /** Keeps visibility answers and page-wide label searches between readings (or stops keeping them). */
  remember(on: boolean): void {
    this.kept = on ? { visibility: new Map(), pageLabels: new Map() } : null;
  }

  /** Forgets what was kept: the page may have moved things (a structural mutation, a click, a new ticket). */
  forget(): void {
    if (this.kept) this.remember(true);
  }
}

/** The lookups of this page (a content script serves one page). */
export const lookups = new Lookups();

/** Runs `fn` with visibility results remembered (see `Lookups.during`). */
export const withVisibilityCache = <T>(fn: () => T): T => lookups.during(fn);

// --- Lookups remembered between readings ---------------------------------------------------------
// A keystroke or a mark tick changes values, not where things are. The content script keeps
// visibility answers and page-wide label searches between readings, and forgets them whenever the
// page may have moved things: a structural mutation in the ticket, a click, a new ticket, and at
// least every search tick (`guardTicket`). Off by default, so one-off readings and tests see the
// page as it is now.

export const rememberLookups = (on: boolean): void => lookups.remember(on);
export const forgetLookups = (): void => lookups.forget();

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

export function safeQueryAll<E extends Element>(root: ParentNode, selector: string): E[] {
  try {
    return Array.from(root.querySelectorAll<E>(selector));
  } catch {
    return [];
  }
}

