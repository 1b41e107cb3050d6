/**
 * `npm run bench`: every benchmark, figures printed as a table for README.md.
 * Needs a production build (`npm run build`) for the browser benchmarks.
 */
import { benchRisk } from './risk';
import { benchLatency } from './latency';
import { benchPageOverhead } from './pageOverhead';
import { benchBundles } from './bundles';

const rows: string[][] = [];
for (const r of await benchRisk()) rows.push([r.name, `${Math.round(r.value).toLocaleString('en-US')} ${r.unit}`]);
for (const r of await benchLatency()) {
  rows.push([`keystroke → overlay, ${r.name} (${r.samples} keystrokes)`, `median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`]);
}
const page = await benchPageOverhead();
rows.push([
  'busy Binance fixture (book 50×/s, 4 s idle + 45 keystrokes): page main-thread time with / without the extension',
  `${page.mainThreadWith.toFixed(0)} ms / ${page.mainThreadWithout.toFixed(0)} ms = ${page.ratio.toFixed(2)}×`,
]);
const heap = (s: { start: number; half: number; end: number }) => `${s.start.toFixed(2)} → ${s.half.toFixed(2)} → ${s.end.toFixed(2)} MB`;
rows.push([`JS heap after GC at 0, ${page.ticks / 2} and ${page.ticks} mark ticks (one per frame): without the extension`, heap(page.soakWithout)]);
rows.push([`JS heap after GC at 0, ${page.ticks / 2} and ${page.ticks} mark ticks: with the extension`, heap(page.soakWith)]);
for (const b of benchBundles()) rows.push([`bundle, gzip: ${b.name}`, `${(b.gzip / 1024).toFixed(1)} KB (budget ${(b.budget / 1024).toFixed(0)} KB)`]);

console.log(`Leverage Guard benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log('| benchmark | result |\n|---|---|');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
