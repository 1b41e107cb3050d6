/**
 * `npm run bench`: every benchmark, figures printed as a table for README.md.
 * Needs a production build (`npm run build`) for the browser benchmarks.
 */
import { benchRisk } from './risk';
import { benchLatency } from './latency';

const rows: string[][] = [];
for (const r of await benchRisk()) rows.push([r.name, `${Math.round(r.value).toLocaleString('en-US')} ${r.unit}`]);
for (const r of await benchLatency()) {
  rows.push([`keystroke → overlay, ${r.name} (${r.samples} keystrokes)`, `median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms`]);
}

console.log(`Leverage Guard benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log('| benchmark | result |\n|---|---|');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
