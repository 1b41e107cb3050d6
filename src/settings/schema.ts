import * as z from 'zod/mini';
import { LIMIT_SPECS } from './limits';
import { MAX_PRESET_NAME, MAX_SAVED_PRESETS } from './presets';
import { limitKeySchema, limitValuesSchema, limitsSchema, numberKeySchema, overridesSchema } from './limitsSchema';
import {
  DISCIPLINE_OPTIONS,
  DISCIPLINE_OPTION_KEYS,
  SITE_OPTIONS,
  SITE_OPTION_KEYS,
  typeError,
  type DisciplineOption,
  type SiteOption,
} from './table';

/**
 * The settings as stored in `sync:settings`, version 3 (see `migrations.ts` for the history).
 *
 * ```
 * {
 *   limits:     { maxLeverage, minLiquidationDistance, maxAccountLeverage, maxLossAtStop, riskPerTrade, hard: LimitKey[] },
 *   sites:      { [siteId]: { guard: 'off' | 'warn' | 'confirm', enabled, overrides: { [NumberKey]?: number } } },
 *                                                                    // the options are the rows of SITE_OPTIONS (table.ts);
 *                                                                    // absent site = their defaults (guard 'confirm', on), no overrides
 *   presets:    [{ id, name, limits: { the four limits } }],         // the trader's own, ≤ 20
 *   discipline: { coolDown: 'none' | '1h' | '24h' },
 *   pending:    [PendingChange],                                     // raises waiting for the cool-down, ≤ 10
 * }
 * ```
 *
 * Everything outside `pending` is what applies now (apart from pending changes that are already
 * due but not yet written back: `applyDue` in `pending.ts` applies those, and `siteLimits`
 * does so on every read). Objects are strict: an unknown key is corruption (or a newer version,
 * see `store.ts`).
 */

export { COOL_DOWNS, DEFAULT_GUARD_MODE, GUARD_MODES, type CoolDown, type GuardMode } from './table';

export { MAX_PRESET_NAME, MAX_SAVED_PRESETS } from './presets';
export const SITE_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const PRESET_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
/** Pending changes at once: one per target, and room in the 8 KB sync item. */
export const MAX_PENDING = 10;
/** The longest cool-down; a pending change never waits longer than this after it was asked for. @inlined */
export const MAX_COOL_DOWN_MS = 24 * 60 * 60 * 1000;

const siteIdSchema = z.string(typeError('text')).check(z.regex(SITE_ID_RE, 'a site id is lowercase letters, digits and dashes'));

const siteOptionShape = Object.fromEntries(SITE_OPTION_KEYS.map((k) => [k, SITE_OPTIONS[k].schema])) as {
  [K in SiteOption]: (typeof SITE_OPTIONS)[K]['schema'];
};

const siteSettingsSchema = z.strictObject({ ...siteOptionShape, overrides: overridesSchema });

const disciplineSchema = z.strictObject(
  Object.fromEntries(DISCIPLINE_OPTION_KEYS.map((k) => [k, DISCIPLINE_OPTIONS[k].schema])) as {
    [K in DisciplineOption]: (typeof DISCIPLINE_OPTIONS)[K]['schema'];
  },
  typeError('an object'),
);

/** When a pending change was asked for and when it applies: epoch milliseconds. */
const timeSchema = z.number(typeError('a time')).check(z.int('must be whole milliseconds'), z.gte(0, 'must not be negative'));
const times = { requestedAt: timeSchema, appliesAt: timeSchema };

type Times = typeof times;
type SitePendingSchema = {
  [K in SiteOption]: z.ZodMiniObject<{ field: z.ZodMiniLiteral<K>; site: typeof siteIdSchema; value: (typeof SITE_OPTIONS)[K]['pending'] } & Times, z.core.$strict>;
}[SiteOption];
type DisciplinePendingSchema = {
  [K in DisciplineOption]: z.ZodMiniObject<{ field: z.ZodMiniLiteral<K>; value: (typeof DISCIPLINE_OPTIONS)[K]['pending'] } & Times, z.core.$strict>;
}[DisciplineOption];

const limitPending = z.strictObject({ field: z.literal('limit'), site: z.nullable(siteIdSchema), key: numberKeySchema, value: z.nullable(z.number()), ...times });
const hardPending = z.strictObject({ field: z.literal('hard'), key: limitKeySchema, value: z.literal(false), ...times });
const optionPending = [
  ...SITE_OPTION_KEYS.map((k) => z.strictObject({ field: z.literal(k), site: siteIdSchema, value: SITE_OPTIONS[k].pending, ...times })),
  ...DISCIPLINE_OPTION_KEYS.map((k) => z.strictObject({ field: z.literal(k), value: DISCIPLINE_OPTIONS[k].pending, ...times })),
] as (SitePendingSchema | DisciplinePendingSchema)[];
const PENDING_FIELDS = ['limit', 'hard', ...SITE_OPTION_KEYS, ...DISCIPLINE_OPTION_KEYS];

/**
 * A raise waiting for the cool-down. One per target (a newer request for the same target
 * replaces it); `pendingKey` names the target.
 *
 * - `limit`: a number of all sites (`site: null`) or a site's override; `value: null` removes a
 *   site's override (the site then follows all sites).
 * - `hard`: the limit is no longer hard.
 * - a site option (`guard`, `enabled`): the site's value becomes looser.
 * - `coolDown`: the cool-down becomes shorter.
 */
export const pendingChangeSchema = z
  .discriminatedUnion('field', [limitPending, hardPending, ...optionPending] as [typeof limitPending, typeof hardPending, ...(SitePendingSchema | DisciplinePendingSchema)[]], {
    error: () => `must be a pending change (field ${PENDING_FIELDS.slice(0, -1).join(', ')} or ${PENDING_FIELDS.at(-1)})`,
  })
  .check(
    z.refine((p) => p.appliesAt >= p.requestedAt && p.appliesAt - p.requestedAt <= MAX_COOL_DOWN_MS, 'must apply within 24 hours of being asked for'),
    z.refine((p) => {
      if (p.field !== 'limit') return true;
      if (p.value === null) return p.site !== null; // only a site's override can be removed
      const { min, max } = LIMIT_SPECS[p.key];
      return Number.isFinite(p.value) && p.value >= min && p.value <= max;
    }, 'the value must be in the range of its limit'),
  );

export type PendingChange = z.infer<typeof pendingChangeSchema>;

/** One target per pending change: `limit:<site or *>:<key>`, `hard:<key>`, `guard:<site>`, `enabled:<site>`, `coolDown`. */
export function pendingKey(p: PendingChange): string {
  if (p.field === 'limit') return `limit:${p.site ?? '*'}:${p.key}`;
  if (p.field === 'hard') return `hard:${p.key}`;
  return 'site' in p ? `${p.field}:${p.site}` : p.field;
}

const presetNameSchema = z
  .string(typeError('text'))
  .check(
    z.minLength(1, 'a preset needs a name'),
    z.maxLength(MAX_PRESET_NAME, `a preset name has at most ${MAX_PRESET_NAME} characters`),
    z.refine((s) => s.trim() === s, 'a preset name must not start or end with spaces'),
  );

const savedPresetSchema = z.strictObject({
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
      z.refine((ps) => new Set(ps.map(pendingKey)).size === ps.length, 'one pending change per setting'),
    ),
  },
  typeError('an object'),
);

export type Settings = z.infer<typeof settingsSchema>;
export type Limits = Settings['limits'];
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type SavedPreset = z.infer<typeof savedPresetSchema>;
export type Discipline = Settings['discipline'];

export type SchemaIssue = { path: string; message: string };

/** Strict validation, as for saving and import: every problem with its path. */
export function validateSettings(value: unknown): { ok: true; settings: Settings } | { ok: false; issues: SchemaIssue[] } {
  const parsed = settingsSchema.safeParse(value);
  if (parsed.success) return { ok: true, settings: parsed.data };
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
