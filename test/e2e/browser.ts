import { chromium, type BrowserContext } from '@playwright/test';
import path from 'node:path';

/** The production build under test (`npm run build` writes it). */
export const extensionDir = path.resolve(process.env.LG_OUT_DIR ?? '.output', 'chrome-mv3');

/** Debian's Chromium: Playwright's own browser download is not available on these machines. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = (dir: string) => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchWithExtension(
  dir = extensionDir,
  options: { headless?: boolean } = {},
): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    channel: 'chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: chromiumArgs(dir),
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
