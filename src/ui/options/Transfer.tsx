import { useEffect, useState } from 'preact/hooks';
import { migrateSettings } from '../../settings/migrations';
import { defaultSettings } from '../../settings/repair';
import { validateSettings, type Settings } from '../../settings/schema';
import { backupItem, listBackups, replaceSettings, type BackupEntry } from '../../settings/store';
import { exportFileName, exportSettings, importSettings } from '../../settings/transfer';
import type { CommitResult } from '../../settings/discipline';
import { download } from './download';

/** " 3 raises wait for your cool-down (see Discipline)." or "". */
const waitWords = (r: CommitResult) =>
  r.deferred.length === 0
    ? ''
    : ` ${r.deferred.length} raise${r.deferred.length === 1 ? '' : 's'} in it wait${r.deferred.length === 1 ? 's' : ''} for your cool-down (see Discipline).`;

/** A backup as current settings: taken by an older version, it is migrated first. */
const restorable = (b: BackupEntry) => validateSettings(migrateSettings(b.original, b.version));

const KIND_WORDS: Record<BackupEntry['kind'], string> = {
  repair: 'Before a repair of damaged settings',
  import: 'Before an import',
  reset: 'Before a reset to defaults',
  restore: 'Before a restore',
};

/** Export and import as a JSON file, reset to defaults, and the backups those (and repairs) left. */
export function Transfer({ settings, readOnly }: { settings: Settings; readOnly: boolean }) {
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [confirmReset, setConfirmReset] = useState(false);
  const [backups, setBackups] = useState<BackupEntry[]>([]);

  useEffect(() => {
    void listBackups().then(setBackups);
    return backupItem.watch((list) => setBackups(list));
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
      setStatus(`Not imported: ${file.name} is not valid settings. Your settings are unchanged.`);
      return;
    }
    try {
      const r = await replaceSettings(result.settings, 'import');
      setStatus(`Imported ${file.name}. Your previous settings are under Backups.${waitWords(r)}`);
    } catch (err) {
      setStatus(`Not imported: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const onReset = async () => {
    setConfirmReset(false);
    try {
      const r = await replaceSettings(defaultSettings(), 'reset');
      setStatus(`Settings reset to the defaults (Moderate, every site on). Your previous settings are under Backups.${waitWords(r)}`);
    } catch (err) {
      setStatus(`Not reset: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const restore = async (b: BackupEntry) => {
    const checked = restorable(b);
    if (!checked.ok) return;
    try {
      const r = await replaceSettings(checked.settings, 'restore');
      setStatus(`Restored the settings from ${new Date(b.at).toLocaleString()}.${waitWords(r)}`);
    } catch (err) {
      setStatus(`Not restored: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  return (
    <div class="transfer">
      <div class="actions">
        <button type="button" data-testid="export" onClick={() => download(exportFileName(), exportSettings(settings))}>
          Export settings…
        </button>
        <label class="file-button">
          <span>Import settings…</span>
          <input type="file" accept="application/json,.json" disabled={readOnly} data-testid="import" onChange={onImport} />
        </label>
        {!confirmReset ? (
          <button type="button" disabled={readOnly} data-testid="reset" onClick={() => setConfirmReset(true)}>
            Reset to defaults…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm reset">
            <span>Replace all your settings with the defaults?</span>
            <button type="button" class="danger" data-testid="reset-confirm" onClick={onReset}>
              Reset
            </button>
            <button type="button" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
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

      <h3>Backups on this device</h3>
      {backups.length === 0 ? (
        <p class="muted">None. A backup is kept whenever settings are imported, reset, restored or repaired.</p>
      ) : (
        <ul class="backups" data-testid="backups">
          {backups.map((b) => (
            <li key={b.id}>
              <span>
                {KIND_WORDS[b.kind]}, {new Date(b.at).toLocaleString()}
                {b.issues.length > 0 && ` (${b.issues.length} problem${b.issues.length > 1 ? 's' : ''} fixed)`}
              </span>
              <span class="backup-actions">
                <button
                  type="button"
                  class="link"
                  onClick={() => download(`leverage-guard-backup-${b.at.slice(0, 19).replace(/:/g, '-')}.json`, `${JSON.stringify(b, null, 2)}\n`)}
                >
                  Download
                </button>
                {restorable(b).ok && (
                  <button type="button" class="link" disabled={readOnly} onClick={() => void restore(b)}>
                    Restore
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
