import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import { dismissRepairs, ensureSettings, updateSettings, watchSettings, type SettingsState } from '../../settings/store';

export interface SettingsHandle {
  /** Null until loaded. */
  state: SettingsState | null;
  /** Why the last load or write failed, in words. */
  error: string | null;
  /** Applies a change and saves it; resolves false (with `error` set) if it was not saved. */
  update: (change: (current: Settings) => Settings) => Promise<boolean>;
  dismissRepairs: () => Promise<void>;
  clearError: () => void;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Loads (and repairs) the settings once, then follows every change from any context. */
export function useSettings(): SettingsHandle {
  const [state, setState] = useState<SettingsState | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    ensureSettings()
      .then((s) => live && setState(s))
      .catch((err: unknown) => live && setError(`Could not load your settings: ${message(err)}`));
    const unwatch = watchSettings((settings) => setState((prev) => (prev ? { ...prev, settings } : prev)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const update = useCallback(async (change: (current: Settings) => Settings) => {
    try {
      const settings = await updateSettings(change);
      setState((prev) => (prev ? { ...prev, settings } : prev));
      setError(null);
      return true;
    } catch (err) {
      setError(message(err));
      return false;
    }
  }, []);

  const dismiss = useCallback(async () => {
    await dismissRepairs();
    setState((prev) => (prev ? { ...prev, unseenRepairs: [] } : prev));
  }, []);

  return { state, error, update, dismissRepairs: dismiss, clearError: useCallback(() => setError(null), []) };
}
