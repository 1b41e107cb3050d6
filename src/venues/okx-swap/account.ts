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
import { readPositionRow, sizeUnit, type PositionRowRules } from '../kit/read/positionRow';
import { cellNumber, leadFigure, readPositionsTable } from '../kit/read/positions';
import { positionsFrom, positionsTabTable } from '../kit/read/positionsPanel';
import { findByText } from '../kit/search';
import { normText, textStartsWith } from '../kit/text';
import { NUMBER_STYLE } from './custom';
import * as S from './selectors';

type Inst = { symbol: string; base: string };

/** "BTCUSDT Perpetual" (or the instrument id) as the instrument id the ticket reads ("BTC-USDT-SWAP"). */
function instrument(cell: Element | undefined): Inst | null {
  const text = normText(leadFigure(cell)?.textContent);
  const id = S.INST_ID.exec(text.toUpperCase());
  if (id) return { symbol: text.toUpperCase(), base: id[1]! };
  const shown = S.POSITION_SYMBOL.exec(text);
  return shown ? { symbol: `${shown[1]!}-${shown[2]!}-SWAP`, base: shown[1]! } : null;
}

/** Coins from "50 Contracts" (× the face value) or "0.5 BTC"; a coin-margined swap's USD contracts, or USDT, are not read. */
function coins(cell: Element | undefined, inst: Inst): number | string {
  const shown = normText(cell?.textContent);
  if (okxSwap.kind(inst.symbol) === 'inverse') return `${inst.symbol}: a coin-margined swap’s contracts are USD, not read`;
  const n = cellNumber(cell, 'size', NUMBER_STYLE);
  if (typeof n === 'string') return n;
  const unit = sizeUnit(cell);
  if (unit === inst.base) return n;
  if (unit !== '' && textStartsWith(unit, S.CONTRACT_UNITS)) {
    const face = okxSwap.contractSize(inst.symbol);
    return Number.isFinite(face) && face > 0 ? n * face : `${inst.symbol}: the contract’s face value is not known, “${shown}” stays in contracts`;
  }
  return `${inst.symbol}: size “${shown}” is neither contracts nor ${inst.base}`;
}

const RULES: PositionRowRules<Inst> = { instrument, coins, sideWords: S.POSITION_SIDE, marginModeWords: S.MARGIN_MODE_LABELS, style: NUMBER_STYLE };

function readPositions(doc: Document): PositionsReading {
  const shown = positionsTabTable(doc, S.ACCOUNT_TAB, S.POSITIONS_TAB, S.POSITION_COLUMNS.symbol);
  if (!('table' in shown)) return shown;
  if (findByText(shown.table, S.POSITIONS_EMPTY).length > 0) return { kind: 'read', rows: [], source: 'Positions tab: “No positions”' };
  return positionsFrom(readPositionsTable(shown.table, S.POSITION_COLUMNS, ['symbol', 'size', 'entryPrice', 'markPrice'], (c) => readPositionRow(c, RULES)), 'Positions tab (Symbol, Size in contracts × face value, Avg. price, Mark price)');
}

export function readAccount(doc: Document, ticket: Element | null): AccountReading {
  const out: AccountReading = { positions: readPositions(doc) };
  // "0.0100% / 03:21:10": the rate, then the countdown.
  const hits = pageHits(doc, ticket, S.FUNDING_LABELS);
  const rate = hits.length === 1 ? readNumber(hits[0]!.text.split(' ')[0], NUMBER_STYLE) : null;
  if (rate?.ok) out.fundingRate = rate.value / 100;
  return out;
}
