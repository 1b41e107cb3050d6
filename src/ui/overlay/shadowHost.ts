import { render } from 'preact';

/** One of our UIs in the exchange's page: a custom element whose shadow root holds our styles and our UI only. */
export interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** Keys typed in our UI must not reach the exchange's single-key shortcuts (B for buy, S for sell…). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Puts a shadow-rooted element into the page, synchronously, right after `anchor` or as its last
 * child. The host is reset to `all: initial`, so the page's inherited styles stop at it; only
 * `css` applies inside. (What WXT's `createShadowRootUi` does for inline UIs, without its
 * positioning and auto-mount machinery: a quarter of the content script's size for two elements.)
 */
export function createShadowUi(options: { name: string; css: string; anchor: Element; append: 'after' | 'last' }): ShadowUi {
  const host = document.createElement(options.name);
  // Closed: the exchange's scripts can find the host but not read or drive what is inside it.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  if (options.append === 'after') options.anchor.parentElement?.insertBefore(host, options.anchor.nextElementSibling);
  else options.anchor.append(host);
  return {
    host,
    container,
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
