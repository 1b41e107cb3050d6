/**
 * Binance USDⓈ-M's account beside the ticket: the Positions tab of the account panel below the chart,
 * the "Margin Balance" and the header's funding rate (its interval differs by symbol — 8, 4 or 1 h —
 * and the page shows only the countdown, so no interval is given). Selectors and words, all Low:
 * `./selectors.ts`.
 */
import type { AccountReading, PositionsReading } from '../account';
import { checkboxByLabel } from '../kit/controls';
import { readNumber, type ReadNumberOptions } from '../kit/number';
import { pageFigure, pageHits } from '../kit/read/pageFigure';
import { cellNumber, cellWord, leadFigure, optionalCellNumber, readPositionsTable, type PositionCells, type RowReading } from '../kit/read/positions';
import { positionsFrom, positionsTabTable, positionsUnknown } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText } from '../kit/text';
import * as S from './selectors';

function readRow({ cells }: PositionCells, style: ReadNumberOptions): RowReading {
  const symbol = S.POSITION_SYMBOL.exec(normText(leadFigure(cells.symbol)?.textContent))?.[1];
  if (!symbol) return `no symbol like “BTCUSDT” in “${normText(cells.symbol?.textContent)}”`;
  // The size in the base asset ("-4.000 ETH"); in USDT (a display setting) it is a notional, not read.
  const sizeText = normText(cells.size?.textContent);
  const unit = /\s([A-Z0-9]{2,15})$/.exec(sizeText)?.[1];
  if (unit && !(symbol.startsWith(unit) && S.QUOTE_ASSETS.some((q) => symbol === `${unit}${q}`))) return `${symbol}: size “${sizeText}” is not in ${symbol}’s base asset`;
  const signed = cellNumber(cells.size, 'size', style);
  if (typeof signed === 'string') return signed;
  const entryPrice = cellNumber(cells.entryPrice, 'entry price', style);
  if (typeof entryPrice === 'string') return entryPrice;
  const markPrice = cellNumber(cells.markPrice, 'mark price', style);
  if (typeof markPrice === 'string') return markPrice;
  const marginMode = cellWord(cells.symbol, S.MARGIN_MODE_LABELS) ?? modeInText(cells.symbol);
  const margin = optionalCellNumber(leadFigure(cells.margin), style);
  const liquidationPrice = optionalCellNumber(cells.liquidationPrice, style);
  return {
    symbol,
    side: signed < 0 ? 'short' : 'long',
    size: Math.abs(signed),
    entryPrice,
    markPrice,
    ...(marginMode && { marginMode }),
    ...(margin !== undefined && { margin }),
    ...(liquidationPrice !== undefined && liquidationPrice > 0 && { liquidationPrice }),
  };
}

/** "Cross 20x" in one text: the mode word before the leverage. */
function modeInText(cell: Element | undefined): 'cross' | 'isolated' | undefined {
  for (const el of cell ? Array.from(cell.querySelectorAll('*')) : []) {
    const word = normText(el.textContent).replace(/\s+\d+(?:\.\d+)?x$/i, '');
    if (S.MARGIN_MODE_LABELS.cross.includes(word)) return 'cross';
    if (S.MARGIN_MODE_LABELS.isolated.includes(word)) return 'isolated';
  }
  return undefined;
}

function readPositions(doc: Document, style: ReadNumberOptions): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  const { table } = shown;
  const hide = checkboxByLabel(table.parentElement ?? table, S.HIDE_OTHER_SYMBOLS);
  if (hide?.checked) return positionsUnknown('otherTab', '“Hide Other Symbols” is on: the table lists this symbol only');
  if (findByText(table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “You have no position.”' };
  return positionsFrom(
    readPositionsTable(table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readRow(c, style)),
    'Positions tab (Symbol, Size, Entry Price, Mark Price)',
  );
}

export function readAccount(doc: Document, ticket: Element | null, style: ReadNumberOptions): AccountReading {
  const out: AccountReading = { positions: readPositions(doc, style) };
  const equity = pageFigure(doc, ticket, S.EQUITY_LABELS, 'Margin Balance', style, S.NOT_HEADER);
  if (equity.ok) out.equity = equity.value;
  // "0.0100% 03:21:10": the rate, then the countdown.
  const hits = pageHits(doc, ticket, S.FUNDING_LABELS, S.NOT_HEADER);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], style) : null;
  if (rate?.ok) out.fundingRate = rate.value / 100;
  return out;
}
