// @vitest-environment happy-dom
/**
 * Every venue in every language it offers: the translated ticket reads the same figures as the
 * English one. A trader on the zh-CN, Korean, Russian, Spanish, Turkish or Vietnamese page of a
 * supported exchange must be guarded as on the English page, not told "unknown".
 *
 * Each venue's `fixtures/variants.ts` exports `languages`: per language, a transform of the English
 * fixture into the venue's own translated words (with their sources beside them), and the page's
 * URL where the venue puts the locale in the path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '@/src/venues/registry';
import { FIELD_NAMES, validateReading, type TicketReading } from '@/src/venues/reading';
import type { Language } from '../../../src/venues/kit/words';
import { load } from './fixtureDom';
import { VENUE_PAGES } from './venuePages';

type LanguagePage = { page: (html: string) => string; url?: string };
type Variants = { languages?: Partial<Record<Exclude<Language, 'en'>, LanguagePage>> };

const variants = import.meta.glob<Variants>('../../../src/venues/*/fixtures/variants.ts', { eager: true });
const languagesOf = (id: string) => variants[`../../../src/venues/${id}/fixtures/variants.ts`]?.languages ?? {};

const TYPED_SIZE = '0.25';
const KEYS = [...FIELD_NAMES, 'high24h', 'low24h'] as const;
const show = (f: TicketReading[(typeof KEYS)[number]]) => (f === undefined ? 'absent' : f.ok ? JSON.stringify(f.value) : `unknown (${f.reason})`);
const pageHtml = () => `<!doctype html>\n${document.documentElement.outerHTML}`;

describe('every venue in every language it offers reads like its English page', () => {
  const venues = adapters.filter((a) => a.id !== 'demo');

  it('every venue says which languages it offers, English first', () => {
    for (const a of venues) expect(a.languages?.[0], `${a.id}: set \`languages\` on the adapter`).toBe('en');
  });

  for (const adapter of venues) {
    const page = VENUE_PAGES[adapter.id]!;
    const offered = (adapter.languages ?? []).filter((l): l is Exclude<Language, 'en'> => l !== 'en');

    describe(adapter.id, () => {
      it('has a translated fixture for each language it offers, and none for a language it does not', () => {
        expect(Object.keys(languagesOf(adapter.id)).sort()).toEqual([...offered].sort());
      });

      for (const lang of offered) {
        it(`${lang}: every figure the English page gives, the same`, () => {
          load(readFileSync(page.fixture, 'utf8'));
          const input = adapter.sizeInput!(adapter.findTicket(document)!)!;
          input.setAttribute('value', TYPED_SIZE);
          const base = pageHtml();
          const english = validateReading(adapter.read(adapter.findTicket(document)!, new URL(page.url)));

          const variant = languagesOf(adapter.id)[lang]!;
          const translatedHtml = variant.page(base);
          load(translatedHtml);
          expect(document.body.textContent, `${lang}: the translated page shows the same text as the English one`).not.toBe(new DOMParser().parseFromString(base, 'text/html').body.textContent);
          const ticket = adapter.findTicket(document);
          expect(ticket, `${adapter.id} ${lang}: no ticket found on the translated page`).not.toBeNull();
          const r = validateReading(adapter.read(ticket!, new URL(variant.url ?? page.url)));
          for (const key of KEYS) {
            const e = english[key];
            if (!e?.ok) continue;
            expect(show(r[key]), `${adapter.id} ${lang}: ${key}`).toBe(show(e));
          }
        });
      }
    });
  }
});
