import { setCoolDown } from '../../settings/changes';
import { COOL_DOWNS, type CoolDown, type Settings } from '../../settings/schema';
import { t } from '../i18n';
import { PendingList } from '../popup/PendingList';
import { coolDownWords } from '../popup/words';

type Update = (change: (s: Settings) => Settings) => Promise<boolean>;

/** The cool-down, what it covers, and the raises waiting for it. */
export function Discipline({ settings, update, readOnly, now }: { settings: Settings; update: Update; readOnly: boolean; now: number }) {
  return (
    <div class="discipline" data-testid="discipline">
      <div class="field-line">
        <label for="cool-down">{t('discipline.coolDownLabel')}</label>
        <select
          id="cool-down"
          value={settings.discipline.coolDown}
          disabled={readOnly}
          aria-describedby="cool-down-help"
          data-testid="cool-down"
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value as CoolDown;
            void update((s) => setCoolDown(s, value));
          }}
        >
          {COOL_DOWNS.map((c) => (
            <option key={c} value={c}>
              {coolDownWords(c)}
            </option>
          ))}
        </select>
      </div>
      <div class="help" id="cool-down-help">
        <p>{t('discipline.why')}</p>
        <p>{t('discipline.countsAsRaise')}</p>
        <ul>
          <li>{t('discipline.raiseLimits')}</li>
          <li>{t('discipline.raiseHard')}</li>
          <li>{t('discipline.raiseGuard')}</li>
          <li>{t('discipline.raiseCoolDown')}</li>
        </ul>
        <p>{t('discipline.sameRule')}</p>
      </div>
      <PendingList settings={settings} update={update} now={now} readOnly={readOnly} idPrefix="options-pending" />
    </div>
  );
}
