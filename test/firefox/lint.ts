/**
 * `npm run lint:firefox`: Mozilla's addons-linter (what addons.mozilla.org runs on every upload) on
 * the Firefox build. Fails on any error (AMO refuses the upload; Firefox refuses to install some,
 * like an empty `exclude_matches`) and on any warning not listed below with its reason.
 */
import path from 'node:path';
import linter from 'addons-linter';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  dataPath?: string;
  line?: number;
}

const dir = path.resolve(process.env.LG_OUT_DIR ?? '.output', 'firefox-mv3');

/** Warnings reviewed and accepted: code, the files it may appear in, how often per file, and why. */
const ACCEPTED: { code: string; file: RegExp; perFile: number; why: string }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Rollup names the pages' shared Preact chunk after its first module: jsxRuntime or hooks.
    file: /^(content-scripts\/[\w-]+\.js|chunks\/(jsxRuntime|hooks)\.module-[\w-]+\.js)$/,
    perFile: 1,
    why: "Preact's renderer (its dangerouslySetInnerHTML branch; no component of ours uses it)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/demo-[\w-]+\.js$/,
    perFile: 2,
    why: "the demo exchange's order book (numbers it formats itself, on an extension page)",
  },
];

const instance = linter.createInstance({
  config: {
    _: [dir],
    logLevel: 'fatal',
    stack: false,
    pretty: false,
    warningsAsErrors: false,
    metadata: false,
    output: 'none',
    boring: true,
    selfHosted: false,
  },
  runAsBinary: false,
});
const result = (await instance.run()) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };

const where = (m: LintMessage) => [m.file ?? (m.dataPath ? 'manifest.json' : undefined), m.dataPath, m.line !== undefined ? `line ${m.line}` : ''].filter(Boolean).join(' ');
const failures = result.errors.map((m) => `error   ${m.code} ${where(m)}: ${m.message}`);

const seen = new Map<string, number>();
for (const m of result.warnings) {
  const key = `${m.code} ${m.file ?? ''}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
  const rule = ACCEPTED.find((a) => a.code === m.code && a.file.test(m.file ?? ''));
  if (!rule || seen.get(key)! > rule.perFile) failures.push(`warning ${m.code} ${where(m)}: ${m.message}`);
}

for (const m of result.notices) console.log(`notice  ${m.code} ${where(m)}: ${m.message}`);
for (const line of failures) console.error(line);
const accepted = result.warnings.length - failures.filter((f) => f.startsWith('warning')).length;
console.log(
  `addons-linter on ${path.relative(process.cwd(), dir) || dir}: ${result.errors.length} errors, ${result.warnings.length} warnings ` +
    `(${accepted} accepted: ${[...new Set(ACCEPTED.map((a) => a.why))].join('; ')}), ${result.notices.length} notices`,
);
if (failures.length) {
  console.error(`Firefox lint FAILED: ${failures.length} problem(s) above`);
  process.exit(1);
}
console.log('Firefox lint passed');
