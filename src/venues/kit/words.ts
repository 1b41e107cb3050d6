/**
 * The languages Leverage Guard speaks (its own locale files), as the page tags them (`<html lang>`),
 * and a venue's label words per language. A page shows one language, but partly translated pages
 * mix (an untranslated string stays English), so an adapter searches for the words of every
 * language its venue offers, English first.
 */
const LANGUAGES = ['en', 'zh-CN', 'ko', 'ru', 'es', 'tr', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One label in every language the venue offers: English always, others where the venue ships them. */
export type Words = { readonly en: readonly string[] } & { readonly [L in Exclude<Language, 'en'>]?: readonly string[] };

/** Every word of `words`, English first, each once (a label that is the same in two languages is searched once). */
export function anyLanguage(words: Words): readonly string[] {
  const out: string[] = [];
  for (const lang of LANGUAGES) for (const w of words[lang] ?? []) if (!out.includes(w)) out.push(w);
  return out;
}
