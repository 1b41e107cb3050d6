import { useState } from 'preact/hooks';
import type { LimitValues, NumberValues } from '../../settings/limits';
import { BUILT_IN_PRESETS, matchingPreset } from '../../settings/presets';
import type { Settings } from '../../settings/schema';
import { t } from '../i18n';
import { builtInName, presetDescription } from './words';

/**
 * The built-in presets as one-click buttons (the one in force pressed) and the trader's own
 * presets in a list with Apply.
 */
export function PresetPicker({
  settings,
  current,
  readOnly,
  id,
  onApply,
}: {
  settings: Settings;
  /** The values in force in the scope being edited: the preset that matches them is marked. */
  current: NumberValues;
  readOnly: boolean;
  id: (s: string) => string;
  onApply: (name: string, values: LimitValues) => void;
}) {
  const [savedChoice, setSavedChoice] = useState('');
  const match = matchingPreset(current, settings.presets);
  const chosenSaved = settings.presets.find((p) => p.id === savedChoice) ?? settings.presets[0];
  return (
    <div class="presets" role="group" aria-labelledby={id('presets-label')}>
      <span id={id('presets-label')} class="group-label">
        {t('limits.presets')}
      </span>
      <div class="preset-buttons">
        {BUILT_IN_PRESETS.map((p) => (
          <button
            type="button"
            key={p.id}
            class="preset"
            aria-pressed={match?.kind === 'built-in' && match.preset.id === p.id}
            title={presetDescription(p)}
            disabled={readOnly}
            data-testid={`preset-${p.id}`}
            onClick={() => onApply(builtInName(p), p.limits)}
          >
            {builtInName(p)}
          </button>
        ))}
      </div>
      {settings.presets.length > 0 && (
        <div class="saved-presets">
          <label for={id('saved')}>{t('limits.yourPresets')}</label>
          <select id={id('saved')} value={chosenSaved?.id} onChange={(e) => setSavedChoice((e.currentTarget as HTMLSelectElement).value)}>
            {settings.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {match?.kind === 'saved' && match.preset.id === p.id ? t('limits.current', { name: p.name }) : p.name}
              </option>
            ))}
          </select>
          <button type="button" disabled={readOnly || !chosenSaved} onClick={() => chosenSaved && onApply(chosenSaved.name, chosenSaved.limits)}>
            {t('limits.apply')}
          </button>
        </div>
      )}
    </div>
  );
}
