// The four limits a trader sets, and the risk per trade used for sizing: the specs of the risk
// core (`src/risk/limits.ts`) and the one number it does not grade. Pure data and functions: safe
// in content scripts and in Node.
import { LIMIT_KEYS, LIMIT_SPECS as RISK_LIMIT_SPECS, type LimitKey, type LimitSpec } from '../risk/limitSpecs';

export { LIMIT_KEYS, type LimitKey, type LimitSpec };

/** The four numbers without the `hard` list: what presets carry. */
export type LimitValues = Record<LimitKey, number>;

/**
 * Every number a trader sets per scope (all sites, or one site's override): the four limits and
 * the risk per trade. Risk per trade is not a limit (nothing warns on it, it cannot be hard, presets
 * leave it alone): it is the share of equity the sizing button risks between entry and stop-loss.
 */
export const NUMBER_KEYS = [...LIMIT_KEYS, 'riskPerTrade'] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];
export type NumberValues = Record<NumberKey, number>;

export const DEFAULT_RISK_PER_TRADE = 0.01;

/** Each number's spec; a `max` loosens when raised, a `min` when lowered (the cool-down's "raise"). */
export const LIMIT_SPECS: { readonly [K in NumberKey]: LimitSpec<K> } = {
  ...RISK_LIMIT_SPECS,
  riskPerTrade: { key: 'riskPerTrade', bound: 'max', zero: 'refused', unit: '%', ofEquity: true, scale: 100, min: 0.0005, max: 0.2 },
};

export const isLimitKey = (k: unknown): k is LimitKey => typeof k === 'string' && (LIMIT_KEYS as readonly string[]).includes(k);
export const isNumberKey = (k: unknown): k is NumberKey => typeof k === 'string' && (NUMBER_KEYS as readonly string[]).includes(k);

/** True when `next` is less strict than `previous` for this key (a raise, for the cool-down). */
export const isLooser = (key: NumberKey, next: number, previous: number): boolean =>
  LIMIT_SPECS[key].bound === 'max' ? next > previous + 1e-12 : next < previous - 1e-12;

/** Stored values are rounded to 6 decimals so 2.5 % is stored as 0.025, not 0.025000000000000001. */
export const roundStored = (n: number): number => Math.round(n * 1e6) / 1e6;

export const clampLimit = (key: NumberKey, n: number): number => {
  const { min, max } = LIMIT_SPECS[key];
  return roundStored(Math.min(max, Math.max(min, n)));
};

const inRange = (key: NumberKey, n: number): boolean =>
  Number.isFinite(n) && n >= LIMIT_SPECS[key].min && n <= LIMIT_SPECS[key].max;

/** The number a trader sees and types: 0.08 -> "8", 12.5 -> "12.5". */
export function formatLimitInput(key: NumberKey, value: number): string {
  const shown = Math.round(value * LIMIT_SPECS[key].scale * 1e4) / 1e4;
  return String(shown);
}

export type ParsedLimit = { ok: true; value: number } | { ok: false; error: string };

/**
 * Parses what the trader typed into a stored value, or says what is wrong in words that fit
 * next to the field. Accepts a decimal comma ("2,5") and a trailing unit ("10x", "8%").
 */
export function parseLimitInput(key: NumberKey, text: string): ParsedLimit {
  const spec = LIMIT_SPECS[key];
  const cleaned = text.trim().replace(/\s+/g, '').replace(',', '.').replace(/[x×%]$/i, '');
  if (cleaned === '') return { ok: false, error: 'Enter a number.' };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { ok: false, error: 'Enter a number, like 10 or 2.5.' };
  const typed = Number(cleaned);
  if (!Number.isFinite(typed)) return { ok: false, error: 'Enter a number, like 10 or 2.5.' };
  const stored = roundStored(typed / spec.scale);
  if (!inRange(key, stored)) {
    const lo = formatLimitInput(key, spec.min);
    const hi = formatLimitInput(key, spec.max);
    return { ok: false, error: `Must be from ${lo} to ${hi}${spec.unit === '×' ? '×' : ' %'}.` };
  }
  return { ok: true, value: stored };
}

export const sameLimitValues = (a: LimitValues, b: LimitValues): boolean =>
  LIMIT_KEYS.every((k) => Math.abs(a[k] - b[k]) < 1e-9);

export const pickLimitValues = (limits: LimitValues): LimitValues =>
  Object.fromEntries(LIMIT_KEYS.map((k) => [k, limits[k]])) as LimitValues;
