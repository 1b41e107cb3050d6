import type { MarginMode, Side } from './reading';

/**
 * What a venue's page shows of the account around the ticket: the open positions, the account's
 * figures, the symbol's funding and the page's maximum leverage. Read outside the ticket (a
 * positions panel, an account box, the header), so each part may be missing on its own.
 */

/** One open position as its row shows it. Sizes are in base units (coin), prices in the quote. */
export interface PositionRow {
  symbol: string;
  side: Side;
  size: number;
  entryPrice: number;
  markPrice: number;
  /** Where the row says it (a "Cross" / "Isolated" tag); absent: the account's mode. */
  marginMode?: MarginMode;
  /** The position's margin in the margin asset, where the row shows it. */
  margin?: number;
  /** The venue's own liquidation price for it, where shown (absent: "—" or not shown). */
  liquidationPrice?: number;
}

/**
 * Why the positions are not known. Never read as "no positions":
 * - `notShown`: the page shows no positions panel where the venue keeps it (another layout);
 * - `collapsed`: the panel is there but folded away;
 * - `otherTab`: the panel shows another tab (orders, history);
 * - `paginated`: the panel shows one page of several;
 * - `unreadableRow`: a row whose symbol, side, size or prices cannot be read;
 * - `notSupported`: this venue's panel is not read yet.
 */
type PositionsUnknownKind = 'notShown' | 'collapsed' | 'otherTab' | 'paginated' | 'unreadableRow' | 'notSupported';

export type PositionsReading =
  | { kind: 'read'; rows: PositionRow[]; source: string }
  | { kind: 'unknown'; why: PositionsUnknownKind; detail: string };

export interface AccountReading {
  positions: PositionsReading;
  /** The account's equity (margin balance) in the margin asset, where the page shows it. */
  equity?: number;
  /** The symbol's current funding rate per interval (0.0001 = 0.01 %), and the interval in hours. */
  fundingRate?: number;
  fundingIntervalHours?: number;
  /** The highest leverage the page offers for the ticket's symbol (its slider's or dialog's maximum). */
  maxLeverage?: number;
}

export const POSITIONS_NOT_READ: PositionsReading = { kind: 'unknown', why: 'notSupported', detail: 'this venue’s positions panel is not read yet' };

const positiveFigure = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * Whether a row holds what the risk core needs, as figures it can use. The rows cross to the
 * background inside the risk core's input, where its schema checks them again; this check keeps the
 * overlay from counting a row the background would refuse.
 */
export function usableRow(row: PositionRow): boolean {
  return (
    typeof row.symbol === 'string' &&
    row.symbol.length > 0 &&
    (row.side === 'long' || row.side === 'short') &&
    positiveFigure(row.size) &&
    positiveFigure(row.entryPrice) &&
    positiveFigure(row.markPrice) &&
    (row.margin == null || (Number.isFinite(row.margin) && row.margin >= 0)) &&
    (row.liquidationPrice == null || positiveFigure(row.liquidationPrice))
  );
}
