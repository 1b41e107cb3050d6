import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Leverage Guard's UIs live in *closed* shadow roots, so that the exchange's scripts cannot read
 * or drive them. Playwright's locators only pierce open roots. The test plays the part of
 * DevTools instead: through the DevTools protocol (which sees closed roots) it hands each of our
 * roots to Playwright's own isolated "utility" world, where its locators run, as that world's
 * `host.shadowRoot`. The page's main world never sees them: `host.shadowRoot` stays null there,
 * which the hostile-page tests check.
 */
const HOSTS = new Set(['LEVERAGE-GUARD', 'LEVERAGE-GUARD-NOTICE', 'LEVERAGE-GUARD-POSITIONS']);
const BINDING = '__lgTestExposeClosedRoots';

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Calls `visit` on each of our hosts that has a shadow root, anywhere in the tree (inside other shadow roots too). */
function eachHost(node: DomNode, visit: (host: DomNode, root: DomNode) => void) {
  if (HOSTS.has(node.nodeName) && node.shadowRoots?.length) visit(node, node.shadowRoots[0]!);
  for (const child of node.children ?? []) eachHost(child, visit);
  for (const root of node.shadowRoots ?? []) eachHost(root, visit);
}

async function exposeOnPage(page: Page): Promise<(() => Promise<void>) | undefined> {
  let cdp: CDPSession;
  try {
    cdp = await page.context().newCDPSession(page);
  } catch {
    return; // a page that closed before we got to it
  }
  const utilityWorlds = new Set<number>();
  let running: Promise<void> | null = null;
  let again = false;
  const expose = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const pairs: [DomNode, DomNode][] = [];
    eachHost(root as DomNode, (host, shadow) => pairs.push([host, shadow]));
    for (const worldId of utilityWorlds) {
      for (const [host, shadow] of pairs) {
        try {
          const h = await cdp.send('DOM.resolveNode', { nodeId: host.nodeId, executionContextId: worldId });
          const s = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId, executionContextId: worldId });
          await cdp.send('Runtime.callFunctionOn', {
            objectId: h.object.objectId!,
            functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
            arguments: [{ objectId: s.object.objectId! }],
          });
        } catch {
          // A world of a frame that navigated away, or a host removed meanwhile: the next call catches up.
        }
      }
    }
  };
  const run = () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await expose().catch(() => undefined);
      } while (again);
      running = null;
    })();
    return running;
  };
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (!String(context.name).startsWith('__playwright_utility_world')) return;
    utilityWorlds.add(context.id);
    void run();
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => utilityWorlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => utilityWorlds.clear());
  await cdp.send('Runtime.enable').catch(() => undefined);

  await run();
  return run;
}

const exposers = new WeakMap<Page, Promise<(() => Promise<void>) | undefined>>();

/**
 * For every page of the context: whenever one of our hosts enters the page, its closed root is
 * exposed to Playwright's locators (see above). Call before opening pages.
 */
export async function exposeClosedRootsToLocators(context: BrowserContext) {
  await context.exposeBinding(BINDING, async ({ page }) => {
    await (await exposers.get(page))?.();
  });
  // A string, not a function: tools that rewrite functions (tsx adds `__name(…)`) would break it in the page.
  await context.addInitScript(`(() => {
    const names = new Set(${JSON.stringify([...HOSTS])});
    const ours = (n) => names.has(n.nodeName);
    new MutationObserver((records) => {
      if (records.some((r) => Array.prototype.some.call(r.addedNodes, ours))) window[${JSON.stringify(BINDING)}]?.();
    }).observe(document, { childList: true, subtree: true });
  })();`);
  const onPage = (page: Page) => {
    if (!exposers.has(page)) exposers.set(page, exposeOnPage(page));
  };
  context.on('page', onPage);
  for (const page of context.pages()) onPage(page);
}

/** Exposes the roots now (for hosts the page's observer cannot see, e.g. inside the page's own shadow roots). */
export async function exposeClosedRootsNow(page: Page) {
  await (await exposers.get(page))?.();
}

/** Finds a node by `data-testid` anywhere in the page, closed shadow roots included (DevTools' view). */
function findByTestId(node: DomNode & { attributes?: string[] }, testId: string): DomNode | null {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-testid' && attrs[i + 1] === testId) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findByTestId(child, testId);
    if (hit) return hit;
  }
  return null;
}

/**
 * What a script that somehow held a reference to one of our elements could do at most: call its
 * `click()`, an untrusted event. (The page itself cannot even reach the element: its root is closed.)
 */
export async function clickAsScript(page: Page, testId: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const node = findByTestId(root as DomNode, testId);
    if (!node) throw new Error(`no element with data-testid="${testId}"`);
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: node.nodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { this.click(); }' });
  } finally {
    await cdp.detach();
  }
}

/**
 * For an accessibility audit only: hands our closed roots to the page's own world as well, where
 * axe-core runs (it walks `shadowRoot`). Never used by the hostile-page tests.
 */
export async function exposeClosedRootsToPageWorld(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const pairs: [DomNode, DomNode][] = [];
    eachHost(root as DomNode, (host, shadow) => pairs.push([host, shadow]));
    for (const [host, shadow] of pairs) {
      const h = await cdp.send('DOM.resolveNode', { nodeId: host.nodeId });
      const s = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
      await cdp.send('Runtime.callFunctionOn', {
        objectId: h.object.objectId!,
        functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { configurable: true, get: () => root }); }',
        arguments: [{ objectId: s.object.objectId! }],
      });
    }
  } finally {
    await cdp.detach();
  }
}
