/**
 * The built-in demo exchange (`demo.html`). Its markup is ours, so every hook is stable; it is
 * still read the way a real venue is (test ids and labels only).
 */
import { defineVenue, type Reader } from '../kit/defineVenue';
import { inputNumber } from '../kit/read/typed';
import { readNumber } from '../kit/number';
import { allVisible } from '../kit/visibility';
import { found, missing, type Field, type TicketReading } from '../reading';

const TICKET = 'form[data-testid="order-ticket"]';

function numberAt(root: ParentNode, selector: string, what: string): Field<number> {
  const el = root.querySelector<HTMLInputElement | HTMLElement>(selector);
  if (!el) return missing(`no ${what} found on the page (${selector})`, 'lost');
  // A box is read as the page reads it where unambiguous; a missing figure keeps its kind and the text shown.
  const n = el instanceof HTMLInputElement ? inputNumber({ el, selector }) : readNumber(el.textContent);
  return n.ok ? found(n.value, selector) : missing(`${what}: ${n.reason}`, n.kind, n.shown);
}

function optionalNumberAt(root: ParentNode, selector: string, what: string): Field<number | null> {
  const el = root.querySelector<HTMLInputElement>(selector);
  if (!el) return missing(`no ${what} input (${selector})`, 'lost');
  if (el.value.trim() === '') return found(null, `${selector} (empty)`);
  return numberAt(root, selector, what);
}

const selectedIn =
  <T extends string>(group: string, attr: string): Reader<T> =>
  ({ ticket }) => {
    const sel = `[aria-label="${group}"] [aria-selected="true"], [aria-label="${group}"] [aria-checked="true"]`;
    const value = ticket.querySelector(sel)?.getAttribute(attr);
    return value ? found(value as T, `${group}: ${sel}`) : missing(`no ${group.toLowerCase()} is selected`);
  };

const docNumber =
  (selector: string, what: string) =>
  ({ doc }: { doc: Document }) =>
    numberAt(doc, selector, what);

export const demoAdapter = defineVenue({
  pages: { id: 'demo', name: 'Demo exchange', hosts: [], matches: [] },
  riskVenue: 'binance-usdm',
  ticketPage: () => true,
  words: { margin: 'Cost', liquidationPrice: 'Liq. Price', marginAsset: 'USDT' },
  // The visible form: a re-render can leave the old one hidden before the new one, and reading it
  // gave the old figures (drift.test.ts, "rendered twice").
  tickets: (doc) => allVisible(doc, TICKET),
  guardEveryTicket: true,
  fields: {
    symbol: ({ doc, location }) => {
      const text = doc.querySelector('[data-testid="symbol"]')?.textContent?.trim();
      if (text) return found(text, '[data-testid="symbol"]');
      const fromUrl = new URLSearchParams(location.search).get('symbol');
      return fromUrl ? found(fromUrl, 'URL ?symbol=') : missing('no symbol in the header or the URL');
    },
    side: selectedIn('Side', 'data-side'),
    orderType: selectedIn('Order type', 'data-order-type'),
    marginMode: selectedIn('Margin mode', 'data-margin-mode'),
    price: ({ ticket, read }) =>
      read.orderType?.ok && read.orderType.value === 'market' ? missing('market order: the mark price is used') : numberAt(ticket, 'input[name="price"]', 'price'),
    markPrice: docNumber('[data-testid="mark-price"]', 'mark price'),
    size: ({ ticket }): TicketReading['size'] => {
      const n = numberAt(ticket, 'input[name="size"]', 'size');
      const unitSelect = ticket.querySelector<HTMLSelectElement>('select[name="sizeUnit"]');
      const unit = unitSelect?.value === 'USDT' ? 'quote' : unitSelect?.value === 'BTC' ? 'base' : null;
      if (!n.ok) return n;
      if (!unitSelect) return missing('no size unit switch found on the ticket', 'lost');
      if (!unit) return missing(`size unit “${unitSelect.value}” not understood`);
      return found({ value: n.value, unit }, `input[name="size"] in ${unitSelect.value}`);
    },
    leverage: ({ ticket }) => numberAt(ticket, 'input[name="leverage"]', 'leverage'),
    balance: ({ ticket }) => numberAt(ticket, '[data-testid="available-balance"]', 'available balance'),
    // No TP/SL box is "unknown", not "off": the TP and SL inputs may still hold figures (drift.test.ts).
    tpsl: ({ ticket }) => {
      const box = ticket.querySelector<HTMLInputElement>('input[name="tpsl"]');
      const gone = missing('no TP/SL checkbox found on the ticket', 'lost');
      if (!box) return { takeProfit: gone, stopLoss: gone };
      if (!box.checked) return { takeProfit: found(null, 'TP/SL off'), stopLoss: found(null, 'TP/SL off') };
      return { takeProfit: optionalNumberAt(ticket, 'input[name="takeProfit"]', 'take profit'), stopLoss: optionalNumberAt(ticket, 'input[name="stopLoss"]', 'stop loss') };
    },
    venueLiquidationPrice: ({ ticket }) => {
      const el = ticket.querySelector('[data-testid="est-liq-price"]'); // this ticket's, not a hidden old one's
      if (!el) return missing('no estimate shown');
      const n = readNumber(el.textContent);
      return n.ok ? found(n.value, '[data-testid="est-liq-price"]') : found(null, 'venue shows no estimate yet');
    },
    high24h: docNumber('[data-testid="high-24h"]', '24 h high'),
    low24h: docNumber('[data-testid="low-24h"]', '24 h low'),
  },
  overlayAnchor: (ticket) => ticket.querySelector('[data-testid="submit-row"]'),
  submitButtons: (ticket) => Array.from(ticket.querySelectorAll('[data-testid="place-order"]'), (element) => ({ element, side: null })),
  sizeInput: (ticket) => ticket.querySelector<HTMLInputElement>('input[name="size"]'),
  externalWatch: (doc) => Array.from(doc.querySelectorAll('[data-testid="mark-price"]')),
});
