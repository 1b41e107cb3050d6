import { useMemo, useRef, useState } from 'preact/hooks';
import { NUMBER_KEYS, type LimitValues, type NumberKey } from '../../settings/limits';
import { applyLimitValues, clearOverrides, scopeValues, setLimits, type LimitScope } from '../../settings/presets';
import type { Settings } from '../../settings/schema';
import { siteName } from '../../settings/sites';
import { sentences, t } from '../i18n';
import { deferredWords } from './deferred';
import { LimitFields, parseDraft, useLimitDraft } from './LimitFields';
import { PresetPicker } from './PresetPicker';
import { SavePresetForm } from './SavePresetForm';

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
  const limitDraft = useLimitDraft(current, scope);
  const { draft, setErrors, dirty, reset } = limitDraft;
  const [status, setStatus] = useState('');
  const inputs = useRef<Partial<Record<NumberKey, HTMLInputElement | null>>>({});

  const hasOverrides = scope.kind === 'site' && Object.keys(settings.sites[scope.siteId]?.overrides ?? {}).length > 0;
  const where = scope.kind === 'global' ? t('common.allSites') : siteName(scope.siteId);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (readOnly) return;
    const { values, errors: found } = parseDraft(draft);
    setErrors(found);
    if (!values) {
      setStatus(t('limits.fixField'));
      const bad = NUMBER_KEYS.find((k) => found[k]);
      if (bad) inputs.current[bad]?.focus();
      return;
    }
    const change = (s: Settings) => setLimits(s, values, scope);
    const waits = deferredWords(settings, change);
    const ok = await update(change);
    // The fields show what applies now: a raise that waits goes back to the value in force.
    if (ok) reset(waits ? current : values);
    setStatus(ok ? sentences(t('limits.savedFor', { where }), waits) : t('common.notSaved'));
  };

  const applyPreset = async (name: string, values: LimitValues) => {
    if (readOnly) return;
    const change = (s: Settings) => applyLimitValues(s, values, scope);
    const waits = deferredWords(settings, change);
    const ok = await update(change);
    if (ok) reset(waits ? current : { ...current, ...values });
    setStatus(ok ? sentences(t('limits.applied', { preset: name, where }), waits) : t('common.notSaved'));
  };

  /** The typed limits for a preset, or null with each invalid field's error shown. */
  const typedValues = () => {
    const { values, errors: found } = parseDraft(draft);
    if (!values) setErrors(found);
    return values;
  };

  const id = (s: string) => `${idPrefix}-${s}`;

  return (
    <div class="limits" data-testid="limits">
      <PresetPicker settings={settings} current={current} readOnly={readOnly} id={id} onApply={(name, values) => void applyPreset(name, values)} />

      <form class="limit-fields" onSubmit={onSubmit} noValidate aria-describedby={id('status')}>
        <LimitFields settings={settings} scope={scope} limitDraft={limitDraft} readOnly={readOnly} compact={compact} id={id} inputs={inputs} onEdit={() => setStatus('')} />
        <div class="actions">
          <button type="submit" class="primary" disabled={readOnly} data-testid="save-limits">
            {t('limits.save')}
          </button>
          {dirty && (
            <button
              type="button"
              onClick={() => {
                reset();
                setStatus('');
              }}
            >
              {t('common.undoChanges')}
            </button>
          )}
          {scope.kind === 'site' && hasOverrides && (
            <button
              type="button"
              class="link"
              disabled={readOnly}
              data-testid="use-all-site-limits"
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
        <SavePresetForm
          settings={settings}
          values={typedValues}
          update={update}
          readOnly={readOnly}
          id={id}
          onSaved={(name) => setStatus(t('limits.savedPreset', { name }))}
        />
      )}
    </div>
  );
}
