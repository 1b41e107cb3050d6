// The order ticket → risk report. Pure and total: never throws for a schema-valid input.
import { checkLimits, type LimitFacts } from './limits';
import type { RiskInput } from './schema';
import { tierFor, valueAt, type LiquidationStatus } from './solve';
import type { ContractKind, LiquidationWhy, RiskInputName, RiskReport, RiskWarning, Severity, Tier } from './types';
import { SEVERITY_ORDER, SEVERITY_RANK } from './types';
import type { VenueModel } from './venues/model';
import { warning } from './warning';
import type { SymbolLimits } from './tiers';
import { sizeForRisk } from './sizing';
import type { AccountRules } from './accountFigures';
import { contractsOf, type Leg, liquidationOf } from './liquidation';

/** Output numbers: finite or null, never NaN/±Infinity (and no −0). */
function fin(x: number | null | undefined): number | null {
  return x != null && x - x === 0 ? (x === 0 ? 0 : x) : null;
}

/** Order size → base units (linear) or USD value (inverse); null when the conversion needs an unknown entry price. */
function toAmount(linear: boolean, unit: 'base' | 'quote' | 'contracts', qty: number, cs: number, entry: number | null): number | null {
  if (unit === 'contracts') return qty * cs;
  if (linear) return unit === 'base' ? qty : entry ? qty / entry : null;
  return unit === 'quote' ? qty : entry ? qty * entry : null;
}



/** What a venue says about one symbol; computed once per (venue, symbol). */
interface Market {
  kind: ContractKind;
  marginAsset: string;
  cs: number;
  tiers: Tier[];
  unsupported: string | null;
  /** What the venue's own table of the symbol allows (null: priced from the stand-in default table). */
  limits: SymbolLimits | null;
}

const markets: Partial<Record<string, Map<string, Market>>> = {};

function marketOf(v: VenueModel, symbol: string | null): Market {
  let bySymbol = markets[v.id];
  if (!bySymbol) markets[v.id] = bySymbol = new Map();
  const key = symbol ?? '';
  let m = bySymbol.get(key);
  if (!m) {
    m = { kind: v.kind(symbol), marginAsset: v.marginAsset(symbol), cs: v.contractSize(symbol), tiers: v.tiers(symbol), unsupported: v.unsupported?.(symbol) ?? null, limits: v.limits?.(symbol) ?? null };
    if (bySymbol.size > 256) bySymbol.clear();
    bySymbol.set(key, m);
  }
  return m;
}

const FACTS: LimitFacts = {
  side: 'long',
  positionLeverage: null,
  accountLeverage: null,
  noEquity: false,
  markPrice: null,
  liquidationPrice: null,
  immediate: false,
  neverLiquidated: false,
  stopLoss: null,
  lossAtStopFraction: null,
  stopPastLiquidation: false,
  hasPosition: false,
  venueName: '',
  venueMaxLeverage: null,
};

/**
 * The report for one ticket under one venue's rules. Content scripts call this with their own
 * venue's model only, so a page loads one venue's rules and tiers, not all of them. With `account`
 * (`ACCOUNT` from accountFigures.ts) the other positions, the page's maximum leverage and the account
 * figures are taken into account; without it those inputs are not read.
 */
export function assessWith(v: VenueModel, input: RiskInput, account?: AccountRules): RiskReport {
  // Read every field once: inputs arrive in many shapes, and each property load on them is a lookup.
  const { venue, side, orderType, price, markPrice, size, leverage, marginMode, balance, equity, position, feeRate: fee, stopLoss, riskPerTrade, limits } = input;
  // The account's inputs are read only when the account is taken into account.
  const pageMax = account ? (input.pageMaxLeverage ?? null) : null;
  const otherPositions = account ? input.otherPositions : null;
  const symbol = input.symbol ?? null;
  const market = marketOf(v, symbol);
  const kind: ContractKind = market.kind;
  const linear = kind === 'linear';
  const missing: RiskInputName[] = [];
  const warnings: RiskWarning[] = [];
  const mark = markPrice ?? null;
  const lev = leverage ?? null;
  const mode = marginMode ?? null;
  const custom = v.custom;
  const feeRate = custom?.feeRate?.(input) ?? fee ?? v.takerFee;
  const orderSide = side === 'long' ? 1 : -1;

  // ── inputs the ticket may lack ──
  if (!symbol) missing.push('symbol');
  if (!orderType) missing.push('orderType');
  let entry: number | null;
  if (orderType === 'market') entry = mark; // market orders fill at (about) the mark price
  else {
    entry = price ?? (orderType ? null : mark);
    if (orderType === 'limit' && price == null) missing.push('price');
  }
  if (mark == null) missing.push('markPrice');
  if (lev == null) missing.push('leverage');
  if (!mode) missing.push('marginMode');
  const accountEquity = equity ?? balance ?? null;
  if (accountEquity == null) missing.push('balance');
  const sized = size;
  if (!sized) missing.push('size');
  for (const m of missing) warnings.push(warning('missingInput', 'unknown', { form: m, field: m }));

  // ── order size → base units (linear) or USD value (inverse) ──
  const cs = market.cs;
  let amount = sized ? toAmount(linear, sized.unit, sized.value, cs, entry) : null;
  const unsupported = market.unsupported;
  if (unsupported) {
    warnings.push(warning('uncomputable', 'unknown', { form: 'unsupported', symbol, sizeIn: null, detail: unsupported }));
    amount = null;
  } else if (amount != null && !Number.isFinite(amount)) {
    warnings.push(warning('uncomputable', 'unknown', { form: 'contractSize', symbol, sizeIn: linear ? 'quote' : 'USD' }));
    amount = null;
  }
  // ── what the venue itself would not accept: always danger, and named, never a figure ──
  const pos = position && position.size > 0 ? position : null;
  const venueLimits = market.limits;
  // The page's maximum wins over the table; a stand-in table's leverage is not the symbol's: without its own table, the venue-wide maximum holds.
  const page = pageMax != null && account ? account.page(v, symbol, market.tiers, venueLimits, pageMax) : null;
  if (page?.tableMax != null) {
    // Hyperliquid's maintenance rate follows from the page's maximum, so its figures are right: a note, not a caution.
    const severity = v.id === 'hyperliquid' ? 'safe' : 'caution';
    warnings.push(warning('tierTableOutdated', severity, { form: 'pageMaxLeverage', venue: v.name, symbol, leverage: pageMax, tableMax: page.tableMax, takenOn: null, ageDays: null }));
  }
  const maxLev = (page ? pageMax : null) ?? venueLimits?.maxLeverage ?? v.maxLeverage ?? null;
  const minLev = v.minLeverage ?? null;
  let levOutside = false;
  if (lev != null && minLev != null && lev < minLev * (1 - 1e-9)) {
    levOutside = true;
    warnings.push(warning('leverageBelowVenueMin', 'danger', { form: 'belowMin', leverage: lev, min: minLev, venue: v.name }));
  } else if (lev != null && maxLev != null && lev > maxLev * (1 + 1e-9)) {
    levOutside = true;
    warnings.push(warning('leverageAboveVenueMax', 'danger', { form: venueLimits || page ? 'onSymbol' : 'onAnyMarket', leverage: lev, max: maxLev, venue: v.name, symbol }));
  }
  let beyondVenue = false;
  if (amount != null && entry && venueLimits && venueLimits.maxPosition < Infinity) {
    // The venue caps the position, so what counts is the position after the order, in its table's unit.
    const held = pos ? (linear ? pos.size : pos.size * pos.entryPrice) : 0;
    const after = !pos || (pos.side === 'long' ? 1 : -1) === orderSide ? held + amount : Math.abs(held - amount);
    const measured = v.tierAt === 'contracts' ? contractsOf(after, cs) : valueAt(kind, after, mark ?? entry);
    if (Number.isFinite(measured) && measured > venueLimits.maxPosition * (1 + 1e-9)) {
      beyondVenue = true;
      warnings.push(
        warning('sizeAboveVenueMax', 'danger', {
          form: v.tierAt === 'contracts' ? 'inContracts' : 'inAsset',
          venue: v.name,
          symbol,
          max: venueLimits.maxPosition,
          asset: market.marginAsset,
        }),
      );
      amount = null; // no margin, account leverage or liquidation price of an order the venue would refuse
    }
  }

  const orderNotional = amount != null && entry ? valueAt(kind, amount, entry) : null;
  const imPrice = v.marginAtMark && mark ? mark : entry;
  const initialMargin = orderNotional != null && lev && imPrice && amount != null ? valueAt(kind, amount, imPrice) / lev : null;

  // ── resulting position (adding to, reducing or flipping an existing one) ──
  let res: Leg | null = null;
  let state: 'open' | 'flat' | 'unknown' = 'unknown';
  let realized = 0;
  let posAmt = 0;
  let posMargin: number | null = null;
  let left = 0;
  if (amount != null && entry) {
    if (!pos) {
      state = amount > 0 ? 'open' : 'flat';
      if (amount > 0) res = { s: orderSide, amt: amount, entry };
    } else {
      const ps = pos.side === 'long' ? 1 : -1;
      posAmt = linear ? pos.size : pos.size * pos.entryPrice;
      posMargin = pos.margin ?? (lev ? valueAt(kind, posAmt, pos.entryPrice) / lev : null);
      if (ps === orderSide) {
        const a = posAmt + amount;
        // Linear entries average by size, inverse ones by contracts (harmonic mean of prices).
        const e = linear ? (posAmt * pos.entryPrice + amount * entry) / a : a / (posAmt / pos.entryPrice + amount / entry);
        res = { s: ps, amt: a, entry: e };
      } else {
        const closed = Math.min(posAmt, amount);
        realized = ps * (linear ? closed * (entry - pos.entryPrice) : closed * (1 / pos.entryPrice - 1 / entry));
        left = posAmt - amount;
        const eps = posAmt * 1e-12;
        if (left > eps) res = { s: ps, amt: left, entry: pos.entryPrice };
        else if (left < -eps) res = { s: orderSide, amt: -left, entry };
      }
      state = res ? 'open' : 'flat';
    }
  }

  // ── the account's other positions (cross: their maintenance margin is taken from the collateral) ──
  const others = otherPositions && account ? account.others(v, otherPositions, mode, feeRate) : null;

  // ── collateral backing the resulting position ──
  let collateral: number | null = null;
  if (mode === 'isolated') {
    // Isolated: the position's own margin (the order's initial margin, plus what the position already holds).
    if (!pos) collateral = initialMargin;
    else if (res && res.s !== orderSide) collateral = posMargin != null ? (posMargin * left) / posAmt : null; // partly closed
    else if (res && res.s === (pos.side === 'long' ? 1 : -1)) collateral = posMargin != null && initialMargin != null ? posMargin + initialMargin : null;
    else collateral = initialMargin != null && amount ? (initialMargin * -left) / amount : null; // flipped
  } else if (mode === 'cross') {
    // Cross: equity when given, else balance; the existing position's unrealized PnL is taken
    // out because the solve counts it from the entry price, and a reduction's realized PnL is added.
    const base = equity ?? balance;
    if (base != null) {
      const ref = mark ?? entry;
      const upnl = pos && ref ? (pos.side === 'long' ? 1 : -1) * (linear ? posAmt * (ref - pos.entryPrice) : posAmt * (1 / pos.entryPrice - 1 / ref)) : 0;
      // `equity` already holds the other positions' unrealized PnL.
      collateral = base - upnl + realized - (others?.crossMaintenance ?? 0);
    }
  }

  // ── the margin the order needs, against the available balance (only the part that opens or adds needs any) ──
  const available = balance ?? equity ?? null;
  if (initialMargin != null && amount && available != null) {
    const opening = !pos || (pos.side === 'long' ? 1 : -1) === orderSide ? 1 : Math.max(0, -left) / amount;
    const needed = initialMargin * opening;
    if (needed > available + Math.abs(available) * 1e-12) {
      const asset = market.marginAsset;
      // At a leverage the venue does not offer, the margin is no figure the venue would ask for.
      warnings.push(
        warning('notEnoughMargin', 'danger', { form: levOutside ? 'outsideVenue' : 'needs', needed: levOutside ? null : needed, available, asset, venue: v.name }),
      );
    }
  }

  // A venue-specific rule may take the collateral from its own inputs (GMX: the position's collateral in USD).
  if (custom?.collateral && res) {
    const stated = custom.collateral(input);
    if (stated != null) collateral = stated;
  }

  // ── liquidation ──
  const tiers = page?.tiers ?? market.tiers;
  let liq: number | null = null;
  let why: LiquidationWhy | null = null;
  let status: LiquidationStatus | 'unknown' = 'unknown';
  if (state === 'flat') {
    why = { kind: pos ? 'closes' : 'zeroSize' };
  } else if (res && collateral != null && Number.isFinite(collateral)) {
    const solved = liquidationOf(v, input, kind, tiers, cs, feeRate, mark, res, collateral);
    status = solved.status;
    if (status === 'ok') liq = solved.price;
    else if (status === 'none') why = { kind: res.s > 0 ? 'coversFall' : 'coversRise' };
    else why = { kind: 'atOnce' };
  } else {
    // Which missing inputs stand in the way (built only on this path).
    const need: RiskInputName[] = [];
    if (amount == null || !entry) for (const m of missing) if (m === 'price' || m === 'markPrice' || m === 'orderType' || m === 'size') need.push(m);
    if (!mode) need.push('marginMode');
    else if (mode === 'isolated' && lev == null) need.push('leverage');
    else if (mode === 'cross' && equity == null && balance == null) need.push('balance');
    why = beyondVenue
      ? { kind: 'beyondVenue' }
      : unsupported
        ? { kind: 'unsupported', detail: unsupported }
        : need.length
          ? { kind: 'needs', needs: need }
          : { kind: 'unconvertible' };
  }

  const immediate = status === 'exhausted' || (liq != null && mark != null && res != null && (res.s > 0 ? liq >= mark : liq <= mark));
  if (immediate && limits?.minLiquidationDistance == null) {
    warnings.push(warning('immediateLiquidation', 'danger', { form: 'atOnce' }));
  }

  // ── maintenance margin of the resulting position (at the mark, or at entry where the venue fixes it there) ──
  let mm: number | null = null;
  let mmRate: number | null = null;
  if (res && custom) {
    // Fixed at the position's size in USD at entry (GMX's sizeInUsd).
    const val = valueAt(kind, res.amt, res.entry);
    mm = custom.requirement(val, input, feeRate);
    mmRate = val > 0 ? mm / val : null;
  } else if (res) {
    const p = v.basis === 'entry' ? res.entry : (mark ?? res.entry);
    const val = valueAt(kind, res.amt, p);
    const t = tierFor(tiers, v.tierAt === 'contracts' ? contractsOf(res.amt, cs) : val);
    mmRate = t.mmr + (v.feeInMaintenance ? feeRate : 0);
    mm = val * mmRate - t.deduction;
  }

  // ── leverage, distance, loss at the stop ──
  const positionLeverage = mode === 'cross' || !pos ? lev : res && collateral && collateral > 0 ? valueAt(kind, res.amt, res.entry) / collateral : null;
  // Every open position counts when the account's other positions were given.
  const openValue = (res ? valueAt(kind, res.amt, mark ?? res.entry) : 0) + (others?.notional ?? 0);
  const noEquity = accountEquity != null && accountEquity <= 0 && openValue > 0;
  // Unknown while the resulting position is (a missing or refused size is not "0×").
  const accountLeverage = accountEquity != null && !noEquity && state !== 'unknown' ? (accountEquity > 0 ? openValue / accountEquity : 0) : null;
  const distance = liq != null && mark != null ? (liq - mark) / mark : null;


  let lossAtStop: number | null = null;
  let stopPastLiquidation = false;
  const stop = stopLoss ?? null;
  if (stop != null && res) {
    stopPastLiquidation = status === 'exhausted' || (liq != null && (res.s > 0 ? stop <= liq : stop >= liq));
    if (stopPastLiquidation) lossAtStop = collateral != null ? Math.max(0, collateral) : null; // liquidated before the stop: the collateral is lost
    else {
      const pnl = res.s * (linear ? res.amt * (stop - res.entry) : res.amt * (1 / res.entry - 1 / stop));
      lossAtStop = Math.max(0, -pnl + valueAt(kind, res.amt, stop) * feeRate + (orderNotional ?? 0) * feeRate);
    }
  }
  const lossAtStopFraction = lossAtStop != null && accountEquity != null && accountEquity > 0 ? lossAtStop / accountEquity : null;
  if (stopPastLiquidation && liq != null)
    warnings.push(warning('stopPastLiquidation', 'danger', { form: 'beforeStop', stop: stop!, liquidation: liq }));
  const sizing = sizeForRisk({ kind, side, entry, stop, equity: accountEquity, riskPerTrade: riskPerTrade ?? null, feeRate });

  if (limits) {
    // One scratch object for the facts (assess is synchronous): no allocation per call.
    const f = FACTS;
    f.side = side;
    f.positionLeverage = positionLeverage;
    f.accountLeverage = accountLeverage;
    f.noEquity = noEquity;
    f.markPrice = mark;
    f.liquidationPrice = liq;
    f.immediate = immediate;
    f.neverLiquidated = status === 'none';
    f.stopLoss = stop;
    f.lossAtStopFraction = lossAtStopFraction;
    f.stopPastLiquidation = stopPastLiquidation;
    f.hasPosition = res != null;
    f.venueName = v.name;
    f.venueMaxLeverage = maxLev;
    checkLimits(limits, f, warnings);
  }

  let worst = 0;
  for (const w of warnings) worst = Math.max(worst, SEVERITY_RANK[w.severity]);
  const severity: Severity = SEVERITY_ORDER[worst]!;

  const report: RiskReport = {
    venue: venue,
    symbol,
    side: side,
    kind,
    marginAsset: market.marginAsset,
    entryPrice: fin(entry),
    markPrice: fin(mark),
    size: amount != null && entry ? fin(linear ? amount : amount / entry) : null,
    notional: fin(orderNotional),
    notionalQuote: amount != null && entry ? fin(linear ? amount * entry : amount) : null,
    initialMargin: fin(initialMargin),
    fee: orderNotional != null ? fin(orderNotional * feeRate) : null,
    feeRate,
    // A leverage the venue does not offer is named in its warning, not shown as a figure ("0.00×").
    positionLeverage: levOutside && (mode === 'cross' || !pos) ? null : fin(positionLeverage),
    accountLeverage: fin(accountLeverage),
    maintenanceMargin: fin(mm),
    maintenanceMarginRate: fin(mmRate),
    collateral: fin(collateral),
    liquidationPrice: fin(liq),
    liquidationWhy: why,
    liquidationDistance: fin(distance),
    liquidationDistancePrice: liq != null && mark != null ? fin(Math.abs(liq - mark)) : null,
    lossAtStop: fin(lossAtStop),
    lossAtStopFraction: fin(lossAtStopFraction),
    sizeForRisk: sizing.ok ? sizing.size : null,
    sizeForRiskWhy: sizing.ok ? null : sizing.why,
    resultingPosition: res ? { side: res.s > 0 ? 'long' : 'short', size: linear ? res.amt : res.amt / res.entry, entryPrice: res.entry } : null,
    severity,
    warnings,
    missing,
  };
  // The account figures are set on the report itself: no second object to copy them from.
  if (account)
    account.figures(
      {
        v,
        input,
        symbol,
        side,
        base: equity ?? balance ?? null,
        kind,
        tiers,
        cs,
        feeRate,
        mode,
        orderSide,
        amount,
        entry,
        mark,
        leverage: lev,
        position: pos,
        positionAmount: posAmt,
        positionMargin: posMargin,
        res,
        known: state !== 'unknown',
        collateral,
        liquidation: liq,
        maintenance: mm,
        orderNotional,
        others,
      },
      report,
    );
  return report;
}
