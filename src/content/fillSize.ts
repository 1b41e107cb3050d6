import type { SizeForRisk } from '../risk';
import type { TicketReading } from '../venues/reading';
import { suggestedSize } from '../risk/format';

/**
 * Types a size into the venue's own size field the way a trader would: through the input's
 * native value setter (so React-style pages see it) and real `input`/`change` events.
 * The size is written in the unit the ticket shows (coin or quote), rounded down.
 */
export function fillSize(input: HTMLInputElement, size: SizeForRisk, reading: TicketReading): boolean {
  const unit = reading.size.ok ? reading.size.value.unit : 'base';
  if (unit === 'contracts') return false;
  const text = suggestedSize(unit === 'quote' ? size.quote : size.base);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  input.focus();
  if (setter) setter.call(input, text);
  else input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}
