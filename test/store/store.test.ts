/**
 * The store rules the manifest and the package can break: each test is something the Chrome Web
 * Store (or another store) would reject or flag on upload. Reads the Chrome build and the zip
 * `wxt zip` made from it (`npm run test:store` makes both).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { readZip } from './zip';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.resolve(root, process.env.LG_OUT_DIR ?? '.output');
const buildDir = (target: string) => path.join(outDir, target);
const manifestOf = (target: string) => JSON.parse(readFileSync(path.join(buildDir(target), 'manifest.json'), 'utf8'));
const chrome = manifestOf('chrome-mv3');
const firefox = manifestOf('firefox-mv3');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
// WXT's default artifact name: {{name}}-{{version}}-{{browser}}.zip
const chromeZip = path.join(outDir, `${pkg.name}-${chrome.version}-chrome.zip`);

/** Length as the stores count it: characters, not UTF-8 bytes (’ is one character). */
const chars = (s: string) => [...s].length;

/**
 * The manifest's name and description in every language it ships: `__MSG_key__` resolved from the
 * build's `_locales/<lang>/messages.json`, as the stores show them (a literal text counts as one).
 */
function textsIn(target: string, manifest: { name: string; description: string; version: string; short_name?: string }) {
  const dir = path.join(buildDir(target), '_locales');
  const langs = existsSync(dir) ? readdirSync(dir) : [];
  const resolve = (text: string, messages: Record<string, { message: string }>) =>
    text.replace(/__MSG_(\w+)__/g, (whole, key: string) => messages[key]?.message ?? whole);
  if (langs.length === 0) return [{ ...manifest, lang: 'default' }];
  return langs.map((lang) => {
    const messages = JSON.parse(readFileSync(path.join(dir, lang, 'messages.json'), 'utf8'));
    return { ...manifest, lang, name: resolve(manifest.name, messages), description: resolve(manifest.description, messages) };
  });
}

describe.each([
  ...textsIn('chrome-mv3', chrome).map((t) => [`chrome-mv3 (${t.lang})`, t] as const),
  ...textsIn('firefox-mv3', firefox).map((t) => [`firefox-mv3 (${t.lang})`, t] as const),
])('%s manifest text', (_target, m) => {
  // developer.chrome.com/docs/extensions/reference/manifest/description: "no more than 132 characters".
  test('description is plain text of at most 132 characters', () => {
    expect(chars(m.description), m.description).toBeLessThanOrEqual(132);
    expect(m.description).not.toMatch(/<[a-z/]|__MSG_/i);
  });

  // MDN manifest.json/name: Chrome Web Store at most 75 characters, addons.mozilla.org 50,
  // Microsoft Edge Add-ons 45. The strictest store decides.
  test('name is at most 45 characters', () => {
    expect(chars(m.name)).toBeGreaterThan(0);
    expect(chars(m.name)).toBeLessThanOrEqual(45);
    if (m.short_name !== undefined) expect(chars(m.short_name)).toBeLessThanOrEqual(12);
  });

  // developer.chrome.com/docs/extensions/reference/manifest/version: one to four dot-separated
  // integers 0–65535, no leading zeros; Chrome refuses to load anything else.
  test('version is one to four dot-separated integers', () => {
    expect(m.version).toMatch(/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/);
    for (const part of m.version.split('.')) expect(Number(part)).toBeLessThanOrEqual(65535);
  });
});

describe('icons', () => {
  // developer.chrome.com/docs/extensions/reference/manifest/icons: 128 (install dialog and the store),
  // 48 (extensions page), 32 (Windows), 16 (favicon, toolbar).
  test.each([16, 32, 48, 128])('a %i×%i PNG is declared and is a real PNG of that size', (size) => {
    for (const m of [chrome, firefox]) {
      const file = m.icons?.[String(size)];
      expect(file, `icons.${size} in the manifest`).toBeTypeOf('string');
      const target = m === chrome ? 'chrome-mv3' : 'firefox-mv3';
      const png = PNG.sync.read(readFileSync(path.join(buildDir(target), file)));
      expect([png.width, png.height]).toEqual([size, size]);
    }
  });

  // developer.chrome.com/docs/webstore/images#icons: "The actual icon size should be 96x96 (for square
  // icons); an additional 16 pixels per side should be transparent padding, adding up to 128x128".
  test('the 128 px store icon is 96 px artwork, centred, with a 16 px fully transparent border', () => {
    const png = PNG.sync.read(readFileSync(path.join(buildDir('chrome-mv3'), chrome.icons['128'])));
    const alpha = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3]!;
    const opaqueBorder: string[] = [];
    let [left, top, right, bottom] = [128, 128, -1, -1];
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if (alpha(x, y) === 0) continue;
        if (x < 16 || x >= 112 || y < 16 || y >= 112) opaqueBorder.push(`(${x},${y})`);
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
    }
    expect(opaqueBorder.slice(0, 10), `${opaqueBorder.length} border pixels are not transparent`).toEqual([]);
    // The artwork uses the 96 px box (not a tiny mark in the middle) and sits in its centre.
    expect(Math.max(right - left + 1, bottom - top + 1)).toBeGreaterThanOrEqual(90);
    expect(Math.abs(left - (127 - right))).toBeLessThanOrEqual(1);
    expect(Math.abs(top - (127 - bottom))).toBeLessThanOrEqual(1);
  });
});

/**
 * Which code each permission is for. The store rejects items that ask for permissions they do not
 * use ("Use of Permissions"); a permission with no rule here fails the test until one is written.
 */
const PERMISSION_USES: Record<string, RegExp> = {
  // WXT's storage items (auto-imported `storage`) and the raw API.
  storage: /\bstorage\.defineItem\s*[<(]|\bbrowser\.storage\./,
  unlimitedStorage: /\bbrowser\.storage\.local\./,
  alarms: /\bbrowser\.alarms\./,
  notifications: /\bbrowser\.notifications\./,
  contextMenus: /\bbrowser\.(contextMenus|menus)\./,
  scripting: /\bbrowser\.scripting\./,
  cookies: /\bbrowser\.cookies\./,
  webRequest: /\bbrowser\.webRequest\./,
  declarativeNetRequest: /\bbrowser\.declarativeNetRequest\./,
  // tabs.query/get work without it; "tabs" only unlocks url/title of tabs on hosts we may not read.
  tabs: /\bbrowser\.tabs\.\w+\([^)]*\)[\s\S]{0,200}\.(url|title|favIconUrl)\b/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name) ? [file] : [];
  });
}

describe('permissions', () => {
  const code = [...sourceFiles(path.join(root, 'src')), ...sourceFiles(path.join(root, 'entrypoints'))].map((file) => ({
    file: path.relative(root, file),
    text: readFileSync(file, 'utf8'),
  }));

  test.each([
    ['chrome-mv3', chrome],
    ['firefox-mv3', firefox],
  ])('%s: every API permission is used by the extension’s code', (_target, m) => {
    for (const permission of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]) {
      const use = PERMISSION_USES[permission];
      expect(use, `no rule says which code uses "${permission}": add one to PERMISSION_USES`).toBeDefined();
      const users = code.filter((c) => use!.test(c.text)).map((c) => c.file);
      expect(users, `"${permission}" is requested but no code in src/ or entrypoints/ uses it`).not.toEqual([]);
    }
  });

  test.each([
    ['chrome-mv3', chrome],
    ['firefox-mv3', firefox],
  ])('%s: every host permission is a host a content script runs on', (_target, m) => {
    const scriptOrigins = new Set<string>(
      (m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches).map((p: string) => new URL(p.replaceAll('*', 'x')).origin),
    );
    for (const host of m.host_permissions ?? []) {
      expect(scriptOrigins.has(new URL(host.replaceAll('*', 'x')).origin), `${host}: no content script matches it`).toBe(true);
    }
  });
});

describe('the Chrome Web Store package (wxt zip)', () => {
  const entries = () => {
    expect(existsSync(chromeZip), `${path.relative(root, chromeZip)} (run \`npx wxt zip\`)`).toBe(true);
    return readZip(readFileSync(chromeZip));
  };

  test('has the manifest at its root and the same files as the build', () => {
    const names = entries().map((e) => e.name);
    expect(names).toContain('manifest.json');
    const built = (dir: string, prefix = ''): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? built(path.join(dir, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
    expect([...names].filter((n) => !n.endsWith('/')).sort()).toEqual(built(buildDir('chrome-mv3')).sort());
  });

  test('ships no source maps, sources, tests or test fixtures', () => {
    const shipped = entries();
    const offending = shipped
      .map((e) => e.name)
      .filter((n) => /\.map$|\.tsx?$|(^|\/)(tests?|__tests__|fixtures?|e2e)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(n));
    expect(offending).toEqual([]);
    const mapped = shipped.filter((e) => /\.(m?js|css|html)$/.test(e.name) && /[#@]\s*sourceMappingURL=/.test(e.read().toString('utf8')));
    expect(mapped.map((e) => e.name)).toEqual([]);
  });
});
