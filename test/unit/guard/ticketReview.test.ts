import { describe, expect, it } from 'vitest';
import { TicketReview } from '@/src/guard/ticketReview';
import { binanceUsdm } from '@/src/risk/venues/binance';
import { DEFAULT_PRESET } from '@/src/settings/presets';
import { binanceUsdmAdapter } from '@/src/venues/binance-usdm/adapter';
import { found, missing, type TicketReading } from '@/src/venues/reading';

/** The default (Moderate) preset: 10× maximum leverage. */
const rules = { limits: { ...DEFAULT_PRESET.limits, riskPerTrade: 0.01, hard: [] }, riskPerTrade: 0.01 };
const page = { pathname: '/en/futures/BTCUSDT', href: 'https://www.binance.com/en/futures/BTCUSDT', search: '' };

function ticket(change: Partial<TicketReading> = {}): TicketReading {
  return {
    site: 'binance-usdm',
    symbol: found('BTCUSDT', 'test'),
    side: found('long', 'test'),
    orderType: found('limit', 'test'),
    price: found(50_000, 'test'),
    markPrice: found(50_000, 'test'),
    size: found({ value: 0.02, unit: 'base' }, 'test'),
    leverage: found(5, 'test'),
    marginMode: found('cross', 'test'),
    balance: found(500, 'test'),
    takeProfit: found(null, 'test'),
    stopLoss: found(null, 'test'),
    venueLiquidationPrice: found(null, 'test'),
    ...change,
  };
}

const assessed = (r: ReturnType<TicketReview['review']>) => {
  if (r.kind !== 'assessed') throw new Error(`expected an assessment, got ${r.kind}`);
  return r.now;
};

describe('reading the ticket, then assessing it', () => {
  it('the verdict follows what the trader types: 5× is within the 10× maximum, 20× breaks it', () => {
    const review = new TicketReview(binanceUsdmAdapter, [binanceUsdm]);
    expect(assessed(review.review(ticket(), page, rules, 0)).assessment.severity).not.toMatch(/danger|blocked/);
    const now = assessed(review.review(ticket({ leverage: found(20, 'test') }), page, rules, 1));
    expect(now.assessment.severity).toBe('danger');
    expect(now.assessment.assessments[0]!.report.warnings.map((w) => w.code)).toContain('maxLeverage');
  });

  it('a page re-rendering the same figures is not assessed again; new limits are', () => {
    const review = new TicketReview(binanceUsdmAdapter, [binanceUsdm]);
    assessed(review.review(ticket({ leverage: found(20, 'test') }), page, rules, 0));
    expect(review.review(ticket({ leverage: found(20, 'test') }), page, rules, 1)).toEqual({ kind: 'unchanged' });
    // The trader raised their maximum to 25×: the same ticket now passes.
    review.forget();
    const looser = { ...rules, limits: { ...rules.limits, maxLeverage: 25 } };
    expect(assessed(review.review(ticket({ leverage: found(20, 'test') }), page, looser, 2)).assessment.severity).not.toBe('danger');
  });

  it('a closing order is not assessed: unknown, with the reason, whatever else the ticket shows', () => {
    const review = new TicketReview(binanceUsdmAdapter, [binanceUsdm]);
    const now = assessed(review.review(ticket({ side: missing('the Close tab is selected', 'closesPosition'), leverage: found(125, 'test') }), page, rules, 0));
    expect(now.assessment).toMatchObject({ assessments: [], severity: 'unknown', unassessed: 'Not assessed: the Close tab is selected.' });
  });

  it('a figure the adapter read but that is not valid is shown as unreadable, never assessed as read', () => {
    const review = new TicketReview(binanceUsdmAdapter, [binanceUsdm]);
    const now = assessed(review.review(ticket({ leverage: found(-3, 'test') }), page, rules, 0));
    expect(now.reading.leverage.ok).toBe(false);
    expect(now.assessment.severity).toBe('unknown');
  });

  it('the marks it has seen give the distance to liquidation in daily ranges', () => {
    const review = new TicketReview(binanceUsdmAdapter, [binanceUsdm]);
    const first = assessed(review.review(ticket({ markPrice: found(49_000, 'test') }), page, rules, 0));
    expect(first.assessment.assessments[0]!.rangesAway).toBeNull();
    const later = assessed(review.review(ticket({ markPrice: found(51_000, 'test') }), page, rules, 60_000));
    // Liquidation near 25,100 with the mark at 51,000: about 25,900 away, some 13 swings of 2,000.
    expect(later.assessment.assessments[0]!.report.liquidationPrice).toBeCloseTo(25_100, -2);
    expect(later.assessment.assessments[0]!.rangesAway).toBeCloseTo(12.95, 1);
  });

  it('without the venue’s risk rules in the script, nothing is assessed (never a made-up verdict)', () => {
    const review = new TicketReview(binanceUsdmAdapter, []);
    expect(review.review(ticket(), page, rules, 0)).toEqual({ kind: 'noRules', venue: 'binance-usdm' });
  });
});
