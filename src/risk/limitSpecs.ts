// The trader's limits as data: what each limit bounds, its range and unit. Kept apart from the
// grading (limits.ts) so the settings pages carry the specs without the risk core's sentences.
import * as z from 'zod/mini';
import type { LimitCode } from './types';

/**
 * One limit, declared once: the risk core reads its key and bound, the settings their range and
 * the cool-down, the forms the unit. Words are looked up by key in the locale files
 * (`limit.<key>`, `limit.<key>Help`).
 */
export interface LimitSpec<K extends string = string> {
  key: K;
  /**
   * `max`: a value above it breaks the limit, and raising it loosens the guard; `min`: a value
   * below it breaks the limit, and lowering it loosens the guard.
   */
  bound: 'max' | 'min';
  /** Whether the risk core accepts 0 as the limit (0 % distance: off; 0 % loss: no loss at all). */
  zero: 'allowed' | 'refused';
  /** Shown after the input: `×` for leverage, `%` for fractions. */
  unit: '×' | '%';
  /** A share of the account's equity: the field reads "% of equity". */
  ofEquity: boolean;
  /** Stored value × scale = the number the trader types (fractions are typed as percent). */
  scale: 1 | 100;
  /** Inclusive range a trader may set (the settings clamp to it). */
  min: number;
  max: number;
}

export const LIMIT_SPECS = {
  maxLeverage: { key: 'maxLeverage', bound: 'max', zero: 'refused', unit: '×', ofEquity: false, scale: 1, min: 1, max: 500 },
  minLiquidationDistance: { key: 'minLiquidationDistance', bound: 'min', zero: 'allowed', unit: '%', ofEquity: false, scale: 100, min: 0, max: 0.9 },
  maxAccountLeverage: { key: 'maxAccountLeverage', bound: 'max', zero: 'refused', unit: '×', ofEquity: false, scale: 1, min: 0.1, max: 500 },
  maxLossAtStop: { key: 'maxLossAtStop', bound: 'max', zero: 'allowed', unit: '%', ofEquity: true, scale: 100, min: 0.001, max: 1 },
} as const satisfies { [K in LimitCode]: LimitSpec<K> }; // one spec per warning code of a limit, no more

export type LimitKey = keyof typeof LIMIT_SPECS;
/** The limits in the order forms and warnings list them (the order of `LIMIT_SPECS`). */
export const LIMIT_KEYS = Object.keys(LIMIT_SPECS) as [LimitKey, ...LimitKey[]];

/** The limits part of the risk core's input: every limit nullish (not checked), and the hard list. */
export const limitsInputSchema = z.object({
  ...(Object.fromEntries(
    LIMIT_KEYS.map((k) => [k, z.nullish(z.number().check(LIMIT_SPECS[k].zero === 'allowed' ? z.nonnegative() : z.positive()))]),
  ) as Record<LimitKey, z.ZodMiniOptional<z.ZodMiniNullable<z.ZodMiniNumber<number>>>>),
  hard: z.nullish(z.array(z.enum(LIMIT_KEYS))),
});

export type Limits = z.infer<typeof limitsInputSchema>;
