import { commitChange } from '../../settings/discipline';
import type { Settings } from '../../settings/schema';
import { t } from '../i18n';
import { coolDownInline } from './words';

/**
 * What a change would leave waiting for the cool-down, worded for a status line ("Raising waits
 * …", or "" when it all applies at once). The store decides for real when it saves; this only
 * words it, from the settings the page shows.
 */
export function deferredWords(settings: Settings, change: (s: Settings) => Settings, now: number = Date.now()): string {
  try {
    const { deferred } = commitChange(settings, change(settings), now);
    if (deferred.length === 0) return '';
    return t('limits.raisingWaits', { coolDown: coolDownInline(settings.discipline.coolDown) });
  } catch {
    return '';
  }
}
