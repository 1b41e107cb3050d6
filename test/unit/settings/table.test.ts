import { describe, expect, it } from 'vitest';
import { applyDue, commitChange } from '@/src/settings/discipline';
import { defaultSettings } from '@/src/settings/defaults';
import { repairSettings } from '@/src/settings/repair';
import { pendingKey, validateSettings, type Settings } from '@/src/settings/schema';
import {
  COOL_DOWNS,
  DISCIPLINE_OPTIONS,
  DISCIPLINE_OPTION_KEYS,
  GUARD_MODES,
  SITE_OPTIONS,
  SITE_OPTION_KEYS,
  type DisciplineOption,
  type DisciplineValues,
  type SiteOption,
  type SiteOptionValues,
} from '@/src/settings/table';

// Every row of the settings table gets the same treatment from the cool-down and the repair, so
// a new row is covered here as soon as it has its values listed below (the types require it).

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 3, 2, 13, 5);

const SITE_VALUES: { [K in SiteOption]: readonly SiteOptionValues[K][] } = { guard: GUARD_MODES, enabled: [true, false] };
const DISCIPLINE_VALUES: { [K in DisciplineOption]: readonly DisciplineValues[K][] } = { coolDown: COOL_DOWNS };

/** Every ordered pair of two different values. */
const pairs = <T>(values: readonly T[]): [T, T][] => values.flatMap((a) => values.filter((b) => b !== a).map((b): [T, T] => [a, b]));

const withSite = (s: Settings, key: SiteOption, value: unknown): Settings => ({
  ...s,
  sites: { ...s.sites, demo: { ...(s.sites.demo ?? { guard: 'confirm', enabled: true, overrides: {} }), [key]: value } },
});

describe('a per-site option under a 24-hour cool-down', () => {
  for (const key of SITE_OPTION_KEYS) {
    const base: Settings = { ...defaultSettings(), discipline: { coolDown: '24h' } };

    it(`${key}: of a change and its undo, exactly one waits, so undoing a raise always applies at once`, () => {
      for (const [a, b] of pairs(SITE_VALUES[key] as readonly unknown[])) {
        const forth = commitChange(withSite(base, key, a), withSite(base, key, b), T0).deferred.length;
        const back = commitChange(withSite(base, key, b), withSite(base, key, a), T0).deferred.length;
        expect([forth, back].sort(), `${String(a)} ↔ ${String(b)}`).toEqual([0, 1]);
      }
    });

    it(`${key}: a change that waits keeps the value in force, then applies exactly after the wait`, () => {
      for (const [a, b] of pairs(SITE_VALUES[key] as readonly unknown[])) {
        const before = withSite(base, key, a);
        const { settings, deferred } = commitChange(before, withSite(base, key, b), T0);
        if (deferred.length === 0) continue;
        expect(deferred.map(pendingKey)).toEqual([`${key}:demo`]);
        expect(validateSettings(settings).ok).toBe(true);
        expect(settings.sites.demo?.[key]).toBe(a);
        expect(applyDue(settings, T0 + 24 * HOUR - 1).sites.demo?.[key]).toBe(a);
        expect(applyDue(settings, T0 + 24 * HOUR).sites.demo?.[key]).toBe(b);
      }
    });

    it(`${key}: a stored value that is not one is repaired to the default, and said so`, () => {
      const stored = withSite(defaultSettings(), key, { not: 'a value' });
      const { settings, issues } = repairSettings(stored);
      expect(settings.sites.demo?.[key]).toBe(SITE_OPTIONS[key].default);
      expect(issues).toEqual([`sites.demo.${key} was {"not":"a value"}; ${SITE_OPTIONS[key].defaultWords}.`]);
    });
  }
});

describe('the cool-down itself', () => {
  for (const key of DISCIPLINE_OPTION_KEYS) {
    it(`${key}: of a change and its undo, exactly one waits`, () => {
      for (const [a, b] of pairs(DISCIPLINE_VALUES[key] as readonly unknown[])) {
        const at = (v: unknown): Settings => ({ ...defaultSettings(), discipline: { ...defaultSettings().discipline, [key]: v } as Settings['discipline'] });
        const forth = commitChange(at(a), at(b), T0).deferred.length;
        const back = commitChange(at(b), at(a), T0).deferred.length;
        expect([forth, back].sort(), `${String(a)} ↔ ${String(b)}`).toEqual([0, 1]);
      }
    });

    it(`${key}: a stored value that is not one is repaired to the default, and said so`, () => {
      const stored = { ...defaultSettings(), discipline: { [key]: 'forever' } };
      const { settings, issues } = repairSettings(stored);
      expect(settings.discipline[key]).toBe(DISCIPLINE_OPTIONS[key].default);
      expect(issues).toEqual([`discipline.${key} was "forever"; ${DISCIPLINE_OPTIONS[key].defaultWords}.`]);
    });
  }
});
