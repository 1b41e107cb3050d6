import * as z from 'zod/mini';

/**
 * Why a field is missing, for program logic (the `reason` is for people; never match its words):
 * - `empty`: nothing there, or a placeholder (`--`, `N/A`);
 * - `incomplete`: a number the trader is still typing (`-`, `1.`, `1e`);
 * - `ambiguous`: text that pages read as different numbers (`2,5` on an English page; `1e2` in a
 *   text box: 100 to `Number()`, 1 to `parseFloat()`);
 * - `invalid`: not a number at all;
 * - `lost`: the element is no longer where the adapter looks (a changed page);
 * - `notShown`: the page shows no figure for it (only a bound like `<0.01`, no estimate yet);
 * - `bothSides`: the ticket offers both sides at once;
 * - `closesPosition`: a closing order (Close tab, Reduce-Only), not assessed.
 */
export type MissingKind = 'empty' | 'incomplete' | 'ambiguous' | 'invalid' | 'lost' | 'notShown' | 'bothSides' | 'closesPosition';

/**
 * What an adapter read from an order ticket. Every field says where it came from,
 * or why it is missing: the overlay never turns a missing field into a number.
 * A missing field may say what kind of missing it is (`kind`) and the text the trader sees in
 * its place (`shown`, e.g. the size box's “1e2”), so a held order can name what was not read.
 */
export type Field<T> =
  | { ok: true; value: T; source: string }
  | { ok: false; reason: string; kind?: MissingKind; shown?: string };

export type Side = 'long' | 'short';
export type OrderType = 'limit' | 'market';
type SizeUnit = 'base' | 'quote' | 'contracts';
export type MarginMode = 'isolated' | 'cross';

export interface TicketSize {
  value: number;
  unit: SizeUnit;
}

export interface TicketReading {
  /** Adapter id, e.g. `binance-usdm`, `hyperliquid`, `demo`. */
  site: string;
  symbol: Field<string>;
  side: Field<Side>;
  orderType: Field<OrderType>;
  /** Limit price. For a market order it is missing by design; the mark price is used. */
  price: Field<number>;
  markPrice: Field<number>;
  size: Field<TicketSize>;
  leverage: Field<number>;
  marginMode: Field<MarginMode>;
  /** Available balance in the margin asset. */
  balance: Field<number>;
  /** `null` value = the ticket has the field and it is empty (no TP/SL set). */
  takeProfit: Field<number | null>;
  stopLoss: Field<number | null>;
  /** The venue's own estimated liquidation price, for the self-check only. */
  venueLiquidationPrice: Field<number | null>;
  /** 24 h high and low where the page shows them: the distance to liquidation in daily ranges. */
  high24h?: Field<number>;
  low24h?: Field<number>;
}

export const FIELD_NAMES = [
  'symbol',
  'side',
  'orderType',
  'price',
  'markPrice',
  'size',
  'leverage',
  'marginMode',
  'balance',
  'takeProfit',
  'stopLoss',
  'venueLiquidationPrice',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

const finitePositive = z.number().check(z.refine((n) => Number.isFinite(n) && n > 0, 'must be a finite number above 0'));
const finiteNonNegative = z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0, 'must be a finite number, 0 or more'));

function field<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value, source: z.string() }),
    z.object({ ok: z.literal(false), reason: z.string().check(z.minLength(1)), kind: z.optional(z.string()), shown: z.optional(z.string()) }),
  ]);
}

/** Every reading crosses this boundary before the risk core sees it. */
export const ticketReadingSchema = z.object({
  site: z.string(),
  symbol: field(z.string().check(z.minLength(1))),
  side: field(z.enum(['long', 'short'])),
  orderType: field(z.enum(['limit', 'market'])),
  price: field(finitePositive),
  markPrice: field(finitePositive),
  size: field(z.object({ value: finiteNonNegative, unit: z.enum(['base', 'quote', 'contracts']) })),
  leverage: field(finitePositive),
  marginMode: field(z.enum(['isolated', 'cross'])),
  balance: field(finiteNonNegative),
  takeProfit: field(z.nullable(finitePositive)),
  stopLoss: field(z.nullable(finitePositive)),
  venueLiquidationPrice: field(z.nullable(finitePositive)),
  high24h: z.optional(field(finitePositive)),
  low24h: z.optional(field(finitePositive)),
});

export const found = <T>(value: T, source: string): Field<T> => ({ ok: true, value, source });
export const missing = (reason: string, kind?: MissingKind, shown?: string): Field<never> => {
  const field: Field<never> = { ok: false, reason };
  if (kind) field.kind = kind;
  if (shown !== undefined) field.shown = shown;
  return field;
};

/**
 * Validates an adapter's raw reading; a field that fails validation becomes missing
 * with the validation message as its reason instead of reaching the risk core.
 */
export function validateReading(raw: TicketReading): TicketReading {
  const parsed = ticketReadingSchema.safeParse(raw);
  if (parsed.success) return raw;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const repaired = { ...raw } as Record<string, unknown>;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    if (key === 'site') continue;
    if (bad.has(key)) repaired[key] = missing(`read a value that is not valid (${issue.message})`);
  }
  return repaired as unknown as TicketReading;
}

/** Fields without which no verdict is possible. */
const KEY_FIELDS: readonly FieldName[] = ['symbol', 'side', 'orderType', 'price', 'markPrice', 'size', 'leverage', 'marginMode', 'balance'];

/** The key fields the page no longer shows where the adapter looks (kind `lost`): the loud "this page changed" state. */
export function lostFields(reading: TicketReading): FieldName[] {
  return KEY_FIELDS.filter((name) => {
    const f = reading[name];
    return !f.ok && f.kind === 'lost';
  });
}
