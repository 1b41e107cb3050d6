/**
 * What the trader reads about a warning or an unread field, in their language: words from the
 * locale files chosen by the warning's `code` and `params.form` (or the field's `kind`), figures
 * from the warning's typed `params`, chosen as for the English sentence and written in the
 * browser's locale. The risk core's English sentence (`warningMessage`) is the command line's; an
 * adapter's English `reason` is shown as a detail.
 */
import type { RiskReport, RiskWarning } from '../risk/types';
import type { VenueWords } from '../venues/adapter';
import type { FieldName, MissingKind } from '../venues/reading';
import { warningFigures } from '../risk/warningFigures';
import { localeDigits } from './format';
import { andList, sentences, t } from './i18n';

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

const symbolWords = (symbol: unknown) => (typeof symbol === 'string' ? symbol : t('warning.thisMarket'));

/**
 * A warning's figures as its message's placeholders: the risk core's figures (the same kinds as
 * its English sentence) in the trader's locale, and the words around them.
 */
function placeholders(w: RiskWarning): Record<string, string> {
  const p = w.params as unknown as Record<string, unknown>;
  const out = warningFigures(w.code, p, localeDigits);
  for (const [key, v] of Object.entries(p)) if (typeof v === 'string') out[key] = v;
  if (w.code === 'sizeAboveVenueMax' && p.form === 'inAsset') out.max = `${out.max} ${String(p.asset)}`;
  out.symbol = symbolWords(p.symbol);
  if (typeof p.venueLiquidation === 'number') out.venuePrice = out.venueLiquidation!;
  if (typeof p.word === 'string') out.word = venueWord(p.word, t('field.venueLiquidationPrice'));
  if ('sizeIn' in p) out.unit = p.sizeIn === 'USD' ? 'USD' : t('sizeUnit.quote');
  return out;
}

/** A warning in the trader's language (`warning.<code>.<form>`), its figures in their locale. */
export function warningText(w: RiskWarning): string {
  // A report from an older content script (the extension updated under an open tab) has no figures, only its English sentence.
  if (!w.params) return (w as { message?: string }).message ?? '';
  // From the ticket: what the page showed, by its kind; from the risk core alone: what is lost without it.
  if (w.code === 'missingInput' && w.params.detail !== undefined) return missingText(w.params.field, w.params);
  // The key is built from the risk core's codes and forms, each of which a test finds in every
  // locale (test/unit/ui/warnings.test.ts); the code itself stands in only should that test be
  // skipped, so the English sentences stay out of every page's content script.
  const byKey = t as unknown as (key: string, figures: Record<string, string>) => string;
  return byKey(`warning.${w.code}.${w.params.form}`, placeholders(w)) || w.code;
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

/** Why there is no size for the trader's risk per trade. */
export const noSizeText = (report: Pick<RiskReport, 'sizeForRiskWhy'>): string => (report.sizeForRiskWhy ? t(`sizing.${report.sizeForRiskWhy}`) : '');

/** Why a report has no liquidation price, as a clause after "No liquidation price:". */
export function noLiquidationText(report: Pick<RiskReport, 'liquidationWhy'>): string {
  const why = report.liquidationWhy;
  if (!why) return t('overlay.notEnoughRead');
  switch (why.kind) {
    case 'needs':
      return t('liquidation.needs', { fields: andList(why.needs.map((n) => fieldWords(n))) });
    case 'unsupported':
      return t('liquidation.unsupported');
    default:
      return t(`liquidation.${why.kind}`);
  }
}
