import { baseAsset } from '../../risk/symbols';
import type { RiskReport, Severity } from '../../risk/types';
import type { VenueWords } from '../../venues/adapter';
import { FIELD_LABELS, FIELD_NAMES, lostFields, type TicketReading } from '../../venues/reading';
import { useState } from 'preact/hooks';
import { formatAmount, formatDistance, formatLeverage, formatPercent, formatPrice, formatSize } from '../format';

export interface SideAssessment {
  /** null when the ticket has one side chosen; 'long'/'short' when it offers both at once. */
  side: 'long' | 'short' | null;
  report: RiskReport;
  /** Distance to liquidation as a multiple of the recent daily range (null: range unknown). */
  rangesAway?: number | null;
}

/** An order guard mode is holding until the trader decides. */
export interface HeldOrder {
  side: 'long' | 'short' | null;
  severity: Severity;
  report: RiskReport;
}

export interface OverlayActions {
  /** Fill the ticket's size field with this size (base units), for one side's report. */
  useSize?: (assessment: SideAssessment) => void;
  confirm?: () => void;
  cancel?: () => void;
}

export interface OverlayModel {
  siteName: string;
  words: VenueWords;
  reading: TicketReading;
  assessments: SideAssessment[];
  severity: Severity;
  /** Risk per trade as a fraction, shown beside the suggested size. */
  riskPerTrade?: number | null;
  held?: HeldOrder | null;
  /** Why nothing was assessed (a closing order, an unreadable side). */
  unassessed?: string;
  /** A sentence for the trader about guard mode (e.g. it could not check the last order). */
  notice?: string | null;
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

function SuggestedSize({ a, riskPerTrade, unit, actions, words }: { a: SideAssessment; riskPerTrade: number; unit: string; actions: OverlayActions; words: VenueWords }) {
  const size = a.report.sizeForRisk;
  if (!size) {
    return (
      <p class="sizing muted" data-testid="lg-size-for-risk">
        Size for {formatPercent(riskPerTrade)} risk: {a.report.sizeForRiskReason}
      </p>
    );
  }
  return (
    <p class="sizing" data-testid="lg-size-for-risk" data-value={size.base}>
      Size for {formatPercent(riskPerTrade)} risk:{' '}
      <b>
        {unit === 'quote'
          ? `${formatSize(size.quote)} ${a.report.kind === 'inverse' ? 'USD' : words.marginAsset}`
          : `${formatSize(size.base)} ${baseAsset(a.report.symbol) || 'coin'}`}
      </b>
      {actions.useSize && (
        <button type="button" data-testid="lg-use-size" onClick={() => actions.useSize!(a)}>
          Use this size
        </button>
      )}
    </p>
  );
}

function ConfirmPanel({ held, actions, words }: { held: HeldOrder; actions: OverlayActions; words: VenueWords }) {
  const [understood, setUnderstood] = useState(false);
  const blocked = held.severity === 'blocked';
  const r = held.report;
  const reasons = r.warnings.filter((w) => w.severity === 'danger' || w.severity === 'blocked');
  return (
    <div class="confirm" data-testid="lg-confirm" data-severity={held.severity} role="alertdialog" aria-label="Leverage Guard is holding this order">
      <p class="confirm-title">
        {blocked ? 'This order breaks a hard limit you set. It was not placed.' : 'This order breaks your limits. It was not placed yet.'}
      </p>
      <ul>
        {reasons.map((w) => (
          <li key={w.code + w.message}>{w.message}</li>
        ))}
      </ul>
      <p class="confirm-numbers">
        {r.positionLeverage != null && `Leverage ${formatLeverage(r.positionLeverage)}`}
        {r.liquidationPrice != null && ` · ${words.liquidationPrice} ${formatPrice(r.liquidationPrice)}`}
        {r.liquidationDistance != null && ` (${formatDistance(r.liquidationDistance)})`}
      </p>
      {!blocked && (
        <label class="ack">
          <input type="checkbox" data-testid="lg-confirm-ack" checked={understood} onChange={(e) => setUnderstood((e.target as HTMLInputElement).checked)} />
          I understand the risk
        </label>
      )}
      <div class="confirm-actions">
        <button type="button" data-testid="lg-confirm-cancel" onClick={() => actions.cancel?.()}>
          {blocked ? 'Go back and adjust' : 'Go back'}
        </button>
        {!blocked && (
          <button type="button" class="danger" data-testid="lg-confirm-place" disabled={!understood} onClick={() => actions.confirm?.()}>
            Place anyway
          </button>
        )}
      </div>
    </div>
  );
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
        {r.liquidationPrice != null && a.rangesAway != null && (
          <span data-testid="lg-liq-range" data-value={a.rangesAway}>
            {' '}
            ({a.rangesAway.toFixed(1)}× the 24 h range)
          </span>
        )}
      </p>
    </section>
  );
}

/** Key fields the page no longer shows where Leverage Guard looks: said first and loudly, never silently. */
function PageChanged({ reading, siteName }: { reading: TicketReading; siteName: string }) {
  const lost = lostFields(reading);
  if (lost.length === 0) return null;
  const names = lost.map((n) => FIELD_LABELS[n]);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return (
    <p class="page-changed" role="alert" data-testid="lg-page-changed" data-fields={lost.join(' ')}>
      <b>This {siteName} page has changed:</b> Leverage Guard cannot read the {list} field{names.length > 1 ? 's' : ''}. Figures that need
      {names.length > 1 ? ' them' : ' it'} are not shown, and this order is not checked.
    </p>
  );
}

export function Overlay({ model, actions = {} }: { model: OverlayModel; actions?: OverlayActions }) {
  const { reading, assessments, severity, words, riskPerTrade, held, notice } = model;
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
      <PageChanged reading={reading} siteName={model.siteName} />
      {held && <ConfirmPanel key={held.side ?? 'one'} held={held} actions={actions} words={words} />}
      <div class="sides">
        {assessments.map((a) => (
          <div key={a.side ?? 'one'}>
            <Numbers a={a} words={words} />
            {riskPerTrade != null && reading.stopLoss.ok && reading.stopLoss.value != null && (
              <SuggestedSize a={a} riskPerTrade={riskPerTrade} unit={reading.size.ok ? reading.size.value.unit : 'base'} actions={actions} words={words} />
            )}
          </div>
        ))}
      </div>
      {assessments.length === 0 && model.unassessed && (
        <p class="notice" data-testid="lg-unassessed">
          {model.unassessed}
        </p>
      )}
      {notice && (
        <p class="notice" data-testid="lg-notice">
          {notice}
        </p>
      )}
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
