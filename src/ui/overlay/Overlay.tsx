import { baseAsset } from '../../risk/symbols';
import type { Severity } from '../../risk/types';
import type { VenueWords } from '../../venues/adapter';
import { FIELD_NAMES, lostFields, type FieldName, type TicketReading } from '../../venues/reading';
import type { RiskWarning } from '../../risk/types';
import { useEffect, useRef } from 'preact/hooks';
import type { GateNotice, HeldOrder } from '../../guard/orderGate';
import type { OrderSnapshot } from '../../guard/heldOrder';
import type { SideAssessment } from '../../guard/types';
import { suggestedSize } from '../../risk/format';
import { formatAmount, formatDistance, formatLeverage, formatLimitLeverage, formatLimitPercent, formatPrice } from '../format';
import { MARK, andList, around, formatNumber, t } from '../i18n';
import { AccountFigures, FundingDrift, PositionsState, positionChangeText } from './AccountDetails';
import type { AccountReading } from '../../venues/account';
import { fieldWords, liquidationPriceLabel, marginLabel, missingText, noLiquidationText, noSizeText, readStateText, warningDetail, warningText } from '../warnings';

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
  /** What the page showed of the account (positions, funding); absent where it is not read. */
  account?: AccountReading | null;
}

const sideWords = (side: 'long' | 'short') => t(`side.${side}`);

/** A size's unit in words: the coin ("BTC"), the quote asset ("USDT"), or contracts. */
function unitWords(unit: string, symbol: string | null | undefined, words: VenueWords): string {
  return unit === 'base' ? baseAsset(symbol ?? '') || t('overlay.coin') : unit === 'quote' ? words.marginAsset : t('overlay.contracts');
}

/** How one field was read, for the list of what was read: the words shown and the figure behind them. */
interface ReadValue {
  text: string;
  /** The value as read, unformatted ("1000", "cross", ""), for anyone checking the figure. */
  value: string;
  unit?: string;
  /** The adapter's own explanation (English), as a tooltip. */
  detail?: string;
}

const PRICE_FIELDS: ReadonlySet<FieldName> = new Set(['price', 'markPrice', 'takeProfit', 'stopLoss', 'venueLiquidationPrice']);

/**
 * A field as the trader would write it: prices with the digits the overlay gives them, a size with
 * its unit in words ("1,000 USDT", "2 ETH"), leverage as "10×", codes (cross, market) in words; a
 * field not read by its kind. The adapter's explanation is English: said in full to an English
 * reader, a tooltip to everyone else.
 */
function readValue(reading: TicketReading, name: FieldName, words: VenueWords): ReadValue {
  const field = reading[name];
  if (!field.ok) {
    const state = readStateText(field);
    return t('lang') === 'en'
      ? { text: t('overlay.notRead', { state, detail: field.reason }), value: '' }
      : { text: state, value: '', detail: field.reason };
  }
  const v = field.value as unknown;
  if (v === null) return { text: t('overlay.none'), value: '' };
  if (name === 'size') {
    const size = v as { value: number; unit: 'base' | 'quote' | 'contracts' };
    const symbol = reading.symbol.ok ? reading.symbol.value : null;
    return { text: t('overlay.sizeValue', { value: formatNumber(size.value, 0, 8), unit: unitWords(size.unit, symbol, words) }), value: String(size.value), unit: size.unit };
  }
  if (name === 'side') return { text: t(`readSide.${v as 'long' | 'short'}`), value: String(v) };
  if (name === 'marginMode') return { text: t(`marginMode.${v as 'cross' | 'isolated'}`), value: String(v) };
  if (name === 'orderType') return { text: t(`orderType.${v as 'limit' | 'market'}`), value: String(v) };
  if (typeof v === 'number') {
    const text = name === 'leverage' ? formatLimitLeverage(v) : name === 'balance' ? formatAmount(v, words.marginAsset) : PRICE_FIELDS.has(name) ? formatPrice(v) : formatNumber(v, 0, 8);
    return { text, value: String(v) };
  }
  return { text: String(v), value: String(v) };
}

/** A field's name in the list of what was read: the venue's own word for its estimate, ours otherwise. */
const readLabel = (name: FieldName, words: VenueWords) => (name === 'venueLiquidationPrice' ? liquidationPriceLabel(words) : fieldWords(name));

/** Information that grades nothing (no stop loss set): not coloured as a verdict. */
const isNote = (w: RiskWarning) => w.severity === 'safe';

function SuggestedSize({ a, riskPerTrade, unit, actions, words }: { a: SideAssessment; riskPerTrade: number; unit: string; actions: OverlayActions; words: VenueWords }) {
  const size = a.report.sizeForRisk;
  if (!size) {
    return (
      <p class="sizing muted" data-testid="lg-size-for-risk">
        {t('overlay.sizeFor', { percent: formatLimitPercent(riskPerTrade), size: noSizeText(a.report) })}
      </p>
    );
  }
  const [before, after] = around(t('overlay.sizeFor', { percent: formatLimitPercent(riskPerTrade), size: MARK }));
  return (
    <p class="sizing" data-testid="lg-size-for-risk" data-value={size.base}>
      {before}
      <b>
        {unit === 'quote'
          ? `${suggestedSize(size.quote)} ${a.report.kind === 'inverse' ? 'USD' : words.marginAsset}`
          : `${suggestedSize(size.base)} ${baseAsset(a.report.symbol) || t('overlay.coin')}`}
      </b>
      {after}
      {actions.useSize && (
        <button type="button" data-testid="lg-use-size" onClick={() => actions.useSize!(a)}>
          {t('overlay.useSize')}
        </button>
      )}
    </p>
  );
}

/** The held order in one line: "Long · 2 BTC · limit 62,000 · 20× · cross". */
function orderLine(o: OrderSnapshot, words: VenueWords): string {
  const parts = [o.side ? sideWords(o.side) : t('overlay.sideUnknown')];
  if (o.symbol) parts.push(o.symbol);
  parts.push(o.size ? `${formatNumber(o.size.value, 0, 8)} ${unitWords(o.size.unit, o.symbol, words)}` : o.unread.size ? t('overlay.sizeShown', { shown: o.unread.size }) : t('overlay.sizeUnknown'));
  if (o.orderType === 'market') parts.push(t('orderType.market'));
  else if (o.price != null) parts.push(t('overlay.limitAt', { price: formatPrice(o.price) }));
  if (o.leverage != null) parts.push(formatLeverage(o.leverage));
  if (o.marginMode) parts.push(t(`marginMode.${o.marginMode as 'cross' | 'isolated'}`) || o.marginMode);
  return parts.join(' · ');
}

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
      aria-label={t('overlay.holding')}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && e.isTrusted) {
          e.preventDefault();
          actions.cancel?.();
        }
      }}
    >
      <p class="confirm-title">
        {blocked ? t('overlay.heldBlocked') : unreadable ? t('overlay.heldUnreadable') : t('overlay.heldDanger')}
      </p>
      {held.change && (
        <p class="confirm-change" data-testid="lg-confirm-change">
          {t(`overlay.${held.change}`)}
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
          {t('overlay.cannotRead', { field: fieldWords(unreadable.field), shown: unreadable.shown })}
        </p>
      )}
      <ul>
        {reasons.map((w) => {
          const text = warningText(w);
          return (
            <li key={w.code + text} data-code={w.code} title={warningDetail(w)}>
              {text}
            </li>
          );
        })}
      </ul>
      <p class="confirm-numbers">
        {r.positionLeverage != null && t('overlay.leverage', { leverage: formatLeverage(r.positionLeverage) })}
        {r.liquidationPrice != null && ` · ${liquidationPriceLabel(words)} ${formatPrice(r.liquidationPrice)}`}
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
          {t('overlay.understand')}
        </label>
      )}
      <div class="confirm-actions">
        <button type="button" data-testid="lg-confirm-cancel" ref={blocked ? (first as preact.Ref<HTMLButtonElement>) : undefined} onClick={() => actions.cancel?.()}>
          {blocked ? t('overlay.goBackAdjust') : t('overlay.goBack')}
        </button>
        {!blocked && (
          <button type="button" class="danger" data-testid="lg-confirm-place" disabled={!held.acknowledged} onClick={(e) => e.isTrusted && actions.confirm?.()}>
            {t('overlay.placeAnyway')}
          </button>
        )}
      </div>
    </div>
  );
}

function noticeText(notice: GateNotice, reading: TicketReading): string {
  switch (notice.kind) {
    case 'unchecked': {
      // Ticket fields, or the whole ticket; anything else the gate might name is shown as it is.
      const names = notice.missing.map((n) => (n === 'ticket' ? t('field.ticket') : fieldWords(n as FieldName) || n)).filter(Boolean);
      const known = names.length > 0 && !(notice.missing.length === 1 && notice.missing[0] === 'side' && reading.side.ok);
      return known ? t('overlay.uncheckedFields', { fields: andList(names) }) : t('overlay.unchecked');
    }
    case 'releasedChanged':
      return notice.now === 'pass' ? t('overlay.releasedPass') : t('overlay.releasedUnchecked');
    case 'buttonRedrawn':
      return t('overlay.buttonRedrawn');
  }
}

const DASH = '—';

/** One glance per side: leverage, liquidation price and its distance from the mark. */
function SideLine({ a, words, twoSided }: { a: SideAssessment; words: VenueWords; twoSided: boolean }) {
  const r = a.report;
  const liq = r.liquidationPrice != null && r.liquidationDistance != null;
  const change = r.positionChange ? positionChangeText(r.positionChange, r.symbol) : null;
  return (
    <p class="line" data-side={a.side ?? undefined}>
      {twoSided && <span class="side-name">{sideWords(a.side === 'long' ? 'long' : 'short')}</span>}
      <b data-testid="lg-leverage" data-value={r.positionLeverage ?? ''} title={t('live.positionLeverage')}>
        {r.positionLeverage != null ? formatLeverage(r.positionLeverage) : DASH}
      </b>
      {liq ? (
        <span>
          {liquidationPriceLabel(words)}{' '}
          <b data-testid="lg-liq-price" data-value={r.liquidationPrice!}>
            {formatPrice(r.liquidationPrice!)}
          </b>
        </span>
      ) : (
        <span hidden data-testid="lg-liq-price" data-value="">
          {DASH}
        </span>
      )}
      <span class="liq" data-testid="lg-liq-distance" data-value={r.liquidationDistance ?? ''} title={liq ? undefined : noLiquidationText(r)}>
        {liq ? formatDistance(r.liquidationDistance!) : t('overlay.noLiqPrice', { reason: noLiquidationText(r) })}
      </span>
      {change && (
        <span class="change" data-testid="lg-position-change" data-kind={r.positionChange!.kind}>
          {change}
        </span>
      )}
    </p>
  );
}

/** The rest of one side's figures, behind the disclosure. */
function SideDetails({ a, words }: { a: SideAssessment; words: VenueWords }) {
  const r = a.report;
  const asset = r.marginAsset ?? words.marginAsset;
  return (
    <dl class="grid" data-side={a.side ?? undefined}>
      {a.side && <dt class="side-head">{sideWords(a.side)}</dt>}
      {a.side && <dd />}
      <AccountFigures r={r} asset={asset} />
      <dt data-testid="lg-margin-label">{marginLabel(words)}</dt>
      <dd data-testid="lg-margin" data-value={r.initialMargin ?? ''}>
        {r.initialMargin != null ? formatAmount(r.initialMargin, asset) : DASH}
      </dd>
      {r.liquidationPrice != null && a.rangesAway != null && (
        <>
          <dt>{t('overlay.liqDistance')}</dt>
          <dd data-testid="lg-liq-range" data-value={a.rangesAway}>
            {t('overlay.ranges', { ranges: formatNumber(a.rangesAway, 1, 1) })}
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
  // The bold first part is an element: the rest is what follows it (with a space, or none in Chinese).
  const [, rest] = around(t('common.twoSentences', { first: MARK, second: t('overlay.cannotReadFields', lost.length, { fields: andList(lost.map(fieldWords)) }) }));
  return (
    <p class="page-changed" role="alert" data-testid="lg-page-changed" data-fields={lost.join(' ')}>
      <b>{t('overlay.pageChanged', { site: siteName })}</b>
      {rest}
    </p>
  );
}

export function Overlay({ model, actions = {} }: { model: OverlayModel; actions?: OverlayActions }) {
  const { reading, assessments, severity, words, riskPerTrade, held, notice, detailsOpen = false, theme = 'light' } = model;
  // Both sides of a two-sided ticket share most warnings: each sentence is said once.
  const seen = new Set<string>();
  const warnings = assessments.flatMap((a) =>
    a.report.warnings.flatMap((w) => {
      const text = warningText(w);
      if (seen.has(text)) return [];
      seen.add(text);
      return [{ w, text, side: a.side }];
    }),
  );
  return (
    <div class="lg" lang={t('lang')} data-testid="lg-overlay" data-severity={severity} data-theme={theme}>
      {held && <ConfirmPanel key={held.side ?? 'one'} held={held} actions={actions} words={words} />}
      {/* The figures are a polite live region; the held order is an alert dialog outside it. */}
      <div role="status" aria-live="polite">
      <div class="head">
        <span class="brand">{t('extName')}</span>
        <span class="status" data-testid="lg-status">
          {t(`verdict.${severity}`)}
        </span>
      </div>
      <PageChanged reading={reading} siteName={model.siteName} />
      {assessments.map((a) => (
        <SideLine key={a.side ?? 'one'} a={a} words={words} twoSided={assessments.length > 1} />
      ))}
      {assessments.length === 0 && model.unassessed && (
        <p class="notice" data-testid="lg-unassessed" data-kind={reading.side.ok ? undefined : reading.side.kind} title={model.unassessed}>
          {reading.side.ok ? model.unassessed : missingText('side', reading.side)}
        </p>
      )}
      {notice && (
        <p class="notice" data-testid="lg-notice" data-kind={notice.kind}>
          {noticeText(notice, reading)}
        </p>
      )}
      {warnings.length > 0 && (
        <ul data-testid="lg-warnings">
          {warnings.map(({ w, text, side }) => (
            <li key={w.code + text} data-severity={w.severity} data-code={w.code} class={isNote(w) ? 'note' : undefined} title={warningDetail(w)}>
              {side ? t('common.labelled', { label: sideWords(side), text }) : text}
            </li>
          ))}
        </ul>
      )}
      <details data-testid="lg-reading" open={detailsOpen} onToggle={(e) => actions.detailsToggled?.((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('overlay.details')}</summary>
        {assessments.map((a) => (
          <div key={a.side ?? 'one'} data-side={a.side ?? undefined}>
            <SideDetails a={a} words={words} />
            <FundingDrift r={a.report} />
            {riskPerTrade != null && reading.stopLoss.ok && reading.stopLoss.value != null && (
              <SuggestedSize a={a} riskPerTrade={riskPerTrade} unit={reading.size.ok ? reading.size.value.unit : 'base'} actions={actions} words={words} />
            )}
          </div>
        ))}
        <PositionsState account={model.account} siteName={model.siteName} />
        <p class="subhead">{t('overlay.whatWasRead', { site: model.siteName })}</p>
        <dl class="grid">
          {FIELD_NAMES.map((name) => {
            const read = readValue(reading, name, words);
            return [
              <dt key={`${name}-l`}>{readLabel(name, words)}</dt>,
              <dd
                key={`${name}-v`}
                data-field={name}
                data-value={read.value}
                data-unit={read.unit}
                class={reading[name].ok ? undefined : 'missing'}
                title={read.detail ? `${read.text}: ${read.detail}` : read.text}
              >
                {read.text}
              </dd>,
            ];
          })}
        </dl>
      </details>
      </div>
    </div>
  );
}
