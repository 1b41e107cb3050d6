import { useEffect, useState } from 'preact/hooks';
import { LIMIT_KEYS, type LimitKey } from '../../settings/limits';
import { BUILT_IN_PRESETS, GLOBAL, deletePreset, renamePreset } from '../../settings/presets';
import { MAX_PRESET_NAME, type SavedPreset, type Settings } from '../../settings/schema';
import { t } from '../i18n';
import { LimitsForm } from '../popup/LimitsForm';
import { Notices } from '../popup/Notices';
import { useSettings } from '../popup/useSettings';
import { builtInName, limitLabel, limitText, presetProblem } from '../popup/words';
import { Discipline } from './Discipline';
import { OverlayColours } from './OverlayColours';
import { OverrideLogView } from './OverrideLogView';
import { SitesTable } from './SitesTable';
import { Transfer } from './Transfer';

type Update = (change: (s: Settings) => Settings) => Promise<boolean>;

function HardLimits({ settings, update, readOnly }: { settings: Settings; update: Update; readOnly: boolean }) {
  const toggle = (key: LimitKey, on: boolean) =>
    update((s) => {
      const hard = on ? [...new Set([...s.limits.hard, key])] : s.limits.hard.filter((k) => k !== key);
      return { ...s, limits: { ...s.limits, hard: LIMIT_KEYS.filter((k) => hard.includes(k)) } };
    });
  return (
    <fieldset class="hard" data-testid="hard-limits">
      <legend>{t('options.hardLimits')}</legend>
      <p class="help">{t('options.hardHelp')}</p>
      {LIMIT_KEYS.map((key) => (
        <label key={key} class="check">
          <input
            type="checkbox"
            checked={settings.limits.hard.includes(key)}
            disabled={readOnly}
            data-testid={`hard-${key}`}
            onChange={(e) => void toggle(key, (e.currentTarget as HTMLInputElement).checked)}
          />
          {limitLabel(key)}
        </label>
      ))}
    </fieldset>
  );
}

function PresetRow({ preset, update, readOnly }: { preset: SavedPreset; update: Update; readOnly: boolean }) {
  const [name, setName] = useState(preset.name);
  const [error, setError] = useState('');
  const id = `preset-${preset.id}`;
  return (
    <li data-testid={id}>
      <form
        class="preset-row"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          let problem = '';
          const ok = await update((s) => {
            const r = renamePreset(s, preset.id, name);
            if (!r.ok) {
              problem = presetProblem(s, name, preset.id);
              return s;
            }
            return r.settings;
          });
          setError(problem || (ok ? '' : t('common.notSaved')));
        }}
      >
        <label class="visually-hidden" for={`${id}-name`}>
          {t('options.presetNameLabel', { name: preset.name })}
        </label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={MAX_PRESET_NAME}
          value={name}
          readOnly={readOnly}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? `${id}-error` : `${id}-values`}
          onInput={(e) => {
            setName((e.currentTarget as HTMLInputElement).value);
            setError('');
          }}
        />
        <span class="muted" id={`${id}-values`}>
          {LIMIT_KEYS.map((k) => limitText(k, preset.limits[k])).join(' · ')}
        </span>
        <button type="submit" disabled={readOnly || name === preset.name}>
          {t('options.rename')}
        </button>
        <button type="button" disabled={readOnly} aria-label={t('options.deleteLabel', { name: preset.name })} onClick={() => void update((s) => deletePreset(s, preset.id))}>
          {t('options.delete')}
        </button>
      </form>
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </li>
  );
}

function TransferSection({ settings, newerVersion }: { settings: Settings | null; newerVersion: number | null }) {
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{t('options.transferHeading')}</h2>
      <Transfer settings={settings} newerVersion={newerVersion} />
    </section>
  );
}

export function OptionsApp() {
  const handle = useSettings();
  const settings = handle.state?.settings;
  const newerVersion = handle.state?.newerVersion ?? null;
  const readOnly = newerVersion !== null;

  // The tab's title and the page's language are the messages' (screen readers and CJK fonts follow `lang`).
  useEffect(() => {
    document.title = t('options.title');
    document.documentElement.lang = t('lang');
  }, []);

  return (
    <main class="options" data-testid="options">
      <h1>{t('options.title')}</h1>
      <Notices handle={handle} showBackupHint={false} />
      {!settings ? (
        // Settings that cannot be loaded must not take Reset and Import away with them.
        handle.loadFailed ? <TransferSection settings={null} newerVersion={null} /> : <p class="muted">{t('options.loading')}</p>
      ) : (
        <>
          <section aria-labelledby="global-heading">
            <h2 id="global-heading">{t('options.globalHeading')}</h2>
            <p class="help">
              {t('options.builtIns', {
                presets: BUILT_IN_PRESETS.map((p) => t('options.builtIn', { name: builtInName(p), values: LIMIT_KEYS.map((k) => limitText(k, p.limits[k])).join(', ') })).join('; '),
              })}
            </p>
            <div class="global-grid">
              <LimitsForm settings={settings} scope={GLOBAL} update={handle.update} readOnly={readOnly} idPrefix="options" />
              <HardLimits settings={settings} update={handle.update} readOnly={readOnly} />
            </div>
          </section>

          <section aria-labelledby="discipline-heading">
            <h2 id="discipline-heading">{t('options.disciplineHeading')}</h2>
            <Discipline settings={settings} update={handle.update} readOnly={readOnly} now={handle.now} />
          </section>

          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">{t('options.sitesHeading')}</h2>
            <SitesTable settings={settings} update={handle.update} readOnly={readOnly} />
          </section>

          <OverlayColours />

          <section aria-labelledby="presets-heading">
            <h2 id="presets-heading">{t('options.presetsHeading')}</h2>
            {settings.presets.length === 0 ? (
              <p class="muted">{t('options.noPresets')}</p>
            ) : (
              <ul class="preset-list">
                {settings.presets.map((p) => (
                  <PresetRow key={`${p.id}-${p.name}`} preset={p} update={handle.update} readOnly={readOnly} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="overrides-heading" id="overrides">
            <h2 id="overrides-heading">{t('options.overridesHeading')}</h2>
            <OverrideLogView />
          </section>

          <TransferSection settings={settings} newerVersion={newerVersion} />
        </>
      )}
    </main>
  );
}
