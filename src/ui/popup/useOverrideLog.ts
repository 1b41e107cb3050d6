import { useEffect, useState } from 'preact/hooks';
import { loadOverrideLog, watchOverrideLog, type OverrideRecord } from '../../settings/overrideLog';

/** The override log (oldest first), following every change; null until loaded. */
export function useOverrideLog(): OverrideRecord[] | null {
  const [log, setLog] = useState<OverrideRecord[] | null>(null);
  useEffect(() => {
    let live = true;
    void loadOverrideLog()
      .then((l) => live && setLog(l))
      .catch(() => live && setLog([]));
    const unwatch = watchOverrideLog((l) => setLog(l));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return log;
}
