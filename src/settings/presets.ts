import { NUMBER_KEYS, pickLimitValues, sameLimitValues, type LimitValues, type NumberValues } from './limits';
import type { SavedPreset, Settings } from './schema';
import { defaultSite } from './table';

/** The trader's own presets at most, and the longest name one may have. */
export const MAX_SAVED_PRESETS = 20;
export const MAX_PRESET_NAME = 40;


export interface BuiltInPreset {
  id: 'conservative' | 'moderate' | 'aggressive';
  name: string;
  description: string;
  limits: LimitValues;
}

/**
 * The three built-in presets. Each preset's distance limit sits just under what its own maximum
 * leverage allows on an isolated position (≈ 1/leverage − maintenance rate: 3× ≈ 33 %, 10× ≈ 9.5 %,
 * 25× ≈ 3.6 %), so an order at the preset's maximum leverage does not break its distance limit
 * as well; the distance limit catches what leverage alone misses (adding to a position, a limit
 * price far from the mark, tier rates on large notionals).
 *
 * | preset       | max leverage | min liq. distance | max account leverage | max loss at stop |
 * |--------------|--------------|-------------------|----------------------|------------------|
 * | Conservative | 3×           | 20 %              | 2×                   | 1 % of equity    |
 * | Moderate     | 10×          | 8 %               | 5×                   | 2 % of equity    |
 * | Aggressive   | 25×          | 3 %               | 10×                  | 3 % of equity    |
 *
 * Moderate is the default for a new install. The 1 % / 2 % risk per trade are the usual
 * position-sizing rules; 3 % is the ceiling most sizing guides put on an aggressive account.
 */
export const BUILT_IN_PRESETS: readonly BuiltInPreset[] = [
  {
    id: 'conservative',
    name: 'Conservative',
    description: '3× max, liquidation ≥ 20 % away, account ≤ 2×, lose ≤ 1 % at the stop',
    limits: { maxLeverage: 3, minLiquidationDistance: 0.2, maxAccountLeverage: 2, maxLossAtStop: 0.01 },
  },
  {
    id: 'moderate',
    name: 'Moderate',
    description: '10× max, liquidation ≥ 8 % away, account ≤ 5×, lose ≤ 2 % at the stop',
    limits: { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02 },
  },
  {
    id: 'aggressive',
    name: 'Aggressive',
    description: '25× max, liquidation ≥ 3 % away, account ≤ 10×, lose ≤ 3 % at the stop',
    limits: { maxLeverage: 25, minLiquidationDistance: 0.03, maxAccountLeverage: 10, maxLossAtStop: 0.03 },
  },
];

export const DEFAULT_PRESET = BUILT_IN_PRESETS[1]!;

/** Where a change goes: the global limits, or one site's overrides. */
export type LimitScope = { kind: 'global' } | { kind: 'site'; siteId: string };
export const GLOBAL: LimitScope = { kind: 'global' };

/**
 * Sets the four limits of a scope (a preset). `hard` and the risk per trade are kept as they are.
 * Like every change from the popup and options page, it is stored through `commitChange`
 * (`updateSettings`), so raises wait for the cool-down.
 */
export function applyLimitValues(settings: Settings, values: LimitValues, scope: LimitScope = GLOBAL): Settings {
  const picked = pickLimitValues(values);
  if (scope.kind === 'global') return { ...settings, limits: { ...settings.limits, ...picked, hard: settings.limits.hard } };
  const site = settings.sites[scope.siteId] ?? defaultSite();
  const risk = site.overrides.riskPerTrade;
  return {
    ...settings,
    sites: { ...settings.sites, [scope.siteId]: { ...site, overrides: { ...picked, ...(risk !== undefined ? { riskPerTrade: risk } : {}) } } },
  };
}

/**
 * Sets some numbers (limits, risk per trade) of a scope. For a site, a value equal to the global
 * one is stored as "no override" so the site keeps following the global limits, and `undefined`
 * clears an override.
 */
export function setLimits(settings: Settings, values: Partial<NumberValues>, scope: LimitScope = GLOBAL): Settings {
  if (scope.kind === 'global') {
    const limits = { ...settings.limits };
    for (const k of NUMBER_KEYS) if (values[k] !== undefined) limits[k] = values[k];
    return { ...settings, limits };
  }
  const site = settings.sites[scope.siteId] ?? defaultSite();
  const overrides: Partial<NumberValues> = { ...site.overrides };
  for (const k of NUMBER_KEYS) {
    if (!(k in values)) continue;
    const v = values[k];
    if (v === undefined || Math.abs(v - settings.limits[k]) < 1e-9) delete overrides[k];
    else overrides[k] = v;
  }
  return { ...settings, sites: { ...settings.sites, [scope.siteId]: { ...site, overrides } } };
}

export function clearOverrides(settings: Settings, siteId: string): Settings {
  const site = settings.sites[siteId];
  if (!site) return settings;
  return { ...settings, sites: { ...settings.sites, [siteId]: { ...site, overrides: {} } } };
}

/** The numbers of a scope as they apply: global, or global with the site's overrides on top. */
export function scopeValues(settings: Settings, scope: LimitScope): NumberValues {
  const global: NumberValues = { ...pickLimitValues(settings.limits), riskPerTrade: settings.limits.riskPerTrade };
  if (scope.kind === 'global') return global;
  return { ...global, ...settings.sites[scope.siteId]?.overrides };
}

export type PresetRef = { kind: 'built-in'; preset: BuiltInPreset } | { kind: 'saved'; preset: SavedPreset };

/** The preset these values are exactly, if any (built-ins first). */
export function matchingPreset(values: LimitValues, saved: readonly SavedPreset[]): PresetRef | null {
  const builtIn = BUILT_IN_PRESETS.find((p) => sameLimitValues(p.limits, values));
  if (builtIn) return { kind: 'built-in', preset: builtIn };
  const own = saved.find((p) => sameLimitValues(p.limits, values));
  return own ? { kind: 'saved', preset: own } : null;
}

export type PresetResult = { ok: true; settings: Settings; preset: SavedPreset } | { ok: false; error: string };

function validatePresetName(raw: string): { ok: true; name: string } | { ok: false; error: string } {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, error: 'Give the preset a name.' };
  if (name.length > MAX_PRESET_NAME) return { ok: false, error: `At most ${MAX_PRESET_NAME} characters.` };
  if (BUILT_IN_PRESETS.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
    return { ok: false, error: `“${name}” is a built-in preset; pick another name.` };
  }
  return { ok: true, name };
}

function newPresetId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'preset';
  let id = `p-${slug}`.slice(0, 40);
  for (let n = 2; taken.has(id); n++) id = `p-${slug}-${n}`.slice(0, 40);
  return id;
}

/**
 * Saves values as the trader's preset. A preset with the same name (any case) is updated in
 * place, so "save" twice never creates duplicates.
 */
export function savePreset(settings: Settings, rawName: string, values: LimitValues): PresetResult {
  const checked = validatePresetName(rawName);
  if (!checked.ok) return checked;
  const limits = pickLimitValues(values);
  const existing = settings.presets.find((p) => p.name.toLowerCase() === checked.name.toLowerCase());
  if (existing) {
    const preset = { ...existing, name: checked.name, limits };
    return { ok: true, preset, settings: { ...settings, presets: settings.presets.map((p) => (p.id === existing.id ? preset : p)) } };
  }
  if (settings.presets.length >= MAX_SAVED_PRESETS) {
    return { ok: false, error: `You have ${MAX_SAVED_PRESETS} presets, the most there is room for; delete one first.` };
  }
  const preset = { id: newPresetId(checked.name, new Set(settings.presets.map((p) => p.id))), name: checked.name, limits };
  return { ok: true, preset, settings: { ...settings, presets: [...settings.presets, preset] } };
}

export function renamePreset(settings: Settings, id: string, rawName: string): PresetResult {
  const checked = validatePresetName(rawName);
  if (!checked.ok) return checked;
  const target = settings.presets.find((p) => p.id === id);
  if (!target) return { ok: false, error: 'That preset no longer exists.' };
  if (settings.presets.some((p) => p.id !== id && p.name.toLowerCase() === checked.name.toLowerCase())) {
    return { ok: false, error: `You already have a preset called “${checked.name}”.` };
  }
  const preset = { ...target, name: checked.name };
  return { ok: true, preset, settings: { ...settings, presets: settings.presets.map((p) => (p.id === id ? preset : p)) } };
}

export function deletePreset(settings: Settings, id: string): Settings {
  return { ...settings, presets: settings.presets.filter((p) => p.id !== id) };
}
