import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIMIT_SPECS, NUMBER_KEYS, parseLimitInput, type NumberKey, type NumberValues } from '../../settings/limits';
import type { LimitScope } from '../../settings/presets';
import type { Settings } from '../../settings/schema';
import { t } from '../i18n';
import { limitHelp, limitInputError, limitInputText, limitLabel, limitText } from './words';

/** What follows a limit's field: "×", "%", or "% of equity" for a share of equity. */
const unitWords = (key: NumberKey): string => {
  const { unit, ofEquity } = LIMIT_SPECS[key];
  return ofEquity ? t('limit.ofEquityUnit') : unit;
};

/** The fields as typed, one text per limit. */
export type Draft = Record<NumberKey, string>;
export type DraftErrors = Partial<Record<NumberKey, string>>;

const toDraft = (values: NumberValues): Draft =>
  Object.fromEntries(NUMBER_KEYS.map((k) => [k, limitInputText(k, values[k])])) as Draft;

/** Every field parsed, or the error of each field that is not valid. */
export function parseDraft(draft: Draft): { values: NumberValues | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const values = {} as NumberValues;
  for (const key of NUMBER_KEYS) {
    const parsed = parseLimitInput(key, draft[key]);
    if (parsed.ok) values[key] = parsed.value;
    else errors[key] = limitInputError(key, draft[key]);
  }
  return { values: Object.keys(errors).length ? null : values, errors };
}

/**
 * What the trader has typed into the limit fields of one scope, and each field's error. Follows
 * changes made elsewhere (another popup, the options page, another device) unless the trader has
 * started typing here; switching scope always shows that scope's values.
 */
export function useLimitDraft(current: NumberValues, scope: LimitScope) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [errors, setErrors] = useState<DraftErrors>({});
  const currentDraft = useMemo(() => toDraft(current), [current]);
  const dirty = NUMBER_KEYS.some((k) => draft[k] !== currentDraft[k]);
  const scopeKey = scope.kind === 'global' ? 'global' : scope.siteId;

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
  }, [currentKey, scopeKey]);

  /** A field typed into: its error goes as soon as the value is valid. */
  const setField = (key: NumberKey, text: string) => {
    setDraft((d) => ({ ...d, [key]: text }));
    if (errors[key]) {
      const parsed = parseLimitInput(key, text);
      setErrors((e) => ({ ...e, [key]: parsed.ok ? undefined : limitInputError(key, text) }));
    }
  };

  /** A field left: its error, if any, shows now. */
  const checkField = (key: NumberKey) => {
    const parsed = parseLimitInput(key, draft[key]);
    setErrors((e) => ({ ...e, [key]: parsed.ok ? undefined : limitInputError(key, draft[key]) }));
  };

  /** Back to what applies now (after a save, an undo, or a raise that waits). */
  const reset = (values: NumberValues = current) => {
    setDraft(toDraft(values));
    setErrors({});
  };

  return { draft, errors, setErrors, dirty, setField, checkField, reset };
}

export type LimitDraft = ReturnType<typeof useLimitDraft>;

/** One input per limit with its unit, its error beside it, and its explanation. */
export function LimitFields({
  settings,
  scope,
  limitDraft,
  readOnly,
  compact,
  id,
  inputs,
  onEdit,
}: {
  settings: Settings;
  scope: LimitScope;
  limitDraft: LimitDraft;
  readOnly: boolean;
  compact: boolean;
  id: (s: string) => string;
  /** Each field's input, so a failed save can focus the first invalid one. */
  inputs: { current: Partial<Record<NumberKey, HTMLInputElement | null>> };
  onEdit: () => void;
}) {
  const { draft, errors, setField, checkField } = limitDraft;
  const overrides = scope.kind === 'site' ? (settings.sites[scope.siteId]?.overrides ?? {}) : {};
  return (
    <>
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
                  inputs.current[key] = el;
                }}
                onInput={(e) => {
                  setField(key, (e.currentTarget as HTMLInputElement).value);
                  onEdit();
                }}
                onBlur={() => checkField(key)}
                data-testid={`limit-${key}`}
              />
              <span class="unit" aria-hidden="true">
                {unitWords(key)}
              </span>
            </div>
            {err && (
              <p class="error" id={id(`${key}-error`)} data-testid={`limit-${key}-error`}>
                {err}
              </p>
            )}
            <p class={compact && !overridden ? 'visually-hidden' : 'help'} id={id(`${key}-help`)} data-testid={`limit-${key}-help`}>
              {scope.kind === 'site'
                ? overridden
                  ? t('limits.onlyHere', { value: limitText(key, settings.limits[key]) })
                  : t('limits.sameAsAll')
                : limitHelp(key)}
            </p>
          </div>
        );
      })}
    </>
  );
}
