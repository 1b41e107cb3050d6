import type { SettingsHandle } from './useSettings';

/** What the trader must know about the settings themselves: a repair, a newer version, a failed save. */
export function Notices({ handle, showBackupHint = true }: { handle: SettingsHandle; showBackupHint?: boolean }) {
  const { state, error } = handle;
  const repairs = state?.unseenRepairs ?? [];
  return (
    <>
      {error && (
        <div class="notice notice-error" role="alert" data-testid="settings-error">
          <p>{error}</p>
          <button type="button" class="link" onClick={handle.clearError}>
            Dismiss
          </button>
        </div>
      )}
      {state?.newerVersion != null && (
        <div class="notice notice-warn" role="status" data-testid="newer-version">
          <p>
            Your settings were saved by a newer version of Leverage Guard in another browser (settings v{state.newerVersion}). They apply
            here as far as this version understands them; update the extension to change them.
          </p>
        </div>
      )}
      {repairs.length > 0 && (
        <div class="notice notice-warn" role="status" data-testid="repair-notice">
          <p>
            Your stored settings were damaged, so they were repaired to the nearest valid settings.
            {showBackupHint ? ' The original is kept: All settings → Backups.' : ' The original is kept under Backups below.'}
          </p>
          <details>
            <summary>What changed</summary>
            <ul>
              {repairs.flatMap((r) => r.issues).map((issue, i) => (
                <li key={i}>{issue}</li>
              ))}
            </ul>
          </details>
          <button type="button" class="link" data-testid="repair-dismiss" onClick={() => void handle.dismissRepairs()}>
            Got it
          </button>
        </div>
      )}
    </>
  );
}
