import { useEffect, useState } from 'preact/hooks';
import { LIMIT_KEYS, LIMIT_SPECS, formatLimit, formatLimitInput, parseLimitInput, type LimitKey, type LimitValues } from '../../settings/limits';
import { setLimits, setSiteEnabled } from '../../settings/presets';
import type { Settings } from '../../settings/schema';
import { SITES } from '../../settings/sites';

type Cells = Record<string, Record<LimitKey, string>>;
type CellErrors = Record<string, Partial<Record<LimitKey, string>>>;

const cellsOf = (settings: Settings): Cells =>
  Object.fromEntries(
    SITES.map((site) => {
      const o = settings.sites[site.id]?.overrides ?? {};
      return [site.id, Object.fromEntries(LIMIT_KEYS.map((k) => [k, o[k] === undefined ? '' : formatLimitInput(k, o[k])]))];
    }),
  ) as Cells;

/**
 * Every site in one table: on/off (saved at once) and overrides of any limit (saved with the
 * button; an empty cell follows the limit for all sites).
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
    if (!edited) setCells(cellsOf(settings));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settingsKey]);

  const parseCell = (key: LimitKey, text: string): { ok: true; value: number | undefined } | { ok: false; error: string } => {
    if (text.trim() === '') return { ok: true, value: undefined };
    return parseLimitInput(key, text);
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
        else (found[site.id] ??= {})[key] = parsed.error;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('Not saved: fix the highlighted cells.');
      return;
    }
    const ok = await update((s) => {
      let next = s;
      for (const site of SITES) {
        const values = perSite[site.id]!;
        // An empty cell for a site without an entry needs no entry at all.
        if (!next.sites[site.id] && LIMIT_KEYS.every((k) => values[k] === undefined)) continue;
        next = setLimits(next, values, { kind: 'site', siteId: site.id });
      }
      return next;
    });
    if (ok) setEdited(false);
    setStatus(ok ? 'Site overrides saved.' : 'Not saved.');
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="sites-table">
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Sites: on or off, and limits that differ from the limits for all sites</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">On</th>
              {LIMIT_KEYS.map((k) => (
                <th scope="col" key={k}>
                  {LIMIT_SPECS[k].label} ({LIMIT_SPECS[k].unit})
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
                      aria-label={`Leverage Guard on ${site.name}`}
                      checked={enabled}
                      disabled={readOnly}
                      data-testid={`site-enabled-${site.id}`}
                      onChange={async (e) => {
                        const on = (e.currentTarget as HTMLInputElement).checked;
                        const ok = await update((s) => setSiteEnabled(s, site.id, on));
                        setStatus(ok ? `${site.name}: ${on ? 'on' : 'off'}.` : 'Not saved.');
                      }}
                    />
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
                          aria-label={`${LIMIT_SPECS[key].label} on ${site.name} (empty: same as all sites)`}
                          aria-invalid={err ? 'true' : 'false'}
                          aria-describedby={err ? `${cellId}-error` : undefined}
                          placeholder={formatLimit(key, settings.limits[key])}
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
      <p class="help">An empty cell follows the limit for all sites (shown greyed). A site that is off costs nothing: no overlay, no observer.</p>
      <div class="actions">
        <button type="submit" class="primary" disabled={readOnly} data-testid="save-overrides">
          Save site overrides
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
            Undo changes
          </button>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="sites-status">
        {status}
      </p>
    </form>
  );
}
