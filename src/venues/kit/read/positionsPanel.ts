/**
 * Whether a positions panel shows its positions: the tab chosen, the panel unfolded. A panel that
 * shows something else is "unknown" with its reason, never an empty list.
 */
import type { PositionsReading, PositionsUnknownKind } from '../../account';
import { textIs } from '../text';
import { allVisible } from '../visibility';
import type { PositionsTableReading } from './positions';

/** A tab the page marks as chosen: `aria-selected`, Radix/Ant `data-state="active"`, or `aria-current`. */
export function tabIsSelected(tab: Element): boolean {
  return tab.getAttribute('aria-selected') === 'true' || tab.getAttribute('data-state') === 'active' || ['page', 'true'].includes(tab.getAttribute('aria-current') ?? '');
}

/** The visible tab among `selector` whose text is one of `labels` (its own text, counts and badges aside: the start). */
export function tabByText(root: ParentNode, selector: string, labels: readonly string[]): Element | null {
  const tabs = allVisible(root, selector).filter((t) => textIs(t.firstChild?.textContent ?? t.textContent, labels) || textIs(t.textContent, labels));
  return tabs.length === 1 ? tabs[0]! : null;
}

export const positionsUnknown = (why: PositionsUnknownKind, detail: string): PositionsReading => ({ kind: 'unknown', why, detail });

/** A table reading as the contract's positions: its rows, or unknown (`unreadableRow`) with the row that failed. */
export function positionsFrom(reading: PositionsTableReading, source: string): PositionsReading {
  return reading.ok ? { kind: 'read', rows: reading.rows, source } : positionsUnknown('unreadableRow', reading.detail);
}
