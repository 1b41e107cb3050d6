import * as z from 'zod/mini';
import { LIMIT_KEYS, LIMIT_SPECS, type LimitKey, type LimitValues } from './limits';

/**
 * The settings as stored in `sync:settings`, version 2 (see `migrations.ts` for the history).
 *
 * ```
 * {
 *   limits:  { maxLeverage, minLiquidationDistance, maxAccountLeverage, maxLossAtStop, hard: LimitKey[] },
 *   sites:   { [siteId]: { enabled, overrides: { [LimitKey]?: number } } },   // absent site = on, no overrides
 *   presets: [{ id, name, limits: { the four numbers } }],                       // the trader's own, ≤ 20
 * }
 * ```
 *
 * Built so the discipline features (issue 7) are additive migrations: a per-site `guard` mode
 * goes into `sites[id]`, a cool-down and pending limit raises into a new top-level object.
 * Objects are strict: an unknown key is corruption (or a newer version, see `store.ts`).
 */

export interface Limits extends LimitValues {
  /** Limits the trader marked as hard: breaking one is `blocked`, not just `danger`. */
  hard: LimitKey[];
}

export interface SiteSettings {
  enabled: boolean;
  overrides: Partial<LimitValues>;
}

export interface SavedPreset {
  id: string;
  name: string;
  limits: LimitValues;
}

export interface Settings {
  limits: Limits;
  sites: Record<string, SiteSettings>;
  presets: SavedPreset[];
}

export const MAX_SAVED_PRESETS = 20;
export const MAX_PRESET_NAME = 40;
export const SITE_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const PRESET_ID_RE = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** Type errors in words: "is missing" when absent, "must be a number" when it is something else. */
const typeError = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});

function limitNumber(key: LimitKey) {
  const { min, max } = LIMIT_SPECS[key];
  return z.number(typeError('a number')).check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));
}

const limitShape = {
  maxLeverage: limitNumber('maxLeverage'),
  minLiquidationDistance: limitNumber('minLiquidationDistance'),
  maxAccountLeverage: limitNumber('maxAccountLeverage'),
  maxLossAtStop: limitNumber('maxLossAtStop'),
};

export const limitValuesSchema = z.strictObject(limitShape);

export const overridesSchema = z.strictObject({
  maxLeverage: z.optional(limitShape.maxLeverage),
  minLiquidationDistance: z.optional(limitShape.minLiquidationDistance),
  maxAccountLeverage: z.optional(limitShape.maxAccountLeverage),
  maxLossAtStop: z.optional(limitShape.maxLossAtStop),
});

export const limitKeySchema = z.enum(LIMIT_KEYS);

export const limitsSchema = z.strictObject({
  ...limitShape,
  hard: z
    .array(limitKeySchema, typeError('a list'))
    .check(z.refine((keys) => new Set(keys).size === keys.length, 'hard limits must not repeat')),
});

export const siteSettingsSchema = z.strictObject({
  enabled: z.boolean(typeError('true or false')),
  overrides: overridesSchema,
});

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
    sites: z.record(
      z.string().check(z.regex(SITE_ID_RE, 'a site id is lowercase letters, digits and dashes')),
      siteSettingsSchema,
    ),
    presets: z.array(savedPresetSchema, typeError('a list')).check(
      z.maxLength(MAX_SAVED_PRESETS, `at most ${MAX_SAVED_PRESETS} saved presets`),
      z.refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'preset ids must be unique'),
      z.refine((ps) => new Set(ps.map((p) => p.name.toLowerCase())).size === ps.length, 'preset names must be unique'),
    ),
  },
  typeError('an object'),
);

// The hand-written interfaces above are the documentation; this keeps them and the schema in step.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Parsed = z.infer<typeof settingsSchema>;
export const schemaMatchesTypes: Equals<Parsed['limits'], Limits> extends true
  ? Equals<Parsed['presets'], SavedPreset[]> extends true
    ? true
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
