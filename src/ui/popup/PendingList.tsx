import { COOL_DOWN_WORDS, cancelPending, describePending, formatAppliesAt } from '../../settings/discipline';
import { pendingKey, type Settings } from '../../settings/schema';

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
      <h2 id={heading}>Waiting for your cool-down</h2>
      <ul>
        {settings.pending.map((p) => {
          const key = pendingKey(p);
          const what = describePending(p);
          return (
            <li key={key} data-testid="pending-item" data-key={key}>
              <span>
                {what} from <time dateTime={new Date(p.appliesAt).toISOString()}>{formatAppliesAt(p.appliesAt, now)}</time>
              </span>
              <button
                type="button"
                class="link"
                disabled={readOnly}
                aria-label={`Cancel: ${what}`}
                data-testid="pending-cancel"
                onClick={() => void update((s) => cancelPending(s, key))}
              >
                Cancel
              </button>
            </li>
          );
        })}
      </ul>
      <p class="help">
        {settings.discipline.coolDown === 'none'
          ? 'Lowering a limit applies at once.'
          : `Raising a limit waits ${COOL_DOWN_WORDS[settings.discipline.coolDown].toLowerCase()} (your cool-down); lowering one applies at once.`}
      </p>
    </section>
  );
}
