// The four limits a trader sets, and the risk per trade used for sizing, with the ranges, units
// and words the schema, the repair and every form share. Pure data and functions: safe in
// content scripts and in Node.

export const LIMIT_KEYS = ['maxLeverage', 'minLiquidationDistance', 'maxAccountLeverage', 'maxLossAtStop'] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

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

export interface LimitSpec {
  key: NumberKey;
  /** Form label. */
  label: string;
  /** Short column header for tables. */
  short: string;
  /** Shown after the input: `×` for leverage, `%` for fractions. */
  unit: '×' | '%';
  /** Stored value × scale = the number the trader types (fractions are typed as percent). */
  scale: 1 | 100;
  /** Inclusive range of the stored value. */
  min: number;
  max: number;
  help: string;
  /**
   * Which way the value gets less strict ("raising" it, in the cool-down's words): `up` for a
   * maximum, `down` for a minimum.
   */
  looser: 'up' | 'down';
}

export const LIMIT_SPECS: Record<NumberKey, LimitSpec> = {
  maxLeverage: {
    key: 'maxLeverage',
    label: 'Max leverage',
    short: 'Max lev.',
    unit: '×',
    scale: 1,
    min: 1,
    max: 500,
    help: 'Position leverage above this is a danger warning.',
    looser: 'up',
  },
  minLiquidationDistance: {
    key: 'minLiquidationDistance',
    label: 'Min distance to liquidation',
    short: 'Min liq. dist.',
    unit: '%',
    scale: 100,
    min: 0,
    max: 0.9,
    help: 'Liquidation closer to the mark price than this is a danger warning. 0 turns it off.',
    looser: 'down',
  },
  maxAccountLeverage: {
    key: 'maxAccountLeverage',
    label: 'Max account leverage',
    short: 'Max acct lev.',
    unit: '×',
    scale: 1,
    min: 0.1,
    max: 500,
    help: 'Open notional after the order divided by equity.',
    looser: 'up',
  },
  maxLossAtStop: {
    key: 'maxLossAtStop',
    label: 'Max loss at stop',
    short: 'Max loss',
    unit: '%',
    scale: 100,
    min: 0.001,
    max: 1,
    help: 'Loss if the stop-loss is hit, as a share of equity.',
    looser: 'up',
  },
  riskPerTrade: {
    key: 'riskPerTrade',
    label: 'Risk per trade',
    short: 'Risk/trade',
    unit: '%',
    scale: 100,
    min: 0.0005,
    max: 0.2,
    help: 'For sizing: the size whose loss at your stop-loss is this share of equity.',
    looser: 'up',
  },
};

export const isLimitKey = (k: unknown): k is LimitKey => typeof k === 'string' && (LIMIT_KEYS as readonly string[]).includes(k);
export const isNumberKey = (k: unknown): k is NumberKey => typeof k === 'string' && (NUMBER_KEYS as readonly string[]).includes(k);

/** True when `next` is less strict than `previous` for this key (a raise, for the cool-down). */
export const isLooser = (key: NumberKey, next: number, previous: number): boolean =>
  LIMIT_SPECS[key].looser === 'up' ? next > previous + 1e-12 : next < previous - 1e-12;

/** Stored values are rounded to 6 decimals so 2.5 % is stored as 0.025, not 0.025000000000000001. */
export const roundStored = (n: number): number => Math.round(n * 1e6) / 1e6;

export const clampLimit = (key: NumberKey, n: number): number => {
  const { min, max } = LIMIT_SPECS[key];
  return roundStored(Math.min(max, Math.max(min, n)));
};

export const inRange = (key: NumberKey, n: number): boolean =>
  Number.isFinite(n) && n >= LIMIT_SPECS[key].min && n <= LIMIT_SPECS[key].max;

/** The number a trader sees and types: 0.08 -> "8", 12.5 -> "12.5". */
export function formatLimitInput(key: NumberKey, value: number): string {
  const shown = Math.round(value * LIMIT_SPECS[key].scale * 1e4) / 1e4;
  return String(shown);
}

/** "10×", "8 %". */
export function formatLimit(key: NumberKey, value: number): string {
  const spec = LIMIT_SPECS[key];
  return spec.unit === '×' ? `${formatLimitInput(key, value)}×` : `${formatLimitInput(key, value)} %`;
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

export const pickLimitValues = (limits: LimitValues): LimitValues => ({
  maxLeverage: limits.maxLeverage,
  minLiquidationDistance: limits.minLiquidationDistance,
  maxAccountLeverage: limits.maxAccountLeverage,
  maxLossAtStop: limits.maxLossAtStop,
});
