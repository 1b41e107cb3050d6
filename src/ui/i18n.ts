/**
 * The trader's language. Words come from locales/<lang>.yml through `browser.i18n` (WXT's typed
 * wrapper): the browser picks the locale from its own UI language and falls back to English.
 * Numbers and dates are written by `Intl` in the browser's locale (`uiLocale`).
 *
 * Code decides on kinds, keys and counts, never on the words of a message.
 */
import { i18n } from '#i18n';

export { i18n };

export const t = i18n.t;

/**
 * The browser's locale, for `Intl`: `navigator.language` is the browser's UI language (Chromium's
 * `--lang`, Playwright's `locale`) in every extension page and content script. Node (the risk
 * CLI, unit tests without a DOM) has no navigator: there, en-US as before.
 */
export function uiLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

/**
 * Two sentences as one text: a space between them in most languages, none in Chinese. Empty parts
 * are left out.
 */
export function sentences(...parts: string[]): string {
  return parts.filter(Boolean).reduce((first, second) => t('common.twoSentences', { first, second }));
}

/**
 * A message with an element in it ("{what} from <time>14:05 tomorrow</time>"): the text before and
 * after the element. `message` is the message with `MARK` in the element's place.
 */
export const MARK = '\u0001';
export function around(message: string): [before: string, after: string] {
  const at = message.indexOf(MARK);
  return at < 0 ? [message, ''] : [message.slice(0, at), message.slice(at + MARK.length)];
}

let list: { locale: string; format: Intl.ListFormat } | null = null;

/** "a, b and c" in the trader's language. */
export function andList(items: readonly string[]): string {
  const locale = uiLocale();
  if (list?.locale !== locale) list = { locale, format: new Intl.ListFormat(locale, { type: 'conjunction' }) };
  return list.format.format(items);
}
