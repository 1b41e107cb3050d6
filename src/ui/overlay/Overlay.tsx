import { baseAsset } from '../../risk/symbols';
import type { Severity } from '../../risk/types';
import type { VenueWords } from '../../venues/adapter';
import { FIELD_LABELS, FIELD_NAMES, lostFields, type TicketReading } from '../../venues/reading';
import { useEffect, useRef } from 'preact/hooks';
import type { GateNotice, HeldOrder } from '../../guard/orderGate';
import type { OrderSnapshot } from '../../guard/heldOrder';
import type { SideAssessment } from '../../guard/types';
import { formatAmount, formatDistance, formatLeverage, formatPercent, formatPrice, formatSize } from '../format';

export type { SideAssessment } from '../../guard/types';

export interface OverlayActions {
  /** Fill the ticket's size field with this size (base units), for one side's report. */
  useSize?: (assessment: SideAssessment) => void;
  /** The trader ticked or unticked "I understand the risk". */
  acknowledge?: (understood: boolean) => void;
  confirm?: () => void;
  cancel?: () => void;
  detailsToggled?: (open: boolean) => void;
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
  /** What guard mode owes the trader about the last order (it could not check it, it let it go…). */
  notice?: GateNotice | null;
  /** The disclosure with everything beyond one glance, as the trader last left it on this site. */
  detailsOpen?: boolean;
  /** Drawn to match the ticket it sits under. */
  theme?: 'light' | 'dark';
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

const FIELD_WORD = { size: 'size', leverage: 'leverage', price: 'price' } as const;

/** The held order in one line: "Long · 2 BTC · limit 62,000 · 20× · cross". */
function orderLine(o: OrderSnapshot, words: VenueWords): string {
  const parts = [o.side === 'long' ? 'Long' : o.side === 'short' ? 'Short' : 'Side unknown'];
  if (o.symbol) parts.push(o.symbol);
  parts.push(o.size ? `${o.size.value} ${o.size.unit === 'base' ? baseAsset(o.symbol ?? '') || 'coin' : o.size.unit === 'quote' ? words.marginAsset : 'contracts'}` : o.unread.size ? `size “${o.unread.size}”` : 'size unknown');
  if (o.orderType === 'market') parts.push('market');
  else if (o.price != null) parts.push(`limit ${formatPrice(o.price)}`);
  if (o.leverage != null) parts.push(formatLeverage(o.leverage));
  if (o.marginMode) parts.push(o.marginMode);
  return parts.join(' · ');
}

const CHANGE_TEXT = {
  changedWhileHeld: 'The order changed while it was held. This is the new order: confirm it again to place it.',
  changedAfterConfirm: 'The order changed after you confirmed it, so nothing was placed. This is the order now on the ticket.',
} as const;

/**
 * Guard mode holding an order: an alert dialog that takes focus (to the tick-box, or to "Go back"
 * when only that is offered), answers Escape with "Go back", and acts only on the trader's own
 * input (`isTrusted`): nothing the page's scripts dispatch can tick the box or place the order.
 */
function ConfirmPanel({ held, actions, words }: { held: HeldOrder; actions: OverlayActions; words: VenueWords }) {
  const blocked = held.decision.kind === 'block';
  const unreadable = held.decision.kind === 'hold' && held.decision.cause === 'unreadable' ? held.decision.unreadable : null;
  const r = held.assessment.report;
  const reasons = r.warnings.filter((w) => w.severity === 'danger' || w.severity === 'blocked');
  const first = useRef<HTMLElement>(null);
  useEffect(() => first.current?.focus(), []);
  const severity = blocked ? 'blocked' : 'danger';
  return (
    <div
      class="confirm"
      data-testid="lg-confirm"
      data-severity={severity}
      data-change={held.change ?? undefined}
      role="alertdialog"
      aria-label="Leverage Guard is holding this order"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.isTrusted) {
          e.preventDefault();
          actions.cancel?.();
        }
      }}
    >
      <p class="confirm-title">
        {blocked ? 'This order breaks a hard limit you set. It was not placed.' : unreadable ? 'Leverage Guard cannot check this order. It was not placed yet.' : 'This order breaks your limits. It was not placed yet.'}
      </p>
      {held.change && (
        <p class="confirm-change" data-testid="lg-confirm-change">
          {CHANGE_TEXT[held.change]}
        </p>
      )}
      <p
        class="confirm-order"
        data-testid="lg-held-order"
        data-side={held.snapshot.side ?? ''}
        data-size={held.snapshot.size?.value ?? ''}
        data-leverage={held.snapshot.leverage ?? ''}
      >
        {orderLine(held.snapshot, words)}
      </p>
      {unreadable && (
        <p data-testid="lg-unreadable" data-field={unreadable.field}>
          Leverage Guard cannot read the {FIELD_WORD[unreadable.field]} (“{unreadable.shown}”). The exchange may read it as a different number: check the order on the exchange before you place it.
        </p>
      )}
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
          <input
            type="checkbox"
            data-testid="lg-confirm-ack"
            ref={first as preact.Ref<HTMLInputElement>}
            checked={held.acknowledged}
            // A script's click() still toggles a box and fires a trusted change: refuse the click itself.
            onClick={(e) => {
              if (!e.isTrusted) e.preventDefault();
            }}
            onChange={(e) => actions.acknowledge?.((e.currentTarget as HTMLInputElement).checked)}
          />
          I understand the risk
        </label>
      )}
      <div class="confirm-actions">
        <button type="button" data-testid="lg-confirm-cancel" ref={blocked ? (first as preact.Ref<HTMLButtonElement>) : undefined} onClick={() => actions.cancel?.()}>
          {blocked ? 'Go back and adjust' : 'Go back'}
        </button>
        {!blocked && (
          <button type="button" class="danger" data-testid="lg-confirm-place" disabled={!held.acknowledged} onClick={(e) => e.isTrusted && actions.confirm?.()}>
            Place anyway
          </button>
        )}
      </div>
    </div>
  );
}

const NOTICE_TEXT = {
  releasedChanged: {
    pass: 'The held order changed and is now within your limits. It was not placed: press the button again to place it.',
    unchecked: 'The held order changed and can no longer be checked. It was not placed.',
  },
  buttonRedrawn: 'The exchange redrew its button while the order was held, so nothing was placed: press it again.',
} as const;

function noticeText(notice: GateNotice, reading: TicketReading): string {
  switch (notice.kind) {
    case 'unchecked': {
      const names = notice.missing.map((n) => FIELD_LABELS[n as keyof typeof FIELD_LABELS] ?? (n === 'ticket' ? 'ticket' : n)).filter(Boolean);
      const known = names.length > 0 && !(notice.missing.length === 1 && notice.missing[0] === 'side' && reading.side.ok);
      return `Guard mode could not check the last order${known ? ` (${names.join(', ')} unreadable)` : ''}, so it did not hold it.`;
    }
    case 'releasedChanged':
      return NOTICE_TEXT.releasedChanged[notice.now];
    case 'buttonRedrawn':
      return NOTICE_TEXT.buttonRedrawn;
  }
}

const DASH = '—';

/** One glance per side: leverage, liquidation price and its distance from the mark. */
function SideLine({ a, words, twoSided }: { a: SideAssessment; words: VenueWords; twoSided: boolean }) {
  const r = a.report;
  const liq = r.liquidationPrice != null && r.liquidationDistance != null;
  return (
    <p class="line" data-side={a.side ?? undefined}>
      {twoSided && <span class="side-name">{a.side === 'long' ? 'Long' : 'Short'}</span>}
      <b data-testid="lg-leverage" data-value={r.positionLeverage ?? ''} title="Position leverage">
        {r.positionLeverage != null ? formatLeverage(r.positionLeverage) : DASH}
      </b>
      {liq ? (
        <span>
          {words.liquidationPrice}{' '}
          <b data-testid="lg-liq-price" data-value={r.liquidationPrice!}>
            {formatPrice(r.liquidationPrice!)}
          </b>
        </span>
      ) : (
        <span hidden data-testid="lg-liq-price" data-value="">
          {DASH}
        </span>
      )}
      <span class="liq" data-testid="lg-liq-distance" data-value={r.liquidationDistance ?? ''}>
        {liq ? formatDistance(r.liquidationDistance!) : `No liquidation price: ${r.liquidationReason ?? 'not enough of the ticket could be read'}`}
      </span>
    </p>
  );
}

/** The rest of one side's figures, behind the disclosure. */
function SideDetails({ a, words }: { a: SideAssessment; words: VenueWords }) {
  const r = a.report;
  const asset = r.marginAsset ?? words.marginAsset;
  return (
    <dl class="grid" data-side={a.side ?? undefined}>
      {a.side && <dt class="side-head">{a.side === 'long' ? 'Long' : 'Short'}</dt>}
      {a.side && <dd />}
      <dt>Account leverage</dt>
      <dd data-testid="lg-account-leverage" data-value={r.accountLeverage ?? ''}>
        {r.accountLeverage != null ? formatLeverage(r.accountLeverage) : DASH}
      </dd>
      <dt>{words.margin}</dt>
      <dd data-testid="lg-margin" data-value={r.initialMargin ?? ''}>
        {r.initialMargin != null ? formatAmount(r.initialMargin, asset) : DASH}
      </dd>
      {r.liquidationPrice != null && a.rangesAway != null && (
        <>
          <dt>Liquidation distance</dt>
          <dd data-testid="lg-liq-range" data-value={a.rangesAway}>
            ({a.rangesAway.toFixed(1)}× the 24 h range)
          </dd>
        </>
      )}
    </dl>
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
  const { reading, assessments, severity, words, riskPerTrade, held, notice, detailsOpen = false, theme = 'light' } = model;
  const seen = new Set<string>();
  const warnings = assessments.flatMap((a) =>
    a.report.warnings
      .filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)))
      .map((w) => ({ ...w, side: a.side })),
  );
  return (
    <div class="lg" data-testid="lg-overlay" data-severity={severity} data-theme={theme}>
      {held && <ConfirmPanel key={held.side ?? 'one'} held={held} actions={actions} words={words} />}
      {/* The figures are a polite live region; the held order is an alert dialog outside it. */}
      <div role="status" aria-live="polite">
      <div class="head">
        <span class="brand">Leverage Guard</span>
        <span class="status" data-testid="lg-status">
          {STATUS_LABEL[severity]}
        </span>
      </div>
      <PageChanged reading={reading} siteName={model.siteName} />
      {assessments.map((a) => (
        <SideLine key={a.side ?? 'one'} a={a} words={words} twoSided={assessments.length > 1} />
      ))}
      {assessments.length === 0 && model.unassessed && (
        <p class="notice" data-testid="lg-unassessed">
          {model.unassessed}
        </p>
      )}
      {notice && (
        <p class="notice" data-testid="lg-notice" data-kind={notice.kind}>
          {noticeText(notice, reading)}
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
      <details data-testid="lg-reading" open={detailsOpen} onToggle={(e) => actions.detailsToggled?.((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Details</summary>
        {assessments.map((a) => (
          <div key={a.side ?? 'one'} data-side={a.side ?? undefined}>
            <SideDetails a={a} words={words} />
            {riskPerTrade != null && reading.stopLoss.ok && reading.stopLoss.value != null && (
              <SuggestedSize a={a} riskPerTrade={riskPerTrade} unit={reading.size.ok ? reading.size.value.unit : 'base'} actions={actions} words={words} />
            )}
          </div>
        ))}
        <p class="subhead">What Leverage Guard read from the {model.siteName} ticket</p>
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
    </div>
  );
}
