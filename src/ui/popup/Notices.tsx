import type { BackupEntry, UnreadableBackup } from '../../settings/backups';
import { sentences, t } from '../i18n';
import type { SettingsHandle } from './useSettings';
import { unreadableWords } from './words';

/** What the trader must know about the settings themselves: a repair, unreadable data, a newer version, a failed save. */
export function Notices({ handle, showBackupHint = true }: { handle: SettingsHandle; showBackupHint?: boolean }) {
  const { state, error } = handle;
  const notices: BackupEntry[] = state?.unseenRepairs ?? [];
  const repairs = notices.filter((b) => b.kind === 'repair');
  const unreadable = notices.filter((b): b is UnreadableBackup => b.kind === 'unreadable');
  const kept = showBackupHint ? t('notices.keptPopup') : t('notices.keptOptions');
  return (
    <>
      {error && (
        <div class="notice notice-error" role="alert" data-testid="settings-error">
          <p>{error}</p>
          <button type="button" class="link" onClick={handle.clearError}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
      {state?.newerVersion != null && (
        <div class="notice notice-warn" role="status" data-testid="newer-version">
          <p>{showBackupHint ? t('notices.newerPopup', { version: state.newerVersion }) : t('notices.newerOptions', { version: state.newerVersion })}</p>
        </div>
      )}
      {notices.length > 0 && (
        <div class="notice notice-warn" role="status" data-testid="repair-notice">
          {repairs.length > 0 && (
            <p>{sentences(t('notices.repaired'), kept)}</p>
          )}
          {unreadable.length > 0 && (
            <>
              <p>{sentences(t('notices.unreadable'), kept)}</p>
              <ul>
                {[...new Set(unreadable.map((b) => b.from))].map((from) => unreadableWords(from)).map((what) => (
                  <li key={what}>{what}.</li>
                ))}
              </ul>
            </>
          )}
          <details>
            <summary>{t('notices.whatChanged')}</summary>
            <ul>
              {notices.flatMap((r) => r.issues).map((issue, i) => (
                <li key={i}>{issue}</li>
              ))}
            </ul>
          </details>
          <button type="button" class="link" data-testid="repair-dismiss" onClick={() => void handle.dismissRepairs()}>
            {t('notices.gotIt')}
          </button>
        </div>
      )}
    </>
  );
}
