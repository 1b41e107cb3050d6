import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from './browser';
import { exposeClosedRootsToLocators } from './closedRoots';

export { extensionDir, launchWithExtension } from './browser';

/** What the no-network, no-error guard saw during one test. */
export interface PageGuard {
  errors: string[];
  requests: string[];
  /** URLs the test served on purpose (fixture pages): requests to them are the page's, not ours. */
  served: Set<string>;
}

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  guard: PageGuard;
  /** Serves a fixture file at a real exchange URL, so content scripts meet their real match patterns. */
  serveFixture: (url: string, file: string, options?: { transform?: (html: string) => string }) => Promise<void>;
  /** Opens a page and fails the test on any uncaught error in it. */
  openPage: (url: string) => Promise<Page>;
}

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring; this one has none.
  guard: async ({}, use) => {
    await use({ errors: [], requests: [], served: new Set() });
  },
  context: async ({ guard }, use) => {
    const { context, extensionId } = await launchWithExtension();
    (context as BrowserContext & { __extensionId?: string }).__extensionId = extensionId;
    await exposeClosedRootsToLocators(context);
    // Everything not served on purpose is refused and recorded: there is no internet here, and the
    // extension must never send a byte anyway.
    await context.route(/^(https?|wss?|ftp):/, (route) => {
      const url = route.request().url();
      if (!guard.served.has(url.split('#')[0]!)) guard.requests.push(`${route.request().method()} ${url}`);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => {
      const url = request.url();
      if (LOCAL_SCHEMES.some((s) => url.startsWith(s))) return;
      if (guard.served.has(url.split('#')[0]!) || url.endsWith('/favicon.ico')) return;
      if (!guard.requests.some((r) => r.endsWith(url))) guard.requests.push(`${request.method()} ${url}`);
    });
    context.on('weberror', (e) => guard.errors.push(`uncaught: ${e.error().message}`));
    await use(context);
    await context.close();
    expect(guard.errors, 'uncaught errors in the page or the extension').toEqual([]);
    expect(guard.requests, 'network requests that left the browser').toEqual([]);
  },
  extensionId: async ({ context }, use) => {
    await use((context as BrowserContext & { __extensionId?: string }).__extensionId!);
  },
  serveFixture: async ({ context, guard }, use) => {
    await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204, body: '' }));
    await use(async (url, file, options) => {
      const html = readFileSync(path.resolve(file), 'utf8');
      const body = options?.transform ? options.transform(html) : html;
      const base = url.split('#')[0]!;
      guard.served.add(base);
      await context.route(base, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    });
  },
  openPage: async ({ context, guard }, use) => {
    await use(async (url) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => guard.errors.push(`${page.url()}: ${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(msg.text())) guard.errors.push(`console: ${msg.text()}`);
      });
      await page.goto(url);
      return page;
    });
  },
});

export { expect };
