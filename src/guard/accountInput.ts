import { baseAsset } from '../risk/symbols';
import type { RiskInput } from '../risk/schema';
import type { AccountReading, PositionRow } from '../venues/account';

/** A market's name without the venue's decorations: `BTC-USDT-SWAP`, `BTCUSDT Perp`, `btc/usdt` → `BTCUSDT`. */
function marketKey(symbol: string): string {
  return symbol
    .toUpperCase()
    .replace(/\b(PERP|PERPETUAL|SWAP)\b/g, '')
    .replace(/[^A-Z0-9]/g, '');
}

/**
 * Whether a positions-panel row is the ticket's market. Panels may drop the quote the header shows
 * (Hyperliquid's "BTC" beside a "BTC-USD" ticket): a bare coin matches the ticket's base asset.
 */
export function sameMarket(row: string, ticket: string): boolean {
  const a = marketKey(row);
  const b = marketKey(ticket);
  if (a === b) return true;
  const base = baseAsset(ticket);
  return (a === base && b.startsWith(base)) || (b === baseAsset(row) && a.startsWith(b));
}

/**
 * The risk core's input for a ticket on an account: the position held in the ticket's market (the
 * order adds to it, reduces or flips it), the other positions (their weight in cross margin and in
 * account leverage), the symbol's funding and the page's maximum leverage. Positions that were not
 * read leave the input as the ticket alone: account leverage then says "this symbol only".
 */
export function withAccount(input: RiskInput, account: AccountReading): RiskInput {
  const out: RiskInput = { ...input };
  if (account.fundingRate != null) out.fundingRate = account.fundingRate;
  if (account.fundingIntervalHours != null) out.fundingIntervalHours = account.fundingIntervalHours;
  if (account.maxLeverage != null) out.pageMaxLeverage = account.maxLeverage;
  if (account.positions.kind !== 'read') return out;
  const symbol = input.symbol;
  const held: PositionRow[] = [];
  const others: PositionRow[] = [];
  for (const row of account.positions.rows) (symbol && sameMarket(row.symbol, symbol) ? held : others).push(row);
  // One position per market: a panel showing two rows of the ticket's market (hedge mode's long and
  // short) cannot be folded into one held position, so the account is not used rather than guessed.
  if (held.length > 1) return out;
  // The margin balance (wallet plus every position's unrealized PnL) is cross collateral only with
  // the positions' maintenance beside it; without them the ticket's available balance stands in,
  // which sets the liquidation closer, never further.
  if (account.equity != null) out.equity = account.equity;
  const h = held[0];
  if (h) out.position = { side: h.side, size: h.size, entryPrice: h.entryPrice, ...(h.margin != null && h.marginMode === 'isolated' ? { margin: h.margin } : {}) };
  out.otherPositions = others.map((o) => ({
    symbol: o.symbol,
    side: o.side,
    size: o.size,
    entryPrice: o.entryPrice,
    markPrice: o.markPrice,
    ...(o.marginMode ? { marginMode: o.marginMode } : {}),
  }));
  return out;
}
