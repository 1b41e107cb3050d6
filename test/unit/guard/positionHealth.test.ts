import { describe, expect, it } from 'vitest';
import { CrossingWatch, positionHealth } from '../../../src/guard/positionHealth';
import { VENUE_MODELS } from '../../../src/risk';
import { isolatedMarginRatio } from '../../../src/risk/account';
import type { AccountReading, PositionRow } from '../../../src/venues/account';

const account = (rows: PositionRow[]): AccountReading => ({ positions: { kind: 'read', rows, source: 'test' } });
const eth = (mark: number): PositionRow => ({ symbol: 'ETHUSDT', side: 'short', size: 1, entryPrice: 3000, markPrice: mark, liquidationPrice: 3150 });

describe('position health', () => {
  it('measures a short’s room up to its liquidation price and a long’s down to it, as fractions of the mark', () => {
    const [short, long] = positionHealth(account([eth(3050), { symbol: 'BTCUSDT', side: 'long', size: 1, entryPrice: 60000, markPrice: 62000, liquidationPrice: 55800 }]), 0.08, { symbol: 'BTCUSDT', dailyRange: 3100 })!;
    expect(short).toMatchObject({ distance: 100 / 3050, belowMin: true, rangesAway: null });
    // 6,200 of room is two 24 h ranges of the ticket's own market.
    expect(long).toMatchObject({ distance: 0.1, belowMin: false, rangesAway: 2 });
  });

  it('a row without a liquidation price, or no minimum set, is never "below the minimum"', () => {
    const [row] = positionHealth(account([{ ...eth(3100), liquidationPrice: undefined }]), 0.08, { symbol: null, dailyRange: null })!;
    expect(row).toMatchObject({ distance: null, belowMin: false });
    expect(positionHealth(account([eth(3100)]), null, { symbol: null, dailyRange: null })![0]!.belowMin).toBe(false);
  });

  it('positions that were not read have no health (never an empty list)', () => {
    expect(positionHealth({ positions: { kind: 'unknown', why: 'collapsed', detail: '' } }, 0.08, { symbol: null, dailyRange: null })).toBeNull();
  });
});

describe('one notice per crossing', () => {
  it('says a position once when it goes below, nothing while it stays, and again after it came back above', () => {
    const watch = new CrossingWatch();
    const look = (mark: number) => watch.crossed(positionHealth(account([eth(mark)]), 0.08, { symbol: null, dailyRange: null })).map((p) => p.symbol);
    expect(look(3050)).toEqual(['ETHUSDT']);
    expect(look(3060)).toEqual([]);
    expect(look(3070)).toEqual([]);
    // A folded panel says nothing and forgets nothing.
    expect(watch.crossed(null)).toEqual([]);
    expect(look(3080)).toEqual([]);
    expect(look(2700)).toEqual([]);
    expect(look(3100)).toEqual(['ETHUSDT']);
  });
});

describe('an isolated position’s margin ratio, from its row', () => {
  it('Binance BTCUSDT, 0.1 BTC long from 63,000 at a 62,000 mark with 630 USDT of margin: 24.8 of maintenance (6,200 × 0.4 %, first bracket) over 530 left', () => {
    const ratio = isolatedMarginRatio(VENUE_MODELS['binance-usdm'], { symbol: 'BTCUSDT', side: 'long', size: 0.1, entryPrice: 63000, markPrice: 62000, margin: 630 });
    expect(ratio).toBeCloseTo(24.8 / 530, 12);
  });

  it('the popup’s rows carry it for isolated positions only (cross ones share the account’s)', () => {
    const rows: PositionRow[] = [
      { symbol: 'BTCUSDT', side: 'long', size: 0.1, entryPrice: 63000, markPrice: 62000, marginMode: 'isolated', margin: 630, liquidationPrice: 57000 },
      { symbol: 'ETHUSDT', side: 'long', size: 1, entryPrice: 3000, markPrice: 3000, marginMode: 'cross', margin: 150, liquidationPrice: 2000 },
    ];
    const [isolated, cross] = positionHealth(account(rows), 0.08, { symbol: null, dailyRange: null }, (row) => isolatedMarginRatio(VENUE_MODELS['binance-usdm'], row))!;
    expect(isolated!.marginRatio).toBeCloseTo(24.8 / 530, 12);
    expect(cross!.marginRatio).toBeNull();
  });
});
