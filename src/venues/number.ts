/** The number reader, imported here by the fuzz suites; it lives in the venue kit. */
export * from './kit/number';
