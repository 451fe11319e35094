// End-to-end tests of embedding: Waymark (on 127.0.0.1) framed by the example host page on a
// second origin (127.0.0.2), as its config file allows; a third origin (127.0.0.3) that is not
// allowed; and Waymark mounted into an element of a host page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST, ROOT, CHROMIUM_ARGS } from '../lib.mjs';
import { serve } from '../server.mjs';

let browser, dir, hostDir, waymark, host, stranger;

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
  waymark = await serve({ root: app, host: '127.0.0.1' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [waymark, host, stranger]) s?.server.close();
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
