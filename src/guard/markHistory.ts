/** Mark prices the overlay has seen, to express the distance to liquidation in daily ranges. */
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_POINTS = 4096;

export class MarkHistory {
  private times: number[] = [];
  private marks: number[] = [];
  private symbol: string | null = null;

  /** Records a mark price; a new symbol starts a new history. */
  add(symbol: string | null, mark: number, now: number): void {
    if (symbol !== this.symbol) {
      this.symbol = symbol;
      this.times = [];
      this.marks = [];
    }
    if (this.marks[this.marks.length - 1] === mark) return;
    this.times.push(now);
    this.marks.push(mark);
    while (this.times.length > MAX_POINTS || (this.times.length > 0 && this.times[0]! < now - DAY_MS)) {
      this.times.shift();
      this.marks.shift();
    }
  }

  /** High minus low of the marks seen in the last 24 h (0 when fewer than two differ). */
  range(): number {
    if (this.marks.length < 2) return 0;
    return Math.max(...this.marks) - Math.min(...this.marks);
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
