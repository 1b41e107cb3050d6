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
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'off' },
});
