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
const page = await benchPageOverhead({ log: (line) => console.error(`  page overhead: ${line}`) });
for (const o of page.overhead) {
  rows.push([
    `busy ${o.venue.name} fixture (book + trades ${page.bookHz}×/s, mark ${page.markHz}×/s; ${page.idleMs / 1000} s idle + ${page.keystrokes} keystrokes): page main-thread CPU time with / without the extension, median of ${o.rounds} alternated rounds`,
    `${o.withMs.toFixed(0)} ms / ${o.withoutMs.toFixed(0)} ms, ratio ${o.ratio.toFixed(2)}× (rounds ${o.ratioMin.toFixed(2)}–${o.ratioMax.toFixed(2)}; idle ${o.idleRatio.toFixed(2)}×, typing ${o.typingRatio.toFixed(2)}×)`,
  ]);
}
const mb = (x: number) => x.toFixed(2);
for (const s of page.soaks) {
  const ticks = s.with.ticks;
  for (const [label, h] of [['without', s.without], ['with', s.with]] as const) {
    const growthKb = (h.mb[2] - h.mb[1]) * 1024;
    rows.push([
      `${s.venue.name} busy fixture, ${page.soakMinutes} simulated minutes (${h.books.toLocaleString('en-US')} book updates, ${ticks.toLocaleString('en-US')} mark ticks, one per frame): JS heap after GC at 0 / ${page.soakMinutes / 2} / ${page.soakMinutes} min, ${label} the extension`,
      `${mb(h.mb[0])} → ${mb(h.mb[1])} → ${mb(h.mb[2])} MB; minute ${page.soakMinutes / 2}→${page.soakMinutes}: ${growthKb >= 0 ? '+' : ''}${growthKb.toFixed(0)} KB; JS event listeners ${h.listeners.join(' → ')}` +
        (h.renders === null ? '' : ` (≈ ${Math.round((growthKb * 1024) / (ticks / 2))} B per tick; overlay answered ${h.renders.toLocaleString('en-US')} ticks)`),
    ]);
  }
}
for (const b of benchBundles()) rows.push([`bundle, gzip: ${b.name}`, `${(b.gzip / 1024).toFixed(1)} KB (budget ${(b.budget / 1024).toFixed(0)} KB)`]);

console.log(`Leverage Guard benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log('| benchmark | result |\n|---|---|');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
