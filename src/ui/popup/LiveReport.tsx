import { venueWordsOf, type TabState } from '../../messages';
import type { RiskReport } from '../../risk/types';
import type { FieldName } from '../../venues/reading';
import { formatAmount, formatDistance, formatLeverage, formatPercent, formatPrice } from '../format';
import { MARK, andList, around, formatNumber, t } from '../i18n';
import type { PositionHealth } from '../../guard/positionHealth';
import { liquidationPriceLabel, marginLabel, warningDetail, warningText } from '../warnings';
import { fieldWords, sideWords, verdictWords } from './words';

const dash = '—';

function Row({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div class="cell">
      <dt data-testid={`${testId}-label`}>{label}</dt>
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
        {t('live.ticketLost', { site: state.siteName })}
      </p>
    );
  }
  if (!state.ticketFound || !report) {
    return (
      <p class="empty" data-testid="live-empty">
        {t('live.empty')}
      </p>
    );
  }
  const symbol = report.symbol ?? (reading?.symbol.ok ? reading.symbol.value : null);
  const asset = report.marginAsset;
  // The risk core names ticket fields; anything else it might name is shown as it is.
  const missing = report.missing.map((m) => fieldWords(m as FieldName) || m);
  // The overlay's words for the same figures: the venue's own in English ("Cost"), ours otherwise.
  const words = venueWordsOf(state);
  return (
    <div class="live" data-testid="live-report" data-severity={report.severity}>
      <div class="live-head">
        <span class="symbol">
          {symbol ?? t('live.unknownSymbol')} · {sideWords(report.side === 'long' ? 'long' : 'short')}
        </span>
        <span class={`sev sev-${report.severity}`} data-testid="live-severity">
          {verdictWords(report.severity)}
        </span>
      </div>
      <dl class="figures">
        <Row label={t('live.positionLeverage')} testId="live-leverage" value={report.positionLeverage != null ? formatLeverage(report.positionLeverage) : dash} />
        <Row label={t('live.accountLeverage')} testId="live-account-leverage" value={report.accountLeverage != null ? formatLeverage(report.accountLeverage) : dash} />
        <Row label={marginLabel(words)} testId="live-margin" value={report.initialMargin != null ? formatAmount(report.initialMargin, asset) : dash} />
        <Row label={t('live.orderValue')} testId="live-notional" value={report.notional != null ? formatAmount(report.notional, asset) : dash} />
        <Row label={liquidationPriceLabel(words)} testId="live-liq-price" value={report.liquidationPrice != null ? formatPrice(report.liquidationPrice) : dash} />
        <Row label={t('live.distance')} testId="live-liq-distance" value={report.liquidationDistance != null ? formatDistance(report.liquidationDistance) : dash} />
        {report.lossAtStopFraction != null && <Row label={t('live.lossAtStop')} testId="live-loss" value={t('live.ofEquity', { percent: formatPercent(report.lossAtStopFraction) })} />}
      </dl>
      {report.warnings.length > 0 && (
        <ul class="warnings" data-testid="live-warnings">
          {report.warnings.map((w, i) =>
            // Information that grades nothing (no stop loss set) is not coloured or labelled as a verdict.
            w.severity === 'safe' ? (
              <li key={`${w.code}-${i}`} class="note" data-code={w.code} title={warningDetail(w)}>
                {warningText(w)}
              </li>
            ) : (
              <li key={`${w.code}-${i}`} class={`sev-${w.severity}`} data-code={w.code} title={warningDetail(w)}>
                <span class="visually-hidden">{around(t('common.labelled', { label: verdictWords(w.severity), text: MARK }))[0]}</span>
                {warningText(w)}
              </li>
            ),
          )}
        </ul>
      )}
      {missing.length > 0 && <p class="missing">{t('live.couldNotRead', { fields: andList(missing) })}</p>}
      <Positions positions={state.positions ?? null} ratio={report.marginRatio?.after ?? null} />
    </div>
  );
}

/**
 * The open positions the tab's page showed, each with its distance to liquidation (in % and in 24 h
 * ranges where known) against the trader's minimum. Nothing when none were read: the overlay says
 * why ("positions unknown"), and an empty list here would read as "no positions".
 */
function Positions({ positions, ratio }: { positions: PositionHealth[] | null; ratio: number | null }) {
  if (!positions || positions.length === 0) return null;
  return (
    <section class="positions" data-testid="lg-positions" aria-label={t('account.openPositions')}>
      <p class="positions-head">
        <b>{t('account.openPositions')}</b>
        {ratio != null && <span data-testid="lg-positions-ratio"> · {t('account.accountMarginRatio', { ratio: formatPercent(ratio) })}</span>}
      </p>
      <ul>
        {positions.map((p) => (
          <li key={`${p.symbol}-${p.side}`} data-testid="lg-position" data-symbol={p.symbol} data-side={p.side} data-distance={p.distance ?? ''} data-below-min={String(p.belowMin)} class={p.belowMin ? 'sev-danger' : undefined}>
            <span>
              {p.symbol} · {sideWords(p.side)}
            </span>
            <span>
              {p.distance != null ? t('account.toLiquidation', { distance: formatPercent(p.distance) }) : t('account.noLiquidation')}
              {p.rangesAway != null && ` (${t('account.ranges', { ranges: formatNumber(p.rangesAway, 1, 1) })})`}
              {p.marginRatio != null && (
                <span data-testid="lg-position-ratio" data-value={p.marginRatio}>
                  {' · '}
                  {t('account.accountMarginRatio', { ratio: formatPercent(p.marginRatio) })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
