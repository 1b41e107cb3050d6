import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NUMBER_KEYS, parseLimitInput, type LimitValues, type NumberKey, type NumberValues } from '../../settings/limits';
import {
  BUILT_IN_PRESETS,
  applyLimitValues,
  clearOverrides,
  matchingPreset,
  savePreset,
  scopeValues,
  setLimits,
  type LimitScope,
} from '../../settings/presets';
import type { Settings } from '../../settings/schema';
import { siteName } from '../../settings/sites';
import { sentences, t } from '../i18n';
import { deferredWords } from './deferred';
import { limitHelp, limitInputError, limitInputText, limitLabel, limitText, limitUnit, builtInName, presetDescription, presetProblem } from './words';

type Draft = Record<NumberKey, string>;
type Errors = Partial<Record<NumberKey, string>>;

const toDraft = (values: NumberValues): Draft =>
  Object.fromEntries(NUMBER_KEYS.map((k) => [k, limitInputText(k, values[k])])) as Draft;

/** Every field parsed, or the error of each field that is not valid. */
function parseDraft(draft: Draft): { values: NumberValues | null; errors: Errors } {
  const errors: Errors = {};
  const values = {} as NumberValues;
  for (const key of NUMBER_KEYS) {
    const parsed = parseLimitInput(key, draft[key]);
    if (parsed.ok) values[key] = parsed.value;
    else errors[key] = limitInputError(key, draft[key]);
  }
  return { values: Object.keys(errors).length ? null : values, errors };
}

export interface LimitsFormProps {
  settings: Settings;
  scope: LimitScope;
  update: (change: (current: Settings) => Settings) => Promise<boolean>;
  /** Settings owned by a newer version: show, don't edit. */
  readOnly?: boolean;
  /** Unique per page, for element ids. */
  idPrefix?: string;
  /**
   * The popup: each limit's explanation is read out with its field but not shown, unless the field
   * is this site's own; presets are applied here and saved on the options page.
   */
  compact?: boolean;
}

/**
 * The four limits and the risk per trade of one scope (all sites, or one site's overrides) with
 * the presets. Values are checked as typed; an invalid value shows its error next to the field and
 * nothing is saved. Raises are saved as pending changes when the trader has a cool-down: the
 * fields always show what applies now.
 */
export function LimitsForm({ settings, scope, update, readOnly = false, idPrefix = 'lim', compact = false }: LimitsFormProps) {
  const current = useMemo(() => scopeValues(settings, scope), [settings, scope]);
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [presetName, setPresetName] = useState('');
  const [presetError, setPresetError] = useState('');
  const [savedChoice, setSavedChoice] = useState('');
  const firstInvalid = useRef<Partial<Record<NumberKey, HTMLInputElement | null>>>({});

  const currentDraft = useMemo(() => toDraft(current), [current]);
  const dirty = NUMBER_KEYS.some((k) => draft[k] !== currentDraft[k]);
  const scopeKey = scope.kind === 'global' ? 'global' : scope.siteId;

  // Follow changes made elsewhere (another popup, the options page, another device) unless the
  // trader has started typing here; switching scope always shows that scope's values.
  const currentKey = JSON.stringify(currentDraft);
  const baseline = useRef(currentDraft);
  const lastScope = useRef(scopeKey);
  useEffect(() => {
    const edited = NUMBER_KEYS.some((k) => draft[k] !== baseline.current[k]);
    if (lastScope.current !== scopeKey || !edited) {
      setDraft(currentDraft);
      setErrors({});
    }
    baseline.current = currentDraft;
    lastScope.current = scopeKey;
    // Keyed on the values, not the objects: `scope` may be a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentKey, scopeKey]);

  const overrides = scope.kind === 'site' ? (settings.sites[scope.siteId]?.overrides ?? {}) : {};
  const hasOverrides = Object.keys(overrides).length > 0;
  const where = scope.kind === 'global' ? t('common.allSites') : siteName(scope.siteId);
  const match = matchingPreset(current, settings.presets);

  const setField = (key: NumberKey, text: string) => {
    setDraft((d) => ({ ...d, [key]: text }));
    setStatus('');
    if (errors[key]) {
      const parsed = parseLimitInput(key, text);
      setErrors((e) => ({ ...e, [key]: parsed.ok ? undefined : limitInputError(key, text) }));
    }
  };

  const checkField = (key: NumberKey) => {
    const parsed = parseLimitInput(key, draft[key]);
    setErrors((e) => ({ ...e, [key]: parsed.ok ? undefined : limitInputError(key, draft[key]) }));
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (readOnly) return;
    const { values, errors: found } = parseDraft(draft);
    setErrors(found);
    if (!values) {
      setStatus(t('limits.fixField'));
      const bad = NUMBER_KEYS.find((k) => found[k]);
      if (bad) firstInvalid.current[bad]?.focus();
      return;
    }
    const change = (s: Settings) => setLimits(s, values, scope);
    const waits = deferredWords(settings, change);
    const ok = await update(change);
    // The fields show what applies now: a raise that waits goes back to the value in force.
    if (ok) setDraft(waits ? currentDraft : toDraft(values));
    setStatus(ok ? sentences(t('limits.savedFor', { where }), waits) : t('common.notSaved'));
  };

  const applyPreset = async (name: string, values: LimitValues) => {
    if (readOnly) return;
    const change = (s: Settings) => applyLimitValues(s, values, scope);
    const waits = deferredWords(settings, change);
    const ok = await update(change);
    if (ok) {
      setDraft(waits ? currentDraft : toDraft({ ...current, ...values }));
      setErrors({});
    }
    setStatus(ok ? sentences(t('limits.applied', { preset: name, where }), waits) : t('common.notSaved'));
  };

  const onSavePreset = async (event: Event) => {
    event.preventDefault();
    const { values, errors: found } = parseDraft(draft);
    if (!values) {
      setErrors(found);
      setPresetError(t('limits.fixAbove'));
      return;
    }
    const trial = savePreset(settings, presetName, values);
    if (!trial.ok) {
      setPresetError(presetProblem(settings, presetName));
      return;
    }
    let savedAs = '';
    const ok = await update((s) => {
      const r = savePreset(s, presetName, values);
      if (!r.ok) throw new Error(presetProblem(s, presetName));
      savedAs = r.preset.name;
      return r.settings;
    });
    setPresetError(ok ? '' : t('common.notSaved'));
    if (ok) {
      setPresetName('');
      setStatus(t('limits.savedPreset', { name: savedAs }));
    }
  };

  const id = (s: string) => `${idPrefix}-${s}`;
  const chosenSaved = settings.presets.find((p) => p.id === savedChoice) ?? settings.presets[0];

  return (
    <div class="limits" data-testid="limits">
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
              onClick={() => applyPreset(builtInName(p), p.limits)}
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
            <button type="button" disabled={readOnly || !chosenSaved} onClick={() => chosenSaved && applyPreset(chosenSaved.name, chosenSaved.limits)}>
              {t('limits.apply')}
            </button>
          </div>
        )}
      </div>

      <form class="limit-fields" onSubmit={onSubmit} noValidate aria-describedby={id('status')}>
        {NUMBER_KEYS.map((key) => {
          const err = errors[key];
          const overridden = scope.kind === 'site' && overrides[key] !== undefined;
          return (
            <div class={`field${err ? ' invalid' : ''}`} key={key}>
              <label for={id(key)}>{limitLabel(key)}</label>
              <div class="input-row">
                <input
                  id={id(key)}
                  name={key}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  spellcheck={false}
                  value={draft[key]}
                  readOnly={readOnly}
                  aria-invalid={err ? 'true' : 'false'}
                  aria-describedby={`${err ? id(`${key}-error`) : ''} ${id(`${key}-help`)}`.trim()}
                  ref={(el) => {
                    firstInvalid.current[key] = el;
                  }}
                  onInput={(e) => setField(key, (e.currentTarget as HTMLInputElement).value)}
                  onBlur={() => checkField(key)}
                  data-testid={`limit-${key}`}
                />
                <span class="unit" aria-hidden="true">
                  {limitUnit(key)}
                </span>
              </div>
              {err && (
                <p class="error" id={id(`${key}-error`)} data-testid={`limit-${key}-error`}>
                  {err}
                </p>
              )}
              <p class={compact && !overridden ? 'visually-hidden' : 'help'} id={id(`${key}-help`)}>
                {scope.kind === 'site'
                  ? overridden
                    ? t('limits.onlyHere', { value: limitText(key, settings.limits[key]) })
                    : t('limits.sameAsAll')
                  : limitHelp(key)}
              </p>
            </div>
          );
        })}
        <div class="actions">
          <button type="submit" class="primary" disabled={readOnly} data-testid="save-limits">
            {t('limits.save')}
          </button>
          {dirty && (
            <button
              type="button"
              onClick={() => {
                setDraft(currentDraft);
                setErrors({});
                setStatus('');
              }}
            >
              {t('common.undoChanges')}
            </button>
          )}
          {scope.kind === 'site' && hasOverrides && (
            <button
              type="button"
              disabled={readOnly}
              onClick={async () => {
                const ok = await update((s) => clearOverrides(s, scope.siteId));
                setStatus(ok ? t('limits.nowFollows', { where }) : t('common.notSaved'));
              }}
            >
              {t('limits.useAllSite')}
            </button>
          )}
        </div>
        <p class="status" id={id('status')} role="status" aria-live="polite" data-testid="limits-status">
          {status}
        </p>
      </form>

      {/* The popup has no room for naming presets: the options page (All settings) saves and renames them. */}
      {!compact && (
      <details class="save-preset">
        <summary>{t('limits.savePresetSummary')}</summary>
        <form onSubmit={onSavePreset} noValidate>
          <label for={id('preset-name')}>{t('limits.presetName')}</label>
          <div class="input-row">
            <input
              id={id('preset-name')}
              type="text"
              maxLength={40}
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
      )}
    </div>
  );
}
