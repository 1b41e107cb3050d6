import { LIMIT_KEYS, LIMIT_SPECS, NUMBER_KEYS, formatLimit, isLooser, type NumberKey } from './limits';
import {
  COOL_DOWNS,
  DEFAULT_GUARD_MODE,
  GUARD_MODES,
  MAX_PENDING,
  pendingKey,
  type CoolDown,
  type GuardMode,
  type PendingChange,
  type Settings,
  type SiteSettings,
} from './schema';
import { siteName } from './sites';

/**
 * The commitment device: raising a limit takes effect only after the cool-down the trader chose;
 * lowering it applies at once.
 *
 * What counts as raising (making the guard weaker), each checked on its own:
 * - a limit of all sites or a site's override, moved the loose way: max leverage, max account
 *   leverage, max loss at stop or risk per trade up; min distance to liquidation down. Removing a
 *   site's override counts when what the site then follows is looser than the override was;
 * - a limit no longer hard;
 * - a site's guard mode weaker (confirm → warn → off);
 * - switching a site off (no overlay and no checks there at all: the widest raise there is);
 * - a shorter cool-down (otherwise the cool-down could be switched off and the raise made at once).
 * Everything else applies at once: lowering a limit, marking one hard, a stricter guard mode,
 * switching a site on, a longer cool-down, saving/renaming/deleting presets, cancelling a pending
 * change. Applying a preset, import, reset and restore are the same field-by-field changes and go
 * through the same rule.
 *
 * A raise waits for the cool-down in force when it is asked for (the stricter of the old and the
 * new cool-down, if both change at once). A new change of the same setting replaces its pending
 * change; one that is no looser than the pending one keeps the pending one's time, so toning a
 * pending raise down does not restart the wait. Pending changes apply exactly at `appliesAt`.
 *
 * Known limit: the time is the computer's clock, so moving the clock forward applies them early.
 */

export const COOL_DOWN_MS: Record<CoolDown, number> = { none: 0, '1h': 60 * 60 * 1000, '24h': 24 * 60 * 60 * 1000 };

export const COOL_DOWN_WORDS: Record<CoolDown, string> = { none: 'None', '1h': '1 hour', '24h': '24 hours' };

export const GUARD_MODE_WORDS: Record<GuardMode, { label: string; help: string }> = {
  off: { label: 'Off', help: 'Shows the risk; never holds an order.' },
  warn: { label: 'Warn', help: 'Flags an order past your limits as you place it, without holding it.' },
  confirm: { label: 'Confirm', help: 'Holds an order past your limits until you confirm it; a hard limit cannot be confirmed.' },
};

const guardRank = (m: GuardMode) => GUARD_MODES.indexOf(m);
const coolDownRank = (c: CoolDown) => COOL_DOWNS.indexOf(c);

/** The stricter (longer) of two cool-downs. */
export const stricterCoolDown = (a: CoolDown, b: CoolDown): CoolDown => (coolDownRank(a) >= coolDownRank(b) ? a : b);

export const defaultSite = (): SiteSettings => ({ enabled: true, guard: DEFAULT_GUARD_MODE, overrides: {} });

const copySite = (site: SiteSettings | undefined): SiteSettings =>
  site ? { enabled: site.enabled, guard: site.guard, overrides: { ...site.overrides } } : defaultSite();

const copy = (s: Settings): Settings => ({
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
  switch (p.field) {
    case 'limit': {
      if (p.site === null) {
        if (p.value !== null) s.limits[p.key] = p.value;
        return;
      }
      const site = siteEntry(s, p.site);
      if (p.value === null) delete site.overrides[p.key];
      else site.overrides[p.key] = p.value;
      return;
    }
    case 'hard':
      s.limits.hard = s.limits.hard.filter((k) => k !== p.key);
      return;
    case 'guard':
      siteEntry(s, p.site).guard = p.value;
      return;
    case 'enabled':
      siteEntry(s, p.site).enabled = p.value;
      return;
    case 'coolDown':
      s.discipline.coolDown = p.value;
      return;
  }
}

/**
 * The settings as they apply at `now`: every pending change with `appliesAt <= now` applied (in
 * the order they fall due) and removed from `pending`. Returns the same object when none is due.
 */
export function applyDue<S extends Settings>(settings: S, now: number = Date.now()): S {
  if (!settings.pending.some((p) => p.appliesAt <= now)) return settings;
  const next = copy(settings);
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

export function setGuardMode(settings: Settings, siteId: string, guard: GuardMode): Settings {
  return { ...settings, sites: { ...settings.sites, [siteId]: { ...copySite(settings.sites[siteId]), guard } } };
}

export function setCoolDown(settings: Settings, coolDown: CoolDown): Settings {
  return { ...settings, discipline: { ...settings.discipline, coolDown } };
}

export class TooManyPendingError extends Error {}

export interface CommitResult {
  /** What to store: the changes that apply now, and the raises as pending changes. */
  settings: Settings;
  /** The raises this change left waiting (new or replaced pending changes). */
  deferred: PendingChange[];
}

type Target =
  | { field: 'limit'; site: string | null; key: NumberKey; value: number | null }
  | { field: 'hard'; key: (typeof LIMIT_KEYS)[number]; value: false }
  | { field: 'guard'; site: string; value: GuardMode }
  | { field: 'enabled'; site: string; value: false }
  | { field: 'coolDown'; value: CoolDown };

/**
 * Turns a change the trader asked for (`before` → `after`, both as they apply now) into what is
 * stored: every setting that got stricter (or stayed) is taken from `after`; every one that got
 * looser keeps its `before` value and is added to `pending`, due after the cool-down, unless the
 * cool-down is `none`. `after.pending` is the starting list, so a change may cancel pending
 * changes; a setting that changes replaces its own pending change. Throws `TooManyPendingError`
 * when more than `MAX_PENDING` would wait.
 */
export function commitChange(before: Settings, after: Settings, now: number = Date.now()): CommitResult {
  const wait = COOL_DOWN_MS[stricterCoolDown(before.discipline.coolDown, after.discipline.coolDown)];
  const out = copy(after);
  const previous = new Map(before.pending.map((p) => [pendingKey(p), p]));
  const deferred: PendingChange[] = [];

  /** A setting changed: `looser` says whether it is a raise, `keep` restores the `before` value. */
  const changed = (target: Target, looser: boolean, noLooserThan: (p: PendingChange) => boolean, keep: () => void) => {
    const key = pendingKey({ ...target, requestedAt: 0, appliesAt: 0 } as PendingChange);
    out.pending = out.pending.filter((p) => pendingKey(p) !== key);
    if (!looser || wait === 0) return;
    keep();
    const old = previous.get(key);
    const keepTime = old !== undefined && old.appliesAt > now && noLooserThan(old);
    const entry = {
      ...target,
      requestedAt: keepTime ? old.requestedAt : now,
      appliesAt: keepTime ? old.appliesAt : now + wait,
    } as PendingChange;
    out.pending.push(entry);
    deferred.push(entry);
  };

  // All sites: the numbers, then the hard list.
  for (const key of NUMBER_KEYS) {
    const was = before.limits[key];
    const is = after.limits[key];
    if (Math.abs(was - is) < 1e-12) continue;
    changed(
      { field: 'limit', site: null, key, value: is },
      isLooser(key, is, was),
      (p) => p.field === 'limit' && p.value !== null && !isLooser(key, is, p.value),
      () => (out.limits[key] = was),
    );
  }
  for (const key of LIMIT_KEYS) {
    const wasHard = before.limits.hard.includes(key);
    const isHard = after.limits.hard.includes(key);
    if (wasHard === isHard) continue;
    changed({ field: 'hard', key, value: false }, wasHard, () => true, () => {
      out.limits.hard = LIMIT_KEYS.filter((k) => k === key || out.limits.hard.includes(k));
    });
  }

  // Each site, as it applies (a site without an entry is on, guard confirm, no overrides).
  for (const id of new Set([...Object.keys(before.sites), ...Object.keys(after.sites)])) {
    const was = before.sites[id] ?? defaultSite();
    const is = after.sites[id] ?? defaultSite();
    const site = () => (out.sites[id] ??= copySite(after.sites[id]));
    if (was.enabled !== is.enabled) {
      changed({ field: 'enabled', site: id, value: false }, !is.enabled, () => true, () => (site().enabled = true));
    }
    if (was.guard !== is.guard) {
      changed(
        { field: 'guard', site: id, value: is.guard },
        guardRank(is.guard) < guardRank(was.guard),
        (p) => p.field === 'guard' && guardRank(is.guard) >= guardRank(p.value),
        () => (site().guard = was.guard),
      );
    }
    for (const key of NUMBER_KEYS) {
      const ovWas = was.overrides[key];
      const ovIs = is.overrides[key];
      if (ovWas === ovIs || (ovWas !== undefined && ovIs !== undefined && Math.abs(ovWas - ovIs) < 1e-12)) continue;
      // What the site follows before and after: its override, or the limit of all sites.
      const effWas = ovWas ?? before.limits[key];
      const effIs = ovIs ?? out.limits[key];
      changed(
        { field: 'limit', site: id, key, value: ovIs ?? null },
        isLooser(key, effIs, effWas),
        (p) => p.field === 'limit' && p.value !== null && ovIs !== undefined && !isLooser(key, ovIs, p.value),
        () => {
          if (ovWas === undefined) delete site().overrides[key];
          else site().overrides[key] = ovWas;
        },
      );
    }
  }

  const wasCd = before.discipline.coolDown;
  const isCd = after.discipline.coolDown;
  if (wasCd !== isCd) {
    changed(
      { field: 'coolDown', value: isCd },
      coolDownRank(isCd) < coolDownRank(wasCd),
      (p) => p.field === 'coolDown' && coolDownRank(isCd) >= coolDownRank(p.value),
      () => (out.discipline.coolDown = wasCd),
    );
  }

  if (out.pending.length > MAX_PENDING) {
    throw new TooManyPendingError(
      `Not saved: ${out.pending.length} changes would be waiting for the cool-down, more than the ${MAX_PENDING} there is room for; cancel some first.`,
    );
  }
  out.pending.sort((a, b) => a.appliesAt - b.appliesAt || pendingKey(a).localeCompare(pendingKey(b)));
  return { settings: out, deferred };
}

// ---------- words for the popup and the options page ----------

/** "Max leverage 25×", "Min distance to liquidation 3 % on Hyperliquid", "Guard mode Warn on Demo exchange"… */
export function describePending(p: PendingChange): string {
  const on = (site: string) => ` on ${siteName(site)}`;
  switch (p.field) {
    case 'limit': {
      const label = LIMIT_SPECS[p.key].label;
      if (p.site === null) return `${label} ${formatLimit(p.key, p.value ?? 0)}`;
      return p.value === null ? `${label}${on(p.site)}: same as all sites` : `${label} ${formatLimit(p.key, p.value)}${on(p.site)}`;
    }
    case 'hard':
      return `${LIMIT_SPECS[p.key].label} no longer a hard limit`;
    case 'guard':
      return `Guard mode ${GUARD_MODE_WORDS[p.value].label}${on(p.site)}`;
    case 'enabled':
      return `Leverage Guard off${on(p.site)}`;
    case 'coolDown':
      return `Cool-down ${COOL_DOWN_WORDS[p.value].toLowerCase()}`;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const dayStart = (t: number) => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
};

/** "14:05 today", "14:05 tomorrow", "3 Apr 14:05" (local time, 24-hour). */
export function formatAppliesAt(appliesAt: number, now: number = Date.now()): string {
  const d = new Date(appliesAt);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const days = Math.round((dayStart(appliesAt) - dayStart(now)) / 86_400_000);
  if (days === 0) return `${time} today`;
  if (days === 1) return `${time} tomorrow`;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${time}`;
}
