/**
 * The built-in demo exchange (`demo.html`). Its markup is ours, so every hook is stable; it is
 * still read the way a real venue is (test ids and labels only).
 */
import { defineVenue, type Reader } from '../kit/defineVenue';
import { inputNumber } from '../kit/read/typed';
import { readNumber } from '../kit/number';
import { allVisible } from '../kit/visibility';
import type { AccountReading, PositionRow } from '../account';
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
  account: readDemoAccount,
});

const COLUMNS = { symbol: 'Symbol', side: 'Side', mode: 'Margin Mode', size: 'Size', entry: 'Entry Price', mark: 'Mark Price', margin: 'Margin', liquidation: 'Liq. Price' } as const;

/** A figure of the account panel; null when it shows none ("--"). */
function figure(text: string | null | undefined): number | null {
  const n = readNumber(text);
  return n.ok ? n.value : null;
}

/** The demo's positions panel: a table read by its headers, its fold and its tabs. */
function readDemoAccount(doc: Document): AccountReading {
  const account: Omit<AccountReading, 'positions'> = {};
  const equity = figure(doc.querySelector('[data-testid="margin-balance"]')?.textContent);
  if (equity != null) account.equity = equity;
  const rate = readNumber(doc.querySelector('[data-testid="funding-rate"]')?.textContent?.replace('%', ''));
  if (rate.ok) Object.assign(account, { fundingRate: rate.value / 100, fundingIntervalHours: 8 });
  const max = Number(doc.querySelector<HTMLInputElement>('input[name="leverage"]')?.max);
  if (max > 0) account.maxLeverage = max;
  const panel = doc.querySelector('[data-testid="positions-panel"]');
  if (!panel) return { ...account, positions: { kind: 'unknown', why: 'notShown', detail: 'no positions panel on the page' } };
  if (panel.querySelector('[data-testid="positions-fold"]')?.getAttribute('aria-expanded') === 'false')
    return { ...account, positions: { kind: 'unknown', why: 'collapsed', detail: 'the positions panel is folded' } };
  if (panel.querySelector('[role="tab"][data-tab="positions"]')?.getAttribute('aria-selected') !== 'true')
    return { ...account, positions: { kind: 'unknown', why: 'otherTab', detail: 'the panel shows another tab' } };
  const table = panel.querySelector('table');
  const heads = Array.from(table?.querySelectorAll('thead th') ?? [], (th) => th.textContent?.trim() ?? '');
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([k, label]) => [k, heads.indexOf(label)])) as Record<keyof typeof COLUMNS, number>;
  if (!table || Object.values(at).some((i) => i < 0)) return { ...account, positions: { kind: 'unknown', why: 'notShown', detail: 'the positions table’s columns are not where they were' } };
  const rows: PositionRow[] = [];
  for (const tr of table.querySelectorAll('tbody tr')) {
    const cell = (k: keyof typeof COLUMNS) => tr.children[at[k]]?.textContent?.trim() ?? '';
    const side = cell('side').toLowerCase();
    const mode = cell('mode').toLowerCase();
    const size = figure(cell('size').split(' ')[0]);
    const entry = figure(cell('entry'));
    const mark = figure(cell('mark'));
    if ((side !== 'long' && side !== 'short') || !size || !entry || !mark || !cell('symbol'))
      return { ...account, positions: { kind: 'unknown', why: 'unreadableRow', detail: `the row “${tr.textContent?.trim()}” cannot be read` } };
    const row: PositionRow = { symbol: cell('symbol'), side, size, entryPrice: entry, markPrice: mark };
    if (mode === 'cross' || mode === 'isolated') row.marginMode = mode;
    const margin = figure(cell('margin'));
    if (margin != null) row.margin = margin;
    const liq = figure(cell('liquidation'));
    if (liq != null && liq > 0) row.liquidationPrice = liq;
    rows.push(row);
  }
  return { ...account, positions: { kind: 'read', rows, source: '[data-testid="positions-table"]' } };
}
