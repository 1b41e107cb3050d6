// Which kind of figure each number of a warning is, decided once for the English sentence
// (warningText.ts) and for the sentence in the trader's language (src/ui/warnings.ts).
import { amount, leverage, leverageLimit, percent, percentLimit, price, type NumberWriter } from './format';
import type { WarningCode } from './types';

/**
 * A warning's numbers as its sentence's figures: the position's leverage as the overlay shows it,
 * a leverage the trader typed or a limit as set (10×, 5%), prices, amounts with their asset,
 * distances and loss shares as percentages. A figure the report could not compute (null) reads "—".
 */
export function warningFigures(code: WarningCode, params: object, w: NumberWriter): Record<string, string> {
  const p = params as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(p)) {
    if (v === null) out[key] = '—';
    if (typeof v !== 'number') continue;
    switch (key) {
      case 'leverage':
      case 'tableMax':
        // Against the trader's limit, the position's leverage; against a venue's bound or a tier table, a leverage typed or offered.
        out[key] = code === 'maxLeverage' || code === 'maxAccountLeverage' ? leverage(v, w) : leverageLimit(v, w);
        break;
      case 'max':
      case 'min':
      case 'venueMax':
        // The limits of the codes about leverage are leverage (10×), the others shares (5%).
        out[key] = code === 'sizeAboveVenueMax' ? price(v, w) : /everage/.test(code) ? leverageLimit(v, w) : percentLimit(v, w);
        break;
      case 'needed':
      case 'available':
        out[key] = amount(v, String(p.asset), w);
        break;
      case 'distance':
      case 'loss':
      case 'apart':
        out[key] = percent(v, w);
        break;
      default:
        out[key] = price(v, w);
    }
  }
  return out;
}
