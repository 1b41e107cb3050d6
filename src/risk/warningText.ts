// The English sentence of each warning, from its typed figures: what `npm run risk` prints and the
// tests of English wording read, written only when asked for (`warningMessage`, `withMessages`).
// The extension's UI words warnings from the locale files instead (src/ui/warnings.ts), by the
// same code and form, with the same figures (./warningFigures).
import { plainDigits } from './format';
import type { RiskInputName, RiskWarning, WarningCode, WarningParams } from './types';
import { warningFigures } from './warningFigures';

const INPUT_MISSING: Record<WarningParams<'missingInput'>['form'], string> = {
  symbol: "The symbol isn't known, so the venue's default tier table was used",
  orderType: "The order type isn't known, so the limit price (or else the mark price) was taken as the entry",
  price: "The limit price is missing, so the order's value and liquidation price can't be computed",
  markPrice: "The mark price is missing, so the distance to liquidation can't be measured",
  leverage: "The leverage is missing, so the margin (and in isolated mode the liquidation price) can't be computed",
  marginMode: "The margin mode is missing, so the liquidation price can't be computed",
  balance: "The balance is missing, so account leverage, loss share and the cross-margin liquidation price can't be computed",
  size: "The order size is missing, so nothing about the order can be computed",
};

/** The inputs' names inside a sentence, for a field the ticket layer (src/guard) could not read. */
const FIELD_WORDS: Record<RiskInputName, string> = {
  symbol: 'symbol',
  orderType: 'order type',
  price: 'price',
  markPrice: 'mark price',
  leverage: 'leverage',
  marginMode: 'margin mode',
  balance: 'available balance',
  size: 'size',
};

/** A warning's figures written in plain digits, by name. */
type Figures = Record<string, string | undefined>;

/** "Leverage 20× is" / "Leverage is beyond what Binance allows (at most 125×)," */
function leverageHead(what: string, p: WarningParams<'maxLeverage'>, f: Figures): string {
  const beyond = p.form === 'beyondVenue' || p.form === 'beyondVenueNear';
  if (beyond) return `${what} is beyond what ${p.venue} allows (at most ${f.venueMax}),`;
  return p.leverage == null ? `${what} is` : `${what} ${f.leverage} is`;
}

const nearOrAbove = (form: string) => (form === 'near' || form === 'beyondVenueNear' ? 'close to' : 'above');

const english: { [C in WarningCode]: (p: WarningParams<C>, f: Figures) => string } = {
  maxLeverage: (p, f) => `${leverageHead('Leverage', p, f)} ${nearOrAbove(p.form)} your maximum of ${f.max}`,
  maxAccountLeverage: (p, f) =>
    p.form === 'noEquity'
      ? `Account equity is zero or negative, so account leverage is unbounded; your maximum is ${f.max}`
      : `${leverageHead('Account leverage', p as WarningParams<'maxLeverage'>, f)} ${nearOrAbove(p.form)} your maximum of ${f.max}`,
  minLiquidationDistance: (p, f) => {
    switch (p.form) {
      case 'pastMark':
        return `Liquidation at ${f.liquidation} is already past the mark price ${f.mark}: the position would be liquidated at once; your minimum distance is ${f.min}`;
      case 'atOnce':
        return `The position would be liquidated at once; your minimum distance to liquidation is ${f.min}`;
      default: {
        const where = p.form === 'below' || p.form === 'nearBelow' ? 'below' : 'above';
        const near = p.form === 'nearBelow' || p.form === 'nearAbove';
        return `Liquidation is ${f.distance} ${where} the mark price${near ? ', close to your minimum of' : '; your minimum is'} ${f.min}`;
      }
    }
  },
  maxLossAtStop: (p, f) => {
    switch (p.form) {
      case 'noEquity':
        return `Account equity is zero or negative; any loss at the stop exceeds your maximum of ${f.max}`;
      case 'pastLiquidation':
        return `Your stop at ${f.stop} is past the liquidation price, so you would be liquidated first and lose ${f.loss} of equity; your maximum is ${f.max}`;
      default:
        return `A stop at ${f.stop} loses ${f.loss} of your equity${p.form === 'near' ? ', close to your maximum of' : '; your maximum is'} ${f.max}`;
    }
  },
  noStopLoss: (_p, f) => `No stop loss is set, so your maximum loss of ${f.max} of equity is not checked`,
  sizeAboveVenueMax: (p, f) =>
    `The order is beyond what ${p.venue} allows on ${p.symbol}: a position there is at most ${f.max} ${p.form === 'inContracts' ? 'contracts' : p.asset}`,
  leverageBelowVenueMin: (p, f) => `Leverage ${f.leverage} is below what ${p.venue} allows (at least ${f.min})`,
  leverageAboveVenueMax: (p, f) =>
    `Leverage ${f.leverage} is beyond what ${p.venue} allows ${p.form === 'onSymbol' ? `on ${p.symbol}` : 'on any market'} (at most ${f.max})`,
  notEnoughMargin: (p, f) =>
    p.form === 'outsideVenue'
      ? `You do not have the margin for this order: at a leverage ${p.venue} does not allow, it needs more than your available balance of ${f.available}`
      : `You do not have the margin for this order: it needs ${f.needed} and your available balance is ${f.available}`,
  // From a ticket, the adapter's reason (`detail`); from the risk core alone, what is lost without the input.
  missingInput: (p) => (p.detail !== undefined ? `Cannot read the ${FIELD_WORDS[p.field]}: ${p.detail}.` : INPUT_MISSING[p.form]),
  immediateLiquidation: () => 'At the current mark price this position would be liquidated at once',
  uncomputable: (p) =>
    p.form === 'unsupported'
      ? (p.detail ?? `${p.symbol ?? 'This market'} is a contract the risk core does not model`)
      : `The contract size of ${p.symbol ?? 'this market'} isn't known; enter the size in coin or in ${p.sizeIn ?? 'quote'} instead`,
  stopPastLiquidation: (_p, f) => `Your stop loss at ${f.stop} is beyond the liquidation price ${f.liquidation}: you would be liquidated before it triggers`,
  selfCheck: (p, f) =>
    `${p.venue} shows ${p.word} ${f.venueLiquidation}, Leverage Guard computes ${f.ours} (${f.apart} apart): a tier table may be out of date or a field misread.`,
  tierTableOutdated: (p, f) =>
    p.form === 'pageMaxLeverage'
      ? `${p.venue} offers up to ${f.leverage} on ${p.symbol ?? 'this market'} and Leverage Guard's tier table says ${f.tableMax}: the table is out of date, the page's maximum is used`
      : `Leverage Guard's ${p.venue} tier table for ${p.symbol ?? 'this market'} is from ${p.takenOn}, ${f.ageDays} days ago (more than 180): it may be out of date`,
};

/** The English sentence of a warning. */
export function warningMessage(w: RiskWarning): string {
  const word = english[w.code] as (p: WarningParams, f: Figures) => string;
  return word(w.params, warningFigures(w.code, w.params, plainDigits));
}

/** The report with each warning's English sentence after its figures, as the command line prints it. */
export function withMessages<R extends { warnings: RiskWarning[] }>(report: R): R & { warnings: (RiskWarning & { message: string })[] } {
  return { ...report, warnings: report.warnings.map((w) => ({ ...w, message: warningMessage(w) })) };
}
