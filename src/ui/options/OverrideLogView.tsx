import { useState } from 'preact/hooks';
import { MAX_OVERRIDES, clearOverrideLog, overrideLogFileName, overrideLogToCsv, type OverrideRecord } from '../../settings/overrideLog';
import { siteName } from '../../settings/sites';
import { useOverrideLog } from '../popup/useOverrideLog';
import { formatLeverage } from '../format';
import { formatNumber, t } from '../i18n';
import { dateTimeWords, sideWords, verdictWords } from '../popup/words';
import { download } from './download';

/** Rows shown at once; the CSV always has every record. @inlined */
export const SHOWN_OVERRIDES = 100;

const leverage = (r: OverrideRecord) => (r.leverage === null ? '—' : formatLeverage(r.leverage));

/** The override log, newest first, with CSV export and clearing (after a confirmation). */
export function OverrideLogView() {
  const log = useOverrideLog();
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  if (!log) return <p class="muted">{t('overrides.loading')}</p>;
  const newest = [...log].sort((a, b) => b.at - a.at);
  const shown = newest.slice(0, SHOWN_OVERRIDES);
  return (
    <div class="override-log" data-testid="override-log">
      <p class="help">{t('overrides.help', { max: formatNumber(MAX_OVERRIDES, 0, 0) })}</p>
      <div class="actions">
        <button
          type="button"
          disabled={log.length === 0}
          data-testid="overrides-export"
          onClick={() => {
            // The BOM lets spreadsheet programs read the file as UTF-8 (×, ≥ in the warnings).
            download(overrideLogFileName(), `\uFEFF${overrideLogToCsv(log)}`, 'text/csv');
            setStatus(t('overrides.exported', log.length, { count: formatNumber(log.length, 0, 0) }));
          }}
        >
          {t('overrides.export')}
        </button>
        {!confirmClear ? (
          <button type="button" disabled={log.length === 0} data-testid="overrides-clear" onClick={() => setConfirmClear(true)}>
            {t('overrides.clear')}
          </button>
        ) : (
          <span class="confirm" role="group" aria-label={t('overrides.confirmClearLabel')}>
            <span>{t('overrides.deleteAll', { count: formatNumber(log.length, 0, 0) })}</span>
            <button
              type="button"
              class="danger"
              data-testid="overrides-clear-confirm"
              onClick={async () => {
                setConfirmClear(false);
                await clearOverrideLog();
                setStatus(t('overrides.cleared'));
              }}
            >
              {t('overrides.clearConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              {t('common.cancel')}
            </button>
          </span>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="overrides-status">
        {status}
      </p>
      {log.length === 0 ? (
        <p class="muted" data-testid="overrides-empty">
          {t('overrides.empty')}
        </p>
      ) : (
        <div class="table-wrap">
          <table data-testid="overrides-table">
            <caption class="visually-hidden">{t('overrides.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overrides.time')}</th>
                <th scope="col">{t('overrides.site')}</th>
                <th scope="col">{t('overrides.symbol')}</th>
                <th scope="col">{t('overrides.side')}</th>
                <th scope="col">{t('overrides.leverage')}</th>
                <th scope="col">{t('overrides.verdict')}</th>
                <th scope="col">{t('overrides.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={`${r.at}-${i}`} data-testid="override-row">
                  <td>
                    <time dateTime={new Date(r.at).toISOString()}>{dateTimeWords(r.at)}</time>
                  </td>
                  <td>{siteName(r.site)}</td>
                  <td>{r.symbol ?? '—'}</td>
                  <td>{r.side ? sideWords(r.side) : '—'}</td>
                  <td>{leverage(r)}</td>
                  <td>{verdictWords(r.severity)}</td>
                  <td>{r.warnings.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {log.length > shown.length && (
            <p class="help">
              {t('overrides.showing', { shown: formatNumber(shown.length, 0, 0), total: formatNumber(log.length, 0, 0) })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
