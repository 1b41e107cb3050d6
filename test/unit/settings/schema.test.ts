import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, siteLimits } from '@/src/settings';
import { LIMIT_KEYS, LIMIT_SPECS } from '@/src/settings/limits';
import { MAX_PRESET_NAME, MAX_SAVED_PRESETS, validateSettings, type Settings } from '@/src/settings/schema';
import { SYNC_ITEM_QUOTA_BYTES, syncBytes } from '@/src/settings/store';
import { SITES } from '@/src/settings/sites';

const valid = (): Settings => ({
  limits: { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02, hard: ['maxLeverage'] },
  sites: { 'binance-usdm': { enabled: false, overrides: { maxLeverage: 5 } }, hyperliquid: { enabled: true, overrides: {} } },
  presets: [{ id: 'p-scalp', name: 'Scalp', limits: { maxLeverage: 20, minLiquidationDistance: 0.03, maxAccountLeverage: 8, maxLossAtStop: 0.005 } }],
});

const issuesOf = (value: unknown) => {
  const r = validateSettings(value);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('settings schema (v2)', () => {
  it('accepts the defaults and a full example', () => {
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
    expect(validateSettings(defaultSettings()).ok).toBe(true);
    expect(validateSettings(valid())).toEqual({ ok: true, settings: valid() });
  });

  it('enforces every limit range, inclusive', () => {
    for (const key of LIMIT_KEYS) {
      const { min, max } = LIMIT_SPECS[key];
      const at = (v: number) => ({ ...valid(), limits: { ...valid().limits, [key]: v } });
      expect(validateSettings(at(min)).ok, `${key} min`).toBe(true);
      expect(validateSettings(at(max)).ok, `${key} max`).toBe(true);
      expect(issuesOf(at(max + 1))).toEqual([`limits.${key}: must be at most ${max}`]);
      expect(issuesOf(at(min - 1))).toEqual([`limits.${key}: must be at least ${min}`]);
    }
  });

  it('says what is missing, mistyped or unknown, with the path', () => {
    const { presets: _p, ...noPresets } = valid();
    expect(issuesOf(noPresets)).toEqual(['presets: is missing']);
    expect(issuesOf({ ...valid(), limits: { ...valid().limits, maxLeverage: '10' } })).toEqual(['limits.maxLeverage: must be a number']);
    expect(issuesOf({ ...valid(), extra: 1 })).toEqual(['(settings): unknown field extra']);
    expect(issuesOf({ ...valid(), sites: { hyperliquid: { enabled: 'yes', overrides: {} } } })).toEqual(['sites.hyperliquid.enabled: must be true or false']);
    expect(issuesOf({ ...valid(), sites: { hyperliquid: { enabled: true, overrides: { hard: [] } } } })).toEqual([
      'sites.hyperliquid.overrides: unknown field hard',
    ]);
    expect(issuesOf('settings')).toEqual(['(settings): must be an object']);
  });

  it('rejects bad site ids, repeated hard limits and bad presets', () => {
    expect(validateSettings({ ...valid(), sites: { 'Not An Id': { enabled: true, overrides: {} } } }).ok).toBe(false);
    expect(validateSettings({ ...valid(), limits: { ...valid().limits, hard: ['maxLeverage', 'maxLeverage'] } }).ok).toBe(false);
    expect(validateSettings({ ...valid(), limits: { ...valid().limits, hard: ['everything'] } }).ok).toBe(false);
    const p = valid().presets[0]!;
    expect(validateSettings({ ...valid(), presets: [p, { ...p, name: 'Other' }] }).ok).toBe(false); // same id
    expect(validateSettings({ ...valid(), presets: [p, { ...p, id: 'p-2', name: 'SCALP' }] }).ok).toBe(false); // same name
    expect(validateSettings({ ...valid(), presets: [{ ...p, name: ' Scalp' }] }).ok).toBe(false);
    expect(validateSettings({ ...valid(), presets: [{ ...p, name: 'x'.repeat(MAX_PRESET_NAME + 1) }] }).ok).toBe(false);
  });

  it('keeps the largest possible settings inside one storage.sync item', () => {
    const big: Settings = {
      limits: { maxLeverage: 123.456789, minLiquidationDistance: 0.123456, maxAccountLeverage: 123.456789, maxLossAtStop: 0.123456, hard: [...LIMIT_KEYS] },
      // Every known site plus room for the seven venues planned next, all with every override.
      sites: Object.fromEntries(
        [...SITES.map((s) => s.id), 'dydx', 'okx-swap', 'bybit', 'bitget-usdtm', 'mexc', 'gmx', 'bitmex'].map((id) => [
          id,
          { enabled: false, overrides: { maxLeverage: 123.456789, minLiquidationDistance: 0.123456, maxAccountLeverage: 123.456789, maxLossAtStop: 0.123456 } },
        ]),
      ),
      presets: Array.from({ length: MAX_SAVED_PRESETS }, (_, i) => ({
        id: `p-${'x'.repeat(30)}-${i}`,
        name: `${'N'.repeat(MAX_PRESET_NAME - 3)}${String(i).padStart(3, '0')}`,
        limits: { maxLeverage: 123.456789, minLiquidationDistance: 0.123456, maxAccountLeverage: 123.456789, maxLossAtStop: 0.123456 },
      })),
    };
    expect(validateSettings(big).ok).toBe(true);
    expect(syncBytes(big)).toBeLessThan(SYNC_ITEM_QUOTA_BYTES);
  });
});

describe('siteLimits', () => {
  it('puts a site’s overrides over the global limits and keeps the global hard list', () => {
    expect(siteLimits(valid(), 'binance-usdm')).toEqual({ enabled: false, limits: { ...valid().limits, maxLeverage: 5 } });
    expect(siteLimits(valid(), 'hyperliquid')).toEqual({ enabled: true, limits: valid().limits });
  });

  it('treats a site without an entry as on, with the global limits', () => {
    expect(siteLimits(DEFAULT_SETTINGS, 'demo')).toEqual({ enabled: true, limits: DEFAULT_SETTINGS.limits });
  });
});
