// The venue's limits as the page offers them, against the tier table shipped with the extension.
import { buildTiers, type TierRow } from './solve';
import type { SymbolLimits } from './tiers';
import type { Tier } from './types';
import type { VenueModel } from './venues/model';

export interface PageLimits {
  tiers: Tier[];
  /** The symbol's own table states another maximum: it is out of date. */
  tableMax: number | null;
}

const cache = new Map<string, PageLimits>();

/**
 * Tiers and the table's verdict under the page's maximum leverage. Hyperliquid sets the maintenance
 * rate from the maximum leverage, 1 / (2 × max): with the page's maximum the first tier is rebuilt
 * from it, and the table's higher tiers (lower leverages) are kept. Other venues' rates do not follow
 * from their maximum, so their tiers stay (the page still wins the leverage check).
 */
export function pageLimits(v: VenueModel, symbol: string | null, tiers: Tier[], own: SymbolLimits | null, pageMax: number): PageLimits {
  const key = `${v.id}|${symbol ?? ''}|${pageMax}`;
  let out = cache.get(key);
  if (out) return out;
  const agrees = own != null && Math.abs(own.maxLeverage - pageMax) <= pageMax * 1e-9;
  let pageTiers = tiers;
  if (v.id === 'hyperliquid' && !(agrees && tiers[0]!.maxLeverage === pageMax)) {
    const rows: TierRow[] = [{ floor: 0, cap: own ? tiers[0]!.cap : null, mmr: 1 / (2 * pageMax), maxLeverage: pageMax }];
    if (own) for (const t of tiers.slice(1)) if (t.maxLeverage < pageMax) rows.push({ floor: t.floor, cap: t.cap, mmr: t.mmr, maxLeverage: t.maxLeverage });
    pageTiers = buildTiers(rows);
  }
  out = { tiers: pageTiers, tableMax: own && !agrees ? own.maxLeverage : null };
  if (cache.size > 256) cache.clear();
  cache.set(key, out);
  return out;
}
