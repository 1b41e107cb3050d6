/**
 * MEXC's account beside the ticket: the Positions tab of the panel below the chart (quantities in
 * contracts become coins with the contract size the risk model knows, `mexcContractSize`; an unknown
 * one, or USDT, leaves the row unreadable) and the header's funding rate (no interval: it differs by
 * contract). All Low: `./selectors.ts`.
 */
import { mexcContractSize } from '../../risk/venues/mexc';
import type { AccountReading, PositionsReading } from '../account';
import { readNumber } from '../kit/number';
import { pageHits } from '../kit/read/pageFigure';
import { readPositionRow, sizeUnit, type PositionRowRules } from '../kit/read/positionRow';
import { cellNumber, leadFigure, readPositionsTable } from '../kit/read/positions';
import { positionsFrom, positionsTabTable } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText, textIs } from '../kit/text';
import { NUMBER_STYLE } from './custom';
import * as S from './selectors';

type Contract = { symbol: string; base: string };

const RULES: PositionRowRules<Contract> = {
  instrument: (cell) => {
    const m = S.POSITION_SYMBOL.exec(normText(leadFigure(cell)?.textContent));
    return m ? { symbol: `${m[1]!}_${m[2]!}`, base: m[1]! } : null;
  },
  coins: (cell, { symbol, base }) => {
    const n = cellNumber(cell, 'quantity', NUMBER_STYLE);
    if (typeof n === 'string') return n;
    const unit = sizeUnit(cell);
    if (unit === base) return n;
    if (textIs(unit, S.CONTRACT_UNITS)) {
      const size = mexcContractSize(symbol);
      return Number.isFinite(size) && size > 0 ? n * size : `${symbol}: the contract size is not known, “${normText(cell?.textContent)}” stays in contracts`;
    }
    return `${symbol}: quantity “${normText(cell?.textContent)}” is neither contracts nor ${base}`;
  },
  sideWords: S.POSITION_SIDE,
  marginModeWords: S.MARGIN_MODE_LABELS,
  style: NUMBER_STYLE,
};

function readPositions(doc: Document): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  if (findByText(shown.table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “No data”' };
  const read = readPositionsTable(shown.table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readPositionRow(c, RULES));
  return positionsFrom(read, 'Positions tab (Futures, Quantity in contracts × contract size, Avg. Entry Price, Fair Price)');
}

export function readAccount(doc: Document, ticket: Element | null): AccountReading {
  const out: AccountReading = { positions: readPositions(doc) };
  // "0.0100% 03:21:10": the rate, then the countdown.
  const hits = pageHits(doc, ticket, S.FUNDING_LABELS);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], NUMBER_STYLE) : null;
  if (rate?.ok) out.fundingRate = rate.value / 100;
  return out;
}
