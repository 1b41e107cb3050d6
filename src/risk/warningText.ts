// The English sentence of each warning, from its typed figures: what `npm run risk` prints and the
// risk core's tests read. The extension's UI words warnings from the locale files instead
// (src/ui/warnings.ts), by the same code and form.
import { pct, price, times } from './format';
import type { RiskWarning, Severity, WarningCode, WarningParams } from './types';

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

/** "Leverage 20× is" / "Leverage is beyond what Binance allows (at most 125×)," */
function leverageHead(what: string, p: WarningParams<'maxLeverage'>): string {
  const beyond = p.form === 'beyondVenue' || p.form === 'beyondVenueNear';
  if (beyond) return `${what} is beyond what ${p.venue} allows (at most ${times(p.venueMax ?? 0)}),`;
  return p.leverage == null ? `${what} is` : `${what} ${times(p.leverage)} is`;
}

const nearOrAbove = (form: string) => (form === 'near' || form === 'beyondVenueNear' ? 'close to' : 'above');

const english: { [C in WarningCode]: (p: WarningParams<C>) => string } = {
  maxLeverage: (p) => `${leverageHead('Leverage', p)} ${nearOrAbove(p.form)} your maximum of ${times(p.max)}`,
  maxAccountLeverage: (p) =>
    p.form === 'noEquity'
      ? `Account equity is zero or negative, so account leverage is unbounded; your maximum is ${times(p.max)}`
      : `${leverageHead('Account leverage', p as WarningParams<'maxLeverage'>)} ${nearOrAbove(p.form)} your maximum of ${times(p.max)}`,
  minLiquidationDistance: (p) => {
    switch (p.form) {
      case 'pastMark':
        return `Liquidation at ${price(p.liquidation ?? 0)} is already past the mark price ${price(p.mark ?? 0)}: the position would be liquidated at once; your minimum distance is ${pct(p.min)}`;
      case 'atOnce':
        return `The position would be liquidated at once; your minimum distance to liquidation is ${pct(p.min)}`;
      default: {
        const where = p.form === 'below' || p.form === 'nearBelow' ? 'below' : 'above';
        const near = p.form === 'nearBelow' || p.form === 'nearAbove';
        return `Liquidation is ${pct(p.distance ?? 0)} ${where} the mark price${near ? ', close to your minimum of' : '; your minimum is'} ${pct(p.min)}`;
      }
    }
  },
  maxLossAtStop: (p) => {
    switch (p.form) {
      case 'noEquity':
        return `Account equity is zero or negative; any loss at the stop exceeds your maximum of ${pct(p.max)}`;
      case 'pastLiquidation':
        return `Your stop at ${price(p.stop ?? 0)} is past the liquidation price, so you would be liquidated first and lose ${pct(p.loss ?? 0)} of equity; your maximum is ${pct(p.max)}`;
      default:
        return `A stop at ${price(p.stop ?? 0)} loses ${pct(p.loss ?? 0)} of your equity${p.form === 'near' ? ', close to your maximum of' : '; your maximum is'} ${pct(p.max)}`;
    }
  },
  noStopLoss: (p) => `No stop loss is set, so your maximum loss of ${pct(p.max)} of equity is not checked`,
  sizeAboveVenueMax: (p) =>
    `The order is beyond what ${p.venue} allows on ${p.symbol}: a position there is at most ${price(p.max)} ${p.form === 'inContracts' ? 'contracts' : p.asset}`,
  leverageBelowVenueMin: (p) => `Leverage ${times(p.leverage)} is below what ${p.venue} allows (at least ${times(p.min)})`,
  leverageAboveVenueMax: (p) =>
    `Leverage ${times(p.leverage)} is beyond what ${p.venue} allows ${p.form === 'onSymbol' ? `on ${p.symbol}` : 'on any market'} (at most ${times(p.max)})`,
  notEnoughMargin: (p) =>
    p.form === 'outsideVenue'
      ? `You do not have the margin for this order: at a leverage ${p.venue} does not allow, it needs more than your available balance of ${price(p.available)} ${p.asset}`
      : `You do not have the margin for this order: it needs ${price(p.needed ?? 0)} ${p.asset} and your available balance is ${price(p.available)} ${p.asset}`,
  missingInput: (p) => INPUT_MISSING[p.form],
  immediateLiquidation: () => 'At the current mark price this position would be liquidated at once',
  uncomputable: (p) =>
    p.form === 'unsupported'
      ? (p.detail ?? `${p.symbol ?? 'This market'} is a contract the risk core does not model`)
      : `The contract size of ${p.symbol ?? 'this market'} isn't known; enter the size in coin or in ${p.sizeIn ?? 'quote'} instead`,
  stopPastLiquidation: (p) => `Your stop loss at ${price(p.stop)} is beyond the liquidation price ${price(p.liquidation)}: you would be liquidated before it triggers`,
  selfCheck: (p) =>
    `${p.venue} shows ${p.word} ${price(p.venueLiquidation)}, Leverage Guard computes ${price(p.ours)} (${pct(p.apart)} apart): a tier table may be out of date or a field misread.`,
  tierTableOutdated: (p) =>
    p.form === 'pageMaxLeverage'
      ? `${p.venue} offers up to ${times(p.leverage ?? 0)} on ${p.symbol ?? 'this market'} and Leverage Guard's tier table says ${times(p.tableMax ?? 0)}: the table is out of date, the page's maximum is used`
      : `Leverage Guard's ${p.venue} tier table for ${p.symbol ?? 'this market'} is from ${p.takenOn}, ${p.ageDays} days ago (more than 180): it may be out of date`,
};

/** The English sentence of a warning with these figures. */
function englishMessage<C extends WarningCode>(code: C, params: WarningParams<C>): string {
  return (english[code] as (p: WarningParams<C>) => string)(params);
}

/** A warning with its figures and its English sentence. */
export function warning<C extends WarningCode>(code: C, severity: Severity, params: WarningParams<C>): RiskWarning {
  // Figures are finite or null, and never -0, as every number of the report is (a loss share over a near-zero equity is unbounded).
  for (const key in params) {
    const x = (params as Record<string, unknown>)[key];
    if (typeof x === 'number' && !Number.isFinite(x)) (params as Record<string, unknown>)[key] = null;
    // -0 (an equity of -0) would read "-0 USDT" and does not survive the message to the popup (JSON writes 0).
    else if (Object.is(x, -0)) (params as Record<string, unknown>)[key] = 0;
  }
  return { code, severity, params, message: englishMessage(code, params) } as RiskWarning;
}
