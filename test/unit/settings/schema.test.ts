import { describe, expect, it } from 'vitest';
import { siteLimits } from '@/src/settings';
import { DEFAULT_SETTINGS, defaultSettings } from '@/src/settings/defaults';
import { LIMIT_KEYS, LIMIT_SPECS, NUMBER_KEYS } from '@/src/settings/limits';
import { MAX_PENDING, MAX_PRESET_NAME, MAX_SAVED_PRESETS, validateSettings, type PendingChange, type Settings } from '@/src/settings/schema';
import { SYNC_ITEM_QUOTA_BYTES, syncBytes } from '@/src/settings/store';
import { SITES } from '@/src/settings/sites';

const T0 = Date.UTC(2026, 3, 2, 12, 0);
const HOUR = 3_600_000;

const valid = (): Settings => ({
  limits: { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02, riskPerTrade: 0.01, hard: ['maxLeverage'] },
  sites: {
    'binance-usdm': { enabled: false, guard: 'warn', overrides: { maxLeverage: 5, riskPerTrade: 0.005 } },
    hyperliquid: { enabled: true, guard: 'confirm', overrides: {} },
  },
  presets: [{ id: 'p-scalp', name: 'Scalp', limits: { maxLeverage: 20, minLiquidationDistance: 0.03, maxAccountLeverage: 8, maxLossAtStop: 0.005 } }],
  discipline: { coolDown: '1h' },
  pending: [
    { field: 'limit', site: null, key: 'maxLeverage', value: 20, requestedAt: T0, appliesAt: T0 + HOUR },
    { field: 'limit', site: 'hyperliquid', key: 'minLiquidationDistance', value: null, requestedAt: T0, appliesAt: T0 + HOUR },
    { field: 'hard', key: 'maxLeverage', value: false, requestedAt: T0, appliesAt: T0 + HOUR },
    { field: 'guard', site: 'hyperliquid', value: 'off', requestedAt: T0, appliesAt: T0 + HOUR },
    { field: 'enabled', site: 'demo', value: false, requestedAt: T0, appliesAt: T0 + HOUR },
    { field: 'coolDown', value: 'none', requestedAt: T0, appliesAt: T0 + HOUR },
  ],
});

const issuesOf = (value: unknown) => {
  const r = validateSettings(value);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('settings schema (v3)', () => {
  it('accepts the defaults and a full example', () => {
    expect(validateSettings(DEFAULT_SETTINGS).ok).toBe(true);
    expect(validateSettings(defaultSettings()).ok).toBe(true);
    expect(validateSettings(valid())).toEqual({ ok: true, settings: valid() });
  });

  it('enforces every limit range, inclusive, the risk per trade’s too', () => {
    for (const key of NUMBER_KEYS) {
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
    expect(issuesOf({ ...valid(), sites: { hyperliquid: { enabled: 'yes', guard: 'warn', overrides: {} } } })).toEqual([
      'sites.hyperliquid.enabled: must be true or false',
    ]);
    expect(issuesOf({ ...valid(), sites: { hyperliquid: { enabled: true, guard: 'warn', overrides: { hard: [] } } } })).toEqual([
      'sites.hyperliquid.overrides: unknown field hard',
    ]);
    expect(issuesOf({ ...valid(), sites: { hyperliquid: { enabled: true, guard: 'block', overrides: {} } } })).toEqual([
      'sites.hyperliquid.guard: must be one of off, warn, confirm',
    ]);
    expect(issuesOf({ ...valid(), discipline: { coolDown: '2h' } })).toEqual(['discipline.coolDown: must be one of none, 1h, 24h']);
    const { discipline: _d, ...noDiscipline } = valid();
    expect(issuesOf(noDiscipline)).toEqual(['discipline: is missing']);
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

  it('checks pending changes: times, ranges, one per setting, at most ten', () => {
    const p = valid().pending;
    const withPending = (pending: unknown[]) => ({ ...valid(), pending });
    expect(issuesOf(withPending([{ ...p[0]!, appliesAt: T0 - 1 }]))).toEqual(['pending.0: must apply within 24 hours of being asked for']);
    expect(issuesOf(withPending([{ ...p[0]!, appliesAt: T0 + 25 * HOUR }]))).toEqual(['pending.0: must apply within 24 hours of being asked for']);
    expect(issuesOf(withPending([{ ...p[0]!, value: 501 }]))).toEqual(['pending.0: the value must be in the range of its limit']);
    expect(issuesOf(withPending([{ ...p[0]!, value: null }]))).toEqual(['pending.0: the value must be in the range of its limit']); // all sites has no override to remove
    expect(issuesOf(withPending([{ ...p[0]!, requestedAt: 1.5 }]))).toEqual(['pending.0.requestedAt: must be whole milliseconds']);
    expect(issuesOf(withPending([{ ...p[2]!, value: true }]))[0]).toMatch(/^pending\.0\.value/);
    expect(issuesOf(withPending([{ field: 'theme', value: 'dark', requestedAt: T0, appliesAt: T0 }]))).toEqual([
      'pending.0.field: must be a pending change (field limit, hard, guard, enabled or coolDown)',
    ]);
    expect(issuesOf(withPending([p[0], { ...p[0]!, value: 15 }]))).toEqual(['pending: one pending change per setting']);
    const many = NUMBER_KEYS.flatMap((key) =>
      [null, 'demo', 'hyperliquid'].map((site) => ({ field: 'limit', site, key, value: LIMIT_SPECS[key].max, requestedAt: T0, appliesAt: T0 + HOUR })),
    );
    expect(validateSettings(withPending(many.slice(0, MAX_PENDING))).ok).toBe(true);
    expect(issuesOf(withPending(many.slice(0, MAX_PENDING + 1)))).toEqual([`pending: at most ${MAX_PENDING} pending changes`]);
  });

  it('keeps the largest possible settings inside one storage.sync item', () => {
    const siteIds = [...SITES.map((s) => s.id), 'dydx', 'okx-swap', 'bybit', 'bitget-usdtm', 'mexc', 'gmx', 'bitmex'];
    const pending: PendingChange[] = Array.from({ length: MAX_PENDING }, (_, i) => ({
      field: 'limit',
      site: 'bitget-usdtm',
      key: NUMBER_KEYS[i % NUMBER_KEYS.length]!,
      value: LIMIT_SPECS[NUMBER_KEYS[i % NUMBER_KEYS.length]!].unit === '×' ? 123.456789 : 0.123456,
      requestedAt: 1_999_999_999_999,
      appliesAt: 1_999_999_999_999 + 86_400_000,
    }));
    for (const [i, p] of pending.entries()) if (p.field === 'limit') p.site = siteIds[Math.floor(i / NUMBER_KEYS.length)]!;
    const big: Settings = {
      limits: {
        maxLeverage: 123.456789,
        minLiquidationDistance: 0.123456,
        maxAccountLeverage: 123.456789,
        maxLossAtStop: 0.123456,
        riskPerTrade: 0.123456,
        hard: [...LIMIT_KEYS],
      },
      // Every known site plus room for the seven venues planned next, all with every override.
      sites: Object.fromEntries(
        siteIds.map((id) => [
          id,
          {
            enabled: false,
            guard: 'confirm',
            overrides: { maxLeverage: 123.456789, minLiquidationDistance: 0.123456, maxAccountLeverage: 123.456789, maxLossAtStop: 0.123456, riskPerTrade: 0.123456 },
          },
        ]),
      ),
      discipline: { coolDown: '24h' },
      pending,
      presets: Array.from({ length: MAX_SAVED_PRESETS }, (_, i) => ({
        id: `p-${'x'.repeat(30)}-${i}`,
        name: `${'N'.repeat(MAX_PRESET_NAME - 3)}${String(i).padStart(3, '0')}`,
        limits: { maxLeverage: 123.456789, minLiquidationDistance: 0.123456, maxAccountLeverage: 123.456789, maxLossAtStop: 0.123456 },
      })),
    };
    expect(validateSettings(big)).toMatchObject({ ok: true });
    expect(syncBytes(big)).toBeLessThan(SYNC_ITEM_QUOTA_BYTES);
  });
});

describe('siteLimits', () => {
  it('puts a site’s overrides over the global limits and keeps the global hard list', () => {
    expect(siteLimits(valid(), 'binance-usdm', T0)).toEqual({
      enabled: false,
      limits: { ...valid().limits, maxLeverage: 5, riskPerTrade: 0.005 },
      guardMode: 'warn',
      riskPerTrade: 0.005,
    });
    expect(siteLimits(valid(), 'hyperliquid', T0)).toEqual({ enabled: true, limits: valid().limits, guardMode: 'confirm', riskPerTrade: 0.01 });
  });

  it('treats a site without an entry as on, in guard mode confirm, with the global limits', () => {
    expect(siteLimits(DEFAULT_SETTINGS, 'demo')).toEqual({ enabled: true, limits: DEFAULT_SETTINGS.limits, guardMode: 'confirm', riskPerTrade: 0.01 });
  });

  it('applies pending changes that are due, exactly from their appliesAt', () => {
    const before = siteLimits(valid(), 'hyperliquid', T0 + HOUR - 1);
    expect(before).toMatchObject({ enabled: true, guardMode: 'confirm', limits: { maxLeverage: 10, hard: ['maxLeverage'] } });
    const after = siteLimits(valid(), 'hyperliquid', T0 + HOUR);
    expect(after).toMatchObject({ enabled: true, guardMode: 'off', limits: { maxLeverage: 20, hard: [] } });
    expect(siteLimits(valid(), 'demo', T0 + HOUR).enabled).toBe(false);
    expect(siteLimits(valid(), 'binance-usdm', T0 + HOUR).limits.maxLeverage).toBe(5); // its own override stays
  });
});
