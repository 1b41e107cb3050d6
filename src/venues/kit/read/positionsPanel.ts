/**
 * Whether a positions panel shows its positions: the tab chosen, the panel unfolded. A panel that
 * shows something else is "unknown" with its reason, never an empty list.
 */
import type { PositionsReading, PositionsUnknownKind } from '../../account';
import { findByText } from '../search';
import { normText, textIs } from '../text';
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

/**
 * The positions table under a tab marked by ARIA (`role="tab"` + `aria-selected`), the tab told by its
 * text ("Positions (3)"): the table, or why the positions are not shown. The panel is the nearest box
 * around the tab list that holds a table (at most three levels up); the table is the one whose headers
 * name the symbol column.
 */
export function positionsTabTable(doc: Document, tabSelector: string, tabText: RegExp, symbolHeaders: readonly string[]): { table: Element } | PositionsReading {
  const tabs = allVisible(doc, tabSelector).filter((t) => tabText.test(normText(t.textContent)));
  if (tabs.length !== 1) return positionsUnknown('notShown', 'no single Positions tab on the page');
  const tab = tabs[0]!;
  if (!tabIsSelected(tab)) return positionsUnknown('otherTab', 'the panel shows another tab than Positions');
  let panel = tab.closest('[role="tablist"]')?.parentElement ?? tab.parentElement;
  for (let level = 0; panel && level < 2 && !panel.querySelector('table, [role="table"]'); level++) panel = panel.parentElement;
  const table = panel ? allVisible(panel, 'table, [role="table"]').find((t) => findByText(t, symbolHeaders, 'th, [role="columnheader"]').length > 0) : undefined;
  return table ? { table } : positionsUnknown('notShown', 'the Positions tab shows no positions table');
}
