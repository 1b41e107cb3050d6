// Why a report has no liquidation price, in English: the command line's words (`npm run risk`).
// The extension words the typed `liquidationWhy` in the trader's language (src/ui/warnings.ts), so
// content scripts do not carry these sentences.
import type { RiskReport } from './types';
import { VENUE_MODELS } from './venues';

const FIELD_WORDS: Record<string, string> = {
  symbol: 'symbol',
  orderType: 'order type',
  price: 'limit price',
  markPrice: 'mark price',
  leverage: 'leverage',
  marginMode: 'margin mode',
  balance: 'balance',
  size: 'order size',
};

function words(names: readonly string[]): string {
  let out = '';
  for (const n of names) out += (out ? ', ' : '') + (FIELD_WORDS[n] ?? n);
  return out;
}

/** The English sentence for the report's `liquidationWhy`; null when it has a liquidation price. */
export function liquidationReason(report: Pick<RiskReport, 'liquidationWhy' | 'venue' | 'symbol'>): string | null {
  const why = report.liquidationWhy;
  if (!why) return null;
  switch (why.kind) {
    case 'closes':
      return 'The order closes the position, so nothing is left to liquidate';
    case 'zeroSize':
      return 'There is no position: the order size is 0';
    case 'coversFall':
      return 'No liquidation price: the collateral covers a fall of the price to zero';
    case 'coversRise':
      return 'No liquidation price: the collateral covers any rise of the price';
    case 'atOnce':
      return 'The collateral is already below the maintenance margin: the position would be liquidated at once';
    case 'beyondVenue':
      return `Unknown: the order is beyond what ${VENUE_MODELS[report.venue].name} allows on ${report.symbol}`;
    case 'unsupported':
      return why.detail;
    case 'needs':
      return `Unknown: needs the ${words(why.needs)}`;
    case 'unconvertible':
      return "Unknown: the order's size can't be converted";
  }
}
