/**
 * `browser.i18n` for unit tests: the fake browser has none, so its `getMessage` reads the built
 * messages of one locale file and substitutes `$1`…`$9` (and `$$`) as Chrome does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Every locale shipped, as named in locales/ (WXT's convention: zh_CN). */
export const LOCALES = ['en', 'zh_CN', 'ko', 'ru', 'es', 'tr', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];

export const localeFile = (locale: string) => path.resolve(import.meta.dirname, '../../../locales', `${locale}.yml`);

/** A locale file as @wxt-dev/i18n parses it (the same parser the build uses). */
export const parseLocale = (locale: string) => parseMessagesText(readFileSync(localeFile(locale), 'utf8'), 'YAML');

/** Chrome's getMessage over one locale's messages.json (names are case-insensitive). */
export function getMessageFrom(locale: string): (name: string, substitutions?: string | string[]) => string {
  const built = generateChromeMessages(parseLocale(locale)) as Record<string, { message: string }>;
  const messages = new Map(Object.entries(built).map(([name, m]) => [name.toLowerCase(), m.message]));
  return (name, substitutions) => {
    const message = messages.get(name.toLowerCase());
    if (message === undefined) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}

/** Makes the fake browser speak `locale` (English unless a test says otherwise). */
export function useMessages(locale: Locale = 'en'): void {
  const i18n = fakeBrowser.i18n as unknown as { getMessage: unknown; getUILanguage: unknown };
  i18n.getMessage = getMessageFrom(locale);
  i18n.getUILanguage = () => locale.replace('_', '-');
}

useMessages();
