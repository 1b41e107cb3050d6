/**
 * OKX's account beside the ticket: the Positions tab of the panel below the chart, and the header's
 * funding rate (no interval: it differs by instrument). A size in contracts becomes coins with the
 * face value the risk model knows (`okxSwap.contractSize`); one it does not know, or a size in USDT,
 * leaves the row unreadable. All Low: `./selectors.ts`.
 */
import { okxSwap } from '../../risk/venues/okx';
import type { AccountReading, PositionsReading } from '../account';
import { readNumber } from '../kit/number';
import { pageHits } from '../kit/read/pageFigure';
import { cellNumber, cellWord, leadFigure, optionalCellNumber, readPositionsTable, type PositionCells, type RowReading } from '../kit/read/positions';
import { positionsFrom, positionsTabTable } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText, textStartsWith } from '../kit/text';
import type { Side } from '../reading';
import { NUMBER_STYLE } from './custom';
import * as S from './selectors';

function instOf(cell: Element | undefined): { id: string; base: string } | null {
  const text = normText(leadFigure(cell)?.textContent).toUpperCase();
  const id = S.INST_ID.exec(text);
  if (id) return { id: text, base: id[1]! };
  const shown = S.POSITION_SYMBOL.exec(normText(leadFigure(cell)?.textContent));
  return shown ? { id: `${shown[1]!}-${shown[2]!}-SWAP`, base: shown[1]! } : null;
}

/** Coins from "50 Contracts" (× the face value) or "0.5 BTC"; anything else is not read. */
function coins(cell: Element | undefined, inst: { id: string; base: string }): number | string {
  const shown = normText(cell?.textContent);
  const n = cellNumber(cell, 'size', NUMBER_STYLE);
  if (typeof n === 'string') return n;
  const unit = shown.replace(/^[-+−]?[\d.,\s]+/, '').trim();
  if (unit === inst.base) return n;
  if (unit !== '' && textStartsWith(unit, S.CONTRACT_UNITS)) {
    const face = okxSwap.contractSize(inst.id);
    return Number.isFinite(face) && face > 0 ? n * face : `${inst.id}: the contract’s face value is not known, “${shown}” stays in contracts`;
  }
  return `${inst.id}: size “${shown}” is neither contracts nor ${inst.base}`;
}

function readRow({ cells }: PositionCells): RowReading {
  const inst = instOf(cells.symbol);
  if (!inst) return `no instrument like “BTCUSDT Perpetual” in “${normText(cells.symbol?.textContent)}”`;
  if (okxSwap.kind(inst.id) === 'inverse') return `${inst.id}: a coin-margined swap's contracts are USD, not read`;
  const signed = coins(cells.size, inst);
  if (typeof signed === 'string') return signed;
  const tagged = cellWord(cells.symbol, S.POSITION_SIDE);
  const bySign: Side | null = signed < 0 ? 'short' : null;
  if (tagged && bySign && tagged !== bySign) return `${inst.id}: tagged ${tagged} but its size is ${signed}`;
  const side = tagged ?? bySign ?? 'long';
  const entryPrice = cellNumber(cells.entryPrice, 'average price', NUMBER_STYLE);
  if (typeof entryPrice === 'string') return entryPrice;
  const markPrice = cellNumber(cells.markPrice, 'mark price', NUMBER_STYLE);
  if (typeof markPrice === 'string') return markPrice;
  const marginMode = cellWord(cells.symbol, S.MARGIN_MODE_LABELS);
  const margin = optionalCellNumber(leadFigure(cells.margin), NUMBER_STYLE);
  const liquidationPrice = optionalCellNumber(cells.liquidationPrice, NUMBER_STYLE);
  return {
    symbol: inst.id,
    side,
    size: Math.abs(signed),
    entryPrice,
    markPrice,
    ...(marginMode && { marginMode }),
    ...(margin !== undefined && { margin }),
    ...(liquidationPrice !== undefined && liquidationPrice > 0 && { liquidationPrice }),
  };
}

function readPositions(doc: Document): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  if (findByText(shown.table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “No positions”' };
  return positionsFrom(readPositionsTable(shown.table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], readRow), 'Positions tab (Symbol, Size in contracts × face value, Avg. price, Mark price)');
}

export function readAccount(doc: Document, ticket: Element | null): AccountReading {
  const out: AccountReading = { positions: readPositions(doc) };
  // "0.0100% / 03:21:10": the rate, then the countdown.
  const hits = pageHits(doc, ticket, S.FUNDING_LABELS);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], NUMBER_STYLE) : null;
  if (rate?.ok) out.fundingRate = rate.value / 100;
  return out;
}
