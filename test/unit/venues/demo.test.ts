// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAdapter } from '@/src/venues/demo/adapter';
import { validateReading } from '@/src/venues/reading';

const html = readFileSync('entrypoints/demo/index.html', 'utf8');
const loc = { pathname: '/demo.html', href: 'chrome-extension://x/demo.html', search: '' };

function ticket() {
  const t = demoAdapter.findTicket(document);
  if (!t) throw new Error('ticket not found');
  return t;
}
const set = (selector: string, value: string) => {
  document.querySelector<HTMLInputElement>(selector)!.value = value;
};
const read = () => validateReading(demoAdapter.read(ticket(), loc));

describe('demo exchange adapter', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  });

  it('reads every field of a filled ticket', () => {
    set('input[name="size"]', '0.25');
    const r = read();
    expect(r.symbol).toMatchObject({ ok: true, value: 'BTCUSDT' });
    expect(r.side).toMatchObject({ ok: true, value: 'long' });
    expect(r.orderType).toMatchObject({ ok: true, value: 'limit' });
    expect(r.price).toMatchObject({ ok: true, value: 62000 });
    expect(r.markPrice).toMatchObject({ ok: true, value: 62000 });
    expect(r.size).toMatchObject({ ok: true, value: { value: 0.25, unit: 'base' } });
    expect(r.leverage).toMatchObject({ ok: true, value: 20 });
    expect(r.marginMode).toMatchObject({ ok: true, value: 'cross' });
    expect(r.balance).toMatchObject({ ok: true, value: 12500 });
    expect(r.takeProfit).toMatchObject({ ok: true, value: null });
    expect(r.stopLoss).toMatchObject({ ok: true, value: null });
  });

  it('reads the size in USDT when the unit switch says so', () => {
    set('input[name="size"]', '1,000');
    document.querySelector<HTMLSelectElement>('select[name="sizeUnit"]')!.value = 'USDT';
    expect(read().size).toMatchObject({ ok: true, value: { value: 1000, unit: 'quote' } });
  });

  it.each([
    ['', 'empty'],
    ['—', ''],
    ['-', ''],
    ['abc', ''],
  ])('gives "unknown" with a reason for a size of %j', (typed, reason) => {
    set('input[name="size"]', typed);
    const size = read().size;
    expect(size.ok).toBe(false);
    if (!size.ok) expect(size.reason).toContain(reason);
  });

  it('never lets a negative or zero leverage through to the risk core', () => {
    set('input[name="leverage"]', '0');
    expect(read().leverage.ok).toBe(false);
  });

  it('reads TP/SL only when the trader turned them on', () => {
    set('input[name="stopLoss"]', '60,000');
    expect(read().stopLoss).toMatchObject({ ok: true, value: null });
    document.querySelector<HTMLInputElement>('input[name="tpsl"]')!.checked = true;
    expect(read().stopLoss).toMatchObject({ ok: true, value: 60000 });
  });

  it('names the field that a redesign removed', () => {
    document.querySelector('[data-testid="available-balance"]')!.remove();
    const balance = read().balance;
    expect(balance.ok).toBe(false);
    if (!balance.ok) expect(balance.reason).toMatch(/available balance/);
  });

  it('treats a market order as priced at the mark', () => {
    const tabs = document.querySelectorAll('[aria-label="Order type"] [role="tab"]');
    tabs[0]!.setAttribute('aria-selected', 'false');
    tabs[1]!.setAttribute('aria-selected', 'true');
    const r = read();
    expect(r.orderType).toMatchObject({ ok: true, value: 'market' });
    expect(r.price.ok).toBe(false);
  });

  it('puts the overlay after the submit row', () => {
    expect(demoAdapter.overlayAnchor(ticket())?.getAttribute('data-testid')).toBe('submit-row');
  });
});
