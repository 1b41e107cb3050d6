import { DEFAULT_RISK_PER_TRADE } from './limits';
import { DEFAULT_PRESET } from './presets';
import type { Limits, Settings } from './schema';
import { defaultDiscipline } from './table';

// The settings of a new install: the built-in Moderate preset, and the default of each row of
// `table.ts` (a site without an entry has those too).

export const DEFAULT_LIMITS: Limits = { ...DEFAULT_PRESET.limits, riskPerTrade: DEFAULT_RISK_PER_TRADE, hard: [] };

export { DEFAULT_COOL_DOWN, defaultSite } from './table';

/** A fresh copy of the defaults (DEFAULT_SETTINGS itself must never be mutated). */
export const defaultSettings = (): Settings => ({
  limits: { ...DEFAULT_LIMITS, hard: [] },
  sites: {},
  presets: [],
  discipline: defaultDiscipline(),
  pending: [],
});

// Pure: a content script that needs only the limits leaves it (and the table behind it) out.
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ defaultSettings();
