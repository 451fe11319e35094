// The lazily loaded parts (issue 17, src/pages/lazy.rs, scripts/split.mjs) in the release build:
// a first visit fetches none of them before the browser is idle — not even the plan reader
// (src/storage/codec.rs), which a store with plans fetches at start-up; each part opens for the
// first time on demand (a deep link, before any prefetch) with the example plan's texts whole
// (the splitter once zeroed data the main module reads: "ex-"); after one visit every part
// opens with the server stopped; a part that cannot be fetched says so, with a reload button;
// and a plan reader that cannot be fetched leaves the stored plans exactly as they were.
// Before any of it, index.html paints the shell: header and page shapes, nothing focusable,
// gone with the app's first render.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, serveDist, watch, ready } from '../lib.mjs';

const MODULE = /waymark-module-\d+-([a-z]+)-[0-9a-f]+\.wasm$/;
/** Every lazily loaded module, by name. */
const ALL = ['boards', 'codec', 'example', 'journey', 'planning', 'plans', 'present', 'report', 'share', 'start'];

/** Each part: a page of it, and what shows that page with the example plan's texts. */
const PARTS = [
  ['start', 'health', async (p) => p.locator('[data-testid=step-title]').waitFor()],
  ['boards', 'swot', async (p) => p.getByText('Repair service no competitor offers').first().waitFor()],
  ['journey', 'personas', async (p) => p.locator('[data-testid=persona][aria-label="Weekend Anna"]').waitFor()],
  ['planning', 'objectives', async (p) => p.locator('[data-testid=objective]').first().waitFor()],
  ['report', 'report', async (p) => p.locator('[data-testid=report]').getByText('Loyal Lars').first().waitFor()],
  ['plans', 'plans', async (p) => p.locator('.plans').getByText('Example: Stride & Co. running shoes').first().waitFor()],
  ['present', 'present/swot', async (p) => p.locator('[data-testid=present]').waitFor()],
];

let browser, context, page;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

/** A fresh context and page with no service worker: it would answer a blocked or held
 * module from its cache, out of the test's reach. */
async function withoutWorker() {
  await context.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  page = await context.newPage();
}

/** The lazily loaded modules this page has requested so far, by part name. */
async function requestedParts(p = page) {
  const names = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return names.map((n) => n.match(MODULE)?.[1]).filter(Boolean);
}

async function openExample(url) {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  // Stored, so another page of the browser opens it too.
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
  await page.waitForTimeout(600);
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

test('the build is split: one module per lazily loaded part, and one chunk of what they share', () => {
  const parts = readdirSync(DIST).map((f) => f.match(MODULE)?.[1]).filter(Boolean).sort();
  assert.deepEqual(parts, ALL);
  const chunks = readdirSync(DIST).filter((f) => /^waymark-chunk-\d+-split-[0-9a-f]+\.wasm$/.test(f));
  assert.equal(chunks.length, 1, 'the shared code is one chunk');
  // Not empty: the splitter's chunk step once recorded nothing and copied shared code into
  // every part (tools/wasm-split-cli, patch 5).
  assert.ok(statSync(join(DIST, chunks[0])).size > 10_000, 'the chunk holds the shared code');
});

test('a first visit fetches no part before the browser is idle, then prefetches every one', async () => {
  const { server, url } = await serveDist();
  try {
    await page.goto(url);
    await ready(page);
    await page.waitForFunction(() => performance.getEntriesByName('waymark:prefetch').length === 1);
    const timing = await page.evaluate(() => ({
      interactive: performance.getEntriesByName('waymark:interactive')[0].startTime,
      prefetch: performance.getEntriesByName('waymark:prefetch')[0].startTime,
      early: performance.getEntriesByType('resource')
        .filter((e) => /waymark-module-/.test(e.name)
          && e.startTime < performance.getEntriesByName('waymark:prefetch')[0].startTime)
        .map((e) => e.name),
    }));
    assert.ok(timing.prefetch >= timing.interactive, 'the prefetch starts after the app is usable');
    assert.deepEqual(timing.early, [], 'no part was requested before the prefetch');
    await page.waitForFunction(
      (n) => performance.getEntriesByType('resource').filter((e) => /waymark-module-/.test(e.name)).length >= n,
      ALL.length, { timeout: 10000 },
    );
    assert.deepEqual([...new Set(await requestedParts())].sort(), ALL);
  } finally {
    server.close();
  }
});

for (const [part, route, shows] of PARTS) {
  test(`${part}: opens on demand from a deep link, with the example plan's texts whole`, async () => {
    const { server, url } = await serveDist();
    const problems = watch(page, new URL(url).origin);
    try {
      await openExample(url);
      // A new page of the same browser: its first render is the deep link, before any idle time.
      const deep = await context.newPage();
      const deepProblems = watch(deep, new URL(url).origin);
      await deep.goto(`${url}#/${route}`);
      await shows(deep);
      const first = await deep.evaluate(() => performance.getEntriesByName('waymark:prefetch').length);
      const parts = await requestedParts(deep);
      assert.ok(parts.includes(part), `${part} was fetched (${parts})`);
      // The store holds the example: the plan reader came at start-up, then the part.
      if (first === 0) assert.deepEqual(parts.sort(), ['codec', part].sort(), 'only the part on screen, before idle time');
      assert.equal(await deep.getByText(/\bex-[a-z0-9-]+/).count(), 0, 'no text cut to its id');
      assert.deepEqual(deepProblems, { console: [], errors: [], outside: [] });
      assert.deepEqual(problems, { console: [], errors: [], outside: [] });
    } finally {
      server.close();
    }
  });
}

test('after one visit, every part opens with the server stopped', async () => {
  const { server, url } = await serveDist();
  // Closed however the test ends (an open server keeps the test run from exiting).
  const stop = () => new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
  try {
    await offlineAfterOneVisit(url, stop);
  } finally {
    if (server.listening) await stop();
  }
});

async function offlineAfterOneVisit(url, stop) {
  await openExample(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The worker has cached the whole build (every part included) once it is active.
  await page.waitForFunction(async (n) => {
    const names = (await caches.keys()).filter((n) => n.includes('#precache-'));
    if (names.length !== 1) return false;
    const urls = (await (await caches.open(names[0])).keys()).map((r) => r.url);
    return urls.filter((u) => /waymark-module-/.test(u)).length === n;
  }, ALL.length, { timeout: 15000 });
  await stop();
  for (const [part, route, shows] of PARTS) {
    const fresh = await context.newPage();
    await fresh.goto(`${url}#/${route}`);
    // Attached, not visible: presentation mode hides the page's root until it is laid out.
    await fresh.waitForSelector('html[data-ready="1"]', { state: 'attached' });
    await shows(fresh);
    assert.equal(await fresh.locator('[data-testid=lazy-failed]').count(), 0, part);
    await fresh.close();
  }
}

test('a part that cannot be fetched says so and offers a reload; the plan is untouched', async () => {
  const { server, url } = await serveDist();
  await withoutWorker();
  try {
    await openExample(url);
    const deep = await context.newPage();
    await deep.route(/waymark-module-\d+-boards-/, (route) => route.fulfill({ status: 503, body: 'down' }));
    await deep.goto(`${url}#/swot`);
    const alert = deep.locator('[data-testid=lazy-failed]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be loaded/);
    assert.equal(await alert.getByRole('button', { name: 'Reload' }).count(), 1);
    // The rest of the app still works: the overview shows the plan.
    await deep.goto(`${url}#/`);
    await deep.waitForSelector('#plan-name');
    assert.equal(await deep.inputValue('#plan-name'), 'Example: Stride & Co. running shoes');
  } finally {
    server.close();
  }
});

test('a plan reader that cannot be fetched: the app says so, and every stored plan stays as it was', async () => {
  const { server, url } = await serveDist();
  await withoutWorker();
  try {
    await openExample(url);
    const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    const deep = await context.newPage();
    await deep.route(/waymark-module-\d+-codec-/, (route) => route.fulfill({ status: 503, body: 'down' }));
    await deep.goto(url);
    await deep.waitForSelector('html[data-ready="1"]');
    const banner = deep.locator('[data-testid=reader-failed]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /could not be loaded.*nothing stored has been changed/s);
    assert.equal(await banner.getByRole('button', { name: 'Reload' }).count(), 1);
    // No page is offered meanwhile, not even a new plan.
    assert.equal(await deep.locator('[data-testid=create-plan]').count(), 0);
    // Nothing was rescued, moved or written over; the settings still name the example.
    await deep.waitForTimeout(800);
    const after = await deep.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    assert.deepEqual(after, before);
    await deep.close();
  } finally {
    server.close();
  }
});

test('a first visit whose plan reader cannot be fetched creates no plan and says why', async () => {
  const { server, url } = await serveDist();
  await withoutWorker();
  try {
    await page.route(/waymark-module-\d+-codec-/, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto(url);
    await ready(page);
    await page.fill('#new-plan-name', 'Bike repairs');
    await page.click('[data-testid=create-plan]');
    const banner = page.locator('.new-plan [data-testid=reader-failed]');
    await banner.waitFor();
    assert.match(await banner.innerText(), /could not be loaded/);
    assert.equal(await page.inputValue('#new-plan-name'), 'Bike repairs', 'what was typed stays');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':plan:')));
    assert.deepEqual(keys, [], 'no plan was opened without the reader');
  } finally {
    server.close();
  }
});

test('a page whose code comes later takes focus as a page change would', async () => {
  const { server, url } = await serveDist();
  await withoutWorker();
  try {
    // The overview's code held back until the plan is created with the keyboard.
    let release;
    const held = new Promise((done) => { release = done; });
    await page.route(/waymark-module-\d+-start-/, async (route) => { await held; await route.continue(); });
    await page.goto(url);
    await ready(page);
    await page.focus('#new-plan-name');
    await page.keyboard.type('Later plan');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.lazy-loading');
    release();
    await page.waitForSelector('#plan-name');
    await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  } finally {
    server.close();
  }
});

test('the painted shell shows before the wasm, offers nothing to click, and leaves with the first render', async () => {
  const { server, url } = await serveDist();
  try {
    let release;
    const held = new Promise((done) => { release = done; });
    await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const skeleton = page.locator('#waymark-skeleton');
    await skeleton.waitFor();
    const box = await skeleton.locator('.app-header').boundingBox();
    assert.ok(box && box.height > 40, 'the header is painted');
    assert.equal(await skeleton.getAttribute('aria-hidden'), 'true');
    assert.equal(await page.locator('#waymark-skeleton :is(a, button, input, select, textarea, [tabindex])').count(), 0);
    // A first visit: the welcome's heading and lead, in the browser's language, where the
    // app puts them (the first screen's largest text is painted before the WebAssembly).
    const painted = await skeleton.locator('#skeleton-welcome h1').boundingBox();
    const heading = await skeleton.locator('#skeleton-welcome h1').innerText();
    assert.equal(await skeleton.locator('#skeleton-shapes').isVisible(), false);
    release();
    await ready(page);
    assert.equal(await skeleton.count(), 0, 'removed once the app is on screen');
    assert.equal(await page.locator('.app-header').count(), 1, 'one header, the app\'s');
    assert.equal(await page.locator('.welcome h1').innerText(), heading, 'the same words');
    const shown = await page.locator('.welcome h1').boundingBox();
    assert.ok(Math.abs(shown.y - painted.y) <= 2 && shown.height === painted.height, 'in the same place');
    // A browser with Waymark data may open a plan: grey shapes, no welcome. (The app has
    // stored its settings by now; waited for, so the next page is sure to find them.)
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('waymark:')));
    const again = await context.newPage();
    await again.route(/_bg\.wasm$/, () => {});
    await again.goto(url, { waitUntil: 'domcontentloaded' });
    await again.locator('#skeleton-shapes').waitFor();
    assert.equal(await again.locator('#skeleton-welcome').isVisible(), false);
    await again.close();
  } finally {
    server.close();
  }
});

test('the painted welcome is only for the home address of a page of its own', async () => {
  const { server, url } = await serveDist();
  try {
    for (const address of [`${url}#/share?p=abc`, `${url}#/plans`, `${url}?embed=1`]) {
      const p = await context.newPage();
      await p.route(/_bg\.wasm$/, () => {});
      await p.goto(address, { waitUntil: 'domcontentloaded' });
      await p.locator('#skeleton-shapes').waitFor();
      assert.equal(await p.locator('#skeleton-welcome').isVisible(), false, address);
      await p.close();
    }
  } finally {
    server.close();
  }
});

test('the painted welcome speaks the browser\'s language', async () => {
  const { server, url } = await serveDist();
  try {
    for (const [locale, words] of [['sv-SE', 'Kartan hjälper'], ['zh-TW', '地圖'], ['lv', 'Karte'], ['id-ID', 'Peta'], ['de-DE', 'Know where']]) {
      const ctx = await browser.newContext({ locale });
      const p = await ctx.newPage();
      await p.route(/_bg\.wasm$/, () => {});
      await p.goto(url, { waitUntil: 'domcontentloaded' });
      const h1 = p.locator('#skeleton-welcome h1');
      await h1.waitFor();
      assert.match(await h1.innerText(), new RegExp(words), locale);
      await ctx.close();
    }
  } finally {
    server.close();
  }
});
