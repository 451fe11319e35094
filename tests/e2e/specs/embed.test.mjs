// End-to-end tests of embedding: Waymark (on 127.0.0.1) framed by the example host page on a
// second origin (127.0.0.2), as its config file allows; a third origin (127.0.0.3) that is not
// allowed; and Waymark mounted into an element of a host page. Also (issue 12, defect 8): an
// unencrypted allowed origin is warned about on the page; mounted, Waymark's logo and share
// links resolve against Waymark's own folder, and a crash shows inside Waymark's root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST, ROOT, CHROMIUM_ARGS } from '../lib.mjs';
import { serve } from '../server.mjs';

let browser, dir, hostDir, waymark, host, stranger, insecure;

before(async () => {
  // A deployment of this build with its own config, and the example host page elsewhere.
  dir = mkdtempSync(join(tmpdir(), 'waymark-embed-'));
  const app = join(dir, 'app');
  hostDir = join(dir, 'host');
  cpSync(DIST, app, { recursive: true });
  cpSync(join(ROOT, 'www', 'example-host'), hostDir, { recursive: true });
  cpSync(join(ROOT, 'www', 'example-host'), join(app, 'example-host'), { recursive: true });
  host = await serve({ root: hostDir, host: '127.0.0.2' });
  stranger = await serve({ root: hostDir, host: '127.0.0.3' });
  writeFileSync(join(app, 'waymark.config.json'), JSON.stringify({
    allowedOrigins: [new URL(host.url).origin],
    brand: { color: '#5b2a86', name: 'Northwind' },
    namespace: 'northwind',
    sections: ['health', 'swot', 'pestle', 'report'],
  }));
  // A host page of the deployment's own site, two folders below Waymark, that mounts it with a
  // logo given as a path next to Waymark's index.html (so not next to this page).
  mkdirSync(join(app, 'clients', 'northwind'), { recursive: true });
  writeFileSync(join(app, 'clients', 'northwind', 'plan.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northwind client page</title><link rel="icon" href="data:,"></head>
<body><h1>Client page</h1><div id="plan"></div>
<script type="module">
  import { mount } from '../../mount.js';
  await mount(document.getElementById('plan'), {
    namespace: 'deep', language: 'en', brand: { name: 'Deep', logo: 'icons/icon-192.png' },
  });
</script></body></html>`);
  waymark = await serve({ root: app, host: '127.0.0.1' });
  // A second deployment whose config allows an unencrypted origin, and has entries that are
  // origins written differently from how a browser reports them.
  const insecureApp = join(dir, 'insecure');
  cpSync(DIST, insecureApp, { recursive: true });
  writeFileSync(join(insecureApp, 'waymark.config.json'), JSON.stringify({
    allowedOrigins: ['HTTPS://Client.Example:443/', 'http://intranet.example', 'https://client.example/app/'],
  }));
  insecure = await serve({ root: insecureApp, host: '127.0.0.1' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [waymark, host, stranger, insecure]) s?.server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A browser profile like a default desktop one, where a frame from another site may use its
 * (partitioned) storage. Playwright's usual contexts are like incognito windows, where
 * Chromium denies third-party frames storage altogether (tested separately below).
 */
async function profile() {
  const dataDir = mkdtempSync(join(dir, 'profile-'));
  mkdirSync(join(dataDir, 'Default'));
  writeFileSync(join(dataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  return chromium.launchPersistentContext(dataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 1000 },
    locale: 'en-GB',
  });
}

/** Opens a host page framing Waymark; resolves to { context, page, frame, warnings }. */
async function framed(hostUrl, context) {
  context ??= await profile();
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${hostUrl}index.html?waymark=${encodeURIComponent(waymark.url)}`);
  const handle = await page.waitForSelector('#waymark');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('[data-testid=open-example], #plan-name', { timeout: 15000 });
  return { context, page, frame, warnings, errors };
}

/** Posts `message` from the host page to the frame and waits for Waymark's answer. */
function ask(page, message) {
  return page.evaluate(({ message, origin }) => new Promise((resolve) => {
    const frame = document.getElementById('waymark').contentWindow;
    const done = setTimeout(() => resolve(null), 2000);
    window.addEventListener('message', function on(event) {
      if (event.source !== frame || event.data?.requestId !== message.requestId) return;
      clearTimeout(done);
      window.removeEventListener('message', on);
      resolve({ origin: event.origin, data: event.data });
    });
    frame.postMessage(message, origin);
  }), { message, origin: new URL(waymark.url).origin });
}

test('framed on an allowed origin: renders compact and branded, keeps its own namespace, answers getPlan', async () => {
  const { context, page, frame, errors } = await framed(host.url);
  // The host saw "ready" (the example page says so).
  await page.waitForSelector('#status:text("Waymark is ready.")');
  assert.equal(await frame.getAttribute('html', 'data-embed'), 'compact');
  assert.equal(await frame.textContent('.brand-name'), 'Northwind');
  const brand = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--brand').trim());
  assert.equal(brand, '#5b2a86');
  assert.equal(await frame.locator('.app-footer').isVisible(), false, 'no footer in compact chrome');
  // http://127.0.0.2 is this machine's own address: no warning about encryption.
  assert.equal(await frame.locator('[data-testid=config-insecure-origin]').count(), 0);

  await frame.click('[data-testid=open-example]');
  await frame.waitForSelector('[data-testid=save-status][data-state=saved]');
  // Only the configured sections are offered.
  const groups = await frame.locator('.nav-groups a.nav-link').allTextContents();
  assert.ok(!groups.some((g) => /Customers/.test(g)), `no customer pages: ${groups}`);
  await frame.evaluate(() => { location.hash = '#/journey'; });
  await frame.waitForFunction(() => location.hash === '#/');

  // Its data lives under the deployment's namespace only.
  const keys = await frame.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('waymark:northwind:')), keys.join(', '));

  const answer = await ask(page, { type: 'getPlan', requestId: 'r1' });
  assert.ok(answer, 'an allowed origin gets an answer');
  assert.equal(answer.origin, new URL(waymark.url).origin);
  assert.equal(answer.data.type, 'plan');
  assert.equal(answer.data.source, 'waymark');
  assert.equal(answer.data.plan.format, 'waymark-plan');
  assert.match(answer.data.plan.plan.meta.name, /Stride/);

  // The example page's buttons use the same protocol: keep a copy, change the plan, put it back.
  await page.click('#keep');
  await page.waitForSelector('#status:text("Kept a copy")');
  await page.click('#restore');
  await page.waitForSelector('#status:text("open in Waymark as a new plan")');
  await frame.waitForSelector('[data-testid=save-status][data-state=saved]');
  const plans = await frame.evaluate(() => Object.keys(localStorage).filter((k) => /:plan:/.test(k)).length);
  assert.equal(plans, 2, 'the copy came back as a second plan');
  // planChanged reaches the host after a save.
  await frame.fill('#plan-name', 'Renamed by the workshop');
  await frame.press('#plan-name', 'Enter');
  await page.waitForSelector('#log li:text("saved “Renamed by the workshop”")');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bad loadPlan gets an error answer and changes nothing', async () => {
  const { context, page, frame } = await framed(host.url);
  await frame.click('[data-testid=open-example]');
  await frame.waitForSelector('[data-testid=save-status][data-state=saved]');
  const before = await frame.evaluate(() => Object.keys(localStorage).sort());
  const answer = await ask(page, { type: 'loadPlan', requestId: 'bad', plan: '{"format":"something else"}' });
  assert.equal(answer?.data.type, 'error');
  assert.ok(answer.data.message.length > 0);
  assert.deepEqual(await frame.evaluate(() => Object.keys(localStorage).sort()), before);
  await context.close();
});

/** Starts collecting, in the host page, every message Waymark posts (`window.__got`). */
async function collect(page) {
  await page.evaluate(() => {
    window.__got = [];
    const frame = document.getElementById('waymark').contentWindow;
    window.addEventListener('message', (event) => {
      if (event.source === frame && event.data?.source === 'waymark') window.__got.push(event.data);
    });
  });
}

test('every malformed loadPlan gets one error, a requestId comes back as sent, one save gives one planChanged (issue 16)', async () => {
  const { context, page, frame } = await framed(host.url);
  try {
  await collect(page);
  await frame.click('[data-testid=open-example]');
  await frame.waitForSelector('[data-testid=save-status][data-state=saved]');
  await frame.waitForTimeout(800);
  const post = (message) => page.evaluate(({ message, origin }) => {
    document.getElementById('waymark').contentWindow.postMessage(message, origin);
  }, { message, origin: new URL(waymark.url).origin });
  await post({ type: 'loadPlan', requestId: 99 });
  await post({ type: 'loadPlan', requestId: 'numeric', plan: 42 });
  await post({ type: 'loadPlan', requestId: 'huge', plan: 'x'.repeat(5_000_001) });
  await post({ type: 'getPlan', requestId: 7 });
  await page.waitForFunction(() => window.__got.filter((m) => m.requestId !== undefined && m.requestId !== null).length >= 4);
  await frame.waitForTimeout(300);
  const got = await page.evaluate(() => window.__got);
  const answers = got.filter((m) => m.requestId !== undefined && m.requestId !== null);
  assert.deepEqual(answers.map((m) => [m.type, m.requestId]), [['error', 99], ['error', 'numeric'], ['error', 'huge'], ['plan', 7]]);
  assert.equal(typeof answers[0].requestId, 'number', '99 comes back as a number');
  // Opening the example is one save (a new plan): at most one planChanged, never two.
  assert.ok(got.filter((m) => m.type === 'planChanged').length <= 1, JSON.stringify(got.map((m) => m.type)));
  // One change, one save, one planChanged.
  await page.evaluate(() => { window.__got = []; });
  await frame.fill('#plan-name', 'Renamed once');
  await frame.press('#plan-name', 'Enter');
  await frame.waitForSelector('[data-testid=save-status][data-state=saved]');
  await page.waitForFunction(() => window.__got.some((m) => m.type === 'planChanged'));
  await frame.waitForTimeout(1500);
  const changed = await page.evaluate(() => window.__got.filter((m) => m.type === 'planChanged'));
  assert.equal(changed.length, 1, JSON.stringify(changed));
  assert.equal(changed[0].name, 'Renamed once');
  // Waymark opening again with the plan (a reload) is no save: no planChanged.
  await page.addInitScript(() => {
    window.__got = [];
    window.addEventListener('message', (event) => { if (event.data?.source === 'waymark') window.__got.push(event.data); });
  });
  await page.reload();
  const again = await (await page.waitForSelector('#waymark')).contentFrame();
  await again.waitForSelector('[data-testid=save-status][data-state=saved]');
  await page.waitForFunction(() => window.__got.some((m) => m.type === 'ready'));
  await again.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__got.filter((m) => m.type === 'planChanged')), [], 'no planChanged on load');
  } finally {
    await context.close();
  }
});

test('where the browser denies a framed site storage, Waymark says so and the host can still keep the plan', async () => {
  const incognito = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  const { context, page, frame } = await framed(host.url, incognito);
  await frame.click('[data-testid=open-example]');
  await frame.waitForSelector('[data-testid=save-status][data-state=memory]');
  const answer = await ask(page, { type: 'getPlan', requestId: 'm1' });
  assert.match(answer?.data.plan.plan.meta.name ?? '', /Stride/);
  await context.close();
});

test('a page on an origin that is not allowed gets no answer, and it is logged', async () => {
  const { context, page, frame, warnings } = await framed(stranger.url);
  await frame.waitForSelector('[data-testid=open-example]');
  const answer = await ask(page, { type: 'getPlan', requestId: 'x' });
  assert.equal(answer, null, 'no answer to a foreign origin');
  assert.equal(await page.textContent('#status'), 'Waiting for Waymark…', 'not even "ready" was sent');
  await frame.waitForTimeout(200);
  assert.ok(warnings.some((w) => /waymark: ignored a message from "http:\/\/127\.0\.0\.3/.test(w)), warnings.join('\n'));
  await context.close();
});

test('mounted into an element of a host page: styles stay inside, data under its namespace', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${waymark.url}example-host/mount.html?waymark=../`);
  const root = page.locator('#plan .waymark-root');
  await root.locator('[data-testid=open-example]').click({ timeout: 15000 });
  await root.locator('[data-testid=save-status][data-state=saved]').waitFor();
  assert.equal(await root.locator('.brand-name').textContent(), 'Northwind (mounted)');
  // The host page keeps its own title and look.
  assert.match(await page.title(), /Northwind Consulting/);
  const hostFont = await page.evaluate(() => getComputedStyle(document.querySelector('.host-intro h1')).fontSize);
  assert.equal(hostFont, '28.8px');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:')));
  assert.ok(keys.length > 0 && keys.every((k) => k.startsWith('waymark:northwind-mounted:')), keys.join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('an allowed origin without encryption is warned about on the page and in the console', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(insecure.url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 15000 });
  const banner = page.locator('[data-testid=config-insecure-origin]');
  await banner.waitFor();
  const text = await banner.textContent();
  assert.match(text, /not encrypted \(http:\/\/\)/);
  assert.match(text, /http:\/\/intranet\.example/);
  assert.doesNotMatch(text, /client\.example/, 'https origins are not listed');
  assert.ok(warnings.some((w) => /allowed origin http:\/\/intranet\.example is not encrypted/.test(w)), warnings.join('\n'));
  // A path is refused with a message that says what to do; the default port is not a problem.
  assert.ok(warnings.some((w) => /"https:\/\/client\.example\/app\/" is refused: an origin has no path/.test(w)), warnings.join('\n'));
  assert.ok(!warnings.some((w) => /Client\.Example:443/i.test(w)), warnings.join('\n'));
  // In the user's language, like every message.
  await page.selectOption('#language', 'sv');
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.match(await banner.textContent(), /inte är krypterade/);
  await banner.locator('button').click();
  assert.equal(await banner.count(), 0, 'it can be dismissed');
  await context.close();
});

/** Opens the host page that mounts Waymark two folders below it; resolves to { page, root }. */
async function mountedDeep(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${waymark.url}clients/northwind/plan.html`);
  const root = page.locator('#plan .waymark-root');
  await root.locator('[data-testid=open-example]').waitFor({ timeout: 15000 });
  return { page, root, errors };
}

test('mounted: the logo and share links are Waymark\'s own, and a share link opens an import in Waymark', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const { page, root, errors } = await mountedDeep(context);
  // The logo is a path next to Waymark's index.html, not next to the host page.
  const logo = root.locator('.brand-logo');
  assert.equal(await logo.evaluate((img) => img.src), `${waymark.url}icons/icon-192.png`);
  const width = await logo.evaluate((img) => img.decode().then(() => img.naturalWidth, () => 0));
  assert.equal(width, 192, 'the logo loads');

  await root.locator('[data-testid=open-example]').click();
  await root.locator('[data-testid=save-status][data-state=saved]').waitFor();
  await root.locator('.nav-groups a.nav-link', { hasText: 'Plans' }).click();
  await root.locator('[data-testid=share-make]').click();
  const link = await root.locator('[data-testid=share-url]').inputValue();
  assert.ok(link.startsWith(`${waymark.url}#/share?p=`), `Waymark's page, not the host's: ${link}`);

  // The link opens Waymark's own page, which offers the plan for import.
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForSelector('[data-testid=import-preview]', { timeout: 15000 });
  await other.click('[data-testid=import-confirm]');
  await other.waitForFunction(() => location.hash === '#/');
  assert.match(await other.inputValue('#plan-name'), /Stride/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('mounted: when Waymark crashes, its message is inside Waymark\'s root, not on the host page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const { page, root, errors } = await mountedDeep(context);
  // A host page script that takes an element away from under Waymark: the next render that
  // needs it fails, which ends the program (a Rust panic).
  await page.evaluate(() => document.getElementById('plan').shadowRoot.querySelector('.header-settings').remove());
  await root.locator('[data-testid=open-example]').click();
  const crash = root.locator('[data-testid=crash]');
  await crash.waitFor({ timeout: 10000 });
  assert.ok(errors.length > 0, 'the program stopped');
  assert.match(await crash.textContent(), /Waymark stopped because of an error/);
  const where = await page.evaluate(() => {
    const inRoot = document.getElementById('plan').shadowRoot.querySelector('.waymark-root > #waymark-crash');
    return {
      inRoot: inRoot !== null,
      inDocument: document.getElementById('waymark-crash') !== null,
      position: inRoot && getComputedStyle(inRoot).position,
    };
  });
  assert.deepEqual(where, { inRoot: true, inDocument: false, position: 'absolute' },
    'in Waymark\'s root, with its styles, covering Waymark only');
  // The host page is untouched.
  assert.equal(await page.textContent('h1'), 'Client page');
  await context.close();
});
