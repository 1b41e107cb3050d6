import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { venueHostPermissions } from '../../src/venues/hosts';

const outDir = path.resolve(process.env.LG_OUT_DIR ?? '.output');
const manifest = (target: string) => JSON.parse(readFileSync(path.join(outDir, target, 'manifest.json'), 'utf8'));

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test.describe(`${target} manifest`, () => {
    test('is Manifest V3 and asks only for storage and the supported exchanges', () => {
      const m = manifest(target);
      expect(m.manifest_version).toBe(3);
      expect(m.permissions ?? []).toEqual(['storage']);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect([...(m.host_permissions ?? [])].sort()).toEqual([...venueHostPermissions].sort());
      const everyMatch: string[] = (m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
      expect(everyMatch.length).toBeGreaterThan(0);
      for (const pattern of everyMatch) {
        expect(pattern).not.toMatch(/<all_urls>|^\*:|^https?:\/\/\*\//);
        const host = new URL(pattern.replace('*', 'x')).origin;
        expect(venueHostPermissions.some((p) => p.startsWith(host))).toBe(true);
      }
      expect(JSON.stringify(m)).not.toMatch(/<all_urls>/);
    });

    test('ships the demo exchange and the popup', () => {
      const m = manifest(target);
      expect(existsSync(path.join(outDir, target, 'demo.html'))).toBe(true);
      expect(m.action?.default_popup).toBe('popup.html');
    });
  });
}

test('the Firefox build declares its gecko id and that it collects no data', () => {
  const gecko = manifest('firefox-mv3').browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/@/);
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
});
