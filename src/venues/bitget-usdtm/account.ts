/**
 * Bitget USDT-M's account beside the ticket: the Positions tab of the panel below the chart (sizes in
 * coins; a size in USDT is a notional, not read) and the header's funding rate (no interval: it
 * differs by symbol). All Low: `./selectors.ts`.
 */
import type { AccountReading, PositionsReading } from '../account';
import { readNumber, type ReadNumberOptions } from '../kit/number';
import { pageHits } from '../kit/read/pageFigure';
import { readPositionRow, sizeUnit, type PositionRowRules } from '../kit/read/positionRow';
import { cellNumber, leadFigure, readPositionsTable } from '../kit/read/positions';
import { positionsFrom, positionsTabTable } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText } from '../kit/text';
import * as S from './selectors';

type Contract = { symbol: string; base: string };

const rules = (style: ReadNumberOptions): PositionRowRules<Contract> => ({
  instrument: (cell) => {
    const m = S.POSITION_SYMBOL.exec(normText(leadFigure(cell)?.textContent));
    return m ? { symbol: m[0], base: m[1]! } : null;
  },
  coins: (cell, { symbol, base }) => {
    const unit = sizeUnit(cell);
    if (unit !== '' && unit !== base) return `${symbol}: size “${normText(cell?.textContent)}” is not in ${base}`;
    return cellNumber(cell, 'size', style);
  },
  sideWords: S.POSITION_SIDE,
  marginModeWords: S.MARGIN_MODE_LABELS,
  style,
});

function readPositions(doc: Document, style: ReadNumberOptions): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  if (findByText(shown.table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “No data”' };
  const read = readPositionsTable(shown.table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readPositionRow(c, rules(style)));
  return positionsFrom(read, 'Positions tab (Futures, Open interest, Avg. price, Mark price)');
}

export function readAccount(doc: Document, ticket: Element | null, style: ReadNumberOptions): AccountReading {
  const out: AccountReading = { positions: readPositions(doc, style) };
  // "0.0100% / 03:21:10": the rate, then the countdown.
  const hits = pageHits(doc, ticket, S.FUNDING_LABELS, S.NOT_HEADER);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], style) : null;
  if (rate?.ok) out.fundingRate = rate.value / 100;
  return out;
}
