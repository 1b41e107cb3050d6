import { bundleSizes } from '../scripts/bundleSizes';

export const benchBundles = () => bundleSizes().map((b) => ({ name: b.name, gzip: b.gzip, budget: b.target }));
