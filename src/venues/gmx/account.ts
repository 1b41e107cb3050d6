/**
 * GMX's account beside the trade box: the positions list below the chart. GMX sizes positions in USD,
 * so a row's size is turned into tokens with its entry price (GMX's entry price is size in USD over
 * size in tokens, so this gives the position's tokens back, to the shown digits); every position is
 * isolated per market, side and collateral. No equity (a wallet, not an account) and no single funding
 * rate (the header shows a net rate per side) are read. Selectors and words: `./selectors.ts`.
 */
import type { AccountReading, PositionsReading } from '../account';
import { cellNumber, leadFigure, optionalCellNumber, readPositionCards, readPositionsTable, type PositionCells, type RowReading } from '../kit/read/positions';
import { positionsFrom, positionsUnknown } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText, textIs } from '../kit/text';
import { allVisible, firstVisible } from '../kit/visibility';
import { NUMBER_STYLE } from './custom';
import * as S from './selectors';

function sideOf(row: Element, cell: Element | undefined): 'long' | 'short' | null {
  const hook = S.POSITION_ROW_SIDE.exec(row.getAttribute('data-qa') ?? '')?.[1];
  if (hook) return hook === 'Long' ? 'long' : 'short';
  const words = cell ? Array.from(cell.querySelectorAll('span')).map((s) => s.textContent) : [];
  const long = words.some((w) => textIs(w, S.DIRECTION_LABELS.long));
  const short = words.some((w) => textIs(w, S.DIRECTION_LABELS.short));
  return long === short ? null : long ? 'long' : 'short';
}

/** The size in tokens: shown in USD ("$10,000.00", over the entry price) or, after a click, in the index token ("3.2 ETH"). */
function tokens(cell: Element | undefined, base: string, entryPrice: number): number | string {
  const shown = normText(cell?.textContent);
  const n = cellNumber(cell, 'size', NUMBER_STYLE);
  if (typeof n === 'string') return n;
  if (/^[-+−]?\s*\$/.test(shown)) return n / entryPrice;
  if (new RegExp(`\\s${base}$`).test(shown)) return n;
  return `size “${shown}” is neither USD nor ${base}`;
}

function readRow({ row, cells }: PositionCells): RowReading {
  const market = S.MARKET_NAME.exec(normText(leadFigure(cells.symbol)?.textContent));
  if (!market) return `no market like “ETH/USD” in “${normText(cells.symbol?.textContent)}”`;
  const symbol = `${market[1]!}/USD`;
  const side = sideOf(row, cells.symbol);
  if (!side) return `${symbol}: no Long or Short`;
  const entryPrice = cellNumber(leadFigure(cells.entryPrice), 'entry price', NUMBER_STYLE);
  if (typeof entryPrice === 'string') return entryPrice;
  const markPrice = cellNumber(leadFigure(cells.markPrice), 'mark price', NUMBER_STYLE);
  if (typeof markPrice === 'string') return markPrice;
  const size = tokens(leadFigure(cells.size), market[1]!, entryPrice);
  if (typeof size === 'string') return size;
  const margin = optionalCellNumber(leadFigure(cells.margin), NUMBER_STYLE);
  const liquidationPrice = optionalCellNumber(leadFigure(cells.liquidationPrice), NUMBER_STYLE);
  return {
    symbol,
    side,
    size,
    entryPrice,
    markPrice,
    marginMode: 'isolated',
    ...(margin !== undefined && { margin }),
    ...(liquidationPrice !== undefined && liquidationPrice > 0 && { liquidationPrice }),
  };
}

function readPositions(doc: Document): PositionsReading {
  const panel = firstVisible(doc, [S.POSITIONS_PANEL])?.el;
  if (!panel) return positionsUnknown('notShown', 'no positions list below the chart (a small screen shows it elsewhere)');
  // Only the chosen tab's list is rendered: the positions table (by its headers) or its empty state.
  // Small screens: one card per position, its market and side in the card's first section.
  const cards = allVisible(panel, S.POSITION_CARD);
  if (cards.length > 0) {
    const read = readPositionCards(cards, S.POSITION_CARD_LABELS, ({ row, cells }) => readRow({ row, cells: { ...cells, symbol: row.firstElementChild ?? undefined } }));
    return positionsFrom(read, 'position cards (Size in USD ÷ Entry price, Mark price)');
  }
  // The positions table by its headers (the Orders table also has a SIZE, never an ENTRY PRICE).
  const table = allVisible(panel, 'table').find((t) => findByText(t, S.POSITION_COLUMNS.entryPrice, 'th').length > 0 && findByText(t, S.POSITION_COLUMNS.size, 'th').length > 0);
  const empty = findByText(panel, S.POSITIONS_EMPTY_LABELS).length > 0;
  if (!table?.querySelector(S.POSITION_ROW)) {
    // The list's empty state sits below an empty table; an empty table without it is still loading.
    if (empty) return { kind: 'read', rows: [], source: 'positions list: “No open positions”' };
    if (table) return positionsUnknown('notShown', 'the positions table shows no rows and no “No open positions” (still loading?)');
    const tab = firstVisible(panel, [S.POSITIONS_TAB]);
    return positionsUnknown(tab ? 'otherTab' : 'notShown', tab ? 'the list below the chart shows another tab than Positions' : 'no Positions tab below the chart');
  }
  const read = readPositionsTable(table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], readRow);
  return positionsFrom(read, 'positions list (POSITION, SIZE in USD ÷ ENTRY PRICE, MARK PRICE)');
}

export function readAccount(doc: Document): AccountReading {
  return { positions: readPositions(doc) };
}
