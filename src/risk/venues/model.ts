import type { ContractKind, Tier, Venue } from '../types';

/** What a venue module tells the generic solve (§1 of the reference) about its rules. */
export interface VenueModel {
  id: Venue;
  kind(symbol: string | null | undefined): ContractKind;
  marginAsset(symbol: string | null | undefined): string;
  /** Per contract: base units for linear contracts, USD for inverse ones. */
  contractSize(symbol: string | null | undefined): number;
  tiers(symbol: string | null | undefined): Tier[];
  /** Default taker fee rate (base VIP tier) when the input has none. */
  takerFee: number;
  /** True when the venue adds the taker fee rate to the maintenance rate in its liquidation formula. */
  feeInMaintenance: boolean;
  /**
   * Where the tier is read: at the liquidation price (solve per bracket, §1.3), at the entry value, at
   * the mark value, or by position size in contracts (OKX).
   */
  tierAt: 'liquidation' | 'entry' | 'mark' | 'contracts';
  /** 'price': the requirement moves with the price; 'entry': the venue fixes it at the entry value. */
  basis: 'price' | 'entry';
  /** Initial margin priced at the mark rather than the entry price (Bitget since 2025-09-29). */
  marginAtMark?: boolean;
  /** Why a symbol cannot be assessed (e.g. a quanto contract), or null. */
  unsupported?(symbol: string | null | undefined): string | null;
}
