import { useEffect, useState } from 'preact/hooks';
import { setGuardMode } from '../../settings/discipline';
import { NUMBER_KEYS as LIMIT_KEYS, LIMIT_SPECS, parseLimitInput, type NumberKey as LimitKey, type NumberValues as LimitValues } from '../../settings/limits';
import { setSiteEnabled } from '../../settings/changes';
import { setLimits } from '../../settings/presets';
import { DEFAULT_GUARD_MODE, GUARD_MODES, type GuardMode, type Settings } from '../../settings/schema';
import { SITES } from '../../settings/sites';
import { sentences, t } from '../i18n';
import { deferredWords } from '../popup/deferred';
import { guardModeWords, limitInputError, limitInputText, limitLabel, limitText } from '../popup/words';

type Cells = Record<string, Record<LimitKey, string>>;
type CellErrors = Record<string, Partial<Record<LimitKey, string>>>;

const cellsOf = (settings: Settings): Cells =>
  Object.fromEntries(
    SITES.map((site) => {
      const o = settings.sites[site.id]?.overrides ?? {};
      return [site.id, Object.fromEntries(LIMIT_KEYS.map((k) => [k, o[k] === undefined ? '' : limitInputText(k, o[k])]))];
    }),
  ) as Cells;

/**
 * Every site in one table: on/off and guard mode (saved at once) and overrides of any limit and
 * of the risk per trade (saved with the button; an empty cell follows the value for all sites).
 * With a cool-down, raises wait: the table always shows what applies now.
 */
export function SitesTable({
  settings,
  update,
  readOnly,
}: {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => Promise<boolean>;
  readOnly: boolean;
}) {
  const [cells, setCells] = useState<Cells>(() => cellsOf(settings));
  const [errors, setErrors] = useState<CellErrors>({});
  const [status, setStatus] = useState('');
  const [edited, setEdited] = useState(false);
  const settingsKey = JSON.stringify(settings.sites) + JSON.stringify(settings.limits);

  useEffect(() => {
    // Keyed on the settings' values, not the object (a new one on every read).
    if (!edited) setCells(cellsOf(settings));
  }, [settingsKey]);

  const parseCell = (key: LimitKey, text: string): { ok: true; value: number | undefined } | { ok: false; error: string } => {
    if (text.trim() === '') return { ok: true, value: undefined };
    const parsed = parseLimitInput(key, text);
    return parsed.ok ? parsed : { ok: false, error: limitInputError(key, text) };
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const found: CellErrors = {};
    const perSite: Record<string, Partial<LimitValues>> = {};
    for (const site of SITES) {
      perSite[site.id] = {};
      for (const key of LIMIT_KEYS) {
        const parsed = parseCell(key, cells[site.id]![key]);
        if (parsed.ok) perSite[site.id]![key] = parsed.value;
        else found[site.id] = { ...found[site.id], [key]: parsed.error };
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus(t('sites.fixCells'));
      return;
    }
    const change = (s: Settings) => {
      let next = s;
      for (const site of SITES) {
        const values = perSite[site.id]!;
        // An empty cell for a site without an entry needs no entry at all.
        if (!next.sites[site.id] && LIMIT_KEYS.every((k) => values[k] === undefined)) continue;
        next = setLimits(next, values, { kind: 'site', siteId: site.id });
      }
      return next;
    };
    const waits = deferredWords(settings, change);
    const ok = await update(change);
    if (ok) {
      setEdited(false);
      if (waits) setCells(cellsOf(settings)); // a raise that waits: show what applies now
    }
    setStatus(ok ? sentences(t('sites.saved'), waits) : t('common.notSaved'));
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="sites-table">
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{t('sites.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sites.site')}</th>
              <th scope="col">{t('sites.on')}</th>
              <th scope="col">{t('guardMode.label')}</th>
              {LIMIT_KEYS.map((k) => (
                <th scope="col" key={k}>
                  {t('sites.column', { limit: limitLabel(k), unit: LIMIT_SPECS[k].unit })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SITES.map((site) => {
              const enabled = settings.sites[site.id]?.enabled ?? true;
              return (
                <tr key={site.id} data-site={site.id}>
                  <th scope="row">{site.name}</th>
                  <td>
                    <input
                      type="checkbox"
                      role="switch"
                      aria-label={t('sites.enabledLabel', { site: site.name })}
                      checked={enabled}
                      disabled={readOnly}
                      data-testid={`site-enabled-${site.id}`}
                      onChange={async (e) => {
                        const on = (e.currentTarget as HTMLInputElement).checked;
                        const change = (s: Settings) => setSiteEnabled(s, site.id, on);
                        const waits = deferredWords(settings, change);
                        const ok = await update(change);
                        const said = waits ? t('sites.staysOn', { site: site.name }) : on ? t('sites.nowOn', { site: site.name }) : t('sites.nowOff', { site: site.name });
                        setStatus(ok ? sentences(said, waits) : t('common.notSaved'));
                      }}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('sites.guardLabel', { site: site.name })}
                      value={settings.sites[site.id]?.guard ?? DEFAULT_GUARD_MODE}
                      disabled={readOnly}
                      title={guardModeWords(settings.sites[site.id]?.guard ?? DEFAULT_GUARD_MODE).help}
                      data-testid={`site-guard-${site.id}`}
                      onChange={async (e) => {
                        const mode = (e.currentTarget as HTMLSelectElement).value as GuardMode;
                        const change = (s: Settings) => setGuardMode(s, site.id, mode);
                        const waits = deferredWords(settings, change);
                        const ok = await update(change);
                        const said = waits
                          ? sentences(t('sites.guardUnchanged', { site: site.name }), waits)
                          : t('sites.guardNow', { site: site.name, mode: guardModeWords(mode).label });
                        setStatus(ok ? said : t('common.notSaved'));
                      }}
                    >
                      {GUARD_MODES.map((m) => (
                        <option key={m} value={m}>
                          {guardModeWords(m).label}
                        </option>
                      ))}
                    </select>
                  </td>
                  {LIMIT_KEYS.map((key) => {
                    const err = errors[site.id]?.[key];
                    const cellId = `ov-${site.id}-${key}`;
                    return (
                      <td key={key}>
                        <input
                          id={cellId}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          aria-label={t('sites.cellLabel', { limit: limitLabel(key), site: site.name })}
                          aria-invalid={err ? 'true' : 'false'}
                          aria-describedby={err ? `${cellId}-error` : undefined}
                          placeholder={limitText(key, settings.limits[key])}
                          value={cells[site.id]![key]}
                          readOnly={readOnly}
                          data-testid={cellId}
                          onInput={(e) => {
                            const text = (e.currentTarget as HTMLInputElement).value;
                            setEdited(true);
                            setCells((c) => ({ ...c, [site.id]: { ...c[site.id]!, [key]: text } }));
                            if (err) {
                              const parsed = parseCell(key, text);
                              setErrors((x) => ({ ...x, [site.id]: { ...x[site.id], [key]: parsed.ok ? undefined : parsed.error } }));
                            }
                          }}
                        />
                        {err && (
                          <p class="error" id={`${cellId}-error`}>
                            {err}
                          </p>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="help">
        {t('sites.help', { modes: sentences(...GUARD_MODES.map((m) => t('sites.modeHelp', { mode: guardModeWords(m).label, help: guardModeWords(m).help }))) })}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={readOnly} data-testid="save-overrides">
          {t('sites.save')}
        </button>
        {edited && (
          <button
            type="button"
            onClick={() => {
              setCells(cellsOf(settings));
              setErrors({});
              setEdited(false);
              setStatus('');
            }}
          >
            {t('common.undoChanges')}
          </button>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="sites-status">
        {status}
      </p>
    </form>
  );
}
