import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { siteLimits } from '@/src/settings';
import { nextPendingAt } from '@/src/settings/pending';
import {
  TooManyPendingError,
  applyDue,
  cancelPending,
  commitChange,
  setCoolDown,
  setGuardMode,
} from '@/src/settings/discipline';
import { setSiteEnabled } from '@/src/settings/changes';
import { BUILT_IN_PRESETS, applyLimitValues, clearOverrides, setLimits } from '@/src/settings/presets';
import { defaultSettings } from '@/src/settings/repair';
import { pendingKey, validateSettings, type CoolDown, type PendingChange, type Settings } from '@/src/settings/schema';
import { commitSettings, ensureSettings, loadSettings, saveSettings, settingsItem, updateSettings } from '@/src/settings/store';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 2 April 2026, 13:05 local time (tests read and write local times the same way, whatever the time zone). */
const T0 = new Date(2026, 3, 2, 13, 5).getTime();

const withCoolDown = (coolDown: CoolDown, base: Settings = defaultSettings()): Settings => ({ ...base, discipline: { coolDown } });
const byId = (id: string) => BUILT_IN_PRESETS.find((p) => p.id === id)!;
const site = (siteId: string) => ({ kind: 'site' as const, siteId });
const keys = (pending: readonly PendingChange[]) => pending.map(pendingKey).sort();

describe('commitChange: raising waits, lowering applies at once', () => {
  it('with no cool-down, everything applies at once', () => {
    const before = defaultSettings();
    const { settings, deferred } = commitChange(before, setLimits(before, { maxLeverage: 50, minLiquidationDistance: 0 }), T0);
    expect(deferred).toEqual([]);
    expect(settings.limits).toMatchObject({ maxLeverage: 50, minLiquidationDistance: 0 });
    expect(settings.pending).toEqual([]);
  });

  it('max leverage up waits for the cool-down; down applies at once', () => {
    const before = withCoolDown('1h');
    const up = commitChange(before, setLimits(before, { maxLeverage: 25 }), T0);
    expect(up.settings.limits.maxLeverage).toBe(10);
    expect(up.settings.pending).toEqual([{ field: 'limit', site: null, key: 'maxLeverage', value: 25, requestedAt: T0, appliesAt: T0 + HOUR }]);
    expect(up.deferred).toEqual(up.settings.pending);
    expect(validateSettings(up.settings).ok).toBe(true);

    const down = commitChange(before, setLimits(before, { maxLeverage: 5 }), T0);
    expect(down.settings.limits.maxLeverage).toBe(5);
    expect(down.settings.pending).toEqual([]);
  });

  it('min distance to liquidation down waits; up applies at once', () => {
    const before = withCoolDown('24h');
    const looser = commitChange(before, setLimits(before, { minLiquidationDistance: 0.03 }), T0);
    expect(looser.settings.limits.minLiquidationDistance).toBe(0.08);
    expect(looser.settings.pending).toMatchObject([{ key: 'minLiquidationDistance', value: 0.03, appliesAt: T0 + DAY }]);
    const stricter = commitChange(before, setLimits(before, { minLiquidationDistance: 0.15 }), T0);
    expect(stricter.settings.limits.minLiquidationDistance).toBe(0.15);
    expect(stricter.deferred).toEqual([]);
  });

  it('max account leverage, max loss at stop and risk per trade up wait', () => {
    const before = withCoolDown('1h');
    const { settings, deferred } = commitChange(before, setLimits(before, { maxAccountLeverage: 8, maxLossAtStop: 0.05, riskPerTrade: 0.03 }), T0);
    expect(keys(deferred)).toEqual(['limit:*:maxAccountLeverage', 'limit:*:maxLossAtStop', 'limit:*:riskPerTrade']);
    expect(settings.limits).toEqual(before.limits);
    const lower = commitChange(before, setLimits(before, { maxAccountLeverage: 2, maxLossAtStop: 0.01, riskPerTrade: 0.005 }), T0);
    expect(lower.deferred).toEqual([]);
    expect(lower.settings.limits).toMatchObject({ maxAccountLeverage: 2, maxLossAtStop: 0.01, riskPerTrade: 0.005 });
  });

  it('one change can lower some limits at once and leave the raises waiting', () => {
    const before = withCoolDown('1h');
    const { settings, deferred } = commitChange(before, setLimits(before, { maxLeverage: 20, maxAccountLeverage: 3 }), T0);
    expect(settings.limits).toMatchObject({ maxLeverage: 10, maxAccountLeverage: 3 });
    expect(keys(deferred)).toEqual(['limit:*:maxLeverage']);
  });

  it('a site override looser than what the site follows waits; removing a stricter override waits; a stricter one applies', () => {
    const before = withCoolDown('1h');
    const raised = commitChange(before, setLimits(before, { maxLeverage: 20 }, site('hyperliquid')), T0);
    expect(raised.settings.sites.hyperliquid).toEqual({ enabled: true, guard: 'confirm', overrides: {} });
    expect(raised.deferred).toEqual([{ field: 'limit', site: 'hyperliquid', key: 'maxLeverage', value: 20, requestedAt: T0, appliesAt: T0 + HOUR }]);

    const strict = commitChange(before, setLimits(before, { maxLeverage: 3 }, site('hyperliquid')), T0);
    expect(strict.settings.sites.hyperliquid!.overrides).toEqual({ maxLeverage: 3 });
    const removed = commitChange(strict.settings, clearOverrides(strict.settings, 'hyperliquid'), T0);
    expect(removed.settings.sites.hyperliquid!.overrides).toEqual({ maxLeverage: 3 });
    expect(removed.deferred).toMatchObject([{ field: 'limit', site: 'hyperliquid', key: 'maxLeverage', value: null }]);
    expect(siteLimits(removed.settings, 'hyperliquid', T0 + HOUR).limits.maxLeverage).toBe(10);

    const loose = { ...before, sites: { hyperliquid: { enabled: true, guard: 'confirm' as const, overrides: { maxLeverage: 20 } } } };
    const tighter = commitChange(loose, clearOverrides(loose, 'hyperliquid'), T0); // follows 10× now: stricter
    expect(tighter.deferred).toEqual([]);
    expect(tighter.settings.sites.hyperliquid!.overrides).toEqual({});
  });

  it('switching a site off, a weaker guard mode and a limit no longer hard wait; the opposite applies at once', () => {
    const before = withCoolDown('1h', { ...defaultSettings(), limits: { ...defaultSettings().limits, hard: ['maxLeverage'] } });
    let next = setSiteEnabled(before, 'binance-usdm', false);
    next = setGuardMode(next, 'hyperliquid', 'warn');
    next = { ...next, limits: { ...next.limits, hard: [] } };
    const { settings, deferred } = commitChange(before, next, T0);
    expect(keys(deferred)).toEqual(['enabled:binance-usdm', 'guard:hyperliquid', 'hard:maxLeverage']);
    expect(siteLimits(settings, 'binance-usdm', T0)).toMatchObject({ enabled: true, guardMode: 'confirm' });
    expect(siteLimits(settings, 'hyperliquid', T0).guardMode).toBe('confirm');
    expect(settings.limits.hard).toEqual(['maxLeverage']);
    const later = siteLimits(settings, 'hyperliquid', T0 + HOUR);
    expect(later).toMatchObject({ guardMode: 'warn', limits: { hard: [] } });
    expect(siteLimits(settings, 'binance-usdm', T0 + HOUR).enabled).toBe(false);

    const off = { ...before, sites: { demo: { enabled: false, guard: 'off' as const, overrides: {} } } };
    const back = commitChange(off, setGuardMode(setSiteEnabled(off, 'demo', true), 'demo', 'confirm'), T0);
    expect(back.deferred).toEqual([]);
    expect(back.settings.sites.demo).toEqual({ enabled: true, guard: 'confirm', overrides: {} });
    const hard = commitChange(before, { ...before, limits: { ...before.limits, hard: ['maxLeverage', 'maxLossAtStop'] } }, T0);
    expect(hard.deferred).toEqual([]);
    expect(hard.settings.limits.hard).toEqual(['maxLeverage', 'maxLossAtStop']);
  });

  it('guard mode: confirm → warn → off is weaker, each step waits', () => {
    const warn = setGuardMode(withCoolDown('1h'), 'demo', 'warn');
    expect(commitChange(warn, setGuardMode(warn, 'demo', 'off'), T0).deferred).toHaveLength(1);
    expect(commitChange(warn, setGuardMode(warn, 'demo', 'confirm'), T0).deferred).toHaveLength(0);
  });

  it('a shorter cool-down is a raise and waits for the current one; a longer one applies at once, and the stricter counts', () => {
    const day = withCoolDown('24h');
    const shorter = commitChange(day, setCoolDown(day, 'none'), T0);
    expect(shorter.settings.discipline.coolDown).toBe('24h');
    expect(shorter.deferred).toEqual([{ field: 'coolDown', value: 'none', requestedAt: T0, appliesAt: T0 + DAY }]);

    const none = defaultSettings();
    const longerAndRaise = commitChange(none, setLimits(setCoolDown(none, '1h'), { maxLeverage: 30 }), T0);
    expect(longerAndRaise.settings.discipline.coolDown).toBe('1h');
    expect(longerAndRaise.deferred).toMatchObject([{ key: 'maxLeverage', value: 30, appliesAt: T0 + HOUR }]);
  });

  it('presets go through the same rule, setting by setting', () => {
    const before = withCoolDown('24h');
    const aggressive = commitChange(before, applyLimitValues(before, byId('aggressive').limits), T0);
    expect(aggressive.settings.limits).toEqual(before.limits); // Moderate stays in force
    expect(keys(aggressive.deferred)).toEqual(['limit:*:maxAccountLeverage', 'limit:*:maxLeverage', 'limit:*:maxLossAtStop', 'limit:*:minLiquidationDistance']);

    // Conservative is stricter in every limit: applies at once and replaces the waiting raises.
    const conservative = commitChange(aggressive.settings, applyLimitValues(aggressive.settings, byId('conservative').limits), T0 + HOUR);
    expect(conservative.deferred).toEqual([]);
    expect(conservative.settings.limits).toMatchObject(byId('conservative').limits);
    expect(conservative.settings.pending).toEqual([]);
  });

  it('a new change of a setting replaces its pending change; toning a raise down keeps its time, raising further restarts it', () => {
    const before = withCoolDown('1h');
    const first = commitChange(before, setLimits(before, { maxLeverage: 25 }), T0).settings;

    const toned = commitChange(first, setLimits(first, { maxLeverage: 15 }), T0 + 10 * 60_000);
    expect(toned.settings.pending).toEqual([{ field: 'limit', site: null, key: 'maxLeverage', value: 15, requestedAt: T0, appliesAt: T0 + HOUR }]);

    const further = commitChange(first, setLimits(first, { maxLeverage: 40 }), T0 + 10 * 60_000);
    expect(further.settings.pending).toMatchObject([{ value: 40, requestedAt: T0 + 10 * 60_000, appliesAt: T0 + 70 * 60_000 }]);

    const lowered = commitChange(first, setLimits(first, { maxLeverage: 8 }), T0 + 60_000);
    expect(lowered.settings.limits.maxLeverage).toBe(8);
    expect(lowered.settings.pending).toEqual([]);

    // Saving the form again with the value in force leaves the pending raise alone.
    const same = commitChange(first, setLimits(first, { maxLeverage: 10, maxLossAtStop: 0.015 }), T0 + 60_000);
    expect(same.settings.pending).toEqual(first.pending);
  });

  it('cancelling a pending change keeps the setting in force', () => {
    const before = withCoolDown('1h');
    const waiting = commitChange(before, setLimits(setSiteEnabled(before, 'demo', false), { maxLeverage: 25 }), T0).settings;
    expect(waiting.pending).toHaveLength(2);
    const cancelled = commitChange(waiting, cancelPending(waiting, 'limit:*:maxLeverage'), T0);
    expect(keys(cancelled.settings.pending)).toEqual(['enabled:demo']);
    expect(cancelled.settings.limits.maxLeverage).toBe(10);
    expect(siteLimits(cancelled.settings, 'demo', T0 + DAY).limits.maxLeverage).toBe(10);
  });

  it('refuses more pending changes than there is room for', () => {
    let s = withCoolDown('1h');
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    for (const id of ids.slice(0, 5)) s = setGuardMode(setSiteEnabled(s, id, true), id, 'confirm');
    s = commitChange(withCoolDown('1h'), s, T0).settings;
    let next = s;
    for (const id of ids) next = setSiteEnabled(setGuardMode(next, id, 'off'), id, false);
    expect(() => commitChange(s, next, T0)).toThrow(TooManyPendingError);
  });
});

describe('pending changes over time', () => {
  const waiting = () => commitChange(withCoolDown('1h'), setLimits(withCoolDown('1h'), { maxLeverage: 25 }), T0).settings;

  it('become effective exactly at appliesAt', () => {
    const s = waiting();
    expect(siteLimits(s, 'demo', T0 + HOUR - 1).limits.maxLeverage).toBe(10);
    expect(siteLimits(s, 'demo', T0 + HOUR).limits.maxLeverage).toBe(25);
    expect(applyDue(s, T0 + HOUR - 1)).toBe(s);
    expect(applyDue(s, T0 + HOUR)).toEqual({ ...s, limits: { ...s.limits, maxLeverage: 25 }, pending: [] });
    expect(s.pending).toHaveLength(1); // not mutated
  });

  it('nextPendingAt gives the next one still to come, or null', () => {
    const s = waiting();
    expect(nextPendingAt(s, T0)).toBe(T0 + HOUR);
    expect(nextPendingAt(s, T0 + HOUR)).toBeNull();
    expect(nextPendingAt(defaultSettings())).toBeNull();
    const two = commitChange(s, setSiteEnabled(setCoolDown(s, '24h'), 'demo', false), T0 + 1000).settings;
    expect(nextPendingAt(two, T0 + 1000)).toBe(T0 + HOUR);
    expect(nextPendingAt(two, T0 + HOUR)).toBe(T0 + 1000 + DAY);
  });

  it('apply in the order they fall due', () => {
    const s: Settings = {
      ...withCoolDown('24h'),
      pending: [
        { field: 'limit', site: 'demo', key: 'maxLeverage', value: null, requestedAt: T0, appliesAt: T0 + 2 * HOUR },
        { field: 'limit', site: null, key: 'maxLeverage', value: 30, requestedAt: T0, appliesAt: T0 + HOUR },
      ],
      sites: { demo: { enabled: true, guard: 'confirm', overrides: { maxLeverage: 5 } } },
    };
    expect(siteLimits(s, 'demo', T0 + HOUR).limits.maxLeverage).toBe(5);
    expect(siteLimits(s, 'demo', T0 + 2 * HOUR).limits.maxLeverage).toBe(30);
  });
});

describe('through the store (fake clock)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('raising in a save waits; the stored limits stay until the cool-down is over, then any save writes it back', async () => {
    await saveSettings(withCoolDown('1h'));
    const { deferred } = await commitSettings((s) => setLimits(s, { maxLeverage: 25 }));
    expect(deferred).toHaveLength(1);
    let stored = await loadSettings();
    expect(stored.limits.maxLeverage).toBe(10);
    expect(stored.pending).toEqual([{ field: 'limit', site: null, key: 'maxLeverage', value: 25, requestedAt: T0, appliesAt: T0 + HOUR }]);

    vi.setSystemTime(T0 + HOUR - 1);
    expect(siteLimits(await loadSettings(), 'demo').limits.maxLeverage).toBe(10);
    vi.setSystemTime(T0 + HOUR);
    expect(siteLimits(await loadSettings(), 'demo').limits.maxLeverage).toBe(25);

    // The next save (of anything) materialises it.
    await updateSettings((s) => setLimits(s, { maxLossAtStop: 0.01 }));
    stored = await loadSettings();
    expect(stored.limits).toMatchObject({ maxLeverage: 25, maxLossAtStop: 0.01 });
    expect(stored.pending).toEqual([]);
  });

  it('the background’s start-up repair writes back what fell due', async () => {
    await saveSettings(withCoolDown('24h'));
    await updateSettings((s) => setSiteEnabled(s, 'hyperliquid', false));
    expect((await ensureSettings()).settings.sites.hyperliquid).toEqual({ enabled: true, guard: 'confirm', overrides: {} });
    vi.setSystemTime(T0 + DAY);
    await ensureSettings();
    expect(await settingsItem.getValue()).toMatchObject({ sites: { hyperliquid: { enabled: false } }, pending: [] });
  });

  it('cancel through the store', async () => {
    await saveSettings(withCoolDown('1h'));
    await updateSettings((s) => applyLimitValues(s, byId('aggressive').limits));
    expect((await loadSettings()).pending).toHaveLength(4);
    await updateSettings((s) => cancelPending(s, 'limit:*:maxLeverage'));
    expect(keys((await loadSettings()).pending)).toEqual(['limit:*:maxAccountLeverage', 'limit:*:maxLossAtStop', 'limit:*:minLiquidationDistance']);
  });
});
