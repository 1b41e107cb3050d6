import { MARK, around, t } from '../i18n';

/**
 * A supported exchange's trade page on which the order ticket cannot be found: said out loud,
 * because silence would read as "nothing to warn about".
 */
export function TicketLost({ siteName, onHide }: { siteName: string; onHide: () => void }) {
  // The bold first sentence is an element: the rest is what follows it (with a space, or none in Chinese).
  const [, rest] = around(t('common.twoSentences', { first: MARK, second: t('lost.body') }));
  return (
    <div class="lost" role="alert" lang={t('lang')} data-testid="lg-ticket-lost">
      <p>
        <b>{t('lost.title', { site: siteName })}</b>
        {rest}
      </p>
      <button type="button" data-testid="lg-ticket-lost-hide" onClick={onHide}>
        {t('lost.hide')}
      </button>
    </div>
  );
}
