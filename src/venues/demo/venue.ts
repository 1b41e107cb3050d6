/**
 * The built-in demo exchange (`demo.html`). Its markup is ours, so every hook is stable; it is
 * still read the way a real venue is (test ids and labels only).
 */
import { defineVenue, type Reader } from '../kit/defineVenue';
import { inputNumber } from '../kit/read/typed';
import { readNumber } from '../kit/number';
import { allVisible } from '../kit/visibility';
import type { AccountReading, PositionRow } from '../account';
import { cellNumber, cellWord, optionalCellNumber, readPositionsTable, type PositionCells, type PositionLabels, type RowReading } from '../kit/read/positions';
import { positionsFrom, positionsUnknown, tabIsSelected } from '../kit/read/positionsPanel';
import { normText } from '../kit/text';
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

/** The demo panel's headers: our own markup, English only. */
const COLUMNS: PositionLabels = {
  symbol: ['Symbol'],
  side: ['Side'],
  marginMode: ['Margin Mode'],
  size: ['Size'],
  entryPrice: ['Entry Price'],
  markPrice: ['Mark Price'],
  margin: ['Margin'],
  liquidationPrice: ['Liq. Price'],
};
const SIDES = { long: ['Long'], short: ['Short'] };
const MODES = { cross: ['Cross'], isolated: ['Isolated'] };

/** One row of the demo's table, through the kit's cell readers. */
function demoRow({ cells }: PositionCells): RowReading {
  const symbol = normText(cells.symbol?.textContent);
  const side = cellWord(cells.side, SIDES);
  const size = cellNumber(cells.size, 'size', {});
  const entryPrice = cellNumber(cells.entryPrice, 'entry price', {});
  const markPrice = cellNumber(cells.markPrice, 'mark price', {});
  if (!symbol || !side) return `no symbol or side in “${normText(cells.symbol?.parentElement?.textContent)}”`;
  for (const n of [size, entryPrice, markPrice]) if (typeof n === 'string') return n;
  const row: PositionRow = { symbol, side, size: size as number, entryPrice: entryPrice as number, markPrice: markPrice as number };
  const mode = cellWord(cells.marginMode, MODES);
  if (mode) row.marginMode = mode;
  const margin = optionalCellNumber(cells.margin, {});
  if (margin != null) row.margin = margin;
  const liquidationPrice = optionalCellNumber(cells.liquidationPrice, {});
  if (liquidationPrice != null && liquidationPrice > 0) row.liquidationPrice = liquidationPrice;
  return row;
}

/** The demo's positions panel: its fold and tabs, then its table through the kit's table reader. */
function readDemoAccount(doc: Document): AccountReading {
  const account: Omit<AccountReading, 'positions'> = {};
  const equity = readNumber(doc.querySelector('[data-testid="margin-balance"]')?.textContent);
  if (equity.ok) account.equity = equity.value;
  const rate = readNumber(doc.querySelector('[data-testid="funding-rate"]')?.textContent?.replace('%', ''));
  if (rate.ok) Object.assign(account, { fundingRate: rate.value / 100, fundingIntervalHours: 8 });
  const max = Number(doc.querySelector<HTMLInputElement>('input[name="leverage"]')?.max);
  if (max > 0) account.maxLeverage = max;
  const panel = doc.querySelector('[data-testid="positions-panel"]');
  if (!panel) return { ...account, positions: positionsUnknown('notShown', 'no positions panel on the page') };
  if (panel.querySelector('[data-testid="positions-fold"]')?.getAttribute('aria-expanded') === 'false')
    return { ...account, positions: positionsUnknown('collapsed', 'the positions panel is folded') };
  const tab = panel.querySelector('[role="tab"][data-tab="positions"]');
  if (!tab || !tabIsSelected(tab)) return { ...account, positions: positionsUnknown('otherTab', 'the panel shows another tab') };
  const table = panel.querySelector('[data-testid="positions-table"]');
  if (!table) return { ...account, positions: positionsUnknown('notShown', 'no positions table in the panel') };
  const read = readPositionsTable(table, COLUMNS, ['symbol', 'side', 'size', 'entryPrice', 'markPrice'], demoRow);
  return { ...account, positions: positionsFrom(read, '[data-testid="positions-table"]') };
}
