/**
 * The locale files against English: every locale has exactly en's messages, each with the same
 * {placeholders} and the same plural forms, so no trader ever sees a key, a missing figure or a
 * raw "{count}". Parsed with @wxt-dev/i18n's own parser, as the build does.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, getMessageFrom, localeFile, parseLocale } from './messages';

type Parsed = ReturnType<typeof parseLocale>[number];

/** Messages by dotted key, without the browser's predefined @@ messages. */
function messagesOf(locale: string): Map<string, Parsed> {
  return new Map(parseLocale(locale).filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m]));
}

const texts = (m: Parsed): string[] => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]);
const placeholders = (m: Parsed) => [...m.namedSubstitutions].sort();
const forms = (m: Parsed) => (m.type === 'plural' ? Object.keys(m.plurals).sort() : null);

const en = messagesOf('en');
const others = LOCALES.filter((l) => l !== 'en');

test('locales/ holds exactly the shipped locales', () => {
  const files = readdirSync(path.dirname(localeFile('en'))).map((f) => f.replace(/\.yml$/, ''));
  expect(files.sort()).toEqual([...LOCALES].sort());
});

describe('English', () => {
  test('message names stay distinct as Chrome reads them (dots become _, case is ignored)', () => {
    const names = [...en.keys()].map((k) => k.replace(/\./g, '_').toLowerCase());
    expect(names.length).toBe(new Set(names).size);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]+$/);
  });
});

describe.each(others)('%s', (locale) => {
  const messages = messagesOf(locale);

  test('has every English message and no other', () => {
    expect([...messages.keys()].filter((k) => !en.has(k)), 'not in en.yml').toEqual([]);
    expect([...en.keys()].filter((k) => !messages.has(k)), 'missing').toEqual([]);
  });

  test('each message has the placeholders and plural forms of the English one', () => {
    for (const [key, english] of en) {
      const own = messages.get(key);
      if (!own) continue;
      expect(placeholders(own), key).toEqual(placeholders(english));
      expect(forms(own), key).toEqual(forms(english));
    }
  });

  test('declares its own language for the pages’ lang attribute', () => {
    expect(getMessageFrom(locale)('lang')).toBe(locale.replace('_', '-'));
  });
});

describe.each(LOCALES)('%s texts', (locale) => {
  const messages = messagesOf(locale);

  test('no message is empty, and none uses $ (Chrome’s own placeholder syntax)', () => {
    for (const [key, m] of messages) {
      for (const text of texts(m)) {
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toContain('$');
      }
    }
  });

  // The stores apply their limits to every language's listing (test/store checks the build's English).
  test('the store listing fits: name at most 45 characters, description at most 132', () => {
    const message = getMessageFrom(locale);
    expect([...message('extName')].length).toBeLessThanOrEqual(45);
    expect([...message('extDescription')].length).toBeLessThanOrEqual(132);
  });
});
