// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillSize } from '@/src/content/fillSize';
import { found, type TicketReading } from '@/src/venues/reading';

const SUGGESTED = { base: 0.123456, quote: 7_654.321, risk: 125 };

/** A reading whose only relevant field is the unit the ticket's size is in. */
const inUnit = (unit: 'base' | 'quote' | 'contracts') => ({ size: found({ value: 1, unit }, 'test') }) as unknown as TicketReading;

let input: HTMLInputElement;
/** What a React-style page keeps: the value it saw in its own input/change handlers. */
let pageSaw: string[];
let page: AbortController;
afterEach(() => page.abort());

beforeEach(() => {
  page = new AbortController();
  document.body.innerHTML = '<form><input id="size" value="1"></form>';
  input = document.querySelector('input')!;
  pageSaw = [];
  for (const type of ['input', 'change']) document.addEventListener(type, (e) => pageSaw.push(`${e.type}:${(e.target as HTMLInputElement).value}`), { signal: page.signal });
});

describe('“Use this size” types the suggested size into the venue’s size field', () => {
  it('in the coin when the ticket shows the coin, rounded down, as the page’s own handlers see it', () => {
    expect(fillSize(input, SUGGESTED, inUnit('base'))).toBe(true);
    expect(input.value).toBe('0.1234');
    expect(pageSaw).toEqual(['input:0.1234', 'change:0.1234']);
    expect(document.activeElement).toBe(input);
  });

  it('in the quote asset when the ticket shows USDT', () => {
    fillSize(input, SUGGESTED, inUnit('quote'));
    expect(input.value).toBe('7654');
  });

  it('never in contracts (the size per contract is not known): the field is left as the trader had it', () => {
    expect(fillSize(input, SUGGESTED, inUnit('contracts'))).toBe(false);
    expect(input.value).toBe('1');
    expect(pageSaw).toEqual([]);
  });

  // React tracks an input's value with its own setter on the element: a value written through it
  // looks unchanged to React, which then drops the input event.
  it('through the native value setter, past the setter a React page puts on the element', () => {
    let ownSetterCalls = 0;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => input.getAttribute('data-v') ?? '',
      set: (v: string) => {
        ownSetterCalls++;
        input.setAttribute('data-v', v);
      },
    });
    fillSize(input, SUGGESTED, inUnit('base'));
    expect(ownSetterCalls).toBe(0);
    expect(Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(input)).toBe('0.1234');
  });
});
