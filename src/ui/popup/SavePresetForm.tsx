import { useState } from 'preact/hooks';
import type { NumberValues } from '../../settings/limits';
import { savePreset } from '../../settings/presets';
import { MAX_PRESET_NAME, type Settings } from '../../settings/schema';
import { t } from '../i18n';
import { presetProblem } from './words';

/**
 * "Save these limits as a preset": a name, then the typed limits saved under it. `values` gives
 * the typed limits, or null when a field is invalid (its error is then shown by the field).
 */
export function SavePresetForm({
  settings,
  values,
  update,
  readOnly,
  id,
  onSaved,
}: {
  settings: Settings;
  values: () => NumberValues | null;
  update: (change: (current: Settings) => Settings) => Promise<boolean>;
  readOnly: boolean;
  id: (s: string) => string;
  onSaved: (name: string) => void;
}) {
  const [presetName, setPresetName] = useState('');
  const [presetError, setPresetError] = useState('');

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const typed = values();
    if (!typed) {
      setPresetError(t('limits.fixAbove'));
      return;
    }
    const trial = savePreset(settings, presetName, typed);
    if (!trial.ok) {
      setPresetError(presetProblem(settings, presetName));
      return;
    }
    let savedAs = '';
    const ok = await update((s) => {
      const r = savePreset(s, presetName, typed);
      if (!r.ok) throw new Error(presetProblem(s, presetName));
      savedAs = r.preset.name;
      return r.settings;
    });
    setPresetError(ok ? '' : t('common.notSaved'));
    if (ok) {
      setPresetName('');
      onSaved(savedAs);
    }
  };

  return (
    <details class="save-preset">
      <summary>{t('limits.savePresetSummary')}</summary>
      <form onSubmit={onSubmit} noValidate>
        <label for={id('preset-name')}>{t('limits.presetName')}</label>
        <div class="input-row">
          <input
            id={id('preset-name')}
            type="text"
            maxLength={MAX_PRESET_NAME}
            value={presetName}
            aria-invalid={presetError ? 'true' : 'false'}
            aria-describedby={presetError ? id('preset-error') : undefined}
            onInput={(e) => {
              setPresetName((e.currentTarget as HTMLInputElement).value);
              setPresetError('');
            }}
          />
          <button type="submit" disabled={readOnly}>
            {t('limits.savePreset')}
          </button>
        </div>
        {presetError && (
          <p class="error" id={id('preset-error')}>
            {presetError}
          </p>
        )}
      </form>
    </details>
  );
}
