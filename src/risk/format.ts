// Number formatting for warning sentences (no Intl, no toFixed: cheap and the same in every locale).

const POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** x rounded to d places without trailing zeros ("2.9", not "2.900"); integer arithmetic, no double→string. */
function round(x: number, d: number): string {
  const n = Math.round(Math.abs(x) * POW[d]!);
  if (!(n < 2_000_000_000)) {
    const s = x.toFixed(d);
    return s.indexOf('.') < 0 ? s : s.replace(/\.?0+$/, '');
  }
  let digits = '' + n;
  while (digits.length <= d) digits = '0' + digits;
  let end = digits.length;
  const point = end - d;
  while (end > point && digits.charCodeAt(end - 1) === 48) end--; // trailing '0'
  const s = end > point ? digits.slice(0, point) + '.' + digits.slice(point, end) : digits.slice(0, point);
  return x < 0 && n !== 0 ? '-' + s : s;
}

function group(s: string): string {
  const dot = s.indexOf('.');
  const int = dot < 0 ? s : s.slice(0, dot);
  const neg = int.charCodeAt(0) === 45 ? 1 : 0; // '-'
  if (int.length - neg <= 3) return s;
  let out = '';
  for (let i = int.length; i > neg; i -= 3) out = (i - 3 > neg ? ',' : '') + int.slice(Math.max(neg, i - 3), i) + out;
  return (neg ? '-' : '') + out + (dot < 0 ? '' : s.slice(dot));
}

/** 0.029 → "2.9 %", 0.00045 → "0.045 %". */
export function pct(fraction: number): string {
  const p = Math.abs(fraction) * 100;
  return `${round(p, p >= 10 ? 1 : p >= 0.1 ? 2 : 3)} %`;
}

/** 25 → "25×", 8.5 → "8.5×". */
export function times(x: number): string {
  return Number.isInteger(x) && x < 1000 && x > -1000 ? `${x}×` : `${group(round(x, x >= 100 ? 0 : 1))}×`;
}

/** 25100.4016 → "25,100.4", 0.000123456 → "0.00012346". */
export function price(x: number): string {
  const a = Math.abs(x);
  return group(round(x, a >= 1000 ? 2 : a >= 1 ? 4 : 8));
}
