/**
 * BitMEX's account beside the ticket: the Positions tab of the panel below the chart and the header's
 * funding rate (no interval: the header shows the countdown). Linear contracts are read in their
 * underlying, or in contracts × the size the risk model knows (XBTUSDT 0.000001 XBT); inverse and
 * quanto contracts are sized in USD and stay unreadable. All Low: `./selectors.ts`.
 */
import { bitmex } from '../../risk/venues/bitmex';
import type { AccountReading, PositionsReading } from '../account';
import { readNumber, type ReadNumberOptions } from '../kit/number';
import { pageHits } from '../kit/read/pageFigure';
import { readPositionRow, sizeUnit, type PositionRowRules } from '../kit/read/positionRow';
import { cellNumber, leadFigure, readPositionsTable } from '../kit/read/positions';
import { positionsFrom, positionsTabTable } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText, textStartsWith } from '../kit/text';
import * as S from './selectors';

type Contract = { symbol: string; base: string };
const CONTRACTS = ['Cont', 'Contracts'] as const;

const rules = (style: ReadNumberOptions): PositionRowRules<Contract> => ({
  instrument: (cell) => {
    const symbol = normText(leadFigure(cell)?.textContent);
    const linear = S.LINEAR_SYMBOL.exec(symbol);
    return linear ? { symbol, base: linear[1]! } : null;
  },
  coins: (cell, { symbol, base }) => {
    const n = cellNumber(cell, 'size', style);
    if (typeof n === 'string') return n;
    const unit = sizeUnit(cell);
    if (unit === base) return n;
    if (unit === '' || textStartsWith(unit, CONTRACTS)) {
      const size = bitmex.contractSize(symbol);
      return Number.isFinite(size) && size > 0 ? n * size : `${symbol}: the contract size is not known, “${normText(cell?.textContent)}” stays in contracts`;
    }
    return `${symbol}: size “${normText(cell?.textContent)}” is neither contracts nor ${base}`;
  },
  marginModeWords: S.MARGIN_MODE_LABELS,
  style,
});

function readPositions(doc: Document, style: ReadNumberOptions): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  if (findByText(shown.table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “No open positions.”' };
  const read = readPositionsTable(shown.table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readPositionRow(c, rules(style)));
  return positionsFrom(read, 'Positions tab (Symbol, Size, Entry Price, Mark Price)');
}

export function readAccount(doc: Document, ticket: Element | null, style: ReadNumberOptions): AccountReading {
  const out: AccountReading = { positions: readPositions(doc, style) };
  // "0.0100% in 3h": the rate, then the countdown.
  const hits = pageHits(doc, ticket, S.FUNDING_LABELS, S.NOT_HEADER);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], style) : null;
  if (rate?.ok) out.fundingRate = rate.value / 100;
  return out;
}
