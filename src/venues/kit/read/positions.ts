/**
 * Open positions as a venue's panel shows them: a table found by its header texts (in any of the
 * venue's languages) and read by column order, or cards read by their labels. The venue says what
 * each column is called and turns one row's cells into a `PositionRow`; a row it cannot read makes
 * the whole list unreadable (a list missing one position is worse than no list).
 */
import { positionRowSchema, type PositionRow } from '../../account';
import { labelledValues } from '../labels';
import { readNumber, type ReadNumberOptions } from '../number';
import { normText, textIs } from '../text';
import { isVisible, safeQueryAll } from '../visibility';

/** What a position row says, each named by the venue's header or label texts. */
export type PositionColumn = 'symbol' | 'side' | 'size' | 'value' | 'entryPrice' | 'markPrice' | 'marginMode' | 'margin' | 'liquidationPrice';

/** Header (or card label) texts per column; every language in one list (`anyLanguage`). */
export type PositionLabels = Partial<Record<PositionColumn, readonly string[]>>;

/** One row's cells by column (absent: the panel has no such column), and the row itself. */
export interface PositionCells {
  row: Element;
  cells: Partial<Record<PositionColumn, Element>>;
}

/** A row read, or why not (said to the trader as the positions' detail). */
export type RowReading = PositionRow | string;

export type PositionsTableReading = { ok: true; rows: PositionRow[] } | { ok: false; detail: string };

const HEADER_CELLS = 'th, [role="columnheader"]';
const ROW_CELLS = ':scope > td, :scope > th, :scope > [role="gridcell"], :scope > [role="cell"], :scope > [role="rowheader"]';

/** The table's columns, in order, as its header row names them. */
function headerTexts(table: Element): string[] {
  const first = safeQueryAll(table, HEADER_CELLS)[0];
  const row = first?.closest('tr, [role="row"]');
  if (!row) return [];
  return safeQueryAll(row, HEADER_CELLS).filter((h) => h.closest('tr, [role="row"]') === row).map((h) => normText(h.textContent));
}

/** Which column index each concept sits at, by header text; a concept named by two headers is not trusted. */
function columnIndex(headers: readonly string[], labels: PositionLabels): Partial<Record<PositionColumn, number>> {
  const out: Partial<Record<PositionColumn, number>> = {};
  for (const [column, words] of Object.entries(labels) as [PositionColumn, readonly string[]][]) {
    const at = headers.flatMap((h, i) => (textIs(h, words) ? [i] : []));
    if (at.length === 1) out[column] = at[0]!;
  }
  return out;
}

/** The table's body rows: every row under it that is not the header row and not a footer (pagination). */
function bodyRows(table: Element): Element[] {
  return safeQueryAll(table, 'tr, [role="row"]').filter((r) => !r.querySelector(HEADER_CELLS) && !r.closest('thead, tfoot') && isVisible(r));
}

/** The row's cells by column, from the header's column order. */
function cellsOf(row: Element, index: Partial<Record<PositionColumn, number>>): PositionCells {
  const all = safeQueryAll(row, ROW_CELLS);
  const cells: Partial<Record<PositionColumn, Element>> = {};
  for (const [column, i] of Object.entries(index) as [PositionColumn, number][]) {
    const cell = all[i];
    if (cell) cells[column] = cell;
  }
  return { row, cells };
}

/** Each row through the venue's reader, then the contract's schema: one unreadable row spoils the list. */
function readRows(rows: PositionCells[], readRow: (c: PositionCells) => RowReading): PositionsTableReading {
  const out: PositionRow[] = [];
  for (const [n, cells] of rows.entries()) {
    const row = readRow(cells);
    if (typeof row === 'string') return { ok: false, detail: `row ${n + 1}: ${row}` };
    const checked = positionRowSchema.safeParse(row);
    if (!checked.success) return { ok: false, detail: `row ${n + 1} (${row.symbol}): ${checked.error.issues[0]?.path.join('.')} ${checked.error.issues[0]?.message}` };
    out.push(row);
  }
  return { ok: true, rows: out };
}

/**
 * A positions table read by its headers: `required` columns must each be named by exactly one
 * header (else the table is not understood), and every body row is read by `readRow`.
 */
export function readPositionsTable(
  table: Element,
  labels: PositionLabels,
  required: readonly PositionColumn[],
  readRow: (c: PositionCells) => RowReading,
): PositionsTableReading {
  const index = columnIndex(headerTexts(table), labels);
  const lost = required.filter((c) => index[c] === undefined);
  if (lost.length > 0) return { ok: false, detail: `no single column for ${lost.join(', ')} in the table's header` };
  return readRows(bodyRows(table).map((r) => cellsOf(r, index)), readRow);
}

/** Positions shown as cards (one per position): each card's values found beside their labels. */
export function readPositionCards(cards: readonly Element[], labels: PositionLabels, readRow: (c: PositionCells) => RowReading): PositionsTableReading {
  return readRows(
    cards.map((card) => {
      const cells: Partial<Record<PositionColumn, Element>> = {};
      for (const [column, words] of Object.entries(labels) as [PositionColumn, readonly string[]][]) {
        const hits = labelledValues(card, words);
        if (hits.length === 1) cells[column] = hits[0]!.value;
      }
      return { row: card, cells };
    }),
    readRow,
  );
}

// --- reading one cell -------------------------------------------------------------------------

/** A number in a cell (`$64,250.5`, `-0.5`, `1.2 BTC`), or why not. */
export function cellNumber(cell: Element | undefined, name: string, style: ReadNumberOptions): number | string {
  if (!cell) return `no ${name}`;
  const r = readNumber(normText(cell.textContent), style);
  return r.ok ? r.value : `${name} “${normText(cell.textContent)}”: ${r.reason}`;
}

/** A number in a cell that may say "—" (no liquidation price, no margin): undefined then. */
export function optionalCellNumber(cell: Element | undefined, style: ReadNumberOptions): number | undefined {
  if (!cell) return undefined;
  const r = readNumber(normText(cell.textContent), style);
  return r.ok ? r.value : undefined;
}

/** A word in a cell that is one of `words[value]` (a "Cross" tag, a "Long" label), or undefined. */
export function cellWord<T extends string>(cell: Element | undefined, words: Record<T, readonly string[]>): T | undefined {
  if (!cell) return undefined;
  const hits = (Object.keys(words) as T[]).filter((k) => safeQueryAll(cell, '*').concat(cell).some((el) => textIs(el.textContent, words[k])));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The element holding a cell's first text: its main figure, where details (orders, a token amount) follow below it. */
export function leadFigure(cell: Element | undefined): Element | undefined {
  if (!cell) return undefined;
  const walker = cell.ownerDocument.createTreeWalker(cell, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (normText(n.nodeValue) !== '' && n.parentElement) return n.parentElement;
  return undefined;
}
