import { UNREADABLE_WORDS, type BackupEntry, type UnreadableBackup } from '../../settings/backups';
import type { SettingsHandle } from './useSettings';

/** Everything this component says (English for now), in one place for translation. */
const WORDS = {
  dismissError: 'Dismiss',
  newerVersion: (version: number, inOptions: boolean) =>
    `Your settings were saved by a newer version of Leverage Guard in another browser (settings v${version}). They apply here as far as this version understands them; update the extension to change them, or reset them to the defaults ${inOptions ? 'under “Import, export, reset” below' : 'in All settings'}.`,
  repaired: 'Your stored settings were damaged, so they were repaired to the nearest valid settings.',
  unreadable: 'Some data Leverage Guard keeps in this browser could not be read, so it was set aside and started afresh:',
  keptPopup: ' The original is kept: All settings → Backups.',
  keptOptions: ' The original is kept under Backups below.',
  whatChanged: 'What changed',
  gotIt: 'Got it',
};

/** What the trader must know about the settings themselves: a repair, unreadable data, a newer version, a failed save. */
export function Notices({ handle, showBackupHint = true }: { handle: SettingsHandle; showBackupHint?: boolean }) {
  const { state, error } = handle;
  const notices: BackupEntry[] = state?.unseenRepairs ?? [];
  const repairs = notices.filter((b) => b.kind === 'repair');
  const unreadable = notices.filter((b): b is UnreadableBackup => b.kind === 'unreadable');
  const kept = showBackupHint ? WORDS.keptPopup : WORDS.keptOptions;
  return (
    <>
      {error && (
        <div class="notice notice-error" role="alert" data-testid="settings-error">
          <p>{error}</p>
          <button type="button" class="link" onClick={handle.clearError}>
            {WORDS.dismissError}
          </button>
        </div>
      )}
      {state?.newerVersion != null && (
        <div class="notice notice-warn" role="status" data-testid="newer-version">
          <p>{WORDS.newerVersion(state.newerVersion, !showBackupHint)}</p>
        </div>
      )}
      {notices.length > 0 && (
        <div class="notice notice-warn" role="status" data-testid="repair-notice">
          {repairs.length > 0 && (
            <p>
              {WORDS.repaired}
              {kept}
            </p>
          )}
          {unreadable.length > 0 && (
            <>
              <p>
                {WORDS.unreadable}
                {kept}
              </p>
              <ul>
                {[...new Set(unreadable.map((b) => UNREADABLE_WORDS[b.from].what))].map((what) => (
                  <li key={what}>{what}.</li>
                ))}
              </ul>
            </>
          )}
          <details>
            <summary>{WORDS.whatChanged}</summary>
            <ul>
              {notices.flatMap((r) => r.issues).map((issue, i) => (
                <li key={i}>{issue}</li>
              ))}
            </ul>
          </details>
          <button type="button" class="link" data-testid="repair-dismiss" onClick={() => void handle.dismissRepairs()}>
            {WORDS.gotIt}
          </button>
        </div>
      )}
    </>
  );
}
