import { defineConfig } from '@playwright/test';

// Service-worker (extension background) requests only reach `context.on('request')` with this flag,
// and the no-network guard must see them.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // Each test launches its own Chromium with the extension; the machines have 2 cores.
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // No retries: a test that fails by chance is a bug to fix (wait on what the trader would see, never on time).
  retries: 0,
  // `list` names each test as it ends; the summary reporter ends the run with the failed tests'
  // names and first error lines, then `N passed, N failed` (the line CI reads).
  reporter: [['list'], ['./test/e2e/summaryReporter.ts']],
  // A failed test keeps its trace (`npx playwright show-trace test-results/<test>/trace.zip`); a passing one keeps nothing.
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure' },
});
