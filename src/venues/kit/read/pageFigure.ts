/** Figures shown beside a label outside the ticket: the header's mark price, 24 h high and low, an account panel. */
import { labelledValues, type LabelledValue } from '../labels';
import { readNumber, readNumberAt, type ReadNumberOptions } from '../number';
import type { Skip } from '../search';
import { missing, type Field } from '../../reading';

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

/** One number shown in the page header (outside the ticket and `skip`) beside one of `labels`; null when the header does not show it. */
export function headerFigure(doc: Document, ticket: Element, labels: readonly string[], skip: string, tooMany: string, style: ReadNumberOptions): Field<number> | null {
  const hits = pageHits(doc, ticket, labels, skip);
  if (hits.length === 0) return null;
  const read = hits.map((h) => readNumberAt(h.text, `header “${h.labelText}”`, style));
  const ok = read.filter((r): r is Extract<Field<number>, { ok: true }> => r.ok);
  const distinct = new Set(ok.map((r) => r.value));
  if (distinct.size === 1) return ok[0]!;
  if (distinct.size > 1) return missing(tooMany, 'lost');
  return read[0]!;
}

/** A header figure reader: `header(labels, tooMany)` for one venue's skip list and number style. */
export const headerReader =
  (skip: string, style: ReadNumberOptions) =>
  (labels: readonly string[], tooMany: string) =>
  ({ doc, ticket }: { doc: Document; ticket: Element }): Field<number> | null =>
    headerFigure(doc, ticket, labels, skip, tooMany, style);
