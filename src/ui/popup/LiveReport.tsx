import type { TabState } from '../../messages';
import type { RiskReport, Severity } from '../../risk/types';
import { FIELD_LABELS, type FieldName } from '../../venues/reading';
import { formatAmount, formatDistance, formatLeverage, formatPercent, formatPrice } from '../format';

export const SEVERITY_WORDS: Record<Severity, string> = {
  safe: 'Within your limits',
  caution: 'Caution',
  danger: 'Breaks your limits',
  blocked: 'Blocked by a hard limit',
  unknown: 'Incomplete reading',
};

const dash = '—';

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div class="cell">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** The tab's overlay, in short: the numbers and warnings for the order on the ticket. */
export function LiveReport({ state }: { state: TabState }) {
  const report = state.report as RiskReport | null;
  const reading = state.reading;
  if (state.ticketLost) {
    return (
      <p class="empty warn" data-testid="live-ticket-lost" role="alert">
        Leverage Guard cannot find the {state.siteName} order ticket on this page. If you can see it, the page has changed and your orders
        here are not being checked.
      </p>
    );
  }
  if (!state.ticketFound || !report) {
    return (
      <p class="empty" data-testid="live-empty">
        Open an order ticket on this page to see the risk of the order you type.
      </p>
    );
  }
  const symbol = report.symbol ?? (reading?.symbol.ok ? reading.symbol.value : null);
  const asset = report.marginAsset;
  const missing = report.missing.map((m) => FIELD_LABELS[m as FieldName] ?? m);
  return (
    <div class="live" data-testid="live-report" data-severity={report.severity}>
      <div class="live-head">
        <span class="symbol">
          {symbol ?? 'Unknown symbol'} · {report.side === 'long' ? 'Long' : 'Short'}
        </span>
        <span class={`sev sev-${report.severity}`} data-testid="live-severity">
          {SEVERITY_WORDS[report.severity]}
        </span>
      </div>
      <dl class="figures">
        <Row label="Position leverage" testId="live-leverage" value={report.positionLeverage != null ? formatLeverage(report.positionLeverage) : dash} />
        <Row label="Account leverage" testId="live-account-leverage" value={report.accountLeverage != null ? formatLeverage(report.accountLeverage) : dash} />
        <Row label="Margin" testId="live-margin" value={report.initialMargin != null ? formatAmount(report.initialMargin, asset) : dash} />
        <Row label="Order value" testId="live-notional" value={report.notional != null ? formatAmount(report.notional, asset) : dash} />
        <Row label="Liq. price" testId="live-liq-price" value={report.liquidationPrice != null ? formatPrice(report.liquidationPrice) : dash} />
        <Row label="Distance" testId="live-liq-distance" value={report.liquidationDistance != null ? formatDistance(report.liquidationDistance) : dash} />
        {report.lossAtStopFraction != null && <Row label="Loss at stop" testId="live-loss" value={`${formatPercent(report.lossAtStopFraction)} of equity`} />}
      </dl>
      {report.warnings.length > 0 && (
        <ul class="warnings" data-testid="live-warnings">
          {report.warnings.map((w, i) => (
            <li key={`${w.code}-${i}`} class={`sev-${w.severity}`}>
              <span class="visually-hidden">{SEVERITY_WORDS[w.severity]}: </span>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && <p class="missing">Could not read: {missing.join(', ')}.</p>}
    </div>
  );
}
