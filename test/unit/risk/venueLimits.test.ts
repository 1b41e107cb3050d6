// Figures beyond what the venue allows: the overlay once showed "Account leverage
// 4.9599999999999997e+23×", and rated "0.00×" safe with a margin 25,000 times the balance.
import { describe, expect, it } from 'vitest';
import { assess, type RiskInput, type RiskReport } from '../../../src/risk';
import { sizingReason } from '../../../src/risk/sizing';
import { liquidationReason } from '../../../src/risk/liquidationReason';
import { warningMessage } from '../../../src/risk/warningText';

// The demo exchange's ticket (its adapter assesses it under Binance USDⓈ-M rules): BTCUSDT at 62,000,
// "Avbl 12,500.00 USDT", leverage 20×.
const demo = {
  venue: 'binance-usdm',
  symbol: 'BTCUSDT',
  side: 'long',
  orderType: 'limit',
  price: 62_000,
  markPrice: 62_000,
  size: { value: 0.1, unit: 'base' },
  leverage: 20,
  marginMode: 'isolated',
  balance: 12_500,
} satisfies RiskInput;

const codes = (r: RiskReport) => r.warnings.map((w) => w.code);
/** The warning of this code with its English sentence, as the CLI prints it. */
const warning = (r: RiskReport, code: string) => {
  const w = r.warnings.find((x) => x.code === code);
  return w && { ...w, message: warningMessage(w) };
};
/** Any text a trader could read: every message and reason, and the report as the CLI prints it. */
const texts = (r: RiskReport) => [...r.warnings.map(warningMessage), liquidationReason(r) ?? '', r.sizeForRiskWhy ? sizingReason(r.sizeForRiskWhy) : ''];
const EXPONENT = /\d(?:\.\d+)?e[+-]?\d/i;

describe('a margin above the available balance', () => {
  it('100 BTC at 20× on a 12,500 USDT balance is danger: "You do not have the margin for this order"', () => {
    const r = assess({ ...demo, size: { value: 100, unit: 'base' } });
    // 6,200,000 USDT at 20× needs 310,000 USDT of margin; isolated, its liquidation price looks fine on its own.
    expect(r.initialMargin).toBe(310_000);
    expect(r.severity).toBe('danger');
    const w = warning(r, 'notEnoughMargin');
    expect(w?.severity).toBe('danger');
    expect(w?.message).toMatch(/^You do not have the margin for this order/);
    expect(w?.message).toContain('310,000.00 USDT');
    expect(w?.message).toContain('12,500.00 USDT');
  });

  it('is danger in cross margin too, where the balance also backs the position', () => {
    const r = assess({ ...demo, marginMode: 'cross', size: { value: 100, unit: 'base' } });
    expect(warning(r, 'notEnoughMargin')?.severity).toBe('danger');
  });

  it('is not raised when the margin fits: 0.1 BTC at 20× needs 310 USDT', () => {
    const r = assess(demo);
    expect(codes(r)).not.toContain('notEnoughMargin');
    expect(r.severity).toBe('safe');
  });

  it('is not raised when the margin is exactly the balance', () => {
    const r = assess({ ...demo, balance: 310 });
    expect(r.initialMargin).toBe(310);
    expect(codes(r)).not.toContain('notEnoughMargin');
  });

  it('counts only the part of the order that opens: closing a long needs no margin, flipping it needs margin for the rest', () => {
    const position = { side: 'long', size: 100, entryPrice: 62_000, margin: 310_000 } as const;
    const closing = assess({ ...demo, side: 'short', size: { value: 100, unit: 'base' }, position, balance: 0 });
    expect(codes(closing)).not.toContain('notEnoughMargin');
    // Selling 200 closes the 100 long and opens a 100 short: 310,000 USDT of new margin.
    const flipping = assess({ ...demo, side: 'short', size: { value: 200, unit: 'base' }, position, balance: 300_000 });
    expect(warning(flipping, 'notEnoughMargin')?.message).toContain('310,000.00 USDT');
    expect(codes(assess({ ...demo, side: 'short', size: { value: 200, unit: 'base' }, position, balance: 310_000 }))).not.toContain('notEnoughMargin');
  });

  it('is not guessed without a balance', () => {
    const r = assess({ ...demo, size: { value: 100, unit: 'base' }, balance: null });
    expect(codes(r)).not.toContain('notEnoughMargin');
    expect(r.severity).toBe('unknown');
  });
});

describe('leverage the venue does not offer', () => {
  it('0.0002× (shown as "0.00×") with a margin 25,000 times the balance is danger, not safe', () => {
    const r = assess({ ...demo, marginMode: 'cross', size: { value: 1, unit: 'base' }, leverage: 0.0002 });
    expect(r.severity).toBe('danger');
    expect(warning(r, 'leverageBelowVenueMin')?.message).toBe('Leverage 0.0002× is below what Binance USDⓈ-M allows (at least 1×)');
    expect(warning(r, 'notEnoughMargin')?.severity).toBe('danger');
    // Not a figure to print as "0.00×": the warning names it instead.
    expect(r.positionLeverage).toBeNull();
  });

  it('above the table maximum of the symbol: 150× on BTCUSDT (at most 125×), 30× on Hyperliquid ETH (at most 25×)', () => {
    const r = assess({ ...demo, leverage: 150 });
    expect(r.severity).toBe('danger');
    expect(warning(r, 'leverageAboveVenueMax')?.message).toBe('Leverage 150× is beyond what Binance USDⓈ-M allows on BTCUSDT (at most 125×)');
    expect(r.positionLeverage).toBeNull();
    const eth = assess({ ...demo, venue: 'hyperliquid', symbol: 'ETH', leverage: 30, price: 3_000, markPrice: 3_000 });
    expect(warning(eth, 'leverageAboveVenueMax')?.message).toBe('Leverage 30× is beyond what Hyperliquid allows on ETH (at most 25×)');
  });

  it('a symbol without its own tier table is held to the venue-wide maximum, not to the stand-in table', () => {
    // SOLUSDT gets Binance's 50× small-cap table as a stand-in: 75× is not "beyond Binance".
    const sol = { ...demo, symbol: 'SOLUSDT', price: 150, markPrice: 150, size: { value: 1, unit: 'base' } } satisfies RiskInput;
    expect(codes(assess({ ...sol, leverage: 75 }))).not.toContain('leverageAboveVenueMax');
    expect(warning(assess({ ...sol, leverage: 200 }), 'leverageAboveVenueMax')?.message).toBe('Leverage 200× is beyond what Binance USDⓈ-M allows on any market (at most 125×)');
  });

  it('leverage within the range gives no such warning and keeps its figure', () => {
    for (const leverage of [1, 20, 125]) {
      const r = assess({ ...demo, leverage });
      expect(codes(r).filter((c) => c.startsWith('leverage'))).toEqual([]);
      expect(r.positionLeverage).toBe(leverage);
    }
  });

  it('a trader limit on a leverage beyond the venue names it instead of printing a meaningless figure', () => {
    const r = assess({ ...demo, leverage: 1e22, limits: { maxLeverage: 10 } });
    expect(warning(r, 'maxLeverage')?.message).toBe('Leverage is beyond what Binance USDⓈ-M allows (at most 125×), above your maximum of 10×');
    for (const t of texts(r)) expect(t).not.toMatch(EXPONENT);
  });
});

describe('a size beyond the venue maximum', () => {
  it('1e23 BTC: named as beyond what the venue allows, with no "4.9599999999999997e+23×" anywhere', () => {
    const r = assess({ ...demo, marginMode: 'cross', size: { value: 1e23, unit: 'base' }, limits: { maxAccountLeverage: 10, maxLeverage: 10 } });
    expect(r.severity).toBe('danger');
    expect(warning(r, 'sizeAboveVenueMax')?.message).toBe(
      'The order is beyond what Binance USDⓈ-M allows on BTCUSDT: a position there is at most 1,800,000,000 USDT',
    );
    for (const t of texts(r)) expect(t).not.toMatch(EXPONENT);
    expect(JSON.stringify(r)).not.toMatch(EXPONENT);
    // No figure of an order the venue would refuse: no account leverage, margin or liquidation price.
    expect(r.accountLeverage).toBeNull();
    expect(r.initialMargin).toBeNull();
    expect(r.liquidationPrice).toBeNull();
    expect(liquidationReason(r)).toBe('Unknown: the order is beyond what Binance USDⓈ-M allows on BTCUSDT');
  });

  it('1e20 BTC with a stop and a risk budget: still no exponent in any message', () => {
    const r = assess({ ...demo, size: { value: 1e20, unit: 'base' }, stopLoss: 60_000, riskPerTrade: 0.01, limits: { maxAccountLeverage: 10, maxLossAtStop: 0.02, minLiquidationDistance: 0.05 } });
    expect(codes(r)).toContain('sizeAboveVenueMax');
    expect(r.severity).toBe('danger');
    for (const t of texts(r)) expect(t).not.toMatch(EXPONENT);
  });

  it('counts the resulting position: adding 100 BTC to a 29,000 BTC long passes 1,800,000,000 USDT', () => {
    const position = { side: 'long', size: 29_000, entryPrice: 62_000 } as const;
    const big = { ...demo, position, leverage: 1, balance: 1e10 } satisfies RiskInput;
    expect(codes(assess({ ...big, size: { value: 100, unit: 'base' } }))).toContain('sizeAboveVenueMax');
    expect(codes(assess({ ...big, size: { value: 30, unit: 'base' } }))).not.toContain('sizeAboveVenueMax');
    // Reducing it is always allowed.
    expect(codes(assess({ ...big, side: 'short', size: { value: 100, unit: 'base' } }))).not.toContain('sizeAboveVenueMax');
  });

  it('a whale order inside Binance\'s twelve brackets is not "beyond Binance": 200,000,000 USDT of BTC at 5×', () => {
    const r = assess({ ...demo, size: { value: 200_000_000 / 62_000, unit: 'base' }, leverage: 5, balance: 1e9 });
    expect(codes(r)).not.toContain('sizeAboveVenueMax');
    expect(r.liquidationPrice).not.toBeNull();
  });

  it('is not guessed where the table stops before the venue does (Bybit BTCUSDT rows end at 80,000,000 USDT)', () => {
    const r = assess({ ...demo, venue: 'bybit-linear', size: { value: 100_000_000 / 62_000, unit: 'base' }, leverage: 5, balance: 1e9 });
    expect(codes(r)).not.toContain('sizeAboveVenueMax');
  });

  it('is not guessed for a symbol priced from a stand-in table (Bitget DOGEUSDT: stand-in ends at 2,500,000 USDT)', () => {
    const r = assess({ ...demo, venue: 'bitget-usdtm', symbol: 'DOGEUSDT', price: 0.2, markPrice: 0.2, size: { value: 20_000_000, unit: 'base' }, leverage: 1, balance: 1e9 });
    expect(codes(r)).not.toContain('sizeAboveVenueMax');
  });
});

describe('figures in words: never exponent notation, never a meaningless 0', () => {
  it('an account leverage far above the venue maximum (tiny equity, allowed size) is named in the limit warning', () => {
    const r = assess({ ...demo, marginMode: 'cross', balance: 0.000001, size: { value: 10, unit: 'base' }, limits: { maxAccountLeverage: 10 } });
    expect(warning(r, 'maxAccountLeverage')?.message).toBe('Account leverage is beyond what Binance USDⓈ-M allows (at most 125×), above your maximum of 10×');
    for (const t of texts(r)) expect(t).not.toMatch(EXPONENT);
  });
});
