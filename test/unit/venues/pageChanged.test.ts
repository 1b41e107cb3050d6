// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { assessTicket } from '@/src/guard/assessTicket';
import { VENUE_MODELS } from '@/src/risk/venues';
import { Overlay } from '@/src/ui/overlay/Overlay';
import { adapters } from '@/src/venues/registry';
import { lostFields, validateReading } from '@/src/venues/reading';
import { mount } from '../ui/helpers';
import { VENUE_PAGES } from './venuePages';
import { load } from './fixtureDom';


/** Pages of supported hosts that have no ticket by design: never "this page changed". */
const NOT_TICKET_PAGES: Record<string, string[]> = {
  'binance-usdm': ['https://www.binance.com/en/futures/home', 'https://www.binance.com/en/my/wallet/futures/overview'],
  hyperliquid: ['https://app.hyperliquid.xyz/portfolio'],
  bybit: ['https://www.bybit.com/trade/spot/BTC/USDT'],
  'bitget-usdtm': ['https://www.bitget.com/futures/usdt'],
  bitmex: ['https://www.bitmex.com/app/wallet'],
  dydx: ['https://dydx.trade/portfolio'],
  gmx: ['https://app.gmx.io/', 'https://app.gmx.io/#/earn'],
  'okx-swap': ['https://www.okx.com/trade-swap'],
  mexc: ['https://www.mexc.com/futures/', 'https://futures.mexc.com/exchange'],
};

describe('"this page changed": a supported page the adapter can no longer read is said out loud', () => {
  for (const adapter of adapters) {
    const page = VENUE_PAGES[adapter.id]!;
    const html = readFileSync(page.fixture, 'utf8');
    const location = new URL(page.url);

    describe(adapter.id, () => {
      beforeEach(() => load(html));

      it('its trade page should show a ticket; its markets and account pages should not', () => {
        expect(adapter.ticketPage(location)).toBe(true);
        for (const url of NOT_TICKET_PAGES[adapter.id] ?? []) expect(adapter.ticketPage(new URL(url)), url).toBe(false);
      });

      it('the fixture as served has no lost field', () => {
        const reading = validateReading(adapter.read(adapter.findTicket(document)!, location));
        expect(lostFields(reading)).toEqual([]);
      });

      it('an empty size is the trader’s business, not a changed page', () => {
        const ticket = adapter.findTicket(document)!;
        adapter.sizeInput!(ticket)!.value = '';
        expect(lostFields(validateReading(adapter.read(ticket, location)))).not.toContain('size');
      });

      it('the size input replaced by plain text: either no ticket (the lost-ticket notice) or the size named as lost', () => {
        const input = adapter.sizeInput!(adapter.findTicket(document)!)!;
        const text = document.createElement('span');
        text.textContent = '0.1';
        input.replaceWith(text);
        const ticket = adapter.findTicket(document);
        if (!ticket) return; // guardTicket shows the lost-ticket notice on a trade page (e2e: binance.spec.ts)
        expect(lostFields(validateReading(adapter.read(ticket, location)))).toContain('size');
      });
    });
  }

  it('the overlay leads with a banner naming the lost fields, and shows no figures that need them', async () => {
    const adapter = adapters.find((a) => a.id === 'binance-usdm')!;
    load(readFileSync(VENUE_PAGES['binance-usdm']!.fixture, 'utf8'));
    const ticket = adapter.findTicket(document)!;
    adapter.sizeInput!(ticket)!.value = '0.1';
    for (const el of Array.from(ticket.querySelectorAll('button, [role="button"], span, div'))) {
      if (/^\d+x$/i.test(el.textContent?.trim() ?? '')) el.textContent = 'Leverage';
    }
    const reading = validateReading(adapter.read(ticket, new URL(VENUE_PAGES['binance-usdm']!.url)));
    expect(lostFields(reading)).toEqual(['leverage']);
    const model = VENUE_MODELS['binance-usdm'];
    const assessment = assessTicket(reading, adapter, { model, limits: null });
    const { root, unmount } = await mount(h(Overlay, { model: { siteName: adapter.name, words: adapter.words, reading, ...assessment } }));
    const banner = root.querySelector('[data-testid="lg-page-changed"]');
    expect(banner?.textContent).toContain('This Binance USDⓈ-M Futures page has changed');
    expect(banner?.textContent).toContain('cannot read the leverage field');
    expect(root.querySelector('[data-testid="lg-overlay"]')?.getAttribute('data-severity')).toBe('unknown');
    // Initial margin needs the leverage; a cross-margin liquidation price does not, so it stays.
    for (const id of ['lg-leverage', 'lg-margin']) {
      for (const el of Array.from(root.querySelectorAll(`[data-testid="${id}"]`))) expect(el.textContent, id).toBe('—');
    }
    unmount();
  });
});
