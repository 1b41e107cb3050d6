import { useState } from 'preact/hooks';
import { LIMIT_KEYS, LIMIT_SPECS, formatLimit, type LimitKey } from '../../settings/limits';
import { BUILT_IN_PRESETS, GLOBAL, deletePreset, renamePreset } from '../../settings/presets';
import type { SavedPreset, Settings } from '../../settings/schema';
import { LimitsForm } from '../popup/LimitsForm';
import { Notices } from '../popup/Notices';
import { useSettings } from '../popup/useSettings';
import { Discipline } from './Discipline';
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
      <legend>Hard limits</legend>
      <p class="help">
        Breaking a hard limit shows “blocked” instead of “danger”, and in guard mode Confirm such an order cannot be placed from the ticket.
      </p>
      {LIMIT_KEYS.map((key) => (
        <label key={key} class="check">
          <input
            type="checkbox"
            checked={settings.limits.hard.includes(key)}
            disabled={readOnly}
            data-testid={`hard-${key}`}
            onChange={(e) => void toggle(key, (e.currentTarget as HTMLInputElement).checked)}
          />
          {LIMIT_SPECS[key].label}
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
              problem = r.error;
              return s;
            }
            return r.settings;
          });
          setError(problem || (ok ? '' : 'Not saved.'));
        }}
      >
        <label class="visually-hidden" for={`${id}-name`}>
          Name of preset {preset.name}
        </label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={40}
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
          {LIMIT_KEYS.map((k) => formatLimit(k, preset.limits[k])).join(' · ')}
        </span>
        <button type="submit" disabled={readOnly || name === preset.name}>
          Rename
        </button>
        <button type="button" disabled={readOnly} aria-label={`Delete preset ${preset.name}`} onClick={() => void update((s) => deletePreset(s, preset.id))}>
          Delete
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

/** Page words that are not part of a section component (English for now). */
const WORDS = {
  title: 'Leverage Guard settings',
  loading: 'Loading your settings…',
  transferHeading: 'Import, export, reset',
};

function TransferSection({ settings, newerVersion }: { settings: Settings | null; newerVersion: number | null }) {
  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">{WORDS.transferHeading}</h2>
      <Transfer settings={settings} newerVersion={newerVersion} />
    </section>
  );
}

export function OptionsApp() {
  const handle = useSettings();
  const settings = handle.state?.settings;
  const newerVersion = handle.state?.newerVersion ?? null;
  const readOnly = newerVersion !== null;
  return (
    <main class="options" data-testid="options">
      <h1>{WORDS.title}</h1>
      <Notices handle={handle} showBackupHint={false} />
      {!settings ? (
        // Settings that cannot be loaded must not take Reset and Import away with them.
        handle.loadFailed ? <TransferSection settings={null} newerVersion={null} /> : <p class="muted">{WORDS.loading}</p>
      ) : (
        <>
          <section aria-labelledby="global-heading">
            <h2 id="global-heading">Limits on all sites</h2>
            <p class="help">
              Built-in presets:{' '}
              {BUILT_IN_PRESETS.map((p) => `${p.name} (${LIMIT_KEYS.map((k) => formatLimit(k, p.limits[k])).join(', ')})`).join('; ')}.
            </p>
            <div class="global-grid">
              <LimitsForm settings={settings} scope={GLOBAL} update={handle.update} readOnly={readOnly} idPrefix="options" />
              <HardLimits settings={settings} update={handle.update} readOnly={readOnly} />
            </div>
          </section>

          <section aria-labelledby="discipline-heading">
            <h2 id="discipline-heading">Discipline</h2>
            <Discipline settings={settings} update={handle.update} readOnly={readOnly} now={handle.now} />
          </section>

          <section aria-labelledby="sites-heading">
            <h2 id="sites-heading">Sites</h2>
            <SitesTable settings={settings} update={handle.update} readOnly={readOnly} />
          </section>

          <section aria-labelledby="presets-heading">
            <h2 id="presets-heading">Your presets</h2>
            {settings.presets.length === 0 ? (
              <p class="muted">None yet. Save the limits as a preset from the popup or from “Limits on all sites” above.</p>
            ) : (
              <ul class="preset-list">
                {settings.presets.map((p) => (
                  <PresetRow key={`${p.id}-${p.name}`} preset={p} update={handle.update} readOnly={readOnly} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="overrides-heading" id="overrides">
            <h2 id="overrides-heading">Override log</h2>
            <OverrideLogView />
          </section>

          <TransferSection settings={settings} newerVersion={newerVersion} />
        </>
      )}
    </main>
  );
}
