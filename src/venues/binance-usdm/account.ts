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
import { readPositionRow, sizeUnit, type PositionRowRules } from '../kit/read/positionRow';
import { cellNumber, leadFigure, readPositionsTable } from '../kit/read/positions';
import { positionsFrom, positionsTabTable, positionsUnknown } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText } from '../kit/text';
import * as S from './selectors';

/** The row's rules: "BTCUSDT" first in its cell; the size in the base asset ("-4.000 ETH", a short's minus sign); in USDT (a display setting) it is a notional, not read. */
const rules = (style: ReadNumberOptions): PositionRowRules<{ symbol: string }> => ({
  instrument: (cell) => {
    const symbol = S.POSITION_SYMBOL.exec(normText(leadFigure(cell)?.textContent))?.[1];
    return symbol ? { symbol } : null;
  },
  coins: (cell, { symbol }) => {
    const unit = sizeUnit(cell);
    if (unit !== '' && !S.QUOTE_ASSETS.some((q) => symbol === `${unit}${q}`)) return `${symbol}: size “${normText(cell?.textContent)}” is not in ${symbol}’s base asset`;
    return cellNumber(cell, 'size', style);
  },
  marginModeWords: S.MARGIN_MODE_LABELS,
  style,
});

function readPositions(doc: Document, style: ReadNumberOptions): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  const { table } = shown;
  const hide = checkboxByLabel(table.parentElement ?? table, S.HIDE_OTHER_SYMBOLS);
  if (hide?.checked) return positionsUnknown('otherTab', '“Hide Other Symbols” is on: the table lists this symbol only');
  if (findByText(table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “You have no position.”' };
  return positionsFrom(
    readPositionsTable(table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readPositionRow(c, rules(style))),
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
