import { useEffect, useState } from 'preact/hooks';
import { UNREADABLE_WORDS, listBackups, watchBackups, type BackupEntry, type SettingsBackup } from '../../settings/backups';
import { COOL_DOWN_WORDS, type CommitResult } from '../../settings/discipline';
import { SETTINGS_VERSION, migrateSettings } from '../../settings/migrations';
import { defaultSettings } from '../../settings/repair';
import { validateSettings, type Settings } from '../../settings/schema';
import { replaceSettings } from '../../settings/store';
import { exportFileName, exportSettings, importSettings, whatResetLoses, type ResetLoss } from '../../settings/transfer';
import { download } from './download';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Everything this component says (English for now), in one place for translation. */
const WORDS = {
  export: 'Export settings…',
  import: 'Import settings…',
  reset: 'Reset to defaults…',
  resetConfirm: 'Reset',
  confirmResetLabel: 'Confirm reset',
  cancel: 'Cancel',
  resetQuestion: 'Replace all your settings with the defaults (Moderate limits, every site on in guard mode Confirm, no cool-down)?',
  loss: (l: ResetLoss): string => {
    switch (l.kind) {
      case 'limits':
        return 'your limits for all sites';
      case 'hard':
        return plural(l.count, 'hard limit');
      case 'sites':
        return `your own settings for ${plural(l.count, 'site')}`;
      case 'presets':
        return plural(l.count, 'saved preset');
      case 'coolDown':
        return `your ${COOL_DOWN_WORDS[l.coolDown].toLowerCase()} cool-down`;
      case 'pending':
        return `${plural(l.count, 'change')} waiting for the cool-down`;
      case 'unreadable':
        return 'whatever your stored settings were';
      case 'newer-version':
        return `whatever only the newer Leverage Guard (settings v${l.version}) that saved them understands`;
    }
  },
  youLose: (parts: string[]) =>
    parts.length === 0 ? 'Your settings are the defaults already.' : `You lose ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}.`,
  resetWaits: (coolDown: string) => `With your ${coolDown} cool-down, whatever the defaults allow that your settings do not waits for it.`,
  resetKept: 'A copy is kept under Backups on this device.',
  waits: (r: CommitResult) =>
    r.deferred.length === 0
      ? ''
      : ` ${r.deferred.length} raise${r.deferred.length === 1 ? '' : 's'} in it wait${r.deferred.length === 1 ? 's' : ''} for your cool-down (see Discipline).`,
  imported: (name: string, r: CommitResult) => `Imported ${name}. Your previous settings are under Backups.${WORDS.waits(r)}`,
  notImportedFile: (name: string) => `Not imported: ${name} is not valid settings. Your settings are unchanged.`,
  notImported: (why: string) => `Not imported: ${why}`,
  wasReset: (r: CommitResult) => `Settings reset to the defaults (Moderate, every site on). Your previous settings are under Backups.${WORDS.waits(r)}`,
  notReset: (why: string) => `Not reset: ${why}`,
  restored: (at: string, r: CommitResult) => `Restored the settings from ${at}.${WORDS.waits(r)}`,
  notRestored: (why: string) => `Not restored: ${why}`,
  backupsHeading: 'Backups on this device',
  noBackups: 'None. A backup is kept whenever settings are imported, reset, restored or repaired.',
  backupKind: {
    repair: 'Before a repair of damaged settings',
    import: 'Before an import',
    reset: 'Before a reset to defaults',
    restore: 'Before a restore',
  } satisfies Record<SettingsBackup['kind'], string>,
  problemsFixed: (n: number) => ` (${plural(n, 'problem')} fixed)`,
  fromNewer: (version: number) => ` (settings v${version}, from a newer version)`,
  keptAsText: ' (kept as text)',
  download: 'Download',
  restore: 'Restore',
};

/** A settings backup as current settings: taken by an older version, it is migrated first. */
const restorable = (b: BackupEntry) => (b.kind === 'unreadable' ? null : validateSettings(migrateSettings(b.original, b.version)));

const backupWords = (b: BackupEntry) => (b.kind === 'unreadable' ? UNREADABLE_WORDS[b.from].what : WORDS.backupKind[b.kind]);

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
      setStatus(WORDS.notImportedFile(file.name));
      return;
    }
    try {
      setStatus(WORDS.imported(file.name, await replaceSettings(result.settings, 'import')));
    } catch (err) {
      setStatus(WORDS.notImported(errorText(err)));
    }
  };

  const onReset = async () => {
    setConfirmReset(false);
    try {
      setStatus(WORDS.wasReset(await replaceSettings(defaultSettings(), 'reset')));
    } catch (err) {
      setStatus(WORDS.notReset(errorText(err)));
    }
  };

  const restore = async (b: BackupEntry) => {
    const checked = restorable(b);
    if (!checked?.ok) return;
    try {
      setStatus(WORDS.restored(new Date(b.at).toLocaleString(), await replaceSettings(checked.settings, 'restore')));
    } catch (err) {
      setStatus(WORDS.notRestored(errorText(err)));
    }
  };

  const coolDown = settings?.discipline.coolDown ?? 'none';

  return (
    <div class="transfer">
      <div class="actions">
        <button type="button" data-testid="export" disabled={!settings} onClick={() => settings && download(exportFileName(), exportSettings(settings))}>
          {WORDS.export}
        </button>
        <label class="file-button">
          <span>{WORDS.import}</span>
          <input type="file" accept="application/json,.json" data-testid="import" onChange={onImport} />
        </label>
        {!confirmReset && (
          <button type="button" data-testid="reset" onClick={() => setConfirmReset(true)}>
            {WORDS.reset}
          </button>
        )}
      </div>
      {confirmReset && (
        <div class="confirm reset-question" role="group" aria-label={WORDS.confirmResetLabel} aria-describedby="reset-question">
          <p id="reset-question" data-testid="reset-question">
            {WORDS.resetQuestion} {WORDS.youLose(whatResetLoses(settings, newerVersion).map(WORDS.loss))}
            {coolDown !== 'none' && ` ${WORDS.resetWaits(COOL_DOWN_WORDS[coolDown].toLowerCase())}`} {WORDS.resetKept}
          </p>
          <button type="button" class="danger" data-testid="reset-confirm" onClick={onReset}>
            {WORDS.resetConfirm}
          </button>
          <button type="button" onClick={() => setConfirmReset(false)}>
            {WORDS.cancel}
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

      <h3>{WORDS.backupsHeading}</h3>
      {backups.length === 0 ? (
        <p class="muted">{WORDS.noBackups}</p>
      ) : (
        <ul class="backups" data-testid="backups">
          {backups.map((b, i) => (
            <li key={`${b.id}-${i}`} data-testid="backup">
              <span>
                {backupWords(b)}, {new Date(b.at).toLocaleString()}
                {b.kind === 'unreadable'
                  ? WORDS.keptAsText
                  : b.kind === 'repair' && b.issues.length > 0
                    ? WORDS.problemsFixed(b.issues.length)
                    : b.version > SETTINGS_VERSION
                      ? WORDS.fromNewer(b.version)
                      : ''}
              </span>
              <span class="backup-actions">
                <button type="button" class="link" onClick={() => download(`leverage-guard-backup-${fileTime(b)}.json`, `${JSON.stringify(b, null, 2)}\n`)}>
                  {WORDS.download}
                </button>
                {restorable(b)?.ok && (
                  <button type="button" class="link" onClick={() => void restore(b)}>
                    {WORDS.restore}
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
