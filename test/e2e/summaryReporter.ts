import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError } from '@playwright/test/reporter';

/**
 * The last lines of every e2e run: which tests failed, each with the first line of its first
 * error and where its trace is, then one line `N passed, N failed` (CI reads that line: keep its
 * format). Runs after the `list` reporter, so a failure is named even when the log is cut.
 */
export default class SummaryReporter implements Reporter {
  private suite: Suite | null = null;
  private readonly globalErrors: TestError[] = [];

  printsToStdio() {
    return true;
  }

  onBegin(_config: FullConfig, suite: Suite) {
    this.suite = suite;
  }

  onError(error: TestError) {
    this.globalErrors.push(error);
  }

  onEnd(result: FullResult) {
    const tests = this.suite?.allTests() ?? [];
    const failed = tests.filter((t) => t.outcome() === 'unexpected');
    const flaky = tests.filter((t) => t.outcome() === 'flaky');
    const passed = tests.filter((t) => t.outcome() === 'expected' && t.results.length > 0 && t.expectedStatus !== 'skipped').length + flaky.length;
    const notRun = tests.length - passed - failed.length;
    const lines: string[] = [''];

    if (failed.length > 0 || this.globalErrors.length > 0) {
      lines.push('Failed tests:');
      for (const test of failed) {
        lines.push(`  ✘ ${titleOf(test)}`);
        const last = test.results.at(-1);
        const error = last?.errors[0] ?? last?.error;
        lines.push(`      ${firstLine(error) || `${last?.status ?? 'did not finish'}`}`);
        for (const detail of details(error)) lines.push(`      ${detail}`);
        const trace = last?.attachments.find((a) => a.name === 'trace' && a.path);
        if (trace?.path) lines.push(`      trace: npx playwright show-trace ${path.relative(process.cwd(), trace.path)}`);
      }
      for (const error of this.globalErrors) lines.push(`  ✘ (outside any test) ${firstLine(error)}`);
    }
    if (flaky.length > 0) {
      lines.push('Flaky tests (failed, then passed on a retry):');
      for (const test of flaky) lines.push(`  ~ ${titleOf(test)}`);
    }
    if (notRun > 0) lines.push(`${notRun} skipped or not run`);
    // A run that failed outside any test (global setup, a crashed worker, the run's time limit) is never "0 failed".
    const failures = failed.length + this.globalErrors.length || (result.status === 'passed' ? 0 : 1);
    lines.push(`${passed} passed, ${failures} failed`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

function titleOf(test: TestCase): string {
  const file = path.relative(process.cwd(), test.location.file);
  const titles = test.titlePath().slice(3); // '', project, file
  return `${file}:${test.location.line} › ${titles.join(' › ')}`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes (ESC [ … m) from messages.
const plain = (error: TestError | undefined) => (error?.message ?? error?.value ?? '').replace(/\u001b\[[0-9;]*m/g, '');

/** The first non-empty line of an error's message, without colour codes. */
function firstLine(error: TestError | undefined): string {
  return plain(error).split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}

/** What an assertion's message says it looked at and for (its matcher, Locator, Expected and Received lines), shortened. */
function details(error: TestError | undefined): string[] {
  return plain(error)
    .split('\n')
    .slice(1)
    .filter((l) => /^(expect\(|Locator:|Expected:|Received:)/.test(l.trim()))
    .slice(0, 4)
    .map((l) => (l.trim().length > 160 ? `${l.trim().slice(0, 157)}...` : l.trim()));
}
