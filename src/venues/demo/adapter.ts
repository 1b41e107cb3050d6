/**
 * Adapter for the built-in demo exchange (`demo.html`). Its markup is ours, so every
 * hook is stable; it is still read the way a real venue is (test ids and labels only).
 */
import type { VenueAdapter } from '../adapter';
import { found, missing, type Field, type TicketReading } from '../reading';
import { readNumber } from '../number';
import { inputNumber } from '../fields';
import { allVisible, firstVisible } from '../dom';

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

function selectedIn(ticket: Element, group: string, attr: string): Field<string> {
  const sel = `[aria-label="${group}"] [aria-selected="true"], [aria-label="${group}"] [aria-checked="true"]`;
  const value = ticket.querySelector(sel)?.getAttribute(attr);
  return value ? found(value, `${group}: ${sel}`) : missing(`no ${group.toLowerCase()} is selected`);
}

export const demoAdapter: VenueAdapter = {
  id: 'demo',
  name: 'Demo exchange',
  riskVenue: 'binance-usdm',
  ticketPage: () => true,
  words: { margin: 'Cost', liquidationPrice: 'Liq. Price', marginAsset: 'USDT' },

  // The visible form: a re-render can leave the old one hidden before the new one, and reading it
  // gave the old figures (drift.test.ts, "rendered twice").
  findTicket: (doc) => firstVisible(doc, [TICKET])?.el ?? null,
  findTickets: (doc) => allVisible(doc, TICKET),

  read(ticket, location): TicketReading {
    const doc = ticket.ownerDocument;
    const symbolText = doc.querySelector('[data-testid="symbol"]')?.textContent?.trim();
    const symbol = symbolText
      ? found(symbolText, '[data-testid="symbol"]')
      : new URLSearchParams(location.search).get('symbol')
        ? found(new URLSearchParams(location.search).get('symbol')!, 'URL ?symbol=')
        : missing('no symbol in the header or the URL');

    const side = selectedIn(ticket, 'Side', 'data-side') as Field<'long' | 'short'>;
    const orderType = selectedIn(ticket, 'Order type', 'data-order-type') as Field<'limit' | 'market'>;
    const marginMode = selectedIn(ticket, 'Margin mode', 'data-margin-mode') as Field<'isolated' | 'cross'>;

    const price =
      orderType.ok && orderType.value === 'market'
        ? missing('market order: the mark price is used')
        : numberAt(ticket, 'input[name="price"]', 'price');

    const sizeNumber = numberAt(ticket, 'input[name="size"]', 'size');
    const unitSelect = ticket.querySelector<HTMLSelectElement>('select[name="sizeUnit"]');
    const unit = unitSelect?.value === 'USDT' ? 'quote' : unitSelect?.value === 'BTC' ? 'base' : null;
    const size: TicketReading['size'] = !sizeNumber.ok
      ? sizeNumber
      : !unitSelect
        ? missing('no size unit switch found on the ticket', 'lost')
        : !unit
          ? missing(`size unit “${unitSelect.value}” not understood`)
          : found({ value: sizeNumber.value, unit }, `input[name="size"] in ${unitSelect.value}`);

    // No TP/SL box is "unknown", not "off": the TP and SL inputs may still hold figures (drift.test.ts).
    const tpslBox = ticket.querySelector<HTMLInputElement>('input[name="tpsl"]');
    const tpslOn = tpslBox?.checked ?? false;
    const venueLiq = ticket.querySelector('[data-testid="est-liq-price"]'); // this ticket's, not a hidden old one's
    const venueLiqNumber = venueLiq ? readNumber(venueLiq.textContent) : null;

    return {
      site: 'demo',
      symbol,
      side,
      orderType,
      price,
      markPrice: numberAt(doc, '[data-testid="mark-price"]', 'mark price'),
      size,
      leverage: numberAt(ticket, 'input[name="leverage"]', 'leverage'),
      marginMode,
      balance: numberAt(ticket, '[data-testid="available-balance"]', 'available balance'),
      takeProfit: !tpslBox ? missing('no TP/SL checkbox found on the ticket', 'lost') : tpslOn ? optionalNumberAt(ticket, 'input[name="takeProfit"]', 'take profit') : found(null, 'TP/SL off'),
      stopLoss: !tpslBox ? missing('no TP/SL checkbox found on the ticket', 'lost') : tpslOn ? optionalNumberAt(ticket, 'input[name="stopLoss"]', 'stop loss') : found(null, 'TP/SL off'),
      high24h: numberAt(doc, '[data-testid="high-24h"]', '24 h high'),
      low24h: numberAt(doc, '[data-testid="low-24h"]', '24 h low'),
      venueLiquidationPrice: !venueLiqNumber
        ? missing('no estimate shown')
        : venueLiqNumber.ok
          ? found(venueLiqNumber.value, '[data-testid="est-liq-price"]')
          : found(null, 'venue shows no estimate yet'),
    };
  },

  overlayAnchor: (ticket) => ticket.querySelector('[data-testid="submit-row"]'),
  submitButtons: (ticket) => Array.from(ticket.querySelectorAll('[data-testid="place-order"]'), (element) => ({ element, side: null })),
  sizeInput: (ticket) => ticket.querySelector<HTMLInputElement>('input[name="size"]'),
  externalWatch: (doc) => Array.from(doc.querySelectorAll('[data-testid="mark-price"]')),
};
