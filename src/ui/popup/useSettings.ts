import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { applyDue, nextPendingAt } from '../../settings/discipline';
import type { Settings } from '../../settings/schema';
import { dismissRepairs, ensureSettings, updateSettings, watchSettings, type SettingsState } from '../../settings/store';

export interface SettingsHandle {
  /**
   * Null until loaded. `settings` are the settings as they apply now: pending changes that have
   * fallen due are applied, `settings.pending` holds only those still waiting.
   */
  state: SettingsState | null;
  /** Why the last load or write failed, in words. */
  error: string | null;
  /** Applies a change and saves it (raises wait for the cool-down); resolves false (with `error` set) if it was not saved. */
  update: (change: (current: Settings) => Settings) => Promise<boolean>;
  dismissRepairs: () => Promise<void>;
  clearError: () => void;
  /** The time the settings are shown for; moves on when a pending change falls due. */
  now: number;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Longest single wait: timers are re-armed at least this often (sleep, clock changes). */
const MAX_TIMER_MS = 60_000;

/**
 * Loads (and repairs) the settings once, then follows every change from any context. While open,
 * it re-renders when a pending change falls due and writes it back (`ensureSettings`), so content
 * scripts and other pages see it as a settings change too.
 */
export function useSettings(): SettingsHandle {
  const [stored, setStored] = useState<SettingsState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    ensureSettings()
      .then((s) => live && setStored(s))
      .catch((err: unknown) => live && setError(`Could not load your settings: ${message(err)}`));
    const unwatch = watchSettings((settings) => {
      setNow(Date.now());
      setStored((prev) => (prev ? { ...prev, settings } : prev));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  // Pending changes that are due get written back at once (so content scripts and other pages see
  // them as a settings change); the next one to come wakes this up when it falls due.
  useEffect(() => {
    if (!stored) return;
    let live = true;
    const t = Date.now();
    if (stored.newerVersion == null && stored.settings.pending.some((p) => p.appliesAt <= t)) {
      ensureSettings()
        .then((s) => live && setStored(s))
        .catch((err: unknown) => live && setError(message(err)));
      return () => {
        live = false;
      };
    }
    const next = nextPendingAt(stored.settings, t);
    if (next === null) return;
    const timer = setTimeout(() => live && setNow(Date.now()), Math.min(MAX_TIMER_MS, next - t));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [stored, now]);

  const state = useMemo(() => (stored ? { ...stored, settings: applyDue(stored.settings, now) } : null), [stored, now]);

  const update = useCallback(async (change: (current: Settings) => Settings) => {
    try {
      const t = Date.now();
      const settings = await updateSettings(change, t);
      setNow(t);
      setStored((prev) => (prev ? { ...prev, settings } : prev));
      setError(null);
      return true;
    } catch (err) {
      setError(message(err));
      return false;
    }
  }, []);

  const dismiss = useCallback(async () => {
    await dismissRepairs();
    setStored((prev) => (prev ? { ...prev, unseenRepairs: [] } : prev));
  }, []);

  return { state, error, update, dismissRepairs: dismiss, clearError: useCallback(() => setError(null), []), now };
}
