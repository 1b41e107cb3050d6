// Symbol helpers: venues write the same market many ways (BTCUSDT, BTC-USDT-SWAP, BTC-USD, XBTUSD, BTC).

/** Base asset of a venue symbol: 'BTC-USDT-SWAP' → 'BTC', 'BTCUSD_PERP' → 'BTC', 'XBTUSD' → 'BTC'. */
const bases = new Map<string, string>();
export function baseAsset(symbol: string | null | undefined): string {
  if (!symbol) return '';
  let b = bases.get(symbol);
  if (b === undefined) {
    const s = symbol.toUpperCase().split(/[-_/:\s]/)[0]!;
    b = s.replace(/(USDT|USDC|USD|PERP|BUSD)+$/, '') || s;
    if (b === 'XBT') b = 'BTC';
    if (bases.size > 512) bases.clear();
    bases.set(symbol, b);
  }
  return b;
}

/** Quote asset of a linear symbol: USDC when the symbol says so, else USDT. */
export const linearQuote = (symbol: string | null | undefined): 'USDC' | 'USDT' =>
  symbol && /USDC|PERP$/i.test(symbol) && !/USDT/i.test(symbol) ? 'USDC' : 'USDT';
