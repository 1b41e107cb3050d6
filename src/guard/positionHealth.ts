import type { AccountReading, PositionRow } from '../venues/account';
import { sameMarket } from './accountInput';

/** One open position against the trader's minimum distance to liquidation. */
export interface PositionHealth {
  symbol: string;
  side: 'long' | 'short';
  size: number;
  markPrice: number;
  /** The venue's own liquidation price from the positions panel; null where the row shows none. */
  liquidationPrice: number | null;
  /** How far the mark may move toward liquidation, as a fraction of the mark; null without a liquidation price. */
  distance: number | null;
  /** `distance` in 24 h ranges of the ticket's market (only a position in that market has one). */
  rangesAway: number | null;
  /** Below the trader's minimum distance (never true without a distance, or without a minimum). */
  belowMin: boolean;
  /** An isolated position's own margin ratio (maintenance / its margin with PnL); null in cross, where the account's applies. */
  marginRatio: number | null;
}

/** How far a position's mark is from its liquidation price, toward it: 0 at or past liquidation. */
function distanceOf(row: PositionRow): number | null {
  if (row.liquidationPrice == null) return null;
  const room = row.side === 'long' ? row.markPrice - row.liquidationPrice : row.liquidationPrice - row.markPrice;
  return Math.max(0, room) / row.markPrice;
}

/**
 * Every position the page showed, checked against `minDistance` (the trader's limit, a fraction;
 * null: no limit set). `ticket` names the ticket's market and its 24 h range, for distances in ranges;
 * `isolatedRatio` is the venue's rule for an isolated position's margin ratio.
 */
export function positionHealth(
  account: AccountReading | null | undefined,
  minDistance: number | null,
  ticket: { symbol: string | null; dailyRange: number | null },
  isolatedRatio: (row: PositionRow & { margin: number }) => number | null = () => null,
): PositionHealth[] | null {
  if (account?.positions.kind !== 'read') return null;
  return account.positions.rows.map((row) => {
    const distance = distanceOf(row);
    const inTicketMarket = ticket.symbol != null && sameMarket(row.symbol, ticket.symbol);
    const rangesAway = distance != null && inTicketMarket && ticket.dailyRange ? (distance * row.markPrice) / ticket.dailyRange : null;
    return {
      symbol: row.symbol,
      side: row.side,
      size: row.size,
      markPrice: row.markPrice,
      liquidationPrice: row.liquidationPrice ?? null,
      distance,
      rangesAway,
      belowMin: distance != null && minDistance != null && minDistance > 0 && distance < minDistance,
      marginRatio: row.marginMode === 'isolated' && row.margin != null ? isolatedRatio({ ...row, margin: row.margin }) : null,
    };
  });
}

/**
 * Says each crossing below the minimum once: a position that goes below is new until it comes back
 * above (or closes); staying below says nothing more, however often the panel is read.
 */
export class CrossingWatch {
  #below = new Set<string>();

  /** The positions that went below the minimum since the last look. */
  crossed(health: readonly PositionHealth[] | null): PositionHealth[] {
    if (!health) return [];
    const now = new Set<string>();
    const fresh: PositionHealth[] = [];
    for (const p of health) {
      if (!p.belowMin) continue;
      const key = `${p.symbol}|${p.side}`;
      now.add(key);
      if (!this.#below.has(key)) fresh.push(p);
    }
    this.#below = now;
    return fresh;
  }
}
