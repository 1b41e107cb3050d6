import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
// Every component under test reads its words through browser.i18n: English, as the browser would give them.
import './messages';

/** Renders into a fresh container in the document; returns it and an unmount function. */
export async function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(node, root);
  });
  return {
    root,
    unmount: () => {
      render(null, root);
      root.remove();
    },
  };
}

/** Types into an input the way a browser does: value, then an `input` event. */
export async function type(el: Element | null, text: string) {
  if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
  await act(async () => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(el: Element | null) {
  if (!(el instanceof HTMLElement)) throw new Error('not an element');
  await act(async () => {
    el.click();
  });
}

/**
 * Flips a checkbox as a click does. (happy-dom re-dispatches a click on a checkbox inside its
 * <label> to the checkbox again, toggling it back; browsers do not.)
 */
export async function toggle(el: Element | null) {
  if (!(el instanceof HTMLInputElement)) throw new Error('not an input');
  await act(async () => {
    el.checked = !el.checked;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Picks an option of a <select> as a browser does: value, then `input` and `change`. */
export async function choose(el: Element | null, value: string) {
  if (!(el instanceof HTMLSelectElement)) throw new Error('not a select');
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function submit(form: Element | null) {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  await act(async () => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

/** Waits (with act) until the assertion passes. */
export async function until(assertion: () => void | Promise<void>, timeout = 2000) {
  await vi.waitFor(
    async () => {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 5));
      });
      await assertion();
    },
    { timeout, interval: 10 },
  );
}

export const $ = (root: ParentNode, testId: string) => root.querySelector(`[data-testid="${testId}"]`);

/** Every form control has an accessible name: a <label for>, a wrapping <label>, or aria-label. */
export function unlabelledControls(root: ParentNode): string[] {
  const controls = [...root.querySelectorAll('input, select, textarea, button')] as HTMLElement[];
  return controls
    .filter((el) => {
      if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) return false;
      if (el.tagName === 'BUTTON') return !(el.textContent ?? '').trim();
      const id = el.id;
      if (id && root.querySelector(`label[for="${id}"]`)) return false;
      return !el.closest('label');
    })
    .map((el) => el.outerHTML.slice(0, 80));
}
