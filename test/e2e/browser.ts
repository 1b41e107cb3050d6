import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The production build under test (`npm run build` writes it). */
export const extensionDir = path.resolve(process.env.LG_OUT_DIR ?? '.output', 'chrome-mv3');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Playwright's own Chromium, if `npx playwright install chromium` has downloaded one. */
function playwrightChromium(): string | undefined {
  try {
    const file = chromium.executablePath();
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to run: CHROMIUM_PATH if set, else Debian's (what CI installs: Playwright's download
 * needs internet these machines do not have), else Playwright's own if one is installed.
 */
export const chromiumPath: string =
  process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : (playwrightChromium() ?? DEBIAN_CHROMIUM));

/** No Chromium to launch: the message says what is missing and how to install it, in one line. */
export class MissingChromiumError extends Error {}

export function assertChromium(): string {
  if (existsSync(chromiumPath)) return chromiumPath;
  throw new MissingChromiumError(
    process.env.CHROMIUM_PATH
      ? `CHROMIUM_PATH=${chromiumPath} does not exist: point it at a Chromium executable, or unset it to use ${DEBIAN_CHROMIUM}.`
      : `Chromium is not installed (no ${DEBIAN_CHROMIUM}, no Playwright Chromium): run \`apt-get install -y chromium\`, or \`npx playwright install chromium\`, or set CHROMIUM_PATH=/path/to/chromium.`,
  );
}

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

/**
 * Chromium with the extension loaded. `locale` runs it in another language, named as Chromium
 * names its locales (zh-CN, ru, es): `--lang` picks the extension's messages (browser.i18n), and
 * Playwright's `locale` sets `navigator.language` in its pages, which the figures follow. `args`
 * adds any other switches.
 */
export async function launchWithExtension(
  dir = extensionDir,
  options: { headless?: boolean; locale?: string; args?: string[] } = {},
): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: assertChromium(),
    channel: 'chromium',
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    ...(options.locale ? { locale: options.locale } : {}),
    args: [...chromiumArgs(dir), ...(options.locale ? [`--lang=${options.locale}`] : []), ...(options.args ?? [])],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}
