import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file that runs inside an exchange page or the extension (not fixtures, not the demo page's own exchange). */
function shippedSources(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'fixtures' ? [] : shippedSources(file);
    return /\.(ts|tsx)$/.test(name) && file !== path.join('src', 'venues', 'demo', 'exchange.ts') ? [file] : [];
  });
}

const files = [...shippedSources(), ...shippedSources('entrypoints')];

describe('source audit: what the extension may do to a page', () => {
  it('finds the sources it audits', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s never turns text into HTML', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|outerHTML\s*=|document\.write/);
  });

  it.each(files)('%s makes no network request and loads no remote code', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket\s*\(|sendBeacon|EventSource\s*\(|new\s+Function\s*\(|\beval\s*\(|importScripts/);
  });

  it.each(files)('%s never touches the exchange’s cookies or web storage', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/document\.cookie|\blocalStorage\b|\bsessionStorage\b|indexedDB/);
  });
});
