// @vitest-environment happy-dom
/**
 * The account-reading contract, over every venue whose spec reads its account: the venue's
 * `fixtures/positions.html` (the trade page with the ticket and a positions panel of two cross
 * positions and one isolated) reads exactly the rows written here by hand from the fixture's visible
 * text, and each way the panel hides its positions (folded, another tab, one page of several) reads
 * "unknown" with its reason, never an empty list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountReadingSchema, POSITIONS_NOT_READ, type AccountReading, type PositionRow, type PositionsUnknownKind } from '@/src/venues/account';
import type { VenueAdapter } from '@/src/venues/adapter';
import { validateReading } from '@/src/venues/reading';
import { adapters } from '@/src/venues/registry';
import { htmlTransform, relabelText } from '@/src/venues/binance-usdm/fixtures/transform';
import * as binance from '@/src/venues/binance-usdm/fixtures/variants';
import * as bitget from '@/src/venues/bitget-usdtm/fixtures/variants';
import * as bitmex from '@/src/venues/bitmex/fixtures/variants';
import * as bybit from '@/src/venues/bybit/fixtures/variants';
import * as dydx from '@/src/venues/dydx/fixtures/variants';
import * as gmx from '@/src/venues/gmx/fixtures/variants';
import * as hyperliquid from '@/src/venues/hyperliquid/fixtures/variants';
import * as mexc from '@/src/venues/mexc/fixtures/variants';
import * as okx from '@/src/venues/okx-swap/fixtures/variants';
import { load } from './fixtureDom';
import { VENUE_PAGES } from './venuePages';

interface VenueCase {
  /** The rows the fixture shows, in its order. */
  rows: PositionRow[];
  /** The account figures the page shows beside the ticket. */
  figures: Omit<AccountReading, 'positions'>;
  /** Variants of `positions.html` whose positions are not known, and why. */
  unknown: Record<string, { page: (html: string) => string; why: PositionsUnknownKind }>;
  /** Variants that read an empty list: the page says there are no positions. */
  none: (html: string) => string;
}

const CASES: Record<string, VenueCase> = {
  'binance-usdm': {
    rows: [
      { symbol: 'BTCUSDT', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251.3, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220.12 },
      { symbol: 'ETHUSDT', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.55, marginMode: 'cross', margin: 1365.02, liquidationPrice: 4010.7 },
      { symbol: 'SOLUSDT', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated', margin: 1705.8, liquidationPrice: 128.4 },
    ],
    // "0.0100%" per funding interval (8, 4 or 1 h by symbol: not shown, not given).
    figures: { equity: 12480.4, fundingRate: 0.0001 },
    unknown: {
      otherTab: { page: binance.positionsOtherTab, why: 'otherTab' },
      hideOtherSymbols: { page: binance.positionsHideOthers, why: 'otherTab' },
    },
    none: binance.positionsNone,
  },
  'bitget-usdtm': {
    rows: [
      { symbol: 'BTCUSDT', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251.3, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220.1 },
      { symbol: 'ETHUSDT', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.55, marginMode: 'cross', margin: 1365.02, liquidationPrice: 4010.7 },
      { symbol: 'SOLUSDT', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated', margin: 1705.8, liquidationPrice: 128.4 },
    ],
    figures: { fundingRate: 0.0001 },
    unknown: { otherTab: { page: bitget.positionsOtherTab, why: 'otherTab' } },
    none: bitget.positionsNone,
  },
  bitmex: {
    rows: [
      { symbol: 'XBTUSDT', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251.3, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220.1 },
      { symbol: 'ETHUSDT', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.55, marginMode: 'cross', margin: 1365.02, liquidationPrice: 4010.7 },
      { symbol: 'SOLUSDT', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated', margin: 1705.8, liquidationPrice: 128.4 },
    ],
    figures: { fundingRate: 0.0001 },
    unknown: { otherTab: { page: bitmex.positionsOtherTab, why: 'otherTab' } },
    none: bitmex.positionsNone,
  },
  bybit: {
    rows: [
      { symbol: 'BTCUSDT', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251.3, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220.12 },
      { symbol: 'ETHUSDT', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.55, marginMode: 'cross', margin: 1365.02, liquidationPrice: 4010.7 },
      { symbol: 'SOLUSDT', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated', margin: 1705.8, liquidationPrice: 128.4 },
    ],
    figures: { fundingRate: 0.0001 },
    unknown: { otherTab: { page: bybit.positionsOtherTab, why: 'otherTab' } },
    none: bybit.positionsNone,
  },
  dydx: {
    rows: [
      { symbol: 'BTC-USD', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220 },
      { symbol: 'ETH-USD', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.5, marginMode: 'cross', margin: 1365, liquidationPrice: 4010.7 },
      { symbol: 'SOL-USD', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated', margin: 1705.8, liquidationPrice: 128.4 },
    ],
    figures: { equity: 12480.4, fundingRate: 0.00000125, fundingIntervalHours: 1 },
    unknown: {
      collapsed: { page: dydx.positionsCollapsed, why: 'collapsed' },
      otherTab: { page: dydx.positionsOtherTab, why: 'otherTab' },
      thisMarketOnly: { page: dydx.positionsThisMarket, why: 'otherTab' },
      paginated: { page: dydx.positionsPaginated, why: 'paginated' },
    },
    none: dydx.positionsNone,
  },
  gmx: {
    // Sizes shown in USD, in tokens at the entry price: $10,000 / $3,125 = 3.2 ETH, $25,600 / $64,000 = 0.4 BTC, $4,500 / $150 = 30 SOL.
    rows: [
      { symbol: 'ETH/USD', side: 'long', size: 3.2, entryPrice: 3125, markPrice: 3120.45, marginMode: 'isolated', margin: 1990, liquidationPrice: 2540.12 },
      { symbol: 'BTC/USD', side: 'short', size: 0.4, entryPrice: 64000, markPrice: 64251, marginMode: 'isolated', margin: 2560, liquidationPrice: 70123.5 },
      { symbol: 'SOL/USD', side: 'long', size: 30, entryPrice: 150, markPrice: 145.19, marginMode: 'isolated', margin: 2000, liquidationPrice: 76.45 },
    ],
    figures: {},
    unknown: { otherTab: { page: gmx.positionsOtherTab, why: 'otherTab' } },
    none: gmx.positionsNone,
  },
  hyperliquid: {
    rows: [
      { symbol: 'BTC', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220 },
      { symbol: 'ETH', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.5, marginMode: 'cross', margin: 1365, liquidationPrice: 4010.7 },
      { symbol: 'SOL', side: 'long', size: 120, entryPrice: 142.15, markPrice: 145.21, marginMode: 'isolated', margin: 1705.8, liquidationPrice: 128.4 },
    ],
    // "0.0013%" per hour; the perps equity of "Account Equity".
    figures: { equity: 12480.4, fundingRate: 0.000013, fundingIntervalHours: 1 },
    unknown: { otherTab: { page: hyperliquid.positionsOtherTab, why: 'otherTab' } },
    none: hyperliquid.positionsNone,
  },
  mexc: {
    // Contracts × contract size: BTC_USDT 0.0001 BTC, ETH_USDT 0.01 ETH (5000 → 0.5 BTC, 400 → 4 ETH, 250 → 2.5 ETH).
    rows: [
      { symbol: 'BTC_USDT', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251.3, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220.1 },
      { symbol: 'ETH_USDT', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.55, marginMode: 'cross', margin: 1365.02, liquidationPrice: 4010.7 },
      { symbol: 'ETH_USDT', side: 'long', size: 2.5, entryPrice: 3380, markPrice: 3412.55, marginMode: 'isolated', margin: 1690, liquidationPrice: 2731.4 },
    ],
    figures: { fundingRate: 0.0001 },
    unknown: { otherTab: { page: mexc.positionsOtherTab, why: 'otherTab' } },
    none: mexc.positionsNone,
  },
  'okx-swap': {
    // Contracts × face value: BTC-USDT-SWAP 0.01 BTC, ETH-USDT-SWAP 0.1 ETH (50 → 0.5 BTC, 40 → 4 ETH, 25 → 2.5 ETH).
    rows: [
      { symbol: 'BTC-USDT-SWAP', side: 'long', size: 0.5, entryPrice: 63500, markPrice: 64251.3, marginMode: 'cross', margin: 1606.28, liquidationPrice: 41220.1 },
      { symbol: 'ETH-USDT-SWAP', side: 'short', size: 4, entryPrice: 3450, markPrice: 3412.55, marginMode: 'cross', margin: 1365.02, liquidationPrice: 4010.7 },
      { symbol: 'ETH-USDT-SWAP', side: 'long', size: 2.5, entryPrice: 3380, markPrice: 3412.55, marginMode: 'isolated', margin: 1690, liquidationPrice: 2731.4 },
    ],
    figures: { fundingRate: 0.0001 },
    unknown: { otherTab: { page: okx.positionsOtherTab, why: 'otherTab' } },
    none: okx.positionsNone,
  },
};

const positionsPage = (venue: string) => readFileSync(path.resolve(__dirname, '../../../src/venues', venue, 'fixtures/positions.html'), 'utf8');

function readAccountAt(adapter: VenueAdapter, html: string): AccountReading {
  load(html);
  const url = new URL(VENUE_PAGES[adapter.id]!.url);
  return accountReadingSchema.parse(adapter.readAccount!(document, adapter.findTicket(document), url)) as AccountReading;
}

// The demo's own panel (entrypoints/demo/index.html, no fixture folder) is read end to end in test/e2e/account.spec.ts.
const reading = adapters.filter((a) => a.readAccount && a.id !== 'demo');

it('every venue that reads its account has a case here, and only those', () => {
  expect(reading.map((a) => a.id).sort()).toEqual(Object.keys(CASES).sort());
});

it('every adapter reads its account; the shell’s stand-in for one that does not says its positions are not read (notSupported), never none', () => {
  expect(adapters.filter((a) => !a.readAccount).map((a) => a.id)).toEqual([]);
  expect(accountReadingSchema.parse({ positions: POSITIONS_NOT_READ }).positions).toMatchObject({ kind: 'unknown', why: 'notSupported' });
});

describe.each(reading.map((a) => [a.id, a] as const))('%s: the account beside the ticket', (id, adapter) => {
  const c = CASES[id]!;
  const html = positionsPage(id);

  it('reads the three positions the panel shows, and the account figures', () => {
    const account = readAccountAt(adapter, html);
    expect(account.positions).toMatchObject({ kind: 'read', rows: c.rows });
    expect(account.positions.kind === 'read' && account.positions.rows).toEqual(c.rows);
    const { positions: _, ...figures } = account;
    expect(figures).toEqual(c.figures);
  });

  it('reads the ticket on the page with positions as on its ticket page', () => {
    const url = new URL(VENUE_PAGES[id]!.url);
    const readTicket = (page: string) => {
      load(page);
      const ticket = adapter.findTicket(document);
      return ticket && validateReading(adapter.read(ticket, url));
    };
    const alone = readTicket(readFileSync(path.resolve(__dirname, '../../..', VENUE_PAGES[id]!.fixture), 'utf8'));
    const beside = readTicket(html);
    expect(beside).not.toBeNull();
    expect(beside).toEqual(alone);
  });

  it.each(Object.entries(c.unknown))('%s: positions unknown, never an empty list', (_, { page, why }) => {
    const account = readAccountAt(adapter, page(html));
    expect(account.positions).toMatchObject({ kind: 'unknown', why });
  });

  it('an empty panel that says so reads no positions', () => {
    const account = readAccountAt(adapter, c.none(html));
    expect(account.positions).toMatchObject({ kind: 'read', rows: [] });
  });

  it('the ticket page without a positions panel never reads an empty list', () => {
    const account = readAccountAt(adapter, readFileSync(path.resolve(__dirname, '../../../src/venues', id, 'fixtures/no-ticket.html'), 'utf8'));
    expect(account.positions.kind).toBe('unknown');
  });
});

describe('dYdX specifics', () => {
  const adapter = adapters.find((a) => a.id === 'dydx')!;
  const html = positionsPage('dydx');
  /** The panel's words the ticket's language variants leave in English, from v4-localization (HEAD eebfc49). */
  const PANEL_WORDS = {
    'zh-CN': [
      ['Leverage', '杠杆'],
      ['Type', '类型'],
      ['P&L', '盈亏'],
      ['Avg. Open', '平均开仓'],
      ['Oracle', '预言机'],
      ['Liquidation', '清算'],
      ['Funding', '资金'],
      ['All', '全部'],
    ],
    ru: [
      ['Leverage', 'Кредитное плечо'],
      ['Type', 'Тип'],
      ['P&L', 'Прибыль и убытки'],
      ['Avg. Open', 'Средн. Открытие'],
      ['Oracle', 'Оракул'],
      ['Liquidation', 'Ликвидация'],
      ['Funding', 'Финансирование'],
      ['All', 'Все'],
    ],
  } as const;
  const translated = (lang: keyof typeof PANEL_WORDS) => htmlTransform((doc) => relabelText(doc.body, PANEL_WORDS[lang]))(dydx.languages[lang].page(html));

  it('reads the zh-CN panel by its Chinese headers (市场, 类型, 数量, 保证金, 平均开仓, 预言机, 清算) and tags (交叉, 逐仓)', () => {
    const page = translated('zh-CN');
    expect(page).toContain('<th role="columnheader" aria-sort="none">平均开仓</th>');
    expect(page).toContain('<span class="sc-tag">逐仓</span>');
    const account = readAccountAt(adapter, page);
    expect(account.positions).toEqual({ kind: 'read', rows: CASES.dydx!.rows, source: expect.any(String) });
    expect(account.equity).toBe(12480.4);
  });

  it('reads the Russian panel with its decimal commas ("$32 125,50", "-4,000")', () => {
    const page = translated('ru');
    expect(page).toContain('-4,000');
    expect(readAccountAt(adapter, page).positions).toEqual({ kind: 'read', rows: CASES.dydx!.rows, source: expect.any(String) });
  });

  it('reads the market’s maximum leverage from the open “Set Market Leverage” dialog (“MAX 20×”), and none without it', () => {
    expect(readAccountAt(adapter, dydx.positionsLeverageDialog(html)).maxLeverage).toBe(20);
    expect(readAccountAt(adapter, html).maxLeverage).toBeUndefined();
  });

  it('a row whose size cannot be read makes the positions unknown (unreadableRow), not a shorter list', () => {
    const page = htmlTransform((doc) => {
      doc.querySelectorAll('[data-fx="positions-table"] tbody tr')[1]!.querySelectorAll('td')[3]!.textContent = '—';
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });

  it('a row that says SHORT but shows a positive size is unreadable', () => {
    const page = htmlTransform((doc) => {
      doc.querySelector('[data-fx="positions-table"] tbody tr')!.setAttribute('data-side', 'SHORT');
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });
});

describe('GMX specifics', () => {
  const adapter = adapters.find((a) => a.id === 'gmx')!;
  const html = positionsPage('gmx');

  it('turns the USD sizes into tokens with the entry price, and reads token sizes as they are', () => {
    const usd = readAccountAt(adapter, html).positions;
    const shownInTokens = readAccountAt(adapter, gmx.positionsInTokens(html)).positions;
    expect(usd.kind === 'read' && usd.rows.map((r) => r.size)).toEqual([3.2, 0.4, 30]);
    expect(shownInTokens.kind === 'read' && shownInTokens.rows.map((r) => r.size)).toEqual([3.2, 0.4, 30]);
  });

  it('reads the small screen’s cards (by their labels) as the table', () => {
    expect(readAccountAt(adapter, gmx.positionsCards(html)).positions).toEqual({ kind: 'read', rows: CASES.gmx!.rows, source: expect.stringContaining('cards') });
  });

  it('a size in another token than the market’s is unreadable, not guessed', () => {
    const page = htmlTransform((doc) => {
      doc.querySelector('[data-fx="position-size"]')!.textContent = '3.2000 WETH';
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });

  it('an empty table without "No open positions" (the list still loading) is unknown, not none', () => {
    const page = htmlTransform((doc) => {
      doc.querySelector('[data-fx="positions-table"] tbody')!.innerHTML = '';
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'notShown' });
  });
});

describe('Hyperliquid specifics', () => {
  const adapter = adapters.find((a) => a.id === 'hyperliquid')!;
  const html = positionsPage('hyperliquid');
  const row = (doc: Document, n: number) => doc.querySelectorAll('[data-fx="positions-table"] tbody tr')[n]!;

  it('tells the side by the row’s colour when the size carries no sign', () => {
    const page = htmlTransform((doc) => {
      row(doc, 1).querySelectorAll('td')[1]!.textContent = '4.0000 ETH';
    })(html);
    const positions = readAccountAt(adapter, page).positions;
    expect(positions.kind === 'read' && positions.rows[1]).toMatchObject({ symbol: 'ETH', side: 'short', size: 4 });
  });

  it('a row with neither a side colour nor a sign is unreadable', () => {
    const page = htmlTransform((doc) => {
      for (const el of Array.from(row(doc, 0).querySelectorAll('[style]'))) el.removeAttribute('style');
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });
});

describe('Binance USDⓈ-M specifics', () => {
  const adapter = adapters.find((a) => a.id === 'binance-usdm')!;
  const html = positionsPage('binance-usdm');

  it('a size shown in USDT (a notional) is unreadable, not divided by a guessed price', () => {
    const page = htmlTransform((doc) => {
      doc.querySelectorAll('[data-fx="positions-table"] tbody tr td')[1]!.textContent = '32,125.65 USDT';
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });
});

describe('OKX specifics', () => {
  const adapter = adapters.find((a) => a.id === 'okx-swap')!;
  const html = positionsPage('okx-swap');
  const firstRow = (doc: Document) => doc.querySelector('[data-fx="positions-table"] tbody tr')!;

  it('a size in the coin (OKX’s unit setting) is read as it is', () => {
    const page = htmlTransform((doc) => {
      firstRow(doc).querySelectorAll('td')[1]!.textContent = '0.5 BTC';
    })(html);
    const positions = readAccountAt(adapter, page).positions;
    expect(positions.kind === 'read' && positions.rows[0]).toMatchObject({ symbol: 'BTC-USDT-SWAP', size: 0.5 });
  });

  it('contracts of an instrument whose face value the risk model does not know are unreadable', () => {
    const page = htmlTransform((doc) => {
      firstRow(doc).querySelector('td span')!.textContent = 'SOLUSDT Perpetual';
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });
});

describe('BitMEX specifics', () => {
  const adapter = adapters.find((a) => a.id === 'bitmex')!;
  const html = positionsPage('bitmex');
  const sizeCell = (doc: Document) => doc.querySelector('[data-fx="positions-table"] tbody tr')!.querySelectorAll('td')[1]!;

  it('XBTUSDT contracts are 0.000001 XBT each (the risk model’s contract size)', () => {
    const page = htmlTransform((doc) => {
      sizeCell(doc).textContent = '500,000';
    })(html);
    const positions = readAccountAt(adapter, page).positions;
    expect(positions.kind === 'read' && positions.rows[0]).toMatchObject({ symbol: 'XBTUSDT', size: 0.5 });
  });

  it('an inverse XBTUSD position (sized in USD) is unreadable', () => {
    const page = htmlTransform((doc) => {
      doc.querySelector('[data-fx="positions-table"] tbody .sym')!.textContent = 'XBTUSD';
      sizeCell(doc).textContent = '32,000';
    })(html);
    expect(readAccountAt(adapter, page).positions).toMatchObject({ kind: 'unknown', why: 'unreadableRow' });
  });
});
