import { describe, expect, it } from 'vitest';
import { dailyRange, MarkHistory } from '@/src/guard/markHistory';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('the marks the overlay has seen (the distance to liquidation in daily ranges)', () => {
  it('the range is the highest minus the lowest mark of the last 24 hours', () => {
    const h = new MarkHistory();
    const t0 = Date.UTC(2026, 10, 25, 0, 0, 0);
    h.add('BTCUSDT', 64_000, t0);
    h.add('BTCUSDT', 65_200, t0 + 2 * HOUR);
    h.add('BTCUSDT', 63_500, t0 + 10 * HOUR);
    expect(h.range()).toBe(1_700);
    // 27 h after the start, the first two marks are older than a day; the 63,500 low remains.
    h.add('BTCUSDT', 63_900, t0 + 27 * HOUR);
    expect(h.range()).toBe(400);
  });

  it('a mark ticking 4 times a second for a whole day still remembers the swing of the morning', () => {
    const h = new MarkHistory();
    const t0 = Date.UTC(2026, 10, 25, 0, 0, 0);
    h.add('BTCUSDT', 70_000, t0); // the day's high, first thing
    for (let t = 250; t < 23 * HOUR; t += 250) h.add('BTCUSDT', 64_000 + ((t / 250) % 7), t0 + t);
    expect(h.range()).toBe(70_000 - 64_000);
  });

  it('a new symbol starts a new history; one mark is no range', () => {
    const h = new MarkHistory();
    h.add('BTCUSDT', 64_000, 0);
    h.add('BTCUSDT', 66_000, MIN);
    h.add('ETHUSDT', 3_100, 2 * MIN);
    expect(h.range()).toBe(0);
  });

  it('a clock set back does not lose or invent marks', () => {
    const h = new MarkHistory();
    h.add('BTCUSDT', 64_000, 10 * HOUR);
    h.add('BTCUSDT', 64_800, 9 * HOUR);
    expect(h.range()).toBe(800);
  });

  it('the page’s own 24 h high/low is used, widened by a larger swing seen; nothing known is null', () => {
    expect(dailyRange(65_000, 63_000, 500)).toBe(2_000);
    expect(dailyRange(65_000, 63_000, 2_500)).toBe(2_500);
    expect(dailyRange(null, null, 0)).toBeNull();
  });
});
