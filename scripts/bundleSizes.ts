/**
 * Gzip sizes of what each part of the extension loads, from a production build: an entry's own
 * script plus every chunk it imports (an HTML page's module graph, read from its script tags).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  gzip: number;
  target: number;
  budget: number;
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A JS file and, transitively, the chunks it imports. */
function withImports(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(path.join(dir, file))) return seen;
  seen.add(file);
  const code = readFileSync(path.join(dir, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)).replace(/^\//, '');
    withImports(dir, target, seen);
  }
  return seen;
}

function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const files = new Set<string>();
  for (const m of text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) {
    const f = m[1]!;
    if (f.endsWith('.css')) files.add(f);
    else for (const x of withImports(dir, f)) files.add(x);
  }
  return [...files];
}

export function bundleSizes(outDir = path.resolve(process.env.LG_OUT_DIR ?? '.output', 'chrome-mv3')): BundleSize[] {
  const budget = JSON.parse(readFileSync('budget.json', 'utf8')) as Record<string, { target: number; limit: number }>;
  const parts: [string, string[]][] = [
    ['content-script', readdirSync(path.join(outDir, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`)],
    ['popup', pageFiles(outDir, 'popup.html')],
    ['options', pageFiles(outDir, 'options.html')],
    ['background', [...withImports(outDir, 'background.js')]],
    ['demo', pageFiles(outDir, 'demo.html')],
  ];
  const sizes: BundleSize[] = [];
  for (const [name, files] of parts) {
    const limits = budget[name]!;
    if (name === 'content-script') {
      // Each content script is loaded alone on its own venue's pages: the budget is per script.
      for (const f of files) sizes.push({ name: `content script ${path.basename(f)}`, files: [f], gzip: gz(path.join(outDir, f)), target: limits.target, budget: limits.limit });
      continue;
    }
    sizes.push({ name, files, gzip: files.reduce((n, f) => n + gz(path.join(outDir, f)), 0), target: limits.target, budget: limits.limit });
  }
  return sizes;
}
