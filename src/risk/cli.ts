// `npm run --silent risk -- '<json>'`: one input object (or an array) → report(s) as JSON on stdout,
// each warning with its English sentence (`message`).
// Bad input: the zod error path(s) on stderr, exit code 2. A tier table older than 180 days adds a note. Numbers are written in plain digits
// (JSON.stringify would write a fee of 3.1e-8 or a margin of 3.1e+23 in exponent notation).
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { plainNumber } from './format';
import { assess, riskInputSchema } from './index';
import { liquidationReason } from './liquidationReason';
import { noteOldTable, todayUtc } from './tierAge';
import { sizingReason } from './sizing';
import { withMessages } from './warningText';

z.config(z.locales.en()); // readable messages here only; the content script keeps zod/mini's bare ones

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const arg = process.argv.slice(2).join(' ').trim();
if (!arg) fail("usage: npm run --silent risk -- '<json input or array of inputs>'");

let raw: unknown;
try {
  raw = JSON.parse(arg);
} catch (e) {
  fail(`invalid JSON: ${(e as Error).message}`);
}

const many = Array.isArray(raw);
const items: unknown[] = many ? (raw as unknown[]) : [raw];
const errors: string[] = [];
const reports = items.map((item, i) => {
  const parsed = riskInputSchema.safeParse(item);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = [...(many ? [i] : []), ...issue.path].map(String).join('.') || '(root)';
      errors.push(`${path}: ${issue.message}`);
    }
    return null;
  }
  // A tier table older than 180 days on `asOf` (default: today, UTC) is named in a note.
  const report = noteOldTable(assess(parsed.data), parsed.data.asOf ?? todayUtc());
  return withMessages({ ...report, liquidationReason: liquidationReason(report), sizeForRiskReason: report.sizeForRiskWhy && sizingReason(report.sizeForRiskWhy) });
});
if (errors.length) fail(errors.join('\n'));

/** JSON text whose numbers are all in plain digits: a number JS would write with an exponent goes through a marked string. */
function plainJson(value: unknown): string {
  const mark = `plain-${randomUUID()}:`;
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && String(v).includes('e') ? mark + plainNumber(v) : v), 2);
  return text.split(`"${mark}`).map((part, i) => (i === 0 ? part : part.replace('"', ''))).join('');
}
process.stdout.write(`${plainJson(many ? reports : reports[0])}\n`);
