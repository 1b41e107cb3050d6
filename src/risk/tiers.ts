// Tier tables are data (src/risk/tiers/*.json) a trader can update without touching code.
import { buildTiers, type TierRow } from './solve';
import { baseAsset } from './symbols';
import type { Tier } from './types';

export interface TierTable {
  /** Date the rows were read from the source (ISO yyyy-mm-dd). */
  takenOn: string;
  source: string;
  rows: TierRow[];
  note?: string;
  /**
   * True when the rows run to the venue's largest position, so the last cap is its maximum. Many
   * tables stop at the tiers their source showed (Binance's first six of twelve, UNCONFIRMED
   * placeholders): a position beyond their last cap is not "beyond the venue".
   */
  complete?: boolean;
}

export interface TierFile {
  venue: string;
  /** Unit of `floor`/`cap` (e.g. 'USDT notional', 'BTC notional', 'contracts'). */
  unit: string;
  /** Keyed by base asset (BTC, ETH…) or by a full venue symbol. */
  symbols: Record<string, TierTable>;
  /** Used for every symbol the file does not list; `note` says what it assumes. */
  default: TierTable;
}

/** What a venue's own table of one symbol allows. */
export interface SymbolLimits {
  /** Highest leverage of any tier. */
  maxLeverage: number;
  /** Largest position, in the table's unit: the last tier's cap of a `complete` table, else Infinity (not known). */
  maxPosition: number;
}

/** The symbol's own table in `file`, or null when it would get the documented default. */
export function ownTable(file: TierFile, key: string, keyOf?: (symbol: string) => string): TierTable | null {
  return file.symbols[keyOf ? keyOf(key) : key] ?? file.symbols[baseAsset(key)] ?? null;
}

const upper = (symbol: string | null | undefined): string => (symbol ? symbol.toUpperCase() : '');

/** Symbol → tiers (deductions filled in), memoised per base asset. */
export function tierLookup(file: TierFile, keyOf?: (symbol: string) => string): (symbol: string | null | undefined) => Tier[] {
  const cache = new Map<string, Tier[]>();
  return (symbol) => {
    const key = upper(symbol);
    let tiers = cache.get(key);
    if (!tiers) {
      tiers = buildTiers((ownTable(file, key, keyOf) ?? file.default).rows);
      cache.set(key, tiers);
    }
    return tiers;
  };
}

/**
 * Symbol → what the venue allows on it, from its own table only: null for a symbol priced from the
 * default table, which is a stand-in (its caps and leverage are not that symbol's).
 */
export function limitsLookup(file: TierFile, keyOf?: (symbol: string) => string): (symbol: string | null | undefined) => SymbolLimits | null {
  const cache = new Map<string, SymbolLimits | null>();
  return (symbol) => {
    const key = upper(symbol);
    let limits = cache.get(key);
    if (limits === undefined) {
      const table = key ? ownTable(file, key, keyOf) : null;
      const rows = table?.rows ?? [];
      limits =
        table && rows.length
          ? { maxLeverage: Math.max(...rows.map((r) => r.maxLeverage)), maxPosition: (table.complete && rows[rows.length - 1]!.cap) || Infinity }
          : null;
      cache.set(key, limits);
    }
    return limits;
  };
}

/** Highest leverage in any table of the file: no market of the venue allows more. */
export function fileMaxLeverage(file: TierFile): number {
  let max = 0;
  for (const table of [file.default, ...Object.values(file.symbols)]) for (const r of table.rows) max = Math.max(max, r.maxLeverage);
  return max;
}
