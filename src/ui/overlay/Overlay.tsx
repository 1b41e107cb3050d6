import type { RiskReport, Severity } from '../../risk';
import type { VenueWords } from '../../venues/adapter';
import { FIELD_LABELS, FIELD_NAMES, type TicketReading } from '../../venues/reading';
import { formatAmount, formatDistance, formatLeverage, formatPrice } from '../format';

export interface SideAssessment {
  /** null when the ticket has one side chosen; 'long'/'short' when it offers both at once. */
  side: 'long' | 'short' | null;
  report: RiskReport;
}

export interface OverlayModel {
  siteName: string;
  words: VenueWords;
  reading: TicketReading;
  assessments: SideAssessment[];
  severity: Severity;
}

const STATUS_LABEL: Record<Severity, string> = {
  safe: 'Within limits',
  caution: 'Caution',
  danger: 'Breaks a limit',
  blocked: 'Blocked by a hard limit',
  unknown: 'Unknown',
};

function valueText(reading: TicketReading, name: (typeof FIELD_NAMES)[number]): string {
  const field = reading[name];
  if (!field.ok) return `not found (${field.reason})`;
  const v = field.value as unknown;
  if (v === null) return 'none';
  if (typeof v === 'object' && v && 'value' in v) {
    const size = v as { value: number; unit: string };
    return `${size.value} (${size.unit})`;
  }
  return String(v);
}

function Numbers({ a, words }: { a: SideAssessment; words: VenueWords }) {
  const r = a.report;
  const asset = r.marginAsset ?? words.marginAsset;
  const dash = '—';
  return (
    <section class="side" data-side={a.side ?? undefined}>
      {a.side && <h3>{a.side === 'long' ? 'If you buy / long' : 'If you sell / short'}</h3>}
      <dl class="grid">
        <dt>Leverage</dt>
        <dd data-testid="lg-leverage" data-value={r.positionLeverage ?? ''}>
          {r.positionLeverage != null ? formatLeverage(r.positionLeverage) : dash}
        </dd>
        <dt>Account leverage</dt>
        <dd data-testid="lg-account-leverage" data-value={r.accountLeverage ?? ''}>
          {r.accountLeverage != null ? formatLeverage(r.accountLeverage) : dash}
        </dd>
        <dt>{words.margin}</dt>
        <dd data-testid="lg-margin" data-value={r.initialMargin ?? ''}>
          {r.initialMargin != null ? formatAmount(r.initialMargin, asset) : dash}
        </dd>
        <dt>{words.liquidationPrice}</dt>
        <dd data-testid="lg-liq-price" data-value={r.liquidationPrice ?? ''}>
          {r.liquidationPrice != null ? formatPrice(r.liquidationPrice) : dash}
        </dd>
      </dl>
      <p class="liq" data-testid="lg-liq-distance" data-value={r.liquidationDistance ?? ''}>
        {r.liquidationPrice != null && r.liquidationDistance != null
          ? `Liquidation ${formatDistance(r.liquidationDistance)}, at ${formatPrice(r.liquidationPrice)}`
          : `No liquidation price: ${r.liquidationReason ?? 'not enough of the ticket could be read'}`}
      </p>
    </section>
  );
}

export function Overlay({ model }: { model: OverlayModel }) {
  const { reading, assessments, severity, words } = model;
  const seen = new Set<string>();
  const warnings = assessments.flatMap((a) =>
    a.report.warnings
      .filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)))
      .map((w) => ({ ...w, side: a.side })),
  );
  return (
    <div class="lg" data-testid="lg-overlay" data-severity={severity} role="status" aria-live="polite">
      <div class="head">
        <span class="brand">Leverage Guard</span>
        <span class="status" data-testid="lg-status">
          {STATUS_LABEL[severity]}
        </span>
      </div>
      <div class="sides">
        {assessments.map((a) => (
          <Numbers key={a.side ?? 'one'} a={a} words={words} />
        ))}
      </div>
      {warnings.length > 0 && (
        <ul data-testid="lg-warnings">
          {warnings.map((w) => (
            <li key={w.code + w.message} data-severity={w.severity} data-code={w.code}>
              {w.side ? `${w.side === 'long' ? 'Long' : 'Short'}: ` : ''}
              {w.message}
            </li>
          ))}
        </ul>
      )}
      <details data-testid="lg-reading">
        <summary>What Leverage Guard read from the {model.siteName} ticket</summary>
        <dl class="grid">
          {FIELD_NAMES.map((name) => {
            const text = valueText(reading, name);
            return [
              <dt key={`${name}-l`}>{FIELD_LABELS[name]}</dt>,
              <dd key={`${name}-v`} data-field={name} class={reading[name].ok ? undefined : 'missing'} title={text}>
                {text}
              </dd>,
            ];
          })}
        </dl>
      </details>
    </div>
  );
}
