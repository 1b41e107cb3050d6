import type { PositionHealth } from '../../guard/positionHealth';
import { formatLimitPercent, formatPercent } from '../format';
import { t } from '../i18n';

/** A corner notice for positions that drifted below the trader's minimum distance to liquidation. */
export function PositionAlert({ positions, min, onClose }: { positions: PositionHealth[]; min: number; onClose: () => void }) {
  return (
    <div class="lost" role="alert" lang={t('lang')} data-testid="lg-position-alert">
      {positions.map((p) => (
        <p key={`${p.symbol}-${p.side}`} data-symbol={p.symbol} data-side={p.side} data-distance={p.distance ?? ''}>
          {t('account.positionAlert', { symbol: p.symbol, side: t(`readSide.${p.side}`), distance: formatPercent(p.distance ?? 0), min: formatLimitPercent(min) })}
        </p>
      ))}
      <button type="button" data-testid="lg-position-alert-close" onClick={onClose}>
        {t('account.closeAlert')}
      </button>
    </div>
  );
}
