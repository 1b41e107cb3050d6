/**
 * Hyperliquid's account beside the ticket: the Positions tab of the panel below the chart (a tab
 * chosen by look only), the perps equity of the "Account Equity" box and the header's hourly funding.
 * Words only, no CSS selector (the app's classes are build hashes): see `./selectors.ts`, all Low.
 */
import type { AccountReading, PositionsReading } from '../account';
import { selectedByLook } from '../kit/controls';
import { labelledValues } from '../kit/labels';
import { readNumber, type ReadNumberOptions } from '../kit/number';
import { pageHits } from '../kit/read/pageFigure';
import { cellNumber, leadFigure, optionalCellNumber, readPositionsTable, type PositionCells, type RowReading } from '../kit/read/positions';
import { positionsFrom, positionsUnknown } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText } from '../kit/text';
import { allVisible } from '../kit/visibility';
import type { MarginMode, Side } from '../reading';
import * as S from './selectors';

/** The innermost visible element reading "Positions" (or "Positions (3)"). */
function positionsTab(doc: Document): Element | null {
  const hits = allVisible(doc, 'div, button, span, a').filter((el) => S.POSITIONS_TAB.test(normText(el.textContent)) && !Array.from(el.children).some((c) => S.POSITIONS_TAB.test(normText(c.textContent))));
  return hits.length === 1 ? hits[0]! : null;
}

/** The side a row's colour says (Hyperliquid colours the coin and size, and writes no Long/Short). */
function colourSide(cell: Element | undefined): Side | null {
  const el = leadFigure(cell);
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return null;
  const colour = view.getComputedStyle(el).color.replace(/\s+/g, '');
  const is = (list: readonly string[]) => list.some((c) => c.replace(/\s+/g, '') === colour);
  return is(S.SIDE_COLOURS.long) ? 'long' : is(S.SIDE_COLOURS.short) ? 'short' : null;
}

/** "$1,606.28 (Cross)": the margin and the mode it is held in. */
function marginOf(cell: Element | undefined, style: ReadNumberOptions): { margin?: number; marginMode?: MarginMode } {
  const m = /^(.*?)\s*\((Cross|Isolated)\)$/i.exec(normText(cell?.textContent));
  if (!m) {
    const plain = optionalCellNumber(cell, style);
    return plain === undefined ? {} : { margin: plain };
  }
  const n = readNumber(m[1]!, style);
  return { ...(n.ok && { margin: n.value }), marginMode: m[2]!.toLowerCase() as MarginMode };
}

function readRow({ cells }: PositionCells, style: ReadNumberOptions): RowReading {
  const coin = normText(leadFigure(cells.symbol)?.textContent);
  if (!/^[A-Za-z0-9:]{1,20}$/.test(coin)) return `no coin in “${normText(cells.symbol?.textContent)}”`;
  const signed = cellNumber(cells.size, 'size', style);
  if (typeof signed === 'string') return signed;
  const byColour = colourSide(cells.symbol) ?? colourSide(cells.size);
  const bySign: Side | null = signed < 0 ? 'short' : null;
  if (byColour && bySign && byColour !== bySign) return `${coin}: coloured ${byColour} but its size is ${signed}`;
  const side = byColour ?? bySign;
  if (!side) return `${coin}: neither its colour nor its size says long or short`;
  const entryPrice = cellNumber(cells.entryPrice, 'entry price', style);
  if (typeof entryPrice === 'string') return entryPrice;
  const markPrice = cellNumber(cells.markPrice, 'mark price', style);
  if (typeof markPrice === 'string') return markPrice;
  const liquidationPrice = optionalCellNumber(cells.liquidationPrice, style);
  return {
    symbol: coin,
    side,
    size: Math.abs(signed),
    entryPrice,
    markPrice,
    ...marginOf(cells.margin, style),
    ...(liquidationPrice !== undefined && liquidationPrice > 0 && { liquidationPrice }),
  };
}

function readPositions(doc: Document, style: ReadNumberOptions): PositionsReading {
  const tab = positionsTab(doc);
  const tabs = tab?.parentElement ? Array.from(tab.parentElement.children) : [];
  if (!tab) return positionsUnknown('notShown', 'no Positions tab on the page');
  const chosen = selectedByLook(tabs);
  if (!chosen) return positionsUnknown('notShown', 'the panel’s tabs do not show which one is chosen');
  if (tabs[chosen.index] !== tab) return positionsUnknown('otherTab', `the panel shows “${normText(tabs[chosen.index]!.textContent)}”, not Positions`);
  const section = tab.parentElement!.parentElement!;
  const table = allVisible(section, 'table').find((t) => findByText(t, S.POSITION_COLUMNS.symbol, 'th').length > 0);
  if (!table) return positionsUnknown('notShown', 'the Positions tab shows no table');
  if (findByText(table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “No open positions yet”' };
  return positionsFrom(
    readPositionsTable(table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readRow(c, style)),
    'Positions tab (Coin, Size, Entry Price, Mark Price; side by colour)',
  );
}

/** The perps equity: "Perps" inside the box headed "Account Equity". */
function perpsEquity(doc: Document, style: ReadNumberOptions): number | undefined {
  const box = findByText(doc, S.EQUITY_HEADING)[0]?.parentElement;
  const hits = box ? labelledValues(box, S.PERPS_EQUITY) : [];
  const n = hits.length === 1 ? readNumber(hits[0]!.text, style) : null;
  return n?.ok ? n.value : undefined;
}

export function readAccount(doc: Document, ticket: Element | null, style: ReadNumberOptions): AccountReading {
  const out: AccountReading = { positions: readPositions(doc, style) };
  const equity = perpsEquity(doc, style);
  if (equity !== undefined) out.equity = equity;
  // "0.0013% 00:42:17": the rate, then the countdown; one such figure on the page, or none is read.
  const hits = pageHits(doc, ticket, S.FUNDING, S.NOT_HEADER);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], style) : null;
  if (rate?.ok) {
    out.fundingRate = rate.value / 100;
    out.fundingIntervalHours = S.FUNDING_INTERVAL_HOURS;
  }
  return out;
}
