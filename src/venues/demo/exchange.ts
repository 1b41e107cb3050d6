/**
 * The built-in demo exchange: makes the static ticket in `entrypoints/demo/index.html`
 * behave like a perpetual-futures venue (ticking mark price, live order book, tabs,
 * leverage control, its own cost and liquidation estimate, submit counter).
 * It is the page's code, not the extension's: the guard reads it through its adapter only.
 */

interface Market {
  symbol: string;
  base: string;
  mark: number;
  tick: number;
}

const MARKETS: Record<string, Market> = {
  BTCUSDT: { symbol: 'BTCUSDT', base: 'BTC', mark: 62000, tick: 0.1 },
  ETHUSDT: { symbol: 'ETHUSDT', base: 'ETH', mark: 3100, tick: 0.01 },
};

declare global {
  interface Window {
    /** Every order the demo placed, as typed: what a trader would see in its order history. */
    __submits: { side: string; symbol: string; size: string; leverage: string; at: number }[];
  }
}

const fmt = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function startDemoExchange(doc: Document, win: Window & typeof globalThis): void {
  const params = new URLSearchParams(win.location.search);
  const ticking = params.get('tick') !== '0';
  let market = MARKETS[params.get('symbol') ?? ''] ?? MARKETS.BTCUSDT!;
  if (params.has('mark')) market = { ...market, mark: Number(params.get('mark')) || market.mark };
  win.__submits = [];

  const $ = <T extends Element>(sel: string) => doc.querySelector<T>(sel)!;
  const ticket = $<HTMLFormElement>('[data-testid="order-ticket"]');
  if (params.get('shadow') === '1') useWebComponents(doc, win, ticket);
  const markEl = $<HTMLElement>('[data-testid="mark-price"]');
  const digits = () => (market.tick < 0.1 ? 2 : 1);
  let mark = market.mark;
  // A small deterministic random walk so the demo and its screenshots are repeatable.
  let seed = 42;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };

  const input = (name: string) => ticket.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const selected = (group: string, attr: string) =>
    ticket.querySelector<HTMLElement>(`[aria-label="${group}"] [aria-selected="true"], [aria-label="${group}"] [aria-checked="true"]`)?.getAttribute(attr);

  function renderMarket() {
    $('[data-testid="symbol"]').textContent = market.symbol;
    doc.title = `${market.symbol} Perpetual · Leverage Guard demo exchange`;
    for (const a of doc.querySelectorAll('[data-symbol]')) {
      if (a.getAttribute('data-symbol') === market.symbol) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    const unit = ticket.querySelector<HTMLSelectElement>('[name="sizeUnit"]')!;
    unit.options[0]!.value = market.base;
    unit.options[0]!.textContent = market.base;
    markEl.textContent = fmt(mark, digits());
    input('price').value = fmt(mark, digits());
  }

  function renderBook() {
    const rows = (sign: number) =>
      Array.from({ length: 8 }, (_, i) => {
        const p = mark + sign * (i + 1) * market.tick * 5;
        return `<li><span>${fmt(p, digits())}</span><span>${(rand() * 3).toFixed(3)}</span></li>`;
      });
    $('#asks').innerHTML = rows(1).reverse().join('');
    $('#bids').innerHTML = rows(-1).join('');
    $('[data-testid="last-price"]').textContent = fmt(mark, digits());
  }

  // The venue's own estimate, as Binance computes it: wallet balance (cross) or the order's margin
  // (isolated), BTC tiers of 2024, tier taken at the liquidation price. `?badEstimate=1` shows a
  // wrong figure so the guard's self-check can be seen (and tested).
  const TIERS = [
    [50_000, 0.004, 0],
    [600_000, 0.005, 50],
    [3_000_000, 0.0065, 950],
    [12_000_000, 0.01, 11_450],
    [Infinity, 0.02, 131_450],
  ] as const;
  const badEstimate = params.get('badEstimate') === '1';
  function venueLiquidation(long: boolean, qty: number, entry: number, wallet: number): number | null {
    const s = long ? 1 : -1;
    for (const [cap, mmr, cum] of TIERS) {
      const lp = (wallet + cum - s * qty * entry) / (qty * mmr - s * qty);
      if (lp > 0 && qty * lp <= cap) return lp;
    }
    return null;
  }

  function renderEstimates() {
    const lev = Number(input('leverage').value) || 0;
    const isMarket = selected('Order type', 'data-order-type') === 'market';
    const price = isMarket ? mark : Number(input('price').value.replace(/,/g, ''));
    const raw = Number(input('size').value.replace(/,/g, ''));
    const inQuote = ticket.querySelector<HTMLSelectElement>('[name="sizeUnit"]')!.value === 'USDT';
    const qty = inQuote ? raw / price : raw;
    const cost = $('[data-testid="order-cost"]');
    const liq = $('[data-testid="est-liq-price"]');
    if (!(lev > 0 && price > 0 && qty > 0)) {
      cost.textContent = '--';
      liq.textContent = '--';
      return;
    }
    const long = selected('Side', 'data-side') !== 'short';
    const margin = (qty * price) / lev;
    cost.textContent = `${fmt(margin, 2)} USDT`;
    const cross = selected('Margin mode', 'data-margin-mode') !== 'isolated';
    const balance = Number($('[data-testid="available-balance"]').textContent!.replace(/,/g, ''));
    const lp = venueLiquidation(long, qty, price, cross ? balance : margin);
    liq.textContent = lp ? fmt(badEstimate ? lp * 1.03 : lp, digits()) : '--';
  }

  function selectIn(group: string, target: HTMLElement) {
    for (const b of ticket.querySelectorAll(`[aria-label="${group}"] button`)) {
      const on = b === target;
      b.setAttribute(b.getAttribute('role') === 'radio' ? 'aria-checked' : 'aria-selected', String(on));
    }
  }

  ticket.addEventListener('click', (e) => {
    const btn = (e.target as HTMLElement).closest('button');
    if (!btn) return;
    const group = btn.closest('[aria-label]')?.getAttribute('aria-label');
    if (group === 'Side' || group === 'Order type' || group === 'Margin mode') {
      selectIn(group, btn);
      if (group === 'Side') {
        const long = btn.dataset.side === 'long';
        const submit = $<HTMLButtonElement>('[data-testid="place-order"]');
        submit.textContent = long ? 'Buy / Long' : 'Sell / Short';
        submit.className = `submit ${long ? 'long' : 'short'}`;
      }
      if (group === 'Order type') {
        const priceRow = ticket.querySelector<HTMLElement>('[data-field="price"]')!;
        priceRow.hidden = btn.dataset.orderType === 'market';
      }
      renderEstimates();
    }
  });
  ticket.addEventListener('input', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.name === 'leverageSlider') input('leverage').value = t.value;
    if (t.name === 'leverage') input('leverageSlider').value = t.value;
    if (t.name === 'tpsl') ticket.querySelector<HTMLElement>('.tpsl')!.hidden = !t.checked;
    renderEstimates();
  });
  ticket.addEventListener('change', renderEstimates);
  ticket.addEventListener('submit', (e) => {
    e.preventDefault();
    const side = selected('Side', 'data-side') ?? 'long';
    win.__submits.push({ side, symbol: market.symbol, size: input('size').value, leverage: input('leverage').value, at: Date.now() });
    $('[data-testid="order-toast"]').textContent = `Demo order #${win.__submits.length} placed (${side}). Nothing was sent anywhere.`;
  });

  // Switching market inside the single-page app, like a venue's symbol picker.
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('[data-symbol]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const next = MARKETS[a.dataset.symbol ?? ''];
      if (!next || next.symbol === market.symbol) return;
      market = next;
      mark = next.mark;
      const url = new URL(win.location.href);
      url.searchParams.set('symbol', next.symbol);
      win.history.pushState({}, '', url);
      renderMarket();
      renderBook();
      renderEstimates();
    });
  }

  renderAccount(doc, params);
  drawChart(doc);
  renderMarket();
  renderBook();
  renderEstimates();
  if (ticking) {
    win.setInterval(() => {
      mark = Math.max(market.tick, mark * (1 + (rand() - 0.5) * 0.0008));
      mark = Math.round(mark / market.tick) * market.tick;
      markEl.textContent = fmt(mark, digits());
      renderEstimates();
    }, 1000);
    win.setInterval(renderBook, 250);
  }
}

/**
 * The account under the ticket, as a venue's positions panel shows it. `?positions=` lists open
 * positions as `SYMBOL:side:mode:size:entry:mark[:margin[:liq]]`, comma-separated (e.g.
 * `ETHUSDT:long:cross:2:3000:3050,BTCUSDT:short:isolated:0.1:63000:62000:630`); `?equity=` is the
 * margin balance and `?funding=` the rate per 8 h as a fraction. The tabs switch and the panel folds.
 */
function renderAccount(doc: Document, params: URLSearchParams) {
  const body = doc.querySelector<HTMLTableSectionElement>('[data-testid="positions-table"] tbody')!;
  const num = (x: string | undefined, digits = 2) => (x != null && x !== '' && Number.isFinite(Number(x)) ? fmt(Number(x), digits) : '--');
  const rows = (params.get('positions') ?? '')
    .split(',')
    .filter(Boolean)
    .map((p) => p.split(':'));
  body.replaceChildren();
  for (const [symbol = '', side = '', mode = '', size, entry, mark, margin, liq] of rows) {
    const tr = doc.createElement('tr');
    const base = symbol.replace(/USDT$/, '');
    const cells = [symbol, side === 'short' ? 'Short' : 'Long', mode === 'isolated' ? 'Isolated' : 'Cross', `${size ?? ''} ${base}`, num(entry), num(mark), num(margin), num(liq)];
    for (const c of cells) tr.append(Object.assign(doc.createElement('td'), { textContent: c }));
    tr.className = side === 'short' ? 'short' : 'long';
    body.append(tr);
  }
  doc.querySelector('[data-testid="positions-count"]')!.textContent = String(rows.length);
  const empty = doc.querySelector<HTMLElement>('[data-testid="no-positions"]')!;
  empty.hidden = rows.length > 0;
  const equity = params.get('equity');
  if (equity) doc.querySelector('[data-testid="margin-balance"]')!.textContent = num(equity);
  const funding = Number(params.get('funding'));
  if (params.has('funding') && Number.isFinite(funding)) doc.querySelector('[data-testid="funding-rate"]')!.textContent = `${(funding * 100).toFixed(4)}%`;

  const table = doc.querySelector<HTMLElement>('[data-testid="positions-table"]')!;
  const orders = doc.querySelector<HTMLElement>('[data-testid="no-orders"]')!;
  const tabs = doc.querySelectorAll<HTMLButtonElement>('[data-testid="positions-panel"] [role="tab"]');
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      for (const t of tabs) t.setAttribute('aria-selected', String(t === tab));
      const onPositions = tab.dataset.tab === 'positions';
      table.hidden = !onPositions;
      empty.hidden = !onPositions || rows.length > 0;
      orders.hidden = onPositions;
    });
  }
  const fold = doc.querySelector<HTMLButtonElement>('[data-testid="positions-fold"]')!;
  fold.addEventListener('click', () => {
    const open = fold.getAttribute('aria-expanded') !== 'true';
    fold.setAttribute('aria-expanded', String(open));
    fold.textContent = open ? 'Hide' : 'Show';
    doc.getElementById('positions-body')!.hidden = !open;
  });
}

function drawChart(doc: Document) {
  const canvas = doc.querySelector<HTMLCanvasElement>('#chart');
  const g = canvas?.getContext('2d');
  if (!canvas || !g) return;
  let y = 150;
  g.strokeStyle = '#f0b90b';
  g.beginPath();
  for (let x = 0; x < canvas.width; x += 8) {
    y += Math.sin(x / 37) * 6 + Math.cos(x / 13) * 3;
    g.lineTo(x, y);
  }
  g.stroke();
}

/**
 * `?shadow=1`: the submit button and a note field live in open shadow roots of custom elements, as
 * on exchanges built from web components. The button submits the form; Enter in the note does too.
 */
function useWebComponents(doc: Document, win: Window & typeof globalThis, ticket: HTMLFormElement) {
  class DemoSubmit extends win.HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = this.getAttribute('label') ?? 'Place order';
      button.style.cssText = 'width:100%;padding:8px;border:0;border-radius:4px;background:#0ecb81;color:#fff;font:inherit;font-weight:600;cursor:pointer';
      button.addEventListener('click', () => ticket.requestSubmit());
      root.append(button);
    }
  }
  class DemoNote extends win.HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const input = doc.createElement('input');
      input.placeholder = 'Note (Enter places the order)';
      input.setAttribute('aria-label', 'Order note');
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') ticket.requestSubmit();
      });
      root.append(input);
    }
  }
  win.customElements.define('demo-submit', DemoSubmit);
  win.customElements.define('demo-note', DemoNote);
  const old = ticket.querySelector('[data-testid="place-order"]')!;
  const submit = doc.createElement('demo-submit');
  submit.setAttribute('data-testid', 'place-order');
  submit.setAttribute('label', old.textContent ?? 'Buy / Long');
  old.replaceWith(submit);
  ticket.querySelector('[data-testid="submit-row"]')!.before(doc.createElement('demo-note'));
}
