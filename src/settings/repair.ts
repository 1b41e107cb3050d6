import type * as z from 'zod/mini';
import { DEFAULT_LIMITS, defaultSettings } from './defaults';
import { LIMIT_KEYS, LIMIT_SPECS, NUMBER_KEYS, clampLimit, isLimitKey, isNumberKey, roundStored, type LimitKey, type NumberKey } from './limits';
import { DEFAULT_PRESET } from './presets';
import {
  MAX_PENDING,
  MAX_PRESET_NAME,
  MAX_SAVED_PRESETS,
  PRESET_ID_RE,
  SITE_ID_RE,
  pendingChangeSchema,
  pendingKey,
  settingsSchema,
  type Discipline,
  type Limits,
  type PendingChange,
  type SavedPreset,
  type Settings,
  type SiteSettings,
} from './schema';
import { DISCIPLINE_OPTIONS, SITE_OPTIONS, defaultSite, type OptionRow } from './table';

export { DEFAULT_SETTINGS, defaultSettings } from './defaults';

export interface RepairResult {
  settings: Settings;
  /** What was wrong and what was done about it, one line each. Empty = the value was valid. */
  issues: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: unknown): string => {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}…` : s;
  } catch {
    return String(v);
  }
};

/**
 * The nearest valid number: a number out of range is clamped to it, a numeric string is read,
 * anything else is `null` (the caller falls back to a default).
 */
function nearestNumber(key: NumberKey, raw: unknown, at: string, issues: string[]): number | null {
  let n: number | null = null;
  if (typeof raw === 'number' && Number.isFinite(raw)) n = raw;
  else if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw.trim()))) {
    n = Number(raw.trim());
    issues.push(`${at} was the text ${show(raw)}; read it as the number ${n}.`);
  }
  if (n === null) return null;
  const fixed = clampLimit(key, n);
  if (fixed !== roundStored(n)) {
    const { min, max } = LIMIT_SPECS[key];
    issues.push(`${at} was ${n}, outside ${min}–${max}; set to ${fixed}.`);
  }
  return fixed;
}

function repairValues<K extends NumberKey>(
  raw: unknown,
  at: string,
  keys: readonly K[],
  fallback: Record<K, number>,
  issues: string[],
  extra: readonly string[] = [],
): Record<K, number> {
  const out = { ...fallback };
  if (!isRecord(raw)) {
    issues.push(`${at} was ${raw === undefined ? 'missing' : show(raw)}; used ${at === 'limits' ? 'the default limits' : 'defaults'}.`);
    return out;
  }
  for (const key of keys) {
    const n = nearestNumber(key, raw[key], `${at}.${key}`, issues);
    if (n === null) issues.push(`${at}.${key} was ${raw[key] === undefined ? 'missing' : show(raw[key])}; set to ${fallback[key]}.`);
    else out[key] = n;
  }
  for (const key of Object.keys(raw)) {
    if (!(keys as readonly string[]).includes(key) && !extra.includes(key)) issues.push(`${at}.${key} is not a setting; dropped it.`);
  }
  return out;
}

function repairLimits(raw: unknown, issues: string[]): Limits {
  const values = repairValues(raw, 'limits', NUMBER_KEYS, DEFAULT_LIMITS, issues, ['hard']);
  const rawHard = isRecord(raw) ? raw.hard : [];
  let hard: LimitKey[] = [];
  if (Array.isArray(rawHard)) {
    hard = [...new Set(rawHard.filter(isLimitKey))];
    if (hard.length !== rawHard.length) issues.push(`limits.hard had unknown or repeated entries ${show(rawHard)}; kept ${show(hard)}.`);
  } else if (isRecord(raw)) {
    issues.push(`limits.hard was ${rawHard === undefined ? 'missing' : show(rawHard)}; no limit is hard.`);
  }
  return { ...values, hard };
}

type AnyRow = OptionRow<z.ZodMiniType, z.ZodMiniType>;

/**
 * Each row of `rows` read from `raw`: a valid value is kept, one the row reads loosely is read so,
 * anything else takes the row's default.
 */
function repairOptions<T extends Record<string, unknown>>(raw: Record<string, unknown>, at: string, rows: Record<keyof T, AnyRow>, issues: string[]): T {
  const out: Record<string, unknown> = {};
  for (const [key, option] of Object.entries(rows) as [string, AnyRow][]) {
    const value = raw[key];
    if (option.schema.safeParse(value).success) {
      out[key] = value;
      continue;
    }
    const loose = option.readLoosely?.(value) ?? null;
    out[key] = loose ? loose.value : option.default;
    issues.push(`${at}.${key} was ${value === undefined ? 'missing' : show(value)}; ${loose ? loose.did : option.defaultWords}.`);
  }
  return out as T;
}

function dropUnknown(raw: Record<string, unknown>, at: string, known: readonly string[], issues: string[]): void {
  for (const key of Object.keys(raw)) if (!known.includes(key)) issues.push(`${at}.${key} is not a setting; dropped it.`);
}

function repairSite(id: string, raw: unknown, issues: string[]): SiteSettings {
  const at = `sites.${id}`;
  if (!isRecord(raw)) {
    issues.push(`${at} was ${show(raw)}; the site is on with no overrides.`);
    return defaultSite();
  }
  const options = repairOptions<Omit<SiteSettings, 'overrides'>>(raw, at, SITE_OPTIONS, issues);
  const overrides: Partial<Record<NumberKey, number>> = {};
  if (raw.overrides !== undefined && !isRecord(raw.overrides)) {
    issues.push(`${at}.overrides was ${show(raw.overrides)}; dropped it.`);
  } else if (raw.overrides === undefined) {
    issues.push(`${at}.overrides was missing; the site follows the global limits.`);
  } else {
    for (const [key, value] of Object.entries(raw.overrides)) {
      if (!isNumberKey(key)) {
        issues.push(`${at}.overrides.${key} is not a limit; dropped it.`);
        continue;
      }
      if (value === undefined || value === null) continue;
      const n = nearestNumber(key, value, `${at}.overrides.${key}`, issues);
      if (n === null) issues.push(`${at}.overrides.${key} was ${show(value)}; dropped the override.`);
      else overrides[key] = n;
    }
  }
  dropUnknown(raw, at, [...Object.keys(SITE_OPTIONS), 'overrides'], issues);
  return { ...options, overrides };
}

function repairSites(raw: unknown, issues: string[]): Record<string, SiteSettings> {
  const sites: Record<string, SiteSettings> = {};
  if (!isRecord(raw)) {
    issues.push(`sites was ${raw === undefined ? 'missing' : show(raw)}; every site is on with no overrides.`);
    return sites;
  }
  for (const [id, value] of Object.entries(raw)) {
    if (!SITE_ID_RE.test(id)) {
      issues.push(`sites has an entry with an invalid id ${show(id)}; dropped it.`);
      continue;
    }
    // Ids this version does not know are kept: a newer version on another browser may support that site.
    sites[id] = repairSite(id, value, issues);
  }
  return sites;
}

function repairPresets(raw: unknown, issues: string[]): SavedPreset[] {
  if (raw === undefined) {
    issues.push('presets was missing; you have no saved presets.');
    return [];
  }
  if (!Array.isArray(raw)) {
    issues.push(`presets was ${show(raw)}, not a list; you have no saved presets.`);
    return [];
  }
  const out: SavedPreset[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  raw.forEach((p, i) => {
    const at = `presets[${i}]`;
    if (!isRecord(p)) {
      issues.push(`${at} was ${show(p)}; dropped it.`);
      return;
    }
    let name = typeof p.name === 'string' ? p.name.trim().replace(/\s+/g, ' ').slice(0, MAX_PRESET_NAME) : '';
    if (!name) name = `Preset ${i + 1}`;
    if (name !== p.name) issues.push(`${at}.name was ${show(p.name)}; named it “${name}”.`);
    const base = name;
    for (let n = 2; names.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_PRESET_NAME - 4)} (${n})`;
    if (name !== base) issues.push(`${at} had the same name as another preset; renamed it “${name}”.`);
    let id = typeof p.id === 'string' && PRESET_ID_RE.test(p.id) ? p.id : '';
    if (!id || ids.has(id)) {
      const fresh = (k: number) => `p-repaired-${k}`;
      let k = i + 1;
      while (ids.has(fresh(k))) k++;
      issues.push(`${at}.id was ${show(p.id)}${id ? ' (repeated)' : ''}; gave it a new id.`);
      id = fresh(k);
    }
    const limits = repairValues(p.limits, `${at}.limits`, LIMIT_KEYS, DEFAULT_PRESET.limits, issues);
    for (const key of Object.keys(p)) {
      if (key !== 'id' && key !== 'name' && key !== 'limits') issues.push(`${at}.${key} is not a setting; dropped it.`);
    }
    if (out.length >= MAX_SAVED_PRESETS) {
      issues.push(`${at} “${name}” is past the ${MAX_SAVED_PRESETS}-preset limit; dropped it (it is in the backup).`);
      return;
    }
    ids.add(id);
    names.add(name.toLowerCase());
    out.push({ id, name, limits });
  });
  return out;
}

function repairDiscipline(raw: unknown, issues: string[]): Discipline {
  if (!isRecord(raw)) {
    const defaults = Object.values(DISCIPLINE_OPTIONS).map((option) => option.defaultWords);
    issues.push(`discipline was ${raw === undefined ? 'missing' : show(raw)}; ${defaults.join(', ')}.`);
    return defaultSettings().discipline;
  }
  const discipline = repairOptions<Discipline>(raw, 'discipline', DISCIPLINE_OPTIONS, issues);
  dropUnknown(raw, 'discipline', Object.keys(DISCIPLINE_OPTIONS), issues);
  return discipline;
}

/**
 * Pending changes are kept one by one when valid and dropped otherwise: dropping a pending raise
 * only keeps the stricter setting that applies now, so nothing here can loosen a limit.
 */
function repairPending(raw: unknown, issues: string[]): PendingChange[] {
  if (raw === undefined) {
    issues.push('pending was missing; no changes are waiting for the cool-down.');
    return [];
  }
  if (!Array.isArray(raw)) {
    issues.push(`pending was ${show(raw)}, not a list; dropped the changes waiting for the cool-down.`);
    return [];
  }
  const out: PendingChange[] = [];
  const keys = new Set<string>();
  raw.forEach((p, i) => {
    const parsed = pendingChangeSchema.safeParse(p);
    if (!parsed.success) {
      issues.push(`pending[${i}] was ${show(p)}; dropped it (the setting stays as it applies now).`);
      return;
    }
    const change = parsed.data;
    const key = pendingKey(change);
    if (keys.has(key)) {
      issues.push(`pending[${i}] repeats a pending change of the same setting; dropped it.`);
      return;
    }
    if (out.length >= MAX_PENDING) {
      issues.push(`pending[${i}] is past the ${MAX_PENDING}-change limit; dropped it.`);
      return;
    }
    keys.add(key);
    out.push(change);
  });
  return out;
}

/**
 * Turns whatever is stored into the nearest valid settings, field by field: a bad number is
 * clamped or replaced by its default, a bad site or preset is fixed or dropped, unknown fields are
 * dropped; everything valid is kept as it was. Never throws. `issues` says what changed, for the
 * backup record and the popup's notice; `null`/`undefined` (nothing stored) is not an issue.
 */
export function repairSettings(raw: unknown): RepairResult {
  if (raw === null || raw === undefined) return { settings: defaultSettings(), issues: [] };
  const quick = settingsSchema.safeParse(raw);
  if (quick.success) return { settings: quick.data, issues: [] };

  const issues: string[] = [];
  if (!isRecord(raw)) {
    issues.push(`The stored settings were ${show(raw)}, not settings; started again from the defaults.`);
    return { settings: defaultSettings(), issues };
  }
  const settings: Settings = {
    limits: repairLimits(raw.limits, issues),
    sites: repairSites(raw.sites, issues),
    presets: repairPresets(raw.presets, issues),
    discipline: repairDiscipline(raw.discipline, issues),
    pending: repairPending(raw.pending, issues),
  };
  for (const key of Object.keys(raw)) {
    if (!['limits', 'sites', 'presets', 'discipline', 'pending'].includes(key)) issues.push(`${key} is not a setting; dropped it.`);
  }
  const check = settingsSchema.safeParse(settings);
  if (!check.success) {
    // Unreachable if the repair above covers the schema; never hand out invalid settings regardless.
    issues.push('The settings could not be repaired field by field; started again from the defaults.');
    return { settings: defaultSettings(), issues };
  }
  if (issues.length === 0) issues.push('The stored settings did not match the expected shape; normalised them.');
  return { settings: check.data, issues };
}
