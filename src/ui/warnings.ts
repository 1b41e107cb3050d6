/**
 * What the trader reads about a warning or an unread field, in their language: words from the
 * locale files chosen by the warning's `code` and `params.form` (or the field's `kind`), figures
 * from the warning's typed `params`, written by ./format in the browser's locale. The risk core's
 * English `message` and an adapter's English `reason` stay for the command line and as a detail.
 */
import type { RiskWarning, WarningParams } from '../risk/types';
import type { VenueWords } from '../venues/adapter';
import type { FieldName, MissingKind } from '../venues/reading';
import { formatAmount, formatLeverage, formatLimitLeverage, formatLimitPercent, formatPercent, formatPrice } from './format';
import { sentences, t } from './i18n';

/** A field of the order ticket, lower case, as inside a sentence: "mark price". */
export const fieldWords = (name: FieldName): string => t(`field.${name}`);

/**
 * The venue's own word for a figure ("Liq. Price", "Cost") where Leverage Guard speaks English, as
 * the ticket does; the trader's language's word otherwise. The overlay and the popup label their
 * figures through this, so the same figure has the same name in both.
 */
const venueWord = (own: string | undefined, ours: string) => (own && t('lang') === 'en' ? own : ours);

export const marginLabel = (words: VenueWords | null | undefined): string => venueWord(words?.margin, t('overlay.margin'));
export const liquidationPriceLabel = (words: VenueWords | null | undefined): string => venueWord(words?.liquidationPrice, t('overlay.liqPrice'));

const symbolWords = (symbol: string | null) => symbol ?? t('warning.thisMarket');
const leverageFigure = (x: number | null) => (x == null ? '—' : formatLeverage(x));
const amountIn = (amount: number | null, asset: string) => (amount == null ? '—' : formatAmount(amount, asset));
const priceFigure = (x: number | null) => (x == null ? '—' : formatPrice(x));
const percentFigure = (x: number | null) => (x == null ? '—' : formatPercent(x));

function leverageLimit(key: 'maxLeverage' | 'maxAccountLeverage', p: WarningParams<'maxLeverage'>): string {
  const f = { max: formatLimitLeverage(p.max) };
  const beyond = { ...f, venue: p.venue, venueMax: formatLimitLeverage(p.venueMax ?? 0) };
  const lev = { ...f, leverage: leverageFigure(p.leverage) };
  if (key === 'maxLeverage') {
    switch (p.form) {
      case 'above':
        return t('warning.maxLeverage.above', lev);
      case 'near':
        return t('warning.maxLeverage.near', lev);
      case 'beyondVenue':
        return t('warning.maxLeverage.beyondVenue', beyond);
      case 'beyondVenueNear':
        return t('warning.maxLeverage.beyondVenueNear', beyond);
    }
  }
  switch (p.form) {
    case 'above':
      return t('warning.maxAccountLeverage.above', lev);
    case 'near':
      return t('warning.maxAccountLeverage.near', lev);
    case 'beyondVenue':
      return t('warning.maxAccountLeverage.beyondVenue', beyond);
    case 'beyondVenueNear':
      return t('warning.maxAccountLeverage.beyondVenueNear', beyond);
  }
}

/** A warning in the trader's language, its figures in their locale. */
export function warningText(w: RiskWarning): string {
  // A report from an older content script (the extension updated under an open tab) has no figures.
  if (!w.params) return w.message;
  switch (w.code) {
    case 'maxLeverage':
      return leverageLimit('maxLeverage', w.params);
    case 'maxAccountLeverage': {
      const p = w.params;
      if (p.form === 'noEquity') return t('warning.maxAccountLeverage.noEquity', { max: formatLimitLeverage(p.max) });
      return leverageLimit('maxAccountLeverage', { ...p, form: p.form });
    }
    case 'minLiquidationDistance': {
      const p = w.params;
      const min = formatLimitPercent(p.min);
      const distance = percentFigure(p.distance);
      switch (p.form) {
        case 'below':
          return t('warning.minLiquidationDistance.below', { distance, min });
        case 'above':
          return t('warning.minLiquidationDistance.above', { distance, min });
        case 'nearBelow':
          return t('warning.minLiquidationDistance.nearBelow', { distance, min });
        case 'nearAbove':
          return t('warning.minLiquidationDistance.nearAbove', { distance, min });
        case 'pastMark':
          return t('warning.minLiquidationDistance.pastMark', { liquidation: priceFigure(p.liquidation), mark: priceFigure(p.mark), min });
        case 'atOnce':
          return t('warning.minLiquidationDistance.atOnce', { min });
      }
      break;
    }
    case 'maxLossAtStop': {
      const p = w.params;
      const figures = { stop: priceFigure(p.stop), loss: percentFigure(p.loss), max: formatLimitPercent(p.max) };
      switch (p.form) {
        case 'above':
          return t('warning.maxLossAtStop.above', figures);
        case 'near':
          return t('warning.maxLossAtStop.near', figures);
        case 'pastLiquidation':
          return t('warning.maxLossAtStop.pastLiquidation', figures);
        case 'noEquity':
          return t('warning.maxLossAtStop.noEquity', { max: figures.max });
      }
      break;
    }
    case 'noStopLoss':
      return t('warning.noStopLoss.unchecked', { max: formatLimitPercent(w.params.max) });
    case 'sizeAboveVenueMax': {
      const p = w.params;
      const where = { venue: p.venue, symbol: symbolWords(p.symbol) };
      return p.form === 'inContracts'
        ? t('warning.sizeAboveVenueMax.inContracts', { ...where, max: formatPrice(p.max) })
        : t('warning.sizeAboveVenueMax.inAsset', { ...where, max: `${formatPrice(p.max)} ${p.asset}` });
    }
    case 'leverageBelowVenueMin':
      return t('warning.leverageBelowVenueMin.belowMin', { leverage: formatLimitLeverage(w.params.leverage), venue: w.params.venue, min: formatLimitLeverage(w.params.min) });
    case 'leverageAboveVenueMax': {
      const p = w.params;
      const figures = { leverage: formatLimitLeverage(p.leverage), venue: p.venue, max: formatLimitLeverage(p.max) };
      return p.form === 'onSymbol'
        ? t('warning.leverageAboveVenueMax.onSymbol', { ...figures, symbol: symbolWords(p.symbol) })
        : t('warning.leverageAboveVenueMax.onAnyMarket', figures);
    }
    case 'notEnoughMargin': {
      const p = w.params;
      const available = amountIn(p.available, p.asset);
      return p.form === 'outsideVenue'
        ? t('warning.notEnoughMargin.outsideVenue', { venue: p.venue, available })
        : t('warning.notEnoughMargin.needs', { needed: amountIn(p.needed, p.asset), available });
    }
    case 'missingInput': {
      const p = w.params;
      // From the ticket: what the page showed, by its kind; from the risk core alone: what is lost without it.
      if (p.detail !== undefined) return missingText(p.field, p);
      return t(`warning.missingInput.${p.form}`);
    }
    case 'immediateLiquidation':
      return t('warning.immediateLiquidation.atOnce');
    case 'uncomputable': {
      const p = w.params;
      return p.form === 'unsupported'
        ? t('warning.uncomputable.unsupported', { symbol: symbolWords(p.symbol) })
        : t('warning.uncomputable.contractSize', { symbol: symbolWords(p.symbol), unit: p.sizeIn === 'USD' ? 'USD' : t('sizeUnit.quote') });
    }
    case 'stopPastLiquidation':
      return t('warning.stopPastLiquidation.beforeStop', { stop: formatPrice(w.params.stop), liquidation: formatPrice(w.params.liquidation) });
    case 'selfCheck': {
      const p = w.params;
      return t('warning.selfCheck.apart', {
        venue: p.venue,
        word: venueWord(p.word, t('field.venueLiquidationPrice')),
        venuePrice: formatPrice(p.venueLiquidation),
        ours: formatPrice(p.ours),
        apart: formatPercent(p.apart),
      });
    }
  }
  return w.message;
}

/** The English detail behind a warning, where it says more than the sentence (an adapter's reason). */
export function warningDetail(w: RiskWarning): string | undefined {
  if (w.code === 'missingInput') return w.params.detail;
  if (w.code === 'uncomputable') return w.params.detail;
  return undefined;
}

const KINDS: readonly MissingKind[] = ['empty', 'incomplete', 'ambiguous', 'invalid', 'lost', 'notShown', 'bothSides', 'closesPosition'];
const kindOf = (kind: string | undefined): MissingKind | 'other' => (KINDS.includes(kind as MissingKind) ? (kind as MissingKind) : 'other');

/**
 * Why a field could not be read, as a sentence: by its typed kind (a field without one "cannot be
 * read"), with the page's own text quoted where there is one.
 */
export function missingText(name: FieldName, field: { kind?: string; shown?: string }): string {
  const kind = kindOf(field.kind);
  const sentence = kind === 'bothSides' || kind === 'closesPosition' ? t(`missing.${kind}`) : t(`missing.${kind}`, { field: fieldWords(name) });
  return sentences(sentence, field.shown ? t('missing.shown', { shown: field.shown }) : '');
}

/** The same in a word or two, for the list of what was read: "empty", "not found"… */
export const readStateText = (field: { kind?: string }): string => t(`readState.${kindOf(field.kind)}`);
