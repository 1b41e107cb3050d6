// @vitest-environment happy-dom
/**
 * Every selector a venue's spec uses must match something in one of that venue's fixture pages
 * (the page as served, the no-ticket page, each drift variant and translated page), and every field
 * of its reading must be exercised by one of them: read, or missing for a reason other than a lost
 * element. A venue whose account is read adds `positions.html` and its `positions…` variants. A
 * selector that matches nothing is either dead (the page it was written for is gone) or has no
 * fixture to prove it, and a reviewer cannot tell which.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VenueAdapter } from '@/src/venues/adapter';
import { FIELD_NAMES, validateReading, type TicketReading } from '@/src/venues/reading';
import { adapters } from '@/src/venues/registry';
import { load } from './fixtureDom';
import { VENUE_PAGES } from './venuePages';

const selectorModules = import.meta.glob<Record<string, unknown>>('../../../src/venues/*/selectors.ts', { eager: true });
const variantModules = import.meta.glob<Record<string, unknown>>('../../../src/venues/*/fixtures/variants.ts', { eager: true });
const venueOf = (file: string) => file.split('/').at(-2 - (file.includes('/fixtures/') ? 1 : 0))!;

/** A fixture page and the URL it is read at. */
interface Page {
  name: string;
  html: string;
  url: string;
}

function pagesOf(venue: string): Page[] {
  const dir = path.resolve(__dirname, '../../../src/venues', venue, 'fixtures');
  const ticket = readFileSync(path.join(dir, 'ticket.html'), 'utf8');
  const url = VENUE_PAGES[venue]!.url;
  const pages: Page[] = [
    { name: 'ticket.html', html: ticket, url },
    { name: 'no-ticket.html', html: readFileSync(path.join(dir, 'no-ticket.html'), 'utf8'), url },
  ];
  // The page with open positions (venues whose account is read), and its variants (`positions…`).
  const positionsFile = path.join(dir, 'positions.html');
  const positions = existsSync(positionsFile) ? readFileSync(positionsFile, 'utf8') : null;
  if (positions) pages.push({ name: 'positions.html', html: positions, url });
  const variants = Object.entries(variantModules).find(([file]) => venueOf(file) === venue)?.[1] ?? {};
  for (const [name, v] of Object.entries(variants)) {
    if (typeof v === 'function' && v.length === 1) {
      const html = (v as (html: string) => unknown)(positions && name.startsWith('positions') ? positions : ticket);
      if (typeof html === 'string') pages.push({ name, html, url });
    }
  }
  const languages = (variants.languages ?? {}) as Record<string, { page: (html: string) => string; url?: string }>;
  for (const [lang, l] of Object.entries(languages)) pages.push({ name: `languages.${lang}`, html: l.page(ticket), url: l.url ?? url });
  return pages;
}

const TAGS = new Set(['a', 'button', 'canvas', 'div', 'form', 'iframe', 'input', 'label', 'li', 'select', 'span', 'table', 'ul']);

/** Strings in a selectors module that are CSS selectors (hooks, ids, attributes, tag lists), each alternative on its own. */
function selectorsOf(mod: Record<string, unknown>): { name: string; selector: string }[] {
  const out: { name: string; selector: string }[] = [];
  const probe = document.createElement('div');
  const visit = (name: string, v: unknown) => {
    if (typeof v === 'string') {
      // A label word, not a selector: selectors here are hooks, ids, attributes or lists of HTML tags.
      if (/^[A-Z]/.test(v) || (!/[[#.>:=]/.test(v) && !v.split(',').every((t) => TAGS.has(t.trim())))) return;
      for (const alternative of splitSelector(v)) {
        try {
          probe.querySelector(alternative);
        } catch {
          return; // "Qty.", "TP:" — words with punctuation
        }
        out.push({ name, selector: alternative });
      }
    } else if (Array.isArray(v)) {
      for (const x of v) visit(name, x);
    }
    else if (v && typeof v === 'object' && !(v instanceof RegExp)) for (const [k, x] of Object.entries(v)) visit(`${name}.${k}`, x);
  };
  // Skip lists (`NOT_TICKET`, `NOT_HEADER`…) name what a search must stay out of; they read nothing.
  for (const [name, v] of Object.entries(mod)) if (!name.startsWith('NOT_')) visit(name, v);
  return out;
}

/** `a, b:not(c, d)` → `a`, `b:not(c, d)`: commas at the top level only. */
function splitSelector(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter(Boolean);
}

const parsed = new Map<string, Document>();
function parse(html: string): Document {
  let doc = parsed.get(html);
  if (!doc) {
    doc = new DOMParser().parseFromString(html, 'text/html');
    parsed.set(html, doc);
  }
  return doc;
}

/**
 * Selectors no fixture proves yet, each a known gap: the test fails when one is added, and when one
 * of these starts matching (take it off the list). The fix is a fixture variant from evidence, or
 * removing the selector.
 */
const UNPROVEN: Record<string, string[]> = {
  'binance-usdm': [
    'SIZE_INPUT: input[aria-label="数量"]',
    'SIZE_INPUT: input[placeholder="数量"]',
    'PRICE_INPUT: input[name="price" i]',
    'PRICE_INPUT: input[aria-label="委托价格"]',
    'PRICE_INPUT: input[placeholder="委托价格"]',
    'CONDITIONAL_SUBTYPE: .bn-select-field',
    'SUBMIT_SELECTOR: [role="button"]',
    'SIZE_UNIT: .bn-select-field',
  ],
  bybit: ['SIZE_UNIT: .by-input__suffix'],
  gmx: ['SWAP_TAB: [data-qa="trade-direction-tab-Swap"]', 'MARKET_SELECTOR: [data-qa="chart-token-selector"]'],
  'okx-swap': ['ORDER_TYPE_TAB: .okui-tabs-pane-spacing[role="tab"]'],
  mexc: ['CLOSE_BUTTONS: [data-testid="contract-trade-close-long-btn"]', 'CLOSE_BUTTONS: [data-testid="contract-trade-close-short-btn"]'],
};

/** Fields no fixture page as served shows: BitMEX's form has no TP/SL; OKX and MEXC show their estimate only once the page's script has computed it. */
const UNEXERCISED: Record<string, string[]> = {
  bitmex: ['takeProfit', 'stopLoss'],
  'okx-swap': ['venueLiquidationPrice'],
  mexc: ['venueLiquidationPrice'],
};

const venues = adapters.filter((a) => a.id !== 'demo');

describe.each(venues.map((a) => [a.id, a] as const))('%s: no dead selectors, no unexercised field', (id, adapter: VenueAdapter) => {
  const pages = pagesOf(id);
  const mod = Object.entries(selectorModules).find(([file]) => venueOf(file) === id)?.[1];

  it('has fixture pages and a selectors module', () => {
    expect(pages.length).toBeGreaterThan(2);
    expect(mod).toBeDefined();
  });

  it('every selector matches an element in one of its fixture pages (the known gaps listed)', () => {
    const dead = selectorsOf(mod!).filter(({ selector }) => !pages.some((p) => parse(p.html).querySelector(selector) !== null));
    expect(dead.map((d) => `${d.name}: ${d.selector}`)).toEqual(UNPROVEN[id] ?? []);
  });

  it('every field is read (or missing for a reason other than a lost element) on one of its fixture pages', () => {
    const readings: TicketReading[] = [];
    for (const page of pages) {
      load(page.html);
      const ticket = adapter.findTicket(document);
      if (ticket) readings.push(validateReading(adapter.read(ticket, new URL(page.url))));
    }
    expect(readings.length).toBeGreaterThan(0);
    const unexercised = FIELD_NAMES.filter((f) => readings.every((r) => !r[f].ok && r[f].kind === 'lost'));
    expect(unexercised).toEqual(UNEXERCISED[id] ?? []);
  });
});
