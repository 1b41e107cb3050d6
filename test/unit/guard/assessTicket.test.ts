import { describe, expect, it } from 'vitest';
import { assessTicket } from '@/src/guard/assessTicket';
import { binanceUsdm } from '@/src/risk/venues/binance';
import { binanceUsdmAdapter } from '@/src/venues/binance-usdm/adapter';
import { BOTH_SIDES_OFFERED } from '@/src/venues/dom';
import { found, missing, type TicketReading } from '@/src/venues/reading';
import { warningMessage } from '@/src/risk/warningText';

const ticket = (side: TicketReading['side']): TicketReading => ({
  site: 'binance-usdm',
  symbol: found('BTCUSDT', 'test'),
  side,
  orderType: found('limit', 'test'),
  price: found(50_000, 'test'),
  markPrice: found(50_000, 'test'),
  size: found({ value: 0.02, unit: 'base' }, 'test'),
  leverage: found(20, 'test'),
  marginMode: found('cross', 'test'),
  balance: found(500, 'test'),
  takeProfit: found(null, 'test'),
  stopLoss: found(null, 'test'),
  venueLiquidationPrice: found(null, 'test'),
});
const options = { model: binanceUsdm, limits: null };

describe('assessing a ticket', () => {
  it('one side chosen: one report, the Binance FAQ example (cross, 500 USDT, long 0.02 BTC at 50,000 → 25,100.40)', () => {
    const a = assessTicket(ticket(found('long', 'test')), binanceUsdmAdapter, options);
    expect(a.assessments).toHaveLength(1);
    expect(a.assessments[0]!.report.liquidationPrice).toBeCloseTo(25_100.4, 1);
  });

  it('both sides offered: one report per side, long below and short above the price', () => {
    const a = assessTicket(ticket(missing(BOTH_SIDES_OFFERED, 'bothSides')), binanceUsdmAdapter, options);
    expect(a.assessments.map((x) => x.side)).toEqual(['long', 'short']);
    expect(a.assessments[0]!.report.liquidationPrice!).toBeLessThan(50_000);
    expect(a.assessments[1]!.report.liquidationPrice!).toBeGreaterThan(50_000);
  });

  it('a closing order or an unreadable side is not assessed: unknown, with the reason, never a made-up side', () => {
    const a = assessTicket(ticket(missing('the Close tab is selected: this order closes a position')), binanceUsdmAdapter, options);
    expect(a.assessments).toEqual([]);
    expect(a.severity).toBe('unknown');
    expect(a.unassessed).toBe('Not assessed: the Close tab is selected: this order closes a position.');
  });

  it('a field that could not be read keeps the adapter’s reason, and its English sentence names it', () => {
    const reading = { ...ticket(found('long', 'test')), size: missing('the number is not complete yet', 'incomplete', '1.') };
    const w = assessTicket(reading, binanceUsdmAdapter, options).assessments[0]!.report.warnings.find((x) => x.code === 'missingInput')!;
    expect(w.params).toEqual({ form: 'size', field: 'size', detail: 'the number is not complete yet', kind: 'incomplete', shown: '1.' });
    expect(warningMessage(w)).toBe('Cannot read the size: the number is not complete yet.');
  });

  it('a venue estimate more than 0.5 % from ours is flagged with both numbers', () => {
    const reading = { ...ticket(found('long', 'test')), venueLiquidationPrice: found(26_000, 'test') };
    const w = assessTicket(reading, binanceUsdmAdapter, options).assessments[0]!.report.warnings.find((x) => x.code === 'selfCheck');
    expect(warningMessage(w!)).toContain('Liq. Price 26,000,');
    expect(warningMessage(w!)).toContain('25,100.4');
  });
});
