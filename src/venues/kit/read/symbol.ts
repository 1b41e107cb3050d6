/** The symbol: from the URL, else the page title; split into its assets by the venue's quote list. */
import { found, missing, type Field } from '../../reading';

export interface SymbolParts {
  base: string;
  quote: string;
}

/** The symbol in group 1 of `path` on the URL's path, else the first match of `title` in the page title. */
export function symbolFromPath(pathname: string, path: RegExp, doc?: Document, title?: RegExp): Field<string> {
  const m = path.exec(pathname);
  if (m) return found(m[1]!, `URL ${pathname}`);
  const t = doc && title ? title.exec(doc.title) : null;
  if (t) return found(t[1]!, `page title “${doc!.title}”`);
  return missing(`no symbol in the URL (${pathname})${title ? ' or the page title' : ''}`);
}

/** `BTCUSDT` → BTC / USDT by the venue's quote assets; a delivery suffix (`_250926`) or separator is dropped. */
export function splitByQuote(symbol: string, quotes: readonly string[]): SymbolParts | null {
  const pair = symbol.split('_')[0]!;
  for (const quote of quotes) if (pair.endsWith(quote) && pair.length > quote.length) return { base: pair.slice(0, -quote.length), quote };
  return null;
}
