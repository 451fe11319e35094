// End-to-end tests of offline use (the service worker, www/sw.js) on the release build: after
// one visit the app opens, edits, saves and changes language with the server stopped, at the
// root and under a sub-path; every file of the build is in the cache; and a new version is
// offered by a banner whose Reload puts the new worker in control without losing an edit.
// The worker answers navigations only for Waymark's own page (another page in its folder is
// left to the network), and prefers its cached copy to a 404 or 5xx from the server.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, serveDist, watch, ready } from '../lib.mjs';

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

async function createPlan(name) {
  await page.fill('#new-plan-name', name);
  await page.click('[data-testid=create-plan]');
  await page.waitForSelector('#plan-name');
}

async function saved() {
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
  await page.waitForTimeout(600);
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

/** Waits until the worker is active and controls the page (reloading once if it does not). */
async function controlled() {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const claimed = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 5000 })
    .then(() => true, () => false);
  if (!claimed) {
    await page.reload();
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
}

/** Stops the server for good, keep-alive connections included. */
async function stop(server, url) {
  await new Promise((done) => {
    server.close(done);
    server.closeAllConnections();
  });
  await assert.rejects(fetch(url), 'the server no longer answers');
}

/** Cache name → the URLs it holds, for Waymark's caches. */
async function cacheContents() {
  return page.evaluate(async () => {
    const out = {};
    for (const name of (await caches.keys()).filter((n) => n.startsWith('waymark-'))) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    }
    return out;
  });
}

/**
 * Every file of the build, as URLs under `base`, but the worker, the deployment config and the
 * precompressed copies (scripts/precompress.mjs: a server sends them in place of the original,
 * so the worker caches the originals only).
 */
function buildFiles(base) {
  return readdirSync(DIST, { recursive: true })
    .filter((f) => statSync(join(DIST, f)).isFile() && !['sw.js', 'waymark.config.json'].includes(f))
    .filter((f) => !/\.(br|gz)$/.test(f))
    .map((f) => new URL(f, base).href)
    .sort();
}

/** One visit online, then the server stops; the app must still open, edit, save, translate. */
async function worksOffline(prefix) {
  const { server, url } = await serveDist({ prefix });
  const origin = new URL(url).origin;
  const problems = watch(page, origin);
  try {
    await page.goto(url);
    await ready(page);
    await createPlan('Market stall');
    await saved();
    await controlled();
    const registration = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(registration, url, 'the worker serves the folder of the app');

    // Every file of the build is cached, in one cache named after this scope.
    const contents = await cacheContents();
    const precaches = Object.keys(contents).filter((n) => n.startsWith(`waymark-${url}#precache-`));
    assert.equal(precaches.length, 1, Object.keys(contents).join(', '));
    assert.deepEqual(contents[precaches[0]].sort(), buildFiles(url));
    assert.deepEqual(problems, { console: [], errors: [], outside: [] }, 'online: nothing wrong');

    await stop(server, url);
    await page.reload();
    await ready(page);
    assert.equal(await page.inputValue('#plan-name'), 'Market stall');
    await page.fill('#plan-description', 'Written with no connection.');
    await page.locator('#plan-description').blur();
    await saved();
    await page.reload();
    await ready(page);
    assert.equal(await page.inputValue('#plan-description'), 'Written with no connection.');

    // Another language's messages come from the cache too.
    await page.selectOption('#language', 'sv');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    assert.equal(await page.locator('[data-testid=language-failed]').count(), 0);
    assert.match(await page.textContent('[data-testid=save-status]'), /Sparat/);
    // And the example plan's texts (fetched only when it is opened).
    const example = await page.evaluate(async () => (await fetch('examples/sv.ftl')).ok);
    assert.ok(example, 'examples/sv.ftl is served from the cache');
    // The deployment's config (it may choose the storage namespace) is answered as the server
    // last answered it: the file, or that there is none.
    const config = await page.evaluate(async () => (await fetch('waymark.config.json', { cache: 'no-cache' })).status);
    assert.equal(config, existsSync(join(DIST, 'waymark.config.json')) ? 200 : 404, 'waymark.config.json offline');
    assert.deepEqual(problems, { console: [], errors: [], outside: [] }, 'offline: nothing wrong either');
  } finally {
    server.close();
    server.closeAllConnections();
  }
}

test('after one visit the app opens, edits, saves and changes language offline', { timeout: 90_000 }, async () => {
  await worksOffline('/');
});

test('offline under a sub-path too', { timeout: 90_000 }, async () => {
  await worksOffline('/tools/waymark/');
});

/**
 * Serves a copy of the build, visits it, then changes its worker while the page is open (a new
 * revision of the page in its list, so a new cache; a different file, so the browser installs
 * it) and reloads: the new worker waits and the banner shows. Returns what `done` cleans up.
 */
async function newVersionWaiting(planName) {
  const root = mkdtempSync(join(tmpdir(), 'waymark-update-'));
  cpSync(DIST, root, { recursive: true });
  const { server, url } = await serveDist({ root });
  const done = () => {
    server.close();
    server.closeAllConnections();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await page.goto(url);
    await ready(page);
    await createPlan(planName);
    await saved();
    await controlled();
    const caches = Object.keys(await cacheContents());
    assert.equal(await page.locator('[data-testid=update-ready]').count(), 0, 'no banner without a new version');

    const sw = join(root, 'sw.js');
    const text = readFileSync(sw, 'utf8');
    const changed = text.replace(/("revision":")([0-9a-f]{8})([0-9a-f]*","url":"index\.html")/, '$1ffffffff$3');
    assert.notEqual(changed, text, 'the revision of index.html was found');
    writeFileSync(sw, changed);
    appendFileSync(sw, '\n// A new version.\n');

    // The browser looks for a new worker on every visit.
    await page.reload();
    await ready(page);
    await page.locator('[data-testid=update-ready]').waitFor({ timeout: 15000 });
    assert.ok(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null));
    return { url, caches, done };
  } catch (e) {
    done();
    throw e;
  }
}

/** Clicks Reload and checks that the new worker took over and the old cache is gone. */
async function reloadIntoNewVersion(cachesBefore) {
  const reloaded = page.waitForEvent('load');
  await page.click('[data-testid=update-reload]');
  await reloaded;
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const state = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { waiting: reg.waiting !== null, active: reg.active?.state };
  });
  assert.deepEqual(state, { waiting: false, active: 'activated' });
  const precache = (names) => names.filter((n) => n.includes('#precache-'));
  const after = precache(Object.keys(await cacheContents()));
  assert.equal(after.length, 1, 'the old version\'s cache is gone');
  assert.notDeepEqual(after, precache(cachesBefore), 'the new version has its own cache');
  assert.equal(await page.locator('[data-testid=update-ready]').count(), 0, 'no banner once updated');
}

test('a new version shows a banner, and Reload puts the new worker in control', { timeout: 90_000 }, async () => {
  const problems = watch(page, 'http://127.0.0.1:'); // any port: the server starts below
  const { caches, done } = await newVersionWaiting('Before the update');
  try {
    const banner = page.locator('[data-testid=update-ready]');
    assert.match(await banner.textContent(), /A new version of Waymark is ready\./);
    assert.equal(await banner.getAttribute('role'), 'status', 'announced politely');
    // An edit still in its field: Reload commits it, waits for the save, then switches.
    await page.fill('#plan-description', 'Typed just before the update.');
    await reloadIntoNewVersion(caches);
    assert.equal(await page.inputValue('#plan-name'), 'Before the update');
    assert.equal(await page.inputValue('#plan-description'), 'Typed just before the update.');
    assert.deepEqual(problems, { console: [], errors: [], outside: [] });
  } finally {
    done();
  }
});

test('the update waits while a change is not saved', { timeout: 90_000 }, async () => {
  const { caches, done } = await newVersionWaiting('Nearly full');
  try {
    // Fill the storage so the next save fails (as in shell.test.mjs).
    await page.evaluate(() => {
      let lo = 0, hi = 16 * 1024 * 1024;
      while (hi - lo > 512) {
        const mid = Math.floor((lo + hi) / 2);
        try { localStorage.setItem('filler', 'f'.repeat(mid)); lo = mid; } catch { hi = mid; }
      }
      localStorage.setItem('filler', 'f'.repeat(Math.max(0, lo - 64)));
    });
    await page.fill('#plan-description', 'A text that no longer fits. '.repeat(300));
    await page.locator('#plan-description').blur();
    await page.waitForSelector('[data-testid=save-status][data-state=failed]');
    const banner = page.locator('[data-testid=update-ready]');
    assert.match(await banner.textContent(), /once your changes are saved/);
    assert.ok(await page.locator('[data-testid=update-reload]').isDisabled(), 'no reload while a save failed');

    // Room again: the next save succeeds and the update may go ahead.
    await page.evaluate(() => localStorage.removeItem('filler'));
    await page.fill('#plan-description', 'Short enough now.');
    await page.locator('#plan-description').blur();
    await saved();
    assert.ok(await page.locator('[data-testid=update-reload]').isEnabled());
    assert.doesNotMatch(await banner.textContent(), /once your changes are saved/);
    await reloadIntoNewVersion(caches);
    assert.equal(await page.inputValue('#plan-description'), 'Short enough now.');
  } finally {
    done();
  }
});

test('the web manifest makes the app installable from any folder', async () => {
  const { server, url } = await serveDist({ prefix: '/tools/waymark/' });
  try {
    await page.goto(url);
    await ready(page);
    const href = await page.getAttribute('link[rel=manifest]', 'href');
    assert.equal(href, 'manifest.webmanifest', 'relative, so it works under any path');
    const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
    assert.equal(manifest.name, 'Waymark');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = new URL(src, new URL('manifest.webmanifest', location.href)).href;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      assert.equal(size, icon.sizes, icon.src);
    }
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
    assert.equal(await page.getAttribute('meta[name=theme-color]', 'content'), manifest.theme_color);
  } finally {
    server.close();
  }
});

/**
 * Serves a copy of the build with someone else's page beside it (docs/other.html, in the
 * worker's scope), visits Waymark once and waits for its worker. Returns { url, server, fail,
 * done }.
 */
async function deployedBesideOthers() {
  const root = mkdtempSync(join(tmpdir(), 'waymark-neighbour-'));
  cpSync(DIST, root, { recursive: true });
  mkdirSync(join(root, 'docs'));
  writeFileSync(join(root, 'docs', 'other.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other</title></head><body><h1 id="other">Not Waymark</h1></body></html>');
  const { server, url, fail } = await serveDist({ root });
  const done = () => {
    server.close();
    server.closeAllConnections();
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await page.goto(url);
    await ready(page);
    await createPlan('Beside the docs');
    await saved();
    await controlled();
    return { url, server, fail, done };
  } catch (e) {
    done();
    throw e;
  }
}

test('the worker answers only for Waymark\'s own page: another page in its folder is left to the network', { timeout: 90_000 }, async () => {
  const { url, server, fail, done } = await deployedBesideOthers();
  try {
    // Online, the other page is itself, and its server's errors are its own.
    await page.goto(`${url}docs/other.html`);
    assert.equal(await page.textContent('#other'), 'Not Waymark');
    fail('docs/other.html', 500);
    // (A query of its own: the test server lets browsers keep files for a year.)
    const failed = await page.goto(`${url}docs/other.html?again`);
    assert.equal(failed.status(), 500);
    assert.match(await page.textContent('body'), /failed on purpose/);
    assert.equal(await page.locator('html[data-ready]').count(), 0, 'not Waymark');

    // Offline: Waymark's page (with a query too) opens from the cache; the other page does not
    // turn into Waymark, and neither does an address that never existed.
    await stop(server, url);
    await page.goto(`${url}?embed=1`);
    await ready(page);
    assert.equal(await page.inputValue('#plan-name'), 'Beside the docs');
    await page.goto(`${url}index.html`);
    await ready(page);
    for (const address of [`${url}docs/other.html?offline`, `${url}nothing/here/`]) {
      await assert.rejects(page.goto(address), /ERR_/, `${address} goes to the (stopped) network`);
    }
  } finally {
    done();
  }
});

test('a 404 or server error does not replace the cached working copy; a missing config still means none', { timeout: 90_000 }, async () => {
  const { url, fail, done } = await deployedBesideOthers();
  try {
    // A server half-way through a deployment: the page, a locale file and the config fail.
    fail('index.html', 503);
    fail('locales/sv.ftl', 404);
    fail('waymark.config.json', 500);
    await page.reload();
    await ready(page);
    assert.equal(await page.inputValue('#plan-name'), 'Beside the docs');
    await page.goto(`${url}index.html?embed=1`);
    await ready(page);
    await page.selectOption('#language', 'sv');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    assert.equal(await page.locator('[data-testid=language-failed]').count(), 0);
    assert.match(await page.textContent('[data-testid=save-status]'), /Sparat/);
    const status = () => page.evaluate(async () => (await fetch('waymark.config.json', { cache: 'no-cache' })).status);
    assert.equal(await status(), 200, 'the config file as last read, not the server error');
    // A 404 is an answer: the deployment took its config file away, and the defaults apply.
    fail('waymark.config.json', 404);
    assert.equal(await status(), 404);
    // And once it has said so, a server error answers with that.
    fail('waymark.config.json', 502);
    assert.equal(await status(), 404);
  } finally {
    done();
  }
});
