// The trader's numbers as stored: each limit's schema from its spec. Apart from the rest of the
// settings schema so that a content script, which validates only the limits the background sends
// it, does not carry the whole stored-settings schema.
import * as z from 'zod/mini';
import { LIMIT_KEYS, LIMIT_SPECS, NUMBER_KEYS, type LimitKey, type NumberKey } from './limits';
import { typeError } from './table';

function limitNumber(key: NumberKey) {
  const { min, max } = LIMIT_SPECS[key];
  return z.number(typeError('a number')).check(z.gte(min, `must be at least ${min}`), z.lte(max, `must be at most ${max}`));
}

// Marked pure: a content script validates `limitsSchema` only and leaves the overrides out.
const limitShape = /* @__PURE__ */ Object.fromEntries(LIMIT_KEYS.map((k) => [k, limitNumber(k)])) as { [K in LimitKey]: ReturnType<typeof limitNumber> };
const riskPerTradeNumber = limitNumber('riskPerTrade');

export const limitValuesSchema = z.strictObject(limitShape);

export const overridesSchema = z.strictObject(
  /* @__PURE__ */ Object.fromEntries(NUMBER_KEYS.map((k) => [k, z.optional(limitNumber(k))])) as {
    [K in NumberKey]: z.ZodMiniOptional<ReturnType<typeof limitNumber>>;
  },
);

export const limitKeySchema = z.enum(LIMIT_KEYS);
export const numberKeySchema = z.enum(NUMBER_KEYS);

export const limitsSchema = z.strictObject({
  ...limitShape,
  riskPerTrade: riskPerTradeNumber,
  hard: z
    .array(limitKeySchema, typeError('a list'))
    .check(z.refine((keys) => new Set(keys).size === keys.length, 'hard limits must not repeat')),
});
