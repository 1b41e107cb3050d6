import { COOL_DOWN_WORDS, setCoolDown } from '../../settings/discipline';
import { COOL_DOWNS, type CoolDown, type Settings } from '../../settings/schema';
import { PendingList } from '../popup/PendingList';

type Update = (change: (s: Settings) => Settings) => Promise<boolean>;

/** The cool-down, what it covers, and the raises waiting for it. */
export function Discipline({ settings, update, readOnly, now }: { settings: Settings; update: Update; readOnly: boolean; now: number }) {
  return (
    <div class="discipline" data-testid="discipline">
      <div class="field-line">
        <label for="cool-down">Cool-down before a raise applies</label>
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
              {COOL_DOWN_WORDS[c]}
            </option>
          ))}
        </select>
      </div>
      <div class="help" id="cool-down-help">
        <p>
          A commitment to yourself: with a cool-down, anything that makes Leverage Guard less strict waits before it applies, so a
          decision made in the heat of a trade can be taken back. Anything stricter applies at once.
        </p>
        <p>Counts as a raise, and waits:</p>
        <ul>
          <li>a higher max leverage, max account leverage, max loss at stop or risk per trade, or a lower min distance to liquidation (for all sites or one site; also removing a site’s stricter override);</li>
          <li>a limit no longer hard;</li>
          <li>a weaker guard mode (Confirm → Warn → Off), or switching a site off;</li>
          <li>a shorter cool-down.</li>
        </ul>
        <p>Presets, import, reset and restore follow the same rule, setting by setting.</p>
      </div>
      <PendingList settings={settings} update={update} now={now} readOnly={readOnly} idPrefix="options-pending" />
    </div>
  );
}
