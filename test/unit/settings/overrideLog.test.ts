import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listBackups } from '@/src/settings/backups';
import {
  MAX_OVERRIDES,
  clearOverrideLog,
  csvField,
  loadOverrideLog,
  overrideLogToCsv,
  overridesOn,
  overridesToday,
  overridesTodayText,
  parseOverrideLog,
  recordOverride,
  repairOverrideLog,
  watchOverrideLog,
  type OverrideRecord,
} from '@/src/settings/overrideLog';

const at = (d: number, h: number, m = 0) => new Date(2026, 3, d, h, m).getTime();

const rec = (over: Partial<OverrideRecord> = {}): OverrideRecord => ({
  at: at(2, 10),
  site: 'binance-usdm',
  symbol: 'BTCUSDT',
  side: 'long',
  leverage: 20,
  severity: 'danger',
  warnings: ['Leverage 20× is above your maximum of 10×.'],
  ...over,
});

beforeEach(() => fakeBrowser.reset());

describe('recording overrides', () => {
  it('appends to local storage only, never sync', async () => {
    await recordOverride(rec());
    const saved = await recordOverride({ ...rec({ at: at(2, 11) }), symbol: 'ETHUSDT' });
    expect(saved.symbol).toBe('ETHUSDT');
    expect((await loadOverrideLog()).map((r) => r.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['overrideLog']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('stamps the time when none is given', async () => {
    const before = Date.now();
    const { at: _at, ...noTime } = rec();
    const saved = await recordOverride(noTime);
    expect(saved.at).toBeGreaterThanOrEqual(before);
    expect(saved.at).toBeLessThanOrEqual(Date.now());
  });

  it('keeps both of two overrides recorded at once', async () => {
    await Promise.all([recordOverride(rec({ symbol: 'A' })), recordOverride(rec({ symbol: 'B' })), recordOverride(rec({ symbol: 'C' }))]);
    expect((await loadOverrideLog()).map((r) => r.symbol)).toEqual(['A', 'B', 'C']);
  });

  it(`keeps the newest ${MAX_OVERRIDES}`, async () => {
    const full = Array.from({ length: MAX_OVERRIDES }, (_, i) => rec({ at: i, symbol: `S${i}` }));
    await fakeBrowser.storage.local.set({ overrideLog: full });
    await recordOverride(rec({ at: 5000, symbol: 'NEW' }));
    const log = await loadOverrideLog();
    expect(log).toHaveLength(MAX_OVERRIDES);
    expect(log[0]!.symbol).toBe('S1');
    expect(log.at(-1)!.symbol).toBe('NEW');
  });

  it('clips long text and refuses what is not a record', async () => {
    const saved = await recordOverride(rec({ symbol: 'X'.repeat(500), warnings: Array.from({ length: 30 }, () => 'w') }));
    expect(saved.symbol).toHaveLength(200);
    expect(saved.warnings).toHaveLength(20);
    await expect(recordOverride(rec({ severity: 'awful' as never }))).rejects.toThrow('Not a valid override record.');
    await expect(recordOverride(rec({ at: Number.NaN }))).rejects.toThrow();
    expect(await loadOverrideLog()).toHaveLength(1);
  });

  it('reads past damaged records, and clears', async () => {
    await fakeBrowser.storage.local.set({ overrideLog: [rec(), null, { at: 'yesterday' }, rec({ at: at(2, 12) })] });
    expect(await loadOverrideLog()).toEqual([rec(), rec({ at: at(2, 12) })]);
    expect(parseOverrideLog('nope')).toEqual([]);
    const seen: number[] = [];
    const unwatch = watchOverrideLog((log) => seen.push(log.length));
    await clearOverrideLog();
    unwatch();
    expect(await loadOverrideLog()).toEqual([]);
    expect(seen).toEqual([0]);
  });

  it('keeps records it cannot read as text under Backups before it writes the log again', async () => {
    await fakeBrowser.storage.local.set({ overrideLog: [rec(), null, { at: 'yesterday' }] });
    await recordOverride(rec({ at: at(2, 12), symbol: 'NEW' }));
    expect((await loadOverrideLog()).map((r) => r.symbol)).toEqual(['BTCUSDT', 'NEW']);
    expect(await listBackups()).toEqual([
      expect.objectContaining({ kind: 'unreadable', from: 'override-records', original: '[null,{"at":"yesterday"}]' }),
    ]);
    expect((await listBackups())[0]!.issues).toEqual(['2 records of the override log could not be read; kept them as text.']);
  });

  it('keeps a log that is not a list as text and starts a new one', async () => {
    await fakeBrowser.storage.local.set({ overrideLog: { broken: true } });
    await repairOverrideLog();
    expect((await fakeBrowser.storage.local.get('overrideLog')).overrideLog).toEqual([]);
    expect(await listBackups()).toEqual([expect.objectContaining({ from: 'override-log', original: '{"broken":true}' })]);
    await repairOverrideLog(); // nothing more to keep
    expect(await listBackups()).toHaveLength(1);
    await recordOverride(rec());
    expect(await loadOverrideLog()).toEqual([rec()]);
  });

  it('keeps fields a newer version added to a record', async () => {
    const newer = { ...rec(), venueOrderId: '42' };
    await fakeBrowser.storage.local.set({ overrideLog: [newer] });
    await recordOverride(rec({ at: at(2, 12) }));
    expect((await fakeBrowser.storage.local.get('overrideLog')).overrideLog).toEqual([newer, rec({ at: at(2, 12) })]);
  });
});

describe('counting', () => {
  const log = [rec({ at: at(1, 23, 59) }), rec({ at: at(2, 0, 0) }), rec({ at: at(2, 9) }), rec({ at: at(2, 23, 59) }), rec({ at: at(3, 0, 0) })];

  it('counts the records of one local calendar day', () => {
    expect(overridesOn(log, new Date(2026, 3, 2, 15))).toHaveLength(3);
    expect(overridesOn(log, new Date(2026, 3, 1))).toHaveLength(1);
    expect(overridesToday(log, at(2, 18))).toBe(3);
    expect(overridesToday([], at(2, 18))).toBe(0);
  });

  it('words the count for the popup', () => {
    expect([0, 1, 3].map(overridesTodayText)).toEqual(['No overrides today', '1 override today', '3 overrides today']);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting, doubles quotes, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM')).toBe("'@SUM");
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-3)).toBe('-3'); // numbers are numbers
    expect(csvField(Number.NaN)).toBe('');
  });

  it('writes a header and one CRLF line per record, oldest first, times in ISO 8601', () => {
    const csv = overrideLogToCsv([
      rec({ at: Date.UTC(2026, 3, 2, 9, 30), warnings: ['Leverage 20× is above your maximum of 10×.', 'Liquidation 4 % away, closer than your 8 %, "tight"'] }),
      rec({ at: Date.UTC(2026, 3, 1, 8, 0), site: 'demo', symbol: null, side: null, leverage: null, severity: 'blocked', warnings: [] }),
    ]);
    expect(csv).toBe(
      'time,site,symbol,side,leverage,severity,warnings\r\n' +
        '2026-04-01T08:00:00.000Z,demo,,,,blocked,\r\n' +
        '2026-04-02T09:30:00.000Z,binance-usdm,BTCUSDT,long,20,danger,' +
        '"Leverage 20× is above your maximum of 10×. | Liquidation 4 % away, closer than your 8 %, ""tight"""\r\n',
    );
    expect(overrideLogToCsv([])).toBe('time,site,symbol,side,leverage,severity,warnings\r\n');
  });

  it('round-trips through a CSV reader', () => {
    const tricky = rec({ symbol: 'A,"B"\nC', warnings: ['x | y', 'z'] });
    const [header, row] = parseCsv(overrideLogToCsv([tricky]));
    expect(header).toEqual(['time', 'site', 'symbol', 'side', 'leverage', 'severity', 'warnings']);
    expect(row).toEqual([new Date(tricky.at).toISOString(), 'binance-usdm', 'A,"B"\nC', 'long', '20', 'danger', 'x | y | z']);
  });
});

/** A minimal RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
