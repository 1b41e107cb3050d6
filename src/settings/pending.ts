import { pendingKey, type PendingChange, type Settings, type SiteSettings } from './schema';
import { defaultSite } from './table';

// Pending raises as they fall due: applying them, when the next one applies, cancelling one.

export const copySite = (site: SiteSettings | undefined): SiteSettings => (site ? { ...site, overrides: { ...site.overrides } } : defaultSite());

/** A copy deep enough to be changed field by field (presets are never changed in place). */
export const copySettings = (s: Settings): Settings => ({
  limits: { ...s.limits, hard: [...s.limits.hard] },
  sites: Object.fromEntries(Object.entries(s.sites).map(([id, site]) => [id, copySite(site)])),
  presets: s.presets,
  discipline: { ...s.discipline },
  pending: [...s.pending],
});

/** The site's entry in `s`, created with the defaults if it has none yet. */
function siteEntry(s: Settings, siteId: string): SiteSettings {
  const existing = s.sites[siteId];
  if (existing) return existing;
  const created = defaultSite();
  s.sites[siteId] = created;
  return created;
}

function applyOne(s: Settings, p: PendingChange): void {
  if (p.field === 'limit') {
    if (p.site === null) {
      if (p.value !== null) s.limits[p.key] = p.value;
      return;
    }
    const site = siteEntry(s, p.site);
    if (p.value === null) delete site.overrides[p.key];
    else site.overrides[p.key] = p.value;
    return;
  }
  if (p.field === 'hard') {
    s.limits.hard = s.limits.hard.filter((k) => k !== p.key);
    return;
  }
  // A row of the settings table: a site option, or the cool-down.
  const target: Record<string, unknown> = 'site' in p ? siteEntry(s, p.site) : s.discipline;
  target[p.field] = p.value;
}

/**
 * The settings as they apply at `now`: every pending change with `appliesAt <= now` applied (in
 * the order they fall due) and removed from `pending`. Returns the same object when none is due.
 */
export function applyDue<S extends Settings>(settings: S, now: number = Date.now()): S {
  if (!settings.pending.some((p) => p.appliesAt <= now)) return settings;
  const next = copySettings(settings);
  const due = next.pending.filter((p) => p.appliesAt <= now).sort((a, b) => a.appliesAt - b.appliesAt);
  for (const p of due) applyOne(next, p);
  next.pending = next.pending.filter((p) => p.appliesAt > now);
  return { ...settings, ...next };
}

/** When the next pending change applies (after `now`), or null when none is waiting. */
export function nextPendingAt(settings: Pick<Settings, 'pending'>, now: number = Date.now()): number | null {
  let next: number | null = null;
  for (const p of settings.pending) if (p.appliesAt > now && (next === null || p.appliesAt < next)) next = p.appliesAt;
  return next;
}

export function cancelPending(settings: Settings, key: string): Settings {
  return { ...settings, pending: settings.pending.filter((p) => pendingKey(p) !== key) };
}
