import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { venueHostPermissions } from '../../src/venues/catalogue';

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
  const settings = manifest('firefox-mv3').browser_specific_settings;
  expect(settings?.gecko?.id).toMatch(/@/);
  expect(settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  // data_collection_permissions needs Firefox 140 on desktop and 142 on Android (MDN browser compat).
  expect(parseFloat(settings?.gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
  expect(parseFloat(settings?.gecko_android?.strict_min_version)).toBeGreaterThanOrEqual(142);
});

test('no content script has an empty list: Firefox refuses to install such a manifest', () => {
  // "Error processing content_scripts.1.exclude_matches: Array requires at least 1 items" (Firefox's
  // schema gives every content-script pattern list minItems 1; Chrome ignores empty ones).
  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    for (const [i, script] of (manifest(target).content_scripts ?? []).entries()) {
      for (const key of ['matches', 'exclude_matches', 'include_globs', 'exclude_globs', 'js', 'css']) {
        if (key in script) expect(script[key], `${target} content_scripts.${i}.${key}`).not.toEqual([]);
      }
    }
  }
});
