import { describe, expect, it } from 'vitest';
import { SYNC_ITEM_QUOTA_BYTES, chromeItemBytes, syncItemBytes } from '@/src/settings/syncQuota';

// What Chromium's getBytesInUse reported for `{ k: value }` (measured; the e2e suite re-measures
// these rules against the browser on every run).
const MEASURED: [unknown, number][] = [
  [{ s: 'a' }, 10],
  [{ s: '<' }, 15], // \u003C
  [{ s: '>' }, 10],
  [{ s: '&' }, 10],
  [{ s: '"' }, 11],
  [{ s: '\n' }, 11],
  [{ s: '\u0001' }, 15],
  [{ s: '\u007f' }, 10],
  [{ s: '\u2028' }, 15],
  [{ s: 'é' }, 11],
  [{ s: '€' }, 12],
  [{ s: '😀' }, 13],
  [{ s: 1.5 }, 10],
  [{ s: 1e21 }, 12],
  [{ s: 1e-7 }, 11],
  [{ s: 1.2345678901234567e19 }, 29], // written by Chrome as 1.2345678901234567e+19
  [{ s: { b: '<x>' } }, 23],
  [2147483647, 11],
  [2147483648, 13], // 2147483648.0
  [1700000000000, 8], // 1.7e+12
  [1e11, 15], // 100000000000.0
  [0.0000015, 10],
  [-1.7e12, 9],
  [{ a: undefined, b: 1 }, 8],
  [[undefined, 1], 9],
];

describe('sync quota: bytes as the browser counts them', () => {
  it('counts what Chrome counts', () => {
    for (const [value, bytes] of MEASURED) expect(chromeItemBytes('k', value), JSON.stringify(value)).toBe(bytes);
  });

  it('never counts less than Chrome or Firefox (key + JSON.stringify in UTF-8)', () => {
    for (const [value, bytes] of MEASURED) {
      expect(syncItemBytes('k', value)).toBeGreaterThanOrEqual(bytes);
      expect(syncItemBytes('k', value)).toBeGreaterThanOrEqual(1 + new TextEncoder().encode(JSON.stringify(value)).length);
    }
    expect(syncItemBytes('settings', { t: 1e20 })).toBe(8 + '{"t":100000000000000000000}'.length); // Firefox's is the larger here
  });

  it('sees that names full of "<" do not fit, where counting characters says they do', () => {
    const value = { presets: [{ name: '<'.repeat(1500) }] };
    expect(8 + JSON.stringify(value).length).toBeLessThan(SYNC_ITEM_QUOTA_BYTES);
    expect(syncItemBytes('settings', value)).toBeGreaterThan(SYNC_ITEM_QUOTA_BYTES);
  });
});
