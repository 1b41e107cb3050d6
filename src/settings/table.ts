import * as z from 'zod/mini';
import { DEFAULT_GUARD_MODE, GUARD_MODES, guardModeSchema } from './guardModes';
import type { SiteSettings } from './schema';

export { GUARD_MODES, type GuardMode } from './guardModes';

/**
 * The settings that are one value each, in one table: each row's schema, its default, which way
 * it gets looser (a raise, which waits for the cool-down), what a pending raise of it may carry,
 * and how the repair reads a stored value that is not valid. The schema, the repair, the
 * defaults and the cool-down are all built from these rows; the numbers (the four limits and the
 * risk per trade) have their own table, `LIMIT_SPECS` in `limits.ts`.
 *
 * Adding a per-site option is a row in `SITE_OPTIONS` and its words (locale files, the pending
 * change's sentence in `src/ui/popup/words.ts`); see docs/settings.md.
 */

/** Type errors in words: "is missing" when absent, "must be a number" when it is something else. */
export const typeError = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});

/** How long a raise waits before it applies. Ordered from weakest to strictest. */
export const COOL_DOWNS = ['none', '1h', '24h'] as const;
export type CoolDown = (typeof COOL_DOWNS)[number];
const coolDownSchema = z.enum(COOL_DOWNS, { error: () => `must be one of ${COOL_DOWNS.join(', ')}` });

export interface OptionRow<S extends z.ZodMiniType, P extends z.ZodMiniType> {
  schema: S;
  default: z.infer<S>;
  /** True when `next` guards less than `previous`: the change waits for the cool-down. */
  looser: (next: z.infer<S>, previous: z.infer<S>) => boolean;
  /** The values a pending change may carry (only looser ones ever wait). */
  pending: P;
  /** Reads a stored value that is not valid as the nearest valid one, with what was done; null: the default. */
  readLoosely?: (raw: unknown) => { value: z.infer<S>; did: string } | null;
  /** What the default means, for the repair's message: "the site is on". */
  defaultWords: string;
}

const row = <S extends z.ZodMiniType, P extends z.ZodMiniType>(r: OptionRow<S, P>): OptionRow<S, P> => r;

/** Stricter = later in the list (the lists above run from weakest to strictest). */
const weaker =
  <T>(order: readonly T[]) =>
  (next: T, previous: T): boolean =>
    order.indexOf(next) < order.indexOf(previous);

/** What each site has; a site without an entry has the defaults. */
export const SITE_OPTIONS = {
  guard: row({
    schema: guardModeSchema,
    default: DEFAULT_GUARD_MODE,
    looser: weaker(GUARD_MODES),
    pending: guardModeSchema,
    defaultWords: 'guard mode is confirm',
  }),
  // Off: no overlay and no checks at all on the site, the widest raise there is.
  enabled: row({
    schema: z.boolean(typeError('true or false')),
    default: true,
    looser: (next, previous) => previous && !next,
    pending: z.literal(false),
    readLoosely: (raw) =>
      raw === 'false' || raw === 0 ? { value: false, did: 'read it as off' } : raw === 'true' || raw === 1 ? { value: true, did: 'read it as on' } : null,
    defaultWords: 'the site is on',
  }),
};

/** The cool-down itself: shortening it is a raise, or it could be switched off and a raise made at once. */
export const DISCIPLINE_OPTIONS = {
  coolDown: row({
    schema: coolDownSchema,
    default: 'none',
    looser: weaker(COOL_DOWNS),
    pending: coolDownSchema,
    defaultWords: 'the cool-down is none',
  }),
};

export type SiteOption = keyof typeof SITE_OPTIONS;
export type DisciplineOption = keyof typeof DISCIPLINE_OPTIONS;
// Marked pure so a bundle that uses none of the table (a content script) can leave it out.
export const SITE_OPTION_KEYS = /* @__PURE__ */ Object.keys(SITE_OPTIONS) as SiteOption[];
export const DISCIPLINE_OPTION_KEYS = /* @__PURE__ */ Object.keys(DISCIPLINE_OPTIONS) as DisciplineOption[];

export type SiteOptionValues = { [K in SiteOption]: z.infer<(typeof SITE_OPTIONS)[K]['schema']> };
export type DisciplineValues = { [K in DisciplineOption]: z.infer<(typeof DISCIPLINE_OPTIONS)[K]['schema']> };

export { DEFAULT_GUARD_MODE } from './guardModes';
export const DEFAULT_COOL_DOWN: CoolDown = DISCIPLINE_OPTIONS.coolDown.default;

const defaultSiteOptions = (): SiteOptionValues =>
  Object.fromEntries(SITE_OPTION_KEYS.map((k) => [k, SITE_OPTIONS[k].default])) as SiteOptionValues;

/** A site without an entry: the defaults of every site option, no overrides. */
export const defaultSite = (): SiteSettings => ({ ...defaultSiteOptions(), overrides: {} });

export const defaultDiscipline = (): DisciplineValues =>
  Object.fromEntries(DISCIPLINE_OPTION_KEYS.map((k) => [k, DISCIPLINE_OPTIONS[k].default])) as DisciplineValues;
