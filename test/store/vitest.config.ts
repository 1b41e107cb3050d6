import { defineConfig } from 'vitest/config';

// The store checks read the built extension and `wxt zip`'s package, so they run after the build
// (`npm run test:store`), apart from the unit tests.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/store/**/*.test.ts'],
    environment: 'node',
  },
});
