import { cancelPending } from '../../settings/pending';
import { pendingKey, type Settings } from '../../settings/schema';
import { around, t } from '../i18n';
import { appliesAtWords, coolDownInline, describePending, pendingItemText } from './words';

/**
 * The raises waiting for the cool-down, each with when it applies and a Cancel button
 * ("Max leverage 25× from 14:05 tomorrow  Cancel"). Renders nothing when none is waiting.
 */
export function PendingList({
  settings,
  update,
  now,
  readOnly = false,
  idPrefix = 'pending',
}: {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => Promise<boolean>;
  now: number;
  readOnly?: boolean;
  idPrefix?: string;
}) {
  if (settings.pending.length === 0) return null;
  const heading = `${idPrefix}-heading`;
  return (
    <section class="pending" aria-labelledby={heading} data-testid="pending">
      <h2 id={heading}>{t('pending.heading')}</h2>
      <ul>
        {settings.pending.map((p) => {
          const key = pendingKey(p);
          const what = describePending(p);
          const [before, after] = around(pendingItemText(what));
          return (
            <li key={key} data-testid="pending-item" data-key={key}>
              <span>
                {before}
                <time dateTime={new Date(p.appliesAt).toISOString()}>{appliesAtWords(p.appliesAt, now)}</time>
                {after}
              </span>
              <button
                type="button"
                class="link"
                disabled={readOnly}
                aria-label={t('pending.cancelLabel', { what })}
                data-testid="pending-cancel"
                onClick={() => void update((s) => cancelPending(s, key))}
              >
                {t('common.cancel')}
              </button>
            </li>
          );
        })}
      </ul>
      <p class="help">
        {settings.discipline.coolDown === 'none'
          ? t('pending.lowerAtOnce')
          : t('pending.raiseWaits', { coolDown: coolDownInline(settings.discipline.coolDown) })}
      </p>
    </section>
  );
}
