import { useState } from 'preact/hooks';
import { clearOverrideLog, overrideLogFileName, overrideLogToCsv, type OverrideRecord } from '../../settings/overrideLog';
import { siteName } from '../../settings/sites';
import { useOverrideLog } from '../popup/useOverrideLog';
import { download } from './download';

/**
 * The overlay's verdicts, in the popup's words. Its own copy, not the popup's LiveReport: importing
 * that one constant put the whole live report and the risk formatting into the options page.
 */
const VERDICT_WORDS: Record<OverrideRecord['severity'], string> = {
  safe: 'Within your limits',
  caution: 'Caution',
  danger: 'Breaks your limits',
  blocked: 'Blocked by a hard limit',
  unknown: 'Incomplete reading',
};

/** Rows shown at once; the CSV always has every record. */
export const SHOWN_OVERRIDES = 100;

const leverage = (r: OverrideRecord) => (r.leverage === null ? '—' : `${r.leverage.toFixed(r.leverage < 10 ? 2 : 1)}×`);

/** The override log, newest first, with CSV export and clearing (after a confirmation). */
export function OverrideLogView() {
  const log = useOverrideLog();
  const [confirmClear, setConfirmClear] = useState(false);
  const [status, setStatus] = useState('');
  if (!log) return <p class="muted">Loading the override log…</p>;
  const newest = [...log].sort((a, b) => b.at - a.at);
  const shown = newest.slice(0, SHOWN_OVERRIDES);
  return (
    <div class="override-log" data-testid="override-log">
      <p class="help">
        Each order you placed past a warning, recorded in this browser only: it is never synced or sent anywhere. The newest 1,000 are kept.
      </p>
      <div class="actions">
        <button
          type="button"
          disabled={log.length === 0}
          data-testid="overrides-export"
          onClick={() => {
            // The BOM lets spreadsheet programs read the file as UTF-8 (×, ≥ in the warnings).
            download(overrideLogFileName(), `\uFEFF${overrideLogToCsv(log)}`, 'text/csv');
            setStatus(`Exported ${log.length} override${log.length === 1 ? '' : 's'}.`);
          }}
        >
          Export CSV
        </button>
        {!confirmClear ? (
          <button type="button" disabled={log.length === 0} data-testid="overrides-clear" onClick={() => setConfirmClear(true)}>
            Clear log…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm clearing the override log">
            <span>Delete all {log.length} records?</span>
            <button
              type="button"
              class="danger"
              data-testid="overrides-clear-confirm"
              onClick={async () => {
                setConfirmClear(false);
                await clearOverrideLog();
                setStatus('The override log is empty.');
              }}
            >
              Clear log
            </button>
            <button type="button" onClick={() => setConfirmClear(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
      <p class="status" role="status" aria-live="polite" data-testid="overrides-status">
        {status}
      </p>
      {log.length === 0 ? (
        <p class="muted" data-testid="overrides-empty">
          No overrides recorded.
        </p>
      ) : (
        <div class="table-wrap">
          <table data-testid="overrides-table">
            <caption class="visually-hidden">Orders placed past a warning, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Site</th>
                <th scope="col">Symbol</th>
                <th scope="col">Side</th>
                <th scope="col">Leverage</th>
                <th scope="col">Verdict</th>
                <th scope="col">Warnings</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r, i) => (
                <tr key={`${r.at}-${i}`} data-testid="override-row">
                  <td>
                    <time dateTime={new Date(r.at).toISOString()}>{new Date(r.at).toLocaleString()}</time>
                  </td>
                  <td>{siteName(r.site)}</td>
                  <td>{r.symbol ?? '—'}</td>
                  <td>{r.side ?? '—'}</td>
                  <td>{leverage(r)}</td>
                  <td>{VERDICT_WORDS[r.severity]}</td>
                  <td>{r.warnings.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {log.length > shown.length && (
            <p class="help">
              Showing the newest {shown.length} of {log.length}; Export CSV has them all.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
