/** Text as a trader reads it: spacing collapsed, case ignored where labels are compared. */

/** Collapses whitespace (incl. no-break and thin spaces) and trims. */
export function normText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u2007\u2009\u202f]+/g, ' ').trim();
}

/** Comparable form of a label: lower case, no spaces at all ("Buy / Long" = "buy/long"). */
export function compactText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '').toLowerCase();
}

/** True when `text` is one of `labels` (case and spacing ignored). */
export function textIs(text: string | null | undefined, labels: readonly string[]): boolean {
  const t = compactText(text);
  return t !== '' && labelInfo(labels).compactLabels.includes(t);
}

/** True when `text` starts with one of `labels` (case and spacing ignored). */
export function textStartsWith(text: string | null | undefined, labels: readonly string[]): boolean {
  const t = compactText(text);
  return t !== '' && labelInfo(labels).compactLabels.some((l) => t.startsWith(l));
}

const labelInfos = new WeakMap<readonly string[], { compactLabels: string[]; codes: Set<number>; maxLen: number }>();

/** Per label list (the lists are module constants): compacted labels, their character codes, the longest text worth reading. */
export function labelInfo(labels: readonly string[]) {
  let info = labelInfos.get(labels);
  if (!info) {
    const compactLabels = labels.map(compactText);
    // Every character in both cases: a page's "Марк" or "İşlem" starts with a capital the
    // walker's quick test (ASCII-only lower-casing) keeps as it is.
    const codes = new Set<number>();
    for (const l of [...compactLabels, ...labels])
      for (const ch of l) for (const form of [ch, ch.toLowerCase(), ch.toUpperCase()]) codes.add(form.charCodeAt(0));
    info = { compactLabels, codes, maxLen: Math.max(...labels.map((l) => l.length)) * 2 + 24 };
    labelInfos.set(labels, info);
  }
  return info;
}

/** A label's text without a dropdown caret ("Cross ▾" → "Cross"). */
export function stripCaret(text: string | null | undefined): string {
  return normText((text ?? '').replace(/[▾▼⌄˅⏷∨]/g, ''));
}

/** A short description of an element for a `source` ("button “20x”"). */
export function describe(el: Element): string {
  const text = normText(el.textContent);
  const tag = el.tagName.toLowerCase();
  return text ? `${tag} “${text.length > 40 ? `${text.slice(0, 37)}…` : text}”` : tag;
}
