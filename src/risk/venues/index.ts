import type { Venue } from '../types';
import { binanceCoinm, binanceUsdm } from './binance';
import { bitgetUsdtm } from './bitget';
import { bitmex } from './bitmex';
import { bybitInverse, bybitLinear } from './bybit';
import { dydx } from './dydx';
import { gmx } from './gmx';
import { hyperliquid } from './hyperliquid';
import { mexcUsdtm } from './mexc';
import type { VenueModel } from './model';
import { okxSwap } from './okx';

export type { VenueModel } from './model';

export const VENUE_MODELS: Record<Venue, VenueModel> = {
  'binance-usdm': binanceUsdm,
  'binance-coinm': binanceCoinm,
  'bybit-linear': bybitLinear,
  'bybit-inverse': bybitInverse,
  'okx-swap': okxSwap,
  'bitget-usdtm': bitgetUsdtm,
  hyperliquid,
  dydx,
  bitmex,
  gmx,
  'mexc-usdtm': mexcUsdtm,
};
