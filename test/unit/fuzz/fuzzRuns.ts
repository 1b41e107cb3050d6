/**
 * How hard the fuzz suites push. CI runs a fixed seed and the default counts (over 100,000
 * generated values across the suites); `npm run fuzz` runs them with FUZZ_SCALE=10 and a fresh seed.
 */
export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? 1);
export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZ_SCALE > 1 ? Date.now() % 2 ** 31 : 20261125;
export const runs = (n: number) => ({ numRuns: Math.round(n * FUZZ_SCALE), seed: FUZZ_SEED });
