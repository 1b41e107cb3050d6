import * as z from 'zod/mini';
import { LIMIT_KEYS, LIMIT_SPECS, NUMBER_KEYS, type LimitKey, type LimitValues, type NumberKey, type NumberValues } from './limits';

/**
 * The settings as stored in `sync:settings`, version 3 (see `migrations.ts` for the history).
 *
 * ```
 * {
 *   limits:     { maxLeverage, minLiquidationDistance, maxAccountLeverage, maxLossAtStop, riskPerTrade, hard: LimitKey[] },
 *   sites:      { [siteId]: { enabled, guard: 'off' | 'warn' | 'confirm', overrides: { [NumberKey]?: number } } },
 *                                                                    // absent site = on, guard 'confirm', no overrides
 *   presets:    [{ id, name, limits: { the four limits } }],         // the trader's own, ≤ 20
 *   discipline: { coolDown: 'none' | '1h' | '24h' },
 *   pending:    [PendingChange],                                     // raises waiting for the cool-down, ≤ 10
 * }
 * ```
 *
 * Everything outside `pending` is what applies now (apart from pending changes that are already
 * due but not yet written back: `applyDue` in `discipline.ts` applies those, and `siteLimits`
 * does so on every read). Objects are strict: an unknown key is corruption (or a newer version,
 * see `store.ts`).
 */

export interface Limits extends LimitValues {
  /** Share of equity the sizing button risks between entry and stop-loss (not a limit: never warned on). */
  riskPerTrade: number;
  /** Limits the trader marked as hard: breaking one is `blocked`, not just `danger`. */
  hard: LimitKey[];
}

/**
 * Guard mode on one site, from weakest to strictest: `off` (the overlay shows the risk, nothing
 * more), `warn` (a dangerous order is flagged as it is placed, but not held), `confirm` (an order
 * that is `danger` or `blocked` by the trader's own limits is held until confirmed; a `blocked`
 * one cannot be confirmed).
 */
export const GUARD_MODES = ['off', 'warn', 'confirm'] as const;
export type GuardMode = (typeof GUARD_MODES)[number];
export const DEFAULT_GUARD_MODE: GuardMode = 'confirm';

/** How long a raise waits before it applies. Ordered from weakest to strictest. */
export const COOL_DOWNS = ['none', '1h', '24h'] as const;
export type CoolDown = (typeof COOL_DOWNS)[number];
export const DEFAULT_COOL_DOWN: CoolDown = 'none';

export interface SiteSettings {
  enabled: boolean;
  guard: GuardMode;
  overrides: Partial<NumberValues>;
}

export interface SavedPreset {
  id: string;
  name: string;
  limits: LimitValues;
}

export interface Discipline {
  coolDown: CoolDown;
}

/** When a pending change was asked for and when it applies: epoch milliseconds. */
interface PendingTimes {
  requestedAt: number;
  appliesAt: number;
}

/**
 * A raise waiting for the cool-down. One per target (a newer request for the same target
 * replaces it); `pendingKey` in `discipline.ts` names the target.
 *
 * - `limit`: a number of all sites (`site: null`) or a site's override; `value: null` removes a
 *   site's override (the site then follows all sites).
 * - `hard`: the limit is no longer hard.
 * - `guard`: the site's guard mode becomes weaker.
 * - `enabled`: the site is switched off.
 * - `coolDown`: the cool-down becomes shorter.
 */
export type PendingChange = PendingTimes &
  (
    | { field: 'limit'; site: string | null; key: NumberKey; value: number | null }
    | { field: 'hard'; key: LimitKey; value: false }
    | { field: 'guard'; site: string; value: GuardMode }
    | { field: 'enabled'; site: string; value: false }
    | { field: 'coolDown'; value: CoolDown }
  );

export interface Settings {
  limits: Limits;
  sites: Record<string, SiteSettings>;
  presets: SavedPreset[];
  discipline: Discipline;
  pending: PendingChange[];
}

export const MAX_SAVED_PRESETS = 20;
export const MAX_PRESET_NAME = 40;
export const SITE_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const PRESET_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Pending changes at once: one per target, and room in the 8 KB sync item. */
export const MAX_PENDING = 10;
/** The longest cool-down; a pending change never waits longer than this after it was asked for. */
export const MAX_COOL_DOWN_MS = 24 * 60 * 60 * 1000;

/** Type errors in words: "is missing" when absent, "must be a number" when it is something else. */
const typeError = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});

function limitNumber(key: NumberKey) {
  const { min, max } = LIMIT_SPECS[key];
  return z.number(typeError('a number')).check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));
}

const limitShape = {
  maxLeverage: limitNumber('maxLeverage'),
  minLiquidationDistance: limitNumber('minLiquidationDistance'),
  maxAccountLeverage: limitNumber('maxAccountLeverage'),
  maxLossAtStop: limitNumber('maxLossAtStop'),
};
const riskPerTradeNumber = limitNumber('riskPerTrade');

export const limitValuesSchema = z.strictObject(limitShape);

export const overridesSchema = z.strictObject({
  maxLeverage: z.optional(limitShape.maxLeverage),
  minLiquidationDistance: z.optional(limitShape.minLiquidationDistance),
  maxAccountLeverage: z.optional(limitShape.maxAccountLeverage),
  maxLossAtStop: z.optional(limitShape.maxLossAtStop),
  riskPerTrade: z.optional(riskPerTradeNumber),
});

export const limitKeySchema = z.enum(LIMIT_KEYS);
export const numberKeySchema = z.enum(NUMBER_KEYS);
export const guardModeSchema = z.enum(GUARD_MODES, { error: () => `must be one of ${GUARD_MODES.join(', ')}` });
export const coolDownSchema = z.enum(COOL_DOWNS, { error: () => `must be one of ${COOL_DOWNS.join(', ')}` });

export const limitsSchema = z.strictObject({
  ...limitShape,
  riskPerTrade: riskPerTradeNumber,
  hard: z
    .array(limitKeySchema, typeError('a list'))
    .check(z.refine((keys) => new Set(keys).size === keys.length, 'hard limits must not repeat')),
});

const siteIdSchema = z.string(typeError('text')).check(z.regex(SITE_ID_RE, 'a site id is lowercase letters, digits and dashes'));

export const siteSettingsSchema = z.strictObject({
  enabled: z.boolean(typeError('true or false')),
  guard: guardModeSchema,
  overrides: overridesSchema,
});

export const disciplineSchema = z.strictObject({ coolDown: coolDownSchema }, typeError('an object'));

const timeSchema = z.number(typeError('a time')).check(z.int('must be whole milliseconds'), z.gte(0, 'must not be negative'));
const times = { requestedAt: timeSchema, appliesAt: timeSchema };

export const pendingChangeSchema = z
  .discriminatedUnion(
    'field',
    [
      z.strictObject({ field: z.literal('limit'), site: z.nullable(siteIdSchema), key: numberKeySchema, value: z.nullable(z.number()), ...times }),
      z.strictObject({ field: z.literal('hard'), key: limitKeySchema, value: z.literal(false), ...times }),
      z.strictObject({ field: z.literal('guard'), site: siteIdSchema, value: guardModeSchema, ...times }),
      z.strictObject({ field: z.literal('enabled'), site: siteIdSchema, value: z.literal(false), ...times }),
      z.strictObject({ field: z.literal('coolDown'), value: coolDownSchema, ...times }),
    ],
    { error: () => 'must be a pending change (field limit, hard, guard, enabled or coolDown)' },
  )
  .check(
    z.refine((p) => p.appliesAt >= p.requestedAt && p.appliesAt - p.requestedAt <= MAX_COOL_DOWN_MS, 'must apply within 24 hours of being asked for'),
    z.refine((p) => {
      if (p.field !== 'limit') return true;
      if (p.value === null) return p.site !== null; // only a site's override can be removed
      const { min, max } = LIMIT_SPECS[p.key];
      return Number.isFinite(p.value) && p.value >= min && p.value <= max;
    }, 'the value must be in the range of its limit'),
  );

/** One target per pending change: `limit:<site or *>:<key>`, `hard:<key>`, `guard:<site>`, `enabled:<site>`, `coolDown`. */
export function pendingKey(p: PendingChange): string {
  switch (p.field) {
    case 'limit':
      return `limit:${p.site ?? '*'}:${p.key}`;
    case 'hard':
      return `hard:${p.key}`;
    case 'guard':
    case 'enabled':
      return `${p.field}:${p.site}`;
    case 'coolDown':
      return 'coolDown';
  }
}

export const presetNameSchema = z
  .string(typeError('text'))
  .check(
    z.minLength(1, 'a preset needs a name'),
    z.maxLength(MAX_PRESET_NAME, `a preset name has at most ${MAX_PRESET_NAME} characters`),
    z.refine((s) => s.trim() === s, 'a preset name must not start or end with spaces'),
  );

export const savedPresetSchema = z.strictObject({
  id: z.string(typeError('text')).check(z.regex(PRESET_ID_RE, 'a preset id is lowercase letters, digits and dashes')),
  name: presetNameSchema,
  limits: limitValuesSchema,
});

export const settingsSchema = z.strictObject(
  {
    limits: limitsSchema,
    sites: z.record(siteIdSchema, siteSettingsSchema),
    presets: z.array(savedPresetSchema, typeError('a list')).check(
      z.maxLength(MAX_SAVED_PRESETS, `at most ${MAX_SAVED_PRESETS} saved presets`),
      z.refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'preset ids must be unique'),
      z.refine((ps) => new Set(ps.map((p) => p.name.toLowerCase())).size === ps.length, 'preset names must be unique'),
    ),
    discipline: disciplineSchema,
    pending: z.array(pendingChangeSchema, typeError('a list')).check(
      z.maxLength(MAX_PENDING, `at most ${MAX_PENDING} pending changes`),
      z.refine((ps) => new Set(ps.map((p) => pendingKey(p as PendingChange))).size === ps.length, 'one pending change per setting'),
    ),
  },
  typeError('an object'),
);

// The hand-written interfaces above are the documentation; this keeps them and the schema in step.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** For the pending union, written with an intersection above: the same set of values either way. */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Parsed = z.infer<typeof settingsSchema>;
export const schemaMatchesTypes: Equals<Parsed['limits'], Limits> extends true
  ? Equals<Parsed['presets'], SavedPreset[]> extends true
    ? Equals<Parsed['discipline'], Discipline> extends true
      ? Equals<Parsed['sites'][string]['guard'], GuardMode> extends true
        ? Mutual<Parsed['pending'], PendingChange[]> extends true
          ? true
          : never
        : never
      : never
    : never
  : never = true;

export type SchemaIssue = { path: string; message: string };

/** Strict validation, as for saving and import: every problem with its path. */
export function validateSettings(value: unknown): { ok: true; settings: Settings } | { ok: false; issues: SchemaIssue[] } {
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return { ok: true, settings: parsed.data as Settings };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(settings)',
      message: describeIssue(i),
    })),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  // zod/mini ships no locale: give the generic issue kinds words a trader can read.
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_type') return `must be ${issue.expected}`;
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message || issue.code;
}
