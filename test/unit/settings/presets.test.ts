import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PRESETS,
  DEFAULT_PRESET,
  applyLimitValues,
  clearOverrides,
  deletePreset,
  matchingPreset,
  renamePreset,
  savePreset,
  scopeValues,
  setLimits,
} from '@/src/settings/presets';
import { setSiteEnabled } from '@/src/settings/changes';
import { DEFAULT_SETTINGS, defaultSettings } from '@/src/settings/repair';
import { MAX_SAVED_PRESETS, validateSettings, type Settings } from '@/src/settings/schema';
import { siteLimits } from '@/src/settings';

const byId = (id: string) => BUILT_IN_PRESETS.find((p) => p.id === id)!;
const site = (siteId: string) => ({ kind: 'site' as const, siteId });

describe('built-in presets', () => {
  it('are Conservative, Moderate, Aggressive with the documented values', () => {
    expect(BUILT_IN_PRESETS.map((p) => [p.name, p.limits])).toEqual([
      ['Conservative', { maxLeverage: 3, minLiquidationDistance: 0.2, maxAccountLeverage: 2, maxLossAtStop: 0.01 }],
      ['Moderate', { maxLeverage: 10, minLiquidationDistance: 0.08, maxAccountLeverage: 5, maxLossAtStop: 0.02 }],
      ['Aggressive', { maxLeverage: 25, minLiquidationDistance: 0.03, maxAccountLeverage: 10, maxLossAtStop: 0.03 }],
    ]);
  });

  it('get stricter in every limit from Aggressive to Conservative', () => {
    const [c, m, a] = BUILT_IN_PRESETS.map((p) => p.limits);
    expect(c!.maxLeverage < m!.maxLeverage && m!.maxLeverage < a!.maxLeverage).toBe(true);
    expect(c!.minLiquidationDistance > m!.minLiquidationDistance && m!.minLiquidationDistance > a!.minLiquidationDistance).toBe(true);
    expect(c!.maxAccountLeverage < m!.maxAccountLeverage && m!.maxAccountLeverage < a!.maxAccountLeverage).toBe(true);
    expect(c!.maxLossAtStop < m!.maxLossAtStop && m!.maxLossAtStop < a!.maxLossAtStop).toBe(true);
  });

  it('do not contradict themselves: an isolated position at the max leverage keeps the min distance', () => {
    // Isolated long liquidation distance ≈ 1/L − maintenance rate; 0.5 % is Binance's lowest tier rate.
    for (const p of BUILT_IN_PRESETS) expect(1 / p.limits.maxLeverage - 0.005, p.name).toBeGreaterThan(p.limits.minLiquidationDistance);
  });

  it('Moderate is the default', () => {
    expect(DEFAULT_PRESET.id).toBe('moderate');
    expect(matchingPreset(DEFAULT_SETTINGS.limits, [])).toEqual({ kind: 'built-in', preset: byId('moderate') });
  });
});

describe('applying presets and limits', () => {
  const withSite = (): Settings => ({
    ...defaultSettings(),
    limits: { ...DEFAULT_SETTINGS.limits, riskPerTrade: 0.015, hard: ['minLiquidationDistance'] },
    sites: { hyperliquid: { enabled: false, guard: 'warn', overrides: { maxLeverage: 4 } } },
  });

  it('a preset applied globally sets the four limits, keeps the hard list, the risk per trade and the sites', () => {
    const next = applyLimitValues(withSite(), byId('conservative').limits);
    expect(next.limits).toEqual({ ...byId('conservative').limits, riskPerTrade: 0.015, hard: ['minLiquidationDistance'] });
    expect(next.sites).toEqual(withSite().sites);
    expect(matchingPreset(next.limits, [])?.preset.id).toBe('conservative');
    expect(validateSettings(next).ok).toBe(true);
  });

  it('a preset applied to one site becomes that site’s overrides and leaves it on/off, its guard mode and risk per trade as they were', () => {
    const next = applyLimitValues(setLimits(withSite(), { riskPerTrade: 0.005 }, site('hyperliquid')), byId('aggressive').limits, site('hyperliquid'));
    expect(next.limits).toEqual(withSite().limits);
    expect(next.sites.hyperliquid).toEqual({ enabled: false, guard: 'warn', overrides: { ...byId('aggressive').limits, riskPerTrade: 0.005 } });
    expect(siteLimits(next, 'hyperliquid').limits.maxLeverage).toBe(25);
    const fresh = applyLimitValues(withSite(), byId('aggressive').limits, site('demo'));
    expect(fresh.sites.demo).toEqual({ enabled: true, guard: 'confirm', overrides: byId('aggressive').limits });
  });

  it('setLimits sets the risk per trade like a limit, per site too', () => {
    const s = setLimits(setLimits(withSite(), { riskPerTrade: 0.005 }, site('hyperliquid')), { riskPerTrade: 0.02 });
    expect(s.limits.riskPerTrade).toBe(0.02);
    expect(siteLimits(s, 'hyperliquid').riskPerTrade).toBe(0.005);
    const t = setLimits(s, { riskPerTrade: 0.02 }, site('hyperliquid')); // = all sites: no override
    expect(t.sites.hyperliquid!.overrides).toEqual({ maxLeverage: 4 });
    expect(scopeValues(t, site('hyperliquid'))).toEqual({ ...scopeValues(t, { kind: 'global' }), maxLeverage: 4 });
  });

  it('setLimits on a site stores only what differs from the global limits, and undefined clears', () => {
    let s = setLimits(withSite(), { maxLeverage: 10, maxLossAtStop: 0.01 }, site('hyperliquid'));
    expect(s.sites.hyperliquid!.overrides).toEqual({ maxLossAtStop: 0.01 }); // 10 = global → no override
    s = setLimits(s, { maxLossAtStop: undefined }, site('hyperliquid'));
    expect(s.sites.hyperliquid!.overrides).toEqual({});
    expect(scopeValues(s, site('hyperliquid'))).toEqual(scopeValues(s, { kind: 'global' }));
  });

  it('setLimits globally changes only the given limits', () => {
    const s = setLimits(withSite(), { maxLeverage: 2 });
    expect(s.limits).toEqual({ ...withSite().limits, maxLeverage: 2 });
    expect(siteLimits(s, 'hyperliquid').limits.maxLeverage).toBe(4);
  });

  it('switches a site on and off without touching its overrides', () => {
    const off = setSiteEnabled(defaultSettings(), 'binance-usdm', false);
    expect(siteLimits(off, 'binance-usdm').enabled).toBe(false);
    const on = setSiteEnabled(setSiteEnabled(withSite(), 'hyperliquid', true), 'hyperliquid', true);
    expect(on.sites.hyperliquid).toEqual({ enabled: true, guard: 'warn', overrides: { maxLeverage: 4 } });
    expect(clearOverrides(on, 'hyperliquid').sites.hyperliquid).toEqual({ enabled: true, guard: 'warn', overrides: {} });
  });
});

describe('saved presets', () => {
  const values = { maxLeverage: 15, minLiquidationDistance: 0.05, maxAccountLeverage: 6, maxLossAtStop: 0.015 };

  it('saves, matches, renames and deletes', () => {
    const saved = savePreset(defaultSettings(), '  Swing   trades ', values);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.preset).toEqual({ id: 'p-swing-trades', name: 'Swing trades', limits: values });
    expect(validateSettings(saved.settings).ok).toBe(true);
    expect(matchingPreset(values, saved.settings.presets)).toEqual({ kind: 'saved', preset: saved.preset });

    const renamed = renamePreset(saved.settings, 'p-swing-trades', 'Swing');
    expect(renamed.ok && renamed.settings.presets[0]).toEqual({ id: 'p-swing-trades', name: 'Swing', limits: values });
    if (!renamed.ok) return;
    expect(deletePreset(renamed.settings, 'p-swing-trades').presets).toEqual([]);
  });

  it('saving under an existing name (any case) updates that preset instead of adding one', () => {
    const first = savePreset(defaultSettings(), 'Swing', values);
    if (!first.ok) throw new Error(first.error);
    const second = savePreset(first.settings, 'SWING', { ...values, maxLeverage: 5 });
    expect(second.ok && second.settings.presets).toEqual([{ id: 'p-swing', name: 'SWING', limits: { ...values, maxLeverage: 5 } }]);
  });

  it('gives distinct ids to names that slug alike', () => {
    const a = savePreset(defaultSettings(), 'My set!', values);
    if (!a.ok) throw new Error(a.error);
    const b = savePreset(a.settings, 'My set?', values);
    expect(b.ok && b.settings.presets.map((p) => p.id)).toEqual(['p-my-set', 'p-my-set-2']);
    const c = savePreset(defaultSettings(), '★★★', values);
    expect(c.ok && c.preset.id).toBe('p-preset');
  });

  it('refuses empty names, built-in names, long names, a 21st preset and renaming onto another', () => {
    expect(savePreset(defaultSettings(), '   ', values)).toEqual({ ok: false, error: 'Give the preset a name.' });
    expect(savePreset(defaultSettings(), 'moderate', values).ok).toBe(false);
    expect(savePreset(defaultSettings(), 'x'.repeat(41), values).ok).toBe(false);
    let s = defaultSettings();
    for (let i = 0; i < MAX_SAVED_PRESETS; i++) {
      const r = savePreset(s, `P${i}`, values);
      if (!r.ok) throw new Error(r.error);
      s = r.settings;
    }
    expect(validateSettings(s).ok).toBe(true);
    expect(savePreset(s, 'One more', values).ok).toBe(false);
    expect(savePreset(s, 'P3', values).ok).toBe(true); // updating an existing one still works
    expect(renamePreset(s, 'p-p1', 'p2')).toEqual({ ok: false, error: 'You already have a preset called “p2”.' });
    expect(renamePreset(s, 'p-gone', 'x')).toEqual({ ok: false, error: 'That preset no longer exists.' });
  });
});
