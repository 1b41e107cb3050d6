import * as z from 'zod/mini';
import { limitsInputSchema } from './limitSpecs';

// z.number() already rejects NaN and ±Infinity in zod 4.
const positive = () => z.number().check(z.positive());
const nonNegative = () => z.number().check(z.nonnegative());
const side = z.enum(['long', 'short']);

export const VENUES = [
  'binance-usdm',
  'binance-coinm',
  'bybit-linear',
  'bybit-inverse',
  'okx-swap',
  'bitget-usdtm',
  'hyperliquid',
  'dydx',
  'bitmex',
  'gmx',
  'mexc-usdtm',
] as const;

/**
 * The risk core's input contract. Fields an order ticket can fail to show are nullish:
 * `assess` lists them in `missing` instead of failing. Wrong types and impossible values are errors.
 */
export const riskInputSchema = z.object({
  venue: z.enum(VENUES),
  symbol: z.nullish(z.string().check(z.minLength(1))),
  side,
  orderType: z.nullish(z.enum(['limit', 'market'])),
  /** Limit price; not needed for market orders (they fill at the mark price). */
  price: z.nullish(positive()),
  markPrice: z.nullish(positive()),
  /** Absent when the ticket's size field is empty or unreadable: reported in `missing`. */
  size: z.nullish(z.object({ value: nonNegative(), unit: z.enum(['base', 'quote', 'contracts']) })),
  leverage: z.nullish(positive()),
  marginMode: z.nullish(z.enum(['isolated', 'cross'])),
  /** Available balance in the margin asset. */
  balance: z.nullish(nonNegative()),
  /** Account equity (wallet balance + unrealized PnL) in the margin asset; cross collateral when given. */
  equity: z.nullish(z.number()),
  /** Existing position in the same symbol; size in base units, margin in the margin asset. */
  position: z.nullish(
    z.object({
      side,
      size: nonNegative(),
      entryPrice: positive(),
      margin: z.nullish(nonNegative()),
    }),
  ),
  /**
   * The account's positions in other symbols, as its positions panel shows them (size in base units).
   * In cross mode the cross ones move this order's liquidation price (their maintenance margin and
   * unrealized PnL, at their mark); all of them count in account leverage and the margin ratio.
   * `maintenanceMarginRate` (fraction) and `maintenanceAmount` (the venue's deduction, Binance's
   * "cum") replace the venue's tier table for that position.
   */
  otherPositions: z.nullish(
    z.array(
      z.object({
        symbol: z.string().check(z.minLength(1)),
        side,
        size: nonNegative(),
        entryPrice: positive(),
        markPrice: positive(),
        maintenanceMarginRate: z.nullish(z.number().check(z.nonnegative(), z.lt(1))),
        maintenanceAmount: z.nullish(z.number()),
        marginMode: z.nullish(z.enum(['isolated', 'cross'])),
      }),
    ),
  ),
  /** Current funding rate of the symbol per funding interval, as a fraction (0.0001 = 0.01 %); positive: longs pay. */
  fundingRate: z.nullish(z.number().check(z.gt(-1), z.lt(1))),
  /** Hours between funding payments (0.01–168); the venue's usual interval when absent (`funding.ts`). */
  fundingIntervalHours: z.nullish(z.number().check(z.gte(0.01), z.lte(168))),
  /** The largest leverage the page offers for the symbol (its leverage slider or dialog): wins over the tier table. */
  pageMaxLeverage: z.nullish(positive()),
  /** Today's date (yyyy-mm-dd) for the age of the tier table; the command line fills it in. */
  asOf: z.nullish(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** Taker fee rate as a fraction (0.0005 = 0.05 %); the venue's default tier when absent. */
  feeRate: z.nullish(z.number().check(z.nonnegative(), z.lt(0.1))),
  stopLoss: z.nullish(positive()),
  /** Share of equity the trader accepts to lose at the stop; enables `sizeForRisk`. */
  riskPerTrade: z.nullish(z.number().check(z.positive(), z.lte(1))),
  /**
   * GMX v2 only (ignored elsewhere): what the official UI's liquidation formula needs beyond the
   * ticket (gmx-interface `getLiquidationPrice`). Every field is optional;
   * absent ones take the market's defaults in `tiers/gmx.json` (fees, impact: 0).
   */
  gmx: z.nullish(
    z.object({
      /** Collateral of the position after the order, in USD (default: the order's margin, size / leverage). */
      collateralUsd: z.nullish(positive()),
      /** Pending borrowing + funding fees of the position, in USD. */
      pendingFeesUsd: z.nullish(nonNegative()),
      /** Price impact of closing the position, in USD (negative = a cost; a positive impact is ignored, as the UI does). */
      priceImpactUsd: z.nullish(z.number()),
      /** Cap on the negative impact as a share of the size (the market's `maxPositionImpactFactorForLiquidations`). */
      maxPositionImpactFactorForLiquidations: z.nullish(z.number().check(z.nonnegative(), z.lte(1))),
      /** The market's `minCollateralFactor` (0.005 = 200x). */
      minCollateralFactor: z.nullish(z.number().check(z.positive(), z.lt(1))),
      /** The protocol's `minCollateralUsd`. */
      minCollateralUsd: z.nullish(nonNegative()),
      /** Position (closing) fee factor as a fraction (0.0006 = 0.06 %). */
      positionFeeRate: z.nullish(z.number().check(z.nonnegative(), z.lt(0.1))),
      /** The collateral is the index token itself (ETH collateral on ETH/USD): its value moves with the price. */
      collateralIsIndexToken: z.nullish(z.boolean()),
      /** Collateral in index tokens (implies `collateralIsIndexToken`); default collateralUsd / entry price. */
      collateralTokens: z.nullish(positive()),
    }),
  ),
  /**
   * The trader's limits (`src/risk/limits.ts`): fractions for the distance (0.05 = liquidation at
   * least 5 % away from the mark price) and the loss at the stop (of equity).
   */
  limits: z.nullish(limitsInputSchema),
});

export type RiskInput = z.infer<typeof riskInputSchema>;
