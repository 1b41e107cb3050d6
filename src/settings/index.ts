// Settings: the trader's limits, per-site switches, guard modes and overrides, presets, the
// cool-down with its pending raises. Stored in storage.sync (schema.ts, migrations.ts, repair.ts,
// store.ts); the override log is in storage.local (overrideLog.ts). Callers import each module
// directly; this one answers what applies on one site, which the background tells the content script.
import { defaultSite } from './defaults';
import { applyDue } from './pending';
import type { GuardMode, Limits, PendingChange, Settings } from './schema';

export interface SiteLimits {
  /** False: the trader switched Leverage Guard off on this site (no overlay, no checks). */
  enabled: boolean;
  /** All sites' limits with the site's overrides on top; `hard` is always the global list. */
  limits: Limits;
  guardMode: GuardMode;
  /** Share of equity the sizing button risks (the site's override, or all sites'). */
  riskPerTrade: number;
}

/**
 * What applies on one site at `now`: the global limits with the site's overrides on top, whether
 * the site is on (a site without an entry is on, in guard mode `confirm`), its guard mode and risk
 * per trade, with every pending change that is due by `now` applied (raises apply exactly at their
 * `appliesAt`, whether or not anything has written them back yet).
 */
export function siteLimits(
  settings: Pick<Settings, 'limits' | 'sites'> & { pending?: readonly PendingChange[]; discipline?: Settings['discipline'] },
  siteId: string,
  now: number = Date.now(),
): SiteLimits {
  const applied = settings.pending?.length
    ? applyDue({ presets: [], discipline: { coolDown: 'none' }, ...settings, pending: [...settings.pending] } as Settings, now)
    : settings;
  const site = applied.sites[siteId] ?? defaultSite();
  const limits: Limits = { ...applied.limits, ...site.overrides, hard: applied.limits.hard };
  return { enabled: site.enabled, limits, guardMode: site.guard, riskPerTrade: limits.riskPerTrade };
}
