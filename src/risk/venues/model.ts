import type { RiskInput } from '../schema';
import type { LiquidationStatus } from '../solve';
import type { SymbolLimits } from '../tiers';
import type { ContractKind, Tier, Venue } from '../types';

/** The resulting position a venue-specific liquidation rule is asked about. */
export interface PositionFacts {
  /** +1 long, −1 short. */
  s: number;
  /** Base units (index tokens). */
  size: number;
  entry: number;
  /** Collateral backing the position, in the margin asset. */
  collateral: number;
  /** The rule's requirement for this position (from `requirement`). */
  requirement: number;
  input: RiskInput;
}

/**
 * A venue whose maintenance rule is not the generic solve of §1 (GMX v2: a collateral floor in USD,
 * fees and price impact inside the requirement, collateral that may be the index token itself).
 */
export interface CustomRule {
  /** Maintenance requirement of a position worth `valueAtEntry` (quote), in the margin asset. */
  requirement(valueAtEntry: number, input: RiskInput, feeRate: number): number;
  /** Liquidation price of the resulting position and what kind of answer it is. */
  liquidation(p: PositionFacts): { price: number; status: LiquidationStatus };
  /** Collateral the ticket's inputs state for the resulting position, overriding the generic one (null: use it). */
  collateral?(input: RiskInput): number | null;
  /** Fee rate the inputs state for this venue, before `feeRate` and the default (null: none stated). */
  feeRate?(input: RiskInput): number | null;
}

/** What a venue module tells the generic solve (§1 of the reference) about its rules. */
export interface VenueModel {
  id: Venue;
  /** The venue as traders name it, in warnings ("beyond what Binance USDⓈ-M allows"). */
  name: string;
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
  /** What the venue's own tier table of the symbol allows; null for a symbol priced from the stand-in default table. */
  limits?(symbol: string | null | undefined): SymbolLimits | null;
  /** Highest leverage on any of the venue's markets (its tier files). */
  maxLeverage?: number;
  /** Lowest leverage the venue lets a trader set, where its documentation states one. */
  minLeverage?: number;
  /** Why a symbol cannot be assessed (e.g. a quanto contract), or null. */
  unsupported?(symbol: string | null | undefined): string | null;
  /** A venue-specific rule replacing the generic solve and maintenance margin (GMX v2). */
  custom?: CustomRule;
}
