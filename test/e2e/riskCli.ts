import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Runs `npm run risk` (the public command-line entry) on one input and returns its report. */
export function riskCli(input: Record<string, unknown>): { liquidationPrice: number | null; initialMargin: number | null; positionLeverage: number | null } {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const out = execFileSync(tsx, ['src/risk/cli.ts', JSON.stringify(input)], { encoding: 'utf8' });
  return JSON.parse(out);
}
