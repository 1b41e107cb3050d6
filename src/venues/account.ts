import * as z from 'zod/mini';
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
export type PositionsUnknownKind = 'notShown' | 'collapsed' | 'otherTab' | 'paginated' | 'unreadableRow' | 'notSupported';

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

const positive = z.number().check(z.refine((n) => Number.isFinite(n) && n > 0, 'must be a finite number above 0'));

export const positionRowSchema = z.object({
  symbol: z.string().check(z.minLength(1), z.maxLength(40)),
  side: z.enum(['long', 'short']),
  size: positive,
  entryPrice: positive,
  markPrice: positive,
  marginMode: z.optional(z.enum(['isolated', 'cross'])),
  margin: z.optional(z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be a finite number, 0 or more'))),
  liquidationPrice: z.optional(positive),
});

/** Every account reading crosses this boundary before the background or the overlay sees it. */
export const accountReadingSchema = z.object({
  positions: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('read'), rows: z.array(positionRowSchema).check(z.maxLength(200)), source: z.string() }),
    z.object({ kind: z.literal('unknown'), why: z.enum(['notShown', 'collapsed', 'otherTab', 'paginated', 'unreadableRow', 'notSupported']), detail: z.string() }),
  ]),
  equity: z.optional(z.number().check(z.refine(Number.isFinite, 'must be finite'))),
  fundingRate: z.optional(z.number().check(z.gt(-1), z.lt(1))),
  fundingIntervalHours: z.optional(z.number().check(z.gte(0.01), z.lte(168))),
  maxLeverage: z.optional(positive),
});
