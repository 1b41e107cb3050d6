import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_BACKUPS,
  addBackup,
  dismissRepairs,
  keepUnreadable,
  listBackups,
  parseBackups,
  repairBackups,
  unseenRepairs,
  type BackupEntry,
} from '@/src/settings/backups';

const T = new Date('2026-03-01T10:00:00Z');
const stored = async () => ((await fakeBrowser.storage.local.get('settingsBackup')) as { settingsBackup?: unknown }).settingsBackup;
const entry = (over: Partial<BackupEntry> = {}): BackupEntry =>
  ({ id: 'import-1', at: '2026-02-01T10:00:00.000Z', kind: 'import', version: 3, issues: [], original: { limits: {} }, seen: true, ...over }) as BackupEntry;

beforeEach(() => fakeBrowser.reset());

describe('the backups list, whatever is stored', () => {
  it('reads nothing stored as no backups', () => {
    expect(parseBackups(undefined, T)).toEqual({ list: [], changed: false });
    expect(parseBackups(null, T)).toEqual({ list: [], changed: false });
  });

  it('keeps a list that is not a list as text, in a new list', () => {
    for (const junk of ['not a list', 5, true, { a: 1 }]) {
      const { list, changed } = parseBackups(junk, T);
      expect(changed).toBe(true);
      expect(list).toEqual([
        expect.objectContaining({ kind: 'unreadable', from: 'settings-backups', original: JSON.stringify(junk), seen: false, at: T.toISOString() }),
      ]);
      expect(list[0]!.issues[0]).toContain('not a list; kept it as text');
    }
  });

  it('keeps each entry of the wrong shape as text, in its place, and the others as they are', () => {
    const good = entry();
    const { list, changed } = parseBackups([good, { id: 7, kind: 'mystery' }, null, { ...entry(), at: 'yesterday' }], T);
    expect(changed).toBe(true);
    expect(list.map((b) => b.kind)).toEqual(['import', 'unreadable', 'unreadable', 'unreadable']);
    expect(list[0]).toEqual(good);
    expect(list[1]).toMatchObject({ from: 'backup-entry', original: '{"id":7,"kind":"mystery"}' });
    expect(list[2]).toMatchObject({ from: 'backup-entry', original: 'null' });
    expect(new Set(list.map((b) => b.id)).size).toBe(4);
  });

  it('keeps fields a newer version added to an entry', () => {
    const newer = { ...entry(), device: 'laptop' };
    expect(parseBackups([newer], T).list[0]).toEqual(newer);
  });

  it('writes the repaired list back once, and then it reads as it is', async () => {
    await fakeBrowser.storage.local.set({ settingsBackup: [entry(), 'junk'] });
    await repairBackups(() => T);
    const written = await stored();
    expect(written).toEqual([entry(), expect.objectContaining({ kind: 'unreadable', original: '"junk"' })]);
    expect(parseBackups(written).changed).toBe(false);
  });

  it('adds a backup to a list that was junk, keeping the junk as text', async () => {
    await fakeBrowser.storage.local.set({ settingsBackup: 'junk' });
    await addBackup({ kind: 'repair', version: 3, issues: ['x'], original: { limits: 5 } }, () => T);
    expect((await listBackups()).map((b) => [b.kind, b.original])).toEqual([
      ['repair', { limits: 5 }],
      ['unreadable', '"junk"'],
    ]);
  });

  it(`keeps the newest ${MAX_BACKUPS} settings backups and, apart from them, the newest ${MAX_BACKUPS} unreadable values`, async () => {
    for (let i = 0; i < MAX_BACKUPS + 2; i++) await addBackup({ kind: 'import', version: 3, issues: [], original: { n: i } });
    for (let i = 0; i < MAX_BACKUPS + 1; i++) await keepUnreadable('override-log', { n: i });
    const list = await listBackups();
    expect(list.filter((b) => b.kind === 'import').map((b) => b.original)).toEqual([6, 5, 4, 3, 2].map((n) => ({ n })));
    expect(list.filter((b) => b.kind === 'unreadable')).toHaveLength(MAX_BACKUPS);
  });

  it('keeps the same unreadable value once, and both of two changes made at once', async () => {
    await Promise.all([keepUnreadable('override-log', 'x'), keepUnreadable('override-log', 'x'), addBackup({ kind: 'reset', version: 3, issues: [], original: {} })]);
    expect((await listBackups()).map((b) => b.kind).sort()).toEqual(['reset', 'unreadable']);
  });

  it('tells the trader about repairs and unreadable values until dismissed', async () => {
    await fakeBrowser.storage.local.set({ settingsBackup: [entry(), 'junk'] });
    await addBackup({ kind: 'repair', version: 3, issues: ['x'], original: 1 });
    expect((await unseenRepairs()).map((b) => b.kind)).toEqual(['repair', 'unreadable']);
    await dismissRepairs();
    expect(await unseenRepairs()).toEqual([]);
    expect(await listBackups()).toHaveLength(3);
  });
});
