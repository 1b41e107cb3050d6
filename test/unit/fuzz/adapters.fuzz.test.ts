// @vitest-environment happy-dom
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { adapters } from '@/src/venues/registry';
import { readNumber } from '@/src/venues/number';
import { FIELD_NAMES, validateReading, type TicketReading } from '@/src/venues/reading';
import { runs } from './fuzzRuns';
import { VENUE_PAGES } from '../venues/venuePages';
import { load } from '../venues/fixtureDom';

/** A page URL each adapter is read at, and its fixture. Every shipped adapter must be listed. */
const PAGES = VENUE_PAGES;


const typed = fc.oneof(
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => String(n)),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => n.toLocaleString('en-US', { maximumFractionDigits: 6 })),
  fc.array(fc.constantFrom('0', '1', '7', '.', ',', '-', ' ', 'K', 'e', '—', 'x'), { maxLength: 9 }).map((p) => p.join('')),
  fc.string({ maxLength: 10 }),
);

/** Every field a reading reports as found is a finite number or a known word, never NaN. */
function expectSane(r: TicketReading) {
  for (const name of FIELD_NAMES) {
    const f = r[name];
    if (!f.ok) {
      expect(f.reason.length, name).toBeGreaterThan(0);
      continue;
    }
    const v = f.value as unknown;
    if (typeof v === 'number') expect(Number.isFinite(v), name).toBe(true);
    if (v && typeof v === 'object') expect(Number.isFinite((v as { value: number }).value), name).toBe(true);
  }
}

describe('every adapter under fuzzing', { timeout: 120_000 }, () => {
  it('every shipped adapter has a fuzzed fixture', () => {
    for (const a of adapters) expect(PAGES[a.id], a.id).toBeDefined();
  });

  for (const adapter of adapters) {
    const page = PAGES[adapter.id];
    if (!page || !existsSync(page.fixture)) continue;
    const html = readFileSync(page.fixture, 'utf8');
    const location = new URL(page.url);

    describe(adapter.id, () => {
      beforeEach(() => load(html));

      it('whatever is typed into the size field, the reading is that number or "unknown", never another number', () => {
        const ticket = adapter.findTicket(document)!;
        const input = adapter.sizeInput?.(ticket);
        expect(input, 'size input').toBeTruthy();
        fc.assert(
          fc.property(typed, (text) => {
            input!.value = text;
            const r = validateReading(adapter.read(ticket, location));
            expectSane(r);
            const expected = readNumber(text);
            if (r.size.ok) {
              expect(expected.ok).toBe(true);
              if (expected.ok) expect(r.size.value.value).toBeCloseTo(expected.value, 9);
            }
          }),
          runs(2_000),
        );
      });

      it('a ticket with any one element removed reads the same figures or names what it lost', () => {
        const ticket = adapter.findTicket(document)!;
        // A typed size, so that a removed size input read as some other input's number is caught.
        adapter.sizeInput!(ticket)!.value = '0.25';
        const baseline = validateReading(adapter.read(ticket, location));
        expect(baseline.size.ok, 'baseline size').toBe(true);
        // Not <option>s: removing the selected one really selects another (the page's value changes).
        const elements = Array.from(ticket.querySelectorAll('*:not(option)'));
        fc.assert(
          fc.property(fc.nat({ max: elements.length - 1 }), (index) => {
            // Take one element out, read, and put it back where it was (no page reload per run).
            const el = elements[index]!;
            const parent = el.parentNode!;
            const next = el.nextSibling;
            el.remove();
            const found = adapter.findTicket(document);
            const r = found ? validateReading(adapter.read(found, location)) : null;
            parent.insertBefore(el, next);
            if (!r) return; // no ticket any more: the overlay shows nothing, which is honest
            expectSane(r);
            for (const name of ['size', 'price', 'leverage', 'balance', 'markPrice'] as const) {
              const after = r[name];
              const before = baseline[name];
              // A figure still read must be the one the full ticket shows: a removed element can
              // take a figure away, never change it.
              if (after.ok && before.ok) expect(after.value, `${name} after removing element #${index}`).toEqual(before.value);
            }
          }),
          runs(300),
        );
      });
    });
  }
});
