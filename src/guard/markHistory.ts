/** Mark prices the overlay has seen, to express the distance to liquidation in daily ranges. */
const DAY_MS = 24 * 60 * 60 * 1000;
/** Marks are kept as one high/low per minute: a day is at most 1,441 buckets, however fast the mark ticks. */
const BUCKET_MS = 60 * 1000;

export class MarkHistory {
  private buckets: { start: number; high: number; low: number }[] = [];
  private symbol: string | null = null;

  /** Records a mark price; a new symbol starts a new history. */
  add(symbol: string | null, mark: number, now: number): void {
    if (symbol !== this.symbol) {
      this.symbol = symbol;
      this.buckets = [];
    }
    const start = now - (now % BUCKET_MS);
    const last = this.buckets[this.buckets.length - 1];
    // A clock set back lands in the latest bucket rather than reordering the day.
    if (last && start <= last.start) {
      if (mark > last.high) last.high = mark;
      if (mark < last.low) last.low = mark;
    } else {
      this.buckets.push({ start, high: mark, low: mark });
    }
    while (this.buckets.length > 0 && this.buckets[0]!.start + BUCKET_MS <= now - DAY_MS) this.buckets.shift();
  }

  /** High minus low of the marks seen in the last 24 h (0 when fewer than two differ). */
  range(): number {
    let high = -Infinity;
    let low = Infinity;
    for (const b of this.buckets) {
      if (b.high > high) high = b.high;
      if (b.low < low) low = b.low;
    }
    return high > low ? high - low : 0;
  }
}

/**
 * The recent daily range: the page's 24 h high − low when it shows them, widened by any
 * larger swing the overlay itself saw. Null when neither is known.
 */
export function dailyRange(high: number | null, low: number | null, seenRange: number): number | null {
  const page = high != null && low != null && high > low ? high - low : 0;
  const range = Math.max(page, seenRange);
  return range > 0 ? range : null;
}
