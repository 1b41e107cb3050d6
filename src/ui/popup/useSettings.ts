import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { applyDue, nextPendingAt } from '../../settings/discipline';
import type { Settings } from '../../settings/schema';
import { dismissRepairs, ensureSettings, updateSettings, watchSettingsState, type SettingsState } from '../../settings/store';
import { t } from '../i18n';
import { errorWords, writeProblemWords } from './words';

export interface SettingsHandle {
  /**
   * Null until loaded. `settings` are the settings as they apply now: pending changes that have
   * fallen due are applied, `settings.pending` holds only those still waiting.
   */
  state: SettingsState | null;
  /** Why the last load or write failed, in words. */
  error: string | null;
  /** The settings could not be loaded at all (`state` is null): offer what works without them (Reset). */
  loadFailed: boolean;
  /** Applies a change and saves it (raises wait for the cool-down); resolves false (with `error` set) if it was not saved. */
  update: (change: (current: Settings) => Settings) => Promise<boolean>;
  dismissRepairs: () => Promise<void>;
  clearError: () => void;
  /** The time the settings are shown for; moves on when a pending change falls due. */
  now: number;
}

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
  const [loadFailed, setLoadFailed] = useState(false);
  const [now, setNow] = useState(() => Date.now());

  const loaded = useCallback((s: SettingsState) => {
    setStored(s);
    setLoadFailed(false);
    if (s.notSaved) setError(writeProblemWords(s.notSaved));
  }, []);

  useEffect(() => {
    let live = true;
    ensureSettings()
      .then((s) => live && loaded(s))
      .catch((err: unknown) => {
        if (!live) return;
        setLoadFailed(true);
        setError(t('problem.loadFailed', { why: errorWords(err) }));
      });
    // The whole state, not only the settings: a reset clears "saved by a newer version", and a
    // page that could not load its settings recovers when they are written.
    const unwatch = watchSettingsState((next) => {
      setNow(Date.now());
      setLoadFailed(false);
      setStored(next);
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
        .then((s) => live && loaded(s))
        .catch((err: unknown) => live && setError(errorWords(err)));
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
      setError(errorWords(err));
      return false;
    }
  }, []);

  const dismiss = useCallback(async () => {
    await dismissRepairs();
    setStored((prev) => (prev ? { ...prev, unseenRepairs: [] } : prev));
  }, []);

  return { state, error, loadFailed, update, dismissRepairs: dismiss, clearError: useCallback(() => setError(null), []), now };
}
