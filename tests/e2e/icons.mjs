// Draws the app icons of the web manifest (www/icons/*.png) from www/favicon.svg, in Debian's
// Chromium. Run once when the icon changes: `node tests/e2e/icons.mjs`; the PNGs are committed.
//
// icon-192/512: the favicon as it is (rounded square, transparent corners).
// icon-maskable-512: the same mark on a full-bleed square, the arrow scaled into the central
// safe zone (a circle of 40% of the size), so any mask shape a launcher applies keeps it whole.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from './lib.mjs';

const favicon = readFileSync(join(ROOT, 'www', 'favicon.svg'), 'utf8');
const colour = favicon.match(/<rect[^>]*fill="(#[0-9a-f]{6})"/i)?.[1];
const arrow = favicon.match(/<path[^>]*\/>/)?.[0];
if (!colour || !arrow) throw new Error('favicon.svg: no <rect fill> or <path> found');
// The arrow spans 12 x 16 of the 24 units around the centre: at 0.75 its corners lie within
// 0.4 * 24 of the centre.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" fill="${colour}"/><g transform="translate(12 12) scale(0.75) translate(-12 -12)">${arrow}</g></svg>`;

const browser = await launch();
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [name, svg, size] of [
    ['icon-192.png', favicon, 192],
    ['icon-512.png', favicon, 512],
    ['icon-maskable-512.png', maskable, 512],
  ]) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(ROOT, 'www', 'icons', name), png);
    console.log(`www/icons/${name}: ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
