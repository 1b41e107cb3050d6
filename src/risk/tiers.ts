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

/** Symbol → tiers (deductions filled in), memoised per base asset. */
export function tierLookup(file: TierFile, keyOf?: (symbol: string) => string): (symbol: string | null | undefined) => Tier[] {
  const cache = new Map<string, Tier[]>();
  return (symbol) => {
    const key = symbol ? symbol.toUpperCase() : '';
    let tiers = cache.get(key);
    if (!tiers) {
      const table = file.symbols[keyOf ? keyOf(key) : key] ?? file.symbols[baseAsset(key)] ?? file.default;
      tiers = buildTiers(table.rows);
      cache.set(key, tiers);
    }
    return tiers;
  };
}

/** True when the symbol has its own table (not the documented default). */
export const hasOwnTiers = (file: TierFile, symbol: string | null | undefined): boolean =>
  !!symbol && (symbol.toUpperCase() in file.symbols || baseAsset(symbol) in file.symbols);
