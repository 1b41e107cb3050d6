import { useEffect, useState } from 'preact/hooks';
import { listBackups, watchBackups, type BackupEntry, type SettingsBackup } from '../../settings/backups';
import type { CommitResult } from '../../settings/discipline';
import { SETTINGS_VERSION, migrateSettings } from '../../settings/migrations';
import { defaultSettings } from '../../settings/repair';
import { validateSettings, type Settings } from '../../settings/schema';
import { replaceSettings } from '../../settings/store';
import { exportFileName, exportSettings, importSettings, whatResetLoses, type ResetLoss } from '../../settings/transfer';
import { andList, formatNumber, sentences, t } from '../i18n';
import { coolDownInline, dateTimeWords, errorWords, unreadableWords } from '../popup/words';
import { download } from './download';

const count = (n: number) => ({ count: formatNumber(n, 0, 0) });

/** What a reset would lose, one part of "You lose …". */
function lossWords(l: ResetLoss): string {
  switch (l.kind) {
    case 'limits':
      return t('transfer.lossLimits');
    case 'hard':
      return t('transfer.lossHard', l.count, count(l.count));
    case 'sites':
      return t('transfer.lossSites', l.count, count(l.count));
    case 'presets':
      return t('transfer.lossPresets', l.count, count(l.count));
    case 'coolDown':
      return t('transfer.lossCoolDown', { coolDown: coolDownInline(l.coolDown) });
    case 'pending':
      return t('transfer.lossPending', l.count, count(l.count));
    case 'unreadable':
      return t('transfer.lossUnreadable');
    case 'newer-version':
      return t('transfer.lossNewer', { version: l.version });
  }
}

const youLose = (parts: string[]) => (parts.length === 0 ? t('transfer.alreadyDefaults') : t('transfer.youLose', { what: andList(parts) }));

/** The raises an import, reset or restore left waiting, as a sentence; "" when none. */
const waits = (r: CommitResult) => (r.deferred.length === 0 ? '' : t('transfer.waits', r.deferred.length, count(r.deferred.length)));

const backupKindWords = (kind: SettingsBackup['kind']): string => t(`transfer.backupKind.${kind}`);

/** A settings backup as current settings: taken by an older version, it is migrated first. */
const restorable = (b: BackupEntry) => (b.kind === 'unreadable' ? null : validateSettings(migrateSettings(b.original, b.version)));

const backupWords = (b: BackupEntry) => (b.kind === 'unreadable' ? unreadableWords(b.from) : backupKindWords(b.kind));

const fileTime = (b: BackupEntry) => b.at.slice(0, 19).replace(/:/g, '-');

/**
 * Export and import as a JSON file, reset to defaults, and the backups those (and repairs) left.
 * Import, reset and restore work whatever is stored: settings that could not be loaded, or were
 * saved by a newer version, are replaced only after the trader says so, and kept as a backup.
 */
export function Transfer({ settings, newerVersion }: { settings: Settings | null; newerVersion: number | null }) {
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  const [backups, setBackups] = useState<BackupEntry[]>([]);

  useEffect(() => {
    let live = true;
    void listBackups().then((l) => live && setBackups(l));
    const unwatch = watchBackups(setBackups);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setErrors([]);
    const result = importSettings(await file.text());
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(t('transfer.notImportedFile', { file: file.name }));
      return;
    }
    try {
      setStatus(sentences(t('transfer.imported', { file: file.name }), waits(await replaceSettings(result.settings, 'import'))));
    } catch (err) {
      setStatus(t('transfer.notImported', { why: errorWords(err) }));
    }
  };

  const onReset = async () => {
    setConfirmReset(false);
    try {
      setStatus(sentences(t('transfer.wasReset'), waits(await replaceSettings(defaultSettings(), 'reset'))));
    } catch (err) {
      setStatus(t('transfer.notReset', { why: errorWords(err) }));
    }
  };

  const restore = async (b: BackupEntry) => {
    const checked = restorable(b);
    if (!checked?.ok) return;
    try {
      setStatus(sentences(t('transfer.restored', { at: dateTimeWords(b.at) }), waits(await replaceSettings(checked.settings, 'restore'))));
    } catch (err) {
      setStatus(t('transfer.notRestored', { why: errorWords(err) }));
    }
  };

  const coolDown = settings?.discipline.coolDown ?? 'none';

  return (
    <div class="transfer">
      <div class="actions">
        <button type="button" data-testid="export" disabled={!settings} onClick={() => settings && download(exportFileName(), exportSettings(settings))}>
          {t('transfer.export')}
        </button>
        <label class="file-button">
          <span>{t('transfer.import')}</span>
          <input type="file" accept="application/json,.json" data-testid="import" onChange={onImport} />
        </label>
        {!confirmReset && (
          <button type="button" data-testid="reset" onClick={() => setConfirmReset(true)}>
            {t('transfer.reset')}
          </button>
        )}
      </div>
      {confirmReset && (
        <div class="confirm reset-question" role="group" aria-label={t('transfer.confirmResetLabel')} aria-describedby="reset-question">
          <p id="reset-question" data-testid="reset-question">
            {sentences(
              t('transfer.resetQuestion'),
              youLose(whatResetLoses(settings, newerVersion).map(lossWords)),
              coolDown !== 'none' ? t('transfer.resetWaits', { coolDown: coolDownInline(coolDown) }) : '',
              t('transfer.resetKept'),
            )}
          </p>
          <button type="button" class="danger" data-testid="reset-confirm" onClick={onReset}>
            {t('transfer.resetConfirm')}
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <p class="status" role="status" aria-live="polite" data-testid="transfer-status">
        {status}
      </p>
      {errors.length > 0 && (
        <ul class="error-list" data-testid="import-errors">
          {errors.map((e, i) => (
            <li key={i} class="error">
              {e}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('transfer.backupsHeading')}</h3>
      {backups.length === 0 ? (
        <p class="muted">{t('transfer.noBackups')}</p>
      ) : (
        <ul class="backups" data-testid="backups">
          {backups.map((b, i) => (
            <li key={`${b.id}-${i}`} data-testid="backup">
              <span>
                {sentences(
                  t('transfer.backup', { what: backupWords(b), at: dateTimeWords(b.at) }),
                  b.kind === 'unreadable'
                    ? t('transfer.keptAsText')
                    : b.kind === 'repair' && b.issues.length > 0
                      ? t('transfer.problemsFixed', b.issues.length, count(b.issues.length))
                      : b.version > SETTINGS_VERSION
                        ? t('transfer.fromNewer', { version: b.version })
                        : '',
                )}
              </span>
              <span class="backup-actions">
                <button type="button" class="link" onClick={() => download(`leverage-guard-backup-${fileTime(b)}.json`, `${JSON.stringify(b, null, 2)}\n`)}>
                  {t('transfer.download')}
                </button>
                {restorable(b)?.ok && (
                  <button type="button" class="link" onClick={() => void restore(b)}>
                    {t('transfer.restore')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
