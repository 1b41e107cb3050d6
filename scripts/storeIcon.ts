/**
 * `npx tsx scripts/storeIcon.ts`: writes public/icon/128.png, the install-dialog and store icon,
 * from the 96 px artwork (public/icon/96.png) centred on a transparent 128 px canvas. The Chrome Web
 * Store wants exactly that: 96×96 artwork and 16 px of transparent padding per side
 * (developer.chrome.com/docs/webstore/images#icons). test/store checks the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const art = PNG.sync.read(readFileSync('public/icon/96.png'));
if (art.width !== 96 || art.height !== 96) throw new Error(`public/icon/96.png is ${art.width}×${art.height}, not 96×96`);
const icon = new PNG({ width: 128, height: 128 }); // zero-filled: fully transparent
PNG.bitblt(art, icon, 0, 0, 96, 96, 16, 16);
writeFileSync('public/icon/128.png', PNG.sync.write(icon, { colorType: 6 }));
console.log('public/icon/128.png: the 96 px artwork with a 16 px transparent border');
