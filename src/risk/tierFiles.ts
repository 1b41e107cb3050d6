// Every venue's tier file by venue, for the command line (a content script imports its own venue's only).
import binanceCoinm from './tiers/binance-coinm.json';
import binanceUsdm from './tiers/binance-usdm.json';
import bitgetUsdtm from './tiers/bitget-usdtm.json';
import bitmex from './tiers/bitmex.json';
import bybitInverse from './tiers/bybit-inverse.json';
import bybitLinear from './tiers/bybit-linear.json';
import dydx from './tiers/dydx.json';
import gmx from './tiers/gmx.json';
import hyperliquid from './tiers/hyperliquid.json';
import mexcUsdtm from './tiers/mexc-usdtm.json';
import okxSwap from './tiers/okx-swap.json';
import type { TierFile } from './tiers';
import type { Venue } from './types';

export const TIER_FILES: Record<Venue, TierFile> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  'bybit-linear': bybitLinear,
  'bybit-inverse': bybitInverse,
  'okx-swap': okxSwap,
  'bitget-usdtm': bitgetUsdtm,
  hyperliquid,
  dydx,
  bitmex,
  gmx: gmx as unknown as TierFile,
  'mexc-usdtm': mexcUsdtm,
};
