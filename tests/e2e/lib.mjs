// Shared helpers of the end-to-end tests and the benchmark: launch Debian's Chromium (never a
// downloaded one), serve dist/, and watch a page for console errors and outside requests.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// WAYMARK_DIST lets a second build (another checkout's, a helper's) be tested beside dist/.
export const DIST = process.env.WAYMARK_DIST || join(ROOT, 'dist');

export const CHROMIUM_ARGS = [
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-sandbox',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Serves dist/ on a free port of 127.0.0.1 (or the given host/prefix). */
export async function serveDist(options = {}) {
  return serve({ root: DIST, ...options });
}

/**
 * Records what a page does that it should not: console errors, uncaught exceptions, and any
 * request that leaves `origin`.
 */
export function watch(page, origin) {
  const problems = { console: [], errors: [], outside: [] };
  page.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(msg.text()); });
  page.on('pageerror', (err) => problems.errors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.outside.push(url);
  });
  return problems;
}

/** Waits until the app has rendered (it sets <html data-ready>). */
export async function ready(page) {
  await page.waitForSelector('html[data-ready="1"]', { timeout: 15000 });
}

// The navigation's two rows: the groups of the method, then the pages of the current group.
const GROUPS = [
  ['health', 'swot', 'pestle', 'tows'],
  ['personas', 'journey', 'team', 'attribution'],
  ['objectives', 'creative', 'engagement', 'mix', 'monitor'],
];

/** Goes to `route` the way a person does: its group in the first row, then the page. */
export async function nav(page, route) {
  const sub = page.locator(`.nav-pages a.nav-link[href="#/${route}"]`);
  if ((await sub.count()) === 0) {
    const first = GROUPS.find((g) => g.includes(route))?.[0] ?? route;
    await page.locator(`.nav-groups a.nav-link[href="#/${first}"]`).click();
    if (first === route) return;
    await sub.waitFor();
  }
  await sub.click();
}
