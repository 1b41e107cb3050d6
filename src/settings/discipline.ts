import { LIMIT_KEYS, NUMBER_KEYS, isLooser } from './limits';
import { copySettings, copySite } from './pending';
import { MAX_PENDING, pendingKey, type PendingChange, type Settings } from './schema';
import { COOL_DOWNS, DISCIPLINE_OPTIONS, DISCIPLINE_OPTION_KEYS, SITE_OPTIONS, SITE_OPTION_KEYS, defaultSite, type CoolDown } from './table';

// The popup and the options page import these from here.
export { applyDue, cancelPending, nextPendingAt } from './pending';
export { setCoolDown, setGuardMode } from './changes';
export { defaultSite } from './table';

/**
 * The commitment device: raising a limit takes effect only after the cool-down the trader chose;
 * lowering it applies at once.
 *
 * What counts as raising (making the guard weaker), each checked on its own:
 * - a limit of all sites or a site's override, moved the loose way (`bound` in `LIMIT_SPECS`: a
 *   `max` up, a `min` down). Removing a site's override counts when what the site then follows is
 *   looser than the override was;
 * - a limit no longer hard;
 * - a row of the settings table (`table.ts`) moved the way its `looser` says: a site's guard mode
 *   weaker (confirm → warn → off), switching a site off, a shorter cool-down.
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

const COOL_DOWN_MS: Record<CoolDown, number> = { none: 0, '1h': 60 * 60 * 1000, '24h': 24 * 60 * 60 * 1000 };

const coolDownRank = (c: CoolDown) => COOL_DOWNS.indexOf(c);

/** The stricter (longer) of two cool-downs. */
const stricterCoolDown = (a: CoolDown, b: CoolDown): CoolDown => (coolDownRank(a) >= coolDownRank(b) ? a : b);

/** A row of the settings table, seen through what the cool-down needs of it. */
type Looseness = { looser: (next: unknown, previous: unknown) => boolean };

export class TooManyPendingError extends Error {}

export interface CommitResult {
  /** What to store: the changes that apply now, and the raises as pending changes. */
  settings: Settings;
  /** The raises this change left waiting (new or replaced pending changes). */
  deferred: PendingChange[];
}

/** What a pending change names: everything but its times. */
type Target = PendingChange extends infer P ? (P extends PendingChange ? Omit<P, 'requestedAt' | 'appliesAt'> : never) : never;

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
  const out = copySettings(after);
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
    for (const key of SITE_OPTION_KEYS) {
      if (was[key] === is[key]) continue;
      const { looser } = SITE_OPTIONS[key] as Looseness;
      changed(
        { field: key, site: id, value: is[key] } as Target,
        looser(is[key], was[key]),
        (p) => p.field === key && !looser(is[key], p.value),
        () => ((site() as Record<string, unknown>)[key] = was[key]),
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

  for (const key of DISCIPLINE_OPTION_KEYS) {
    const was = before.discipline[key];
    const is = after.discipline[key];
    if (was === is) continue;
    const { looser } = DISCIPLINE_OPTIONS[key] as Looseness;
    changed(
      { field: key, value: is } as Target,
      looser(is, was),
      (p) => p.field === key && !looser(is, p.value),
      () => ((out.discipline as Record<string, unknown>)[key] = was),
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
