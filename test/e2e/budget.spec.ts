import { test, expect } from '@playwright/test';
import { bundleSizes } from '../../scripts/bundleSizes';

// Runs after `npm run build` (npm test builds first); no browser needed.
for (const b of bundleSizes()) {
  test(`${b.name} stays within its gzip budget`, () => {
    expect(b.files.length).toBeGreaterThan(0);
    expect(b.gzip, `${b.name}: ${b.files.join(', ')}`).toBeLessThanOrEqual(b.budget);
  });
}
