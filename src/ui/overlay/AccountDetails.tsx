import { baseAsset } from '../../risk/symbols';
import type { LiquidationLoss, PositionChange, RiskReport } from '../../risk/types';
import type { AccountReading } from '../../venues/account';
import { formatAmount, formatLeverage, formatPercent, formatPrice } from '../format';
import { formatNumber, t } from '../i18n';

const DASH = '—';

/** What the page showed of the account: the positions counted, or why none could be (never "none" by default). */
export function PositionsState({ account, siteName }: { account: AccountReading | null | undefined; siteName: string }) {
  const p = account?.positions;
  if (!p) return null;
  if (p.kind === 'read') {
    return (
      <p class="muted" data-testid="lg-positions-read" data-count={p.rows.length}>
        {t('account.positionsRead', p.rows.length, { count: formatNumber(p.rows.length, 0, 0) })}
      </p>
    );
  }
  return (
    <p class="muted" data-testid="lg-positions-unknown" data-why={p.why} title={p.detail}>
      {t('account.positionsUnknown', { why: p.why === 'notSupported' ? t('account.why.notSupported', { site: siteName }) : t(`account.why.${p.why}`) })}
    </p>
  );
}

/** "Closes 0.3 of your 0.5 BTC long": what the order does to the position held in its market. */
export function positionChangeText(change: PositionChange, symbol: string | null): string | null {
  const coin = baseAsset(symbol) || t('overlay.coin');
  const size = (x: number) => `${formatNumber(x, 0, 8)} ${coin}`;
  const side = t(`readSide.${change.side}`);
  const other = t(`readSide.${change.side === 'long' ? 'short' : 'long'}`);
  switch (change.kind) {
    case 'opens':
      return null;
    case 'adds':
      return t('account.change.adds', { size: size(change.size), held: size(change.held), side });
    case 'reduces':
      return t('account.change.reduces', { closes: size(change.closes), held: size(change.held), side });
    case 'closes':
      return t('account.change.closes', { held: size(change.held), side });
    case 'flips':
      return t('account.change.flips', { held: size(change.held), side, opens: size(change.opens), other });
  }
}

function lossText(loss: LiquidationLoss, asset: string): string {
  const money = (x: number) => formatAmount(x, asset);
  if (loss.total == null) return t('account.lossFeeUnknown', { toTrigger: money(loss.toTrigger) });
  if (loss.rule === 'marginLost') return t('account.lossMarginLost', { total: money(loss.total) });
  if (loss.rule === 'noFee' || !loss.fee) return t('account.lossNoFee', { total: money(loss.total) });
  return t('account.lossWithFee', { total: money(loss.total), fee: money(loss.fee) });
}

/** Account leverage, the margin ratio before → after and the cost of liquidation, for one side's report. */
export function AccountFigures({ r, asset }: { r: RiskReport; asset: string }) {
  const covers = r.accountLeverageCovers ?? 'thisSymbol';
  const ratio = r.marginRatio;
  const loss = r.liquidationLoss;
  return (
    <>
      <dt>{t('live.accountLeverage')}</dt>
      <dd data-testid="lg-account-leverage" data-value={r.accountLeverage ?? ''} data-covers={covers}>
        {r.accountLeverage != null ? formatLeverage(r.accountLeverage) : DASH}
        {covers === 'thisSymbol' && <span class="muted"> ({t('account.thisSymbolOnly')})</span>}
      </dd>
      {ratio && ratio.after != null && (
        <>
          <dt>{t('account.marginRatio')}</dt>
          <dd data-testid="lg-margin-ratio" data-before={ratio.before ?? ''} data-after={ratio.after}>
            {ratio.before != null ? t('account.ratioChange', { before: formatPercent(ratio.before), after: formatPercent(ratio.after) }) : formatPercent(ratio.after)}
          </dd>
        </>
      )}
      {loss && (
        <>
          <dt>{t('account.lostIfLiquidated')}</dt>
          <dd class="wrap" data-testid="lg-liquidation-loss" data-value={loss.total ?? ''} data-fee={loss.fee ?? ''} data-rule={loss.rule}>
            {lossText(loss, asset)}
          </dd>
        </>
      )}
    </>
  );
}

/** "Funding moves your liquidation 0.4 % closer a day", said only when it moves it by more than 0.1 % a day. */
export function FundingDrift({ r }: { r: RiskReport }) {
  const d = r.fundingDrift;
  if (!d?.flagged || d.dayMove == null || d.direction == null) return null;
  const words = { move: formatPercent(Math.abs(d.dayMove)), afterDay: d.afterDay != null ? formatPrice(d.afterDay) : DASH, afterWeek: d.afterWeek != null ? formatPrice(d.afterWeek) : DASH };
  return (
    <p class="notice" data-testid="lg-funding-drift" data-direction={d.direction} data-day={d.afterDay ?? ''} data-week={d.afterWeek ?? ''}>
      {d.direction === 'closer' ? t('account.driftCloser', words) : t('account.driftFurther', words)}
    </p>
  );
}
