/** The size and its unit: the unit word shown beside the size input. */
import { textInputs } from '../labels';
import { allVisible } from '../visibility';

/**
 * The unit shown beside `input`: in the input's box (at most 3 levels up, never a box holding a
 * second input), the `hooks` element when exactly one shows, else the one element `isUnit` accepts.
 */
export function unitBeside(input: HTMLInputElement, isUnit: (el: Element) => boolean, hooks: readonly string[] = []): Element | null {
  for (let box = input.parentElement, level = 0; box && level < 3; box = box.parentElement, level++) {
    if (textInputs(box).length > 1) break;
    const hooked = hooks.flatMap((sel) => allVisible(box!, sel));
    if (hooked.length === 1) return hooked[0]!;
    const words = allVisible(box, 'span, div, button, [role="button"]').filter((el) => !el.contains(input) && isUnit(el));
    if (words.length === 1) return words[0]!;
    if (words.length > 1) break;
  }
  return null;
}
