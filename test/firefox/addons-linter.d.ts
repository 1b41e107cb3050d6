// addons-linter ships no types: the part of its Node API (README, "Using the linter as a library") used here.
declare module 'addons-linter' {
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<unknown> };
  };
  export default linter;
}
