// A mounted Waymark keeps to its element (issue 16). A host page with the styles real sites
// have (`html { font-size: 62.5% }`, `* { letter-spacing: 2px }`, custom properties named like
// Waymark's) changes nothing of Waymark's look: its sizes and colours match a mount on a plain
// page. Keyboard shortcuts act only with focus inside Waymark and outside text fields, and
// never take the key from the host (no preventDefault): Ctrl+Z in the host's input is the
// browser's undo. Waymark writes nothing on the host's <html> (data-ready is on its own root),
// and a share link made while mounted opens an import of the plan in a fresh browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, DIST } from '../lib.mjs';
import { serve } from '../server.mjs';

let browser, dir, waymark;

/** A host page next to Waymark's files that mounts it (with ?color=, in that brand colour). */
function hostPage(css) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="data:,">
<style>${css}</style></head>
<body><h1>Host page</h1><label>Host field <input id="host-input"></label>
<div id="plan"></div>
<script type="module">
  import { mount } from './mount.js';
  const color = new URLSearchParams(location.search).get('color');
  await mount(document.getElementById('plan'), {
    namespace: 'hosted', language: 'en', brand: color ? { name: 'Hosted', color } : { name: 'Hosted' },
  });
</script></body></html>`;
}

const HOSTILE = `html { font-size: 62.5%; } * { letter-spacing: 2px; }
:root { --custom-brand: red; --brand: red; --wm-brand: red; --text: red; --bg: red; }
body { font-family: serif; line-height: 3; color: green; }`;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waymark-mount-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'plain-host.html'), hostPage(''));
  writeFileSync(join(dir, 'hostile-host.html'), hostPage(HOSTILE));
  waymark = await serve({ root: dir, host: '127.0.0.1' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  waymark?.server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a host page; resolves to { context, page, root, errors } once Waymark is ready. */
async function mounted(file, query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${waymark.url}${file}${query}`);
  const root = page.locator('#plan .waymark-root');
  await page.waitForSelector('#plan .waymark-root[data-ready="1"]', { timeout: 15000 });
  return { context, page, root, errors };
}

/** The computed styles that show whether the host's CSS reached into Waymark. */
async function looks(root) {
  await root.locator('[data-testid=open-example]').waitFor();
  return root.evaluate((el) => {
    const shadow = el.getRootNode();
    const pick = (sel, props) => {
      const node = shadow.querySelector(sel);
      if (!node) return `missing ${sel}`;
      const s = getComputedStyle(node);
      return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
    };
    return {
      root: pick('.waymark-root', ['font-size', 'letter-spacing', 'line-height', 'font-family', 'color', 'background-color']),
      h1: pick('h1', ['font-size', 'letter-spacing']),
      primary: pick('.button-primary', ['background-color', 'color', 'font-size', 'padding-top', 'letter-spacing']),
      mark: pick('.brand-mark', ['width', 'background-color']),
    };
  });
}

test('the host page\'s styles do not reach into a mounted Waymark', async () => {
  for (const query of ['', '?color=%235b2a86']) {
    const plain = await mounted('plain-host.html', query);
    const hostile = await mounted('hostile-host.html', query);
    const want = await looks(plain.root);
    const got = await looks(hostile.root);
    assert.equal(want.root['font-size'], '16px');
    assert.equal(want.root['letter-spacing'], 'normal');
    assert.equal(want.primary['letter-spacing'], 'normal');
    assert.deepEqual(got, want, `with the host's CSS (${query || 'no brand colour'})`);
    // The host's own page did get its styles (the test's CSS is in force).
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px');
    assert.deepEqual([...plain.errors, ...hostile.errors], []);
    await plain.context.close();
    await hostile.context.close();
  }
  // The configured brand colour still colours the primary button.
  const branded = await mounted('plain-host.html', '?color=%235b2a86');
  const brand = await looks(branded.root);
  assert.equal(brand.primary['background-color'], 'rgb(91, 42, 134)');
  assert.equal(brand.mark['background-color'], 'rgb(91, 42, 134)');
  await branded.context.close();
});

test('mounted, Waymark writes nothing on the host\'s <html>', async () => {
  const { context, page, errors } = await mounted('plain-host.html');
  const html = await page.evaluate(() => [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`));
  assert.deepEqual(html, ['lang=en']);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The stored plans of the page's origin, as text. */
const stored = (page) => page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort()
  .filter((k) => k.includes(':plan:')).map((k) => [k, localStorage.getItem(k)])));

/** Presses `keys` and says whether Waymark took the key press (called preventDefault). */
async function press(page, keys) {
  await page.evaluate(() => {
    window.lastKeydown = null;
    // The last key's press, not its modifiers' (Control, Shift, Alt come first).
    window.onkeydown ??= (e) => {
      if (!['Control', 'Shift', 'Alt', 'Meta'].includes(e.key)) window.lastKeydown = e.defaultPrevented;
    };
  });
  await page.keyboard.press(keys);
  return page.evaluate(() => window.lastKeydown);
}

test('mounted, shortcuts act only with focus inside Waymark and outside text fields', async () => {
  const { context, page, root, errors } = await mounted('plain-host.html');
  await root.locator('[data-testid=open-example]').click();
  await root.locator('[data-testid=save-status][data-state=saved]').waitFor();
  const name = root.locator('#plan-name');
  const original = await name.inputValue();
  await name.fill('Renamed plan');
  await name.blur();
  await page.waitForFunction(() => document.querySelector('#plan').shadowRoot
    .querySelector('[data-testid=save-status][data-state=saved]'));
  await page.waitForTimeout(300);
  const edited = await stored(page);
  assert.match(edited, /Renamed plan/);

  // In the host's own input: the browser's undo, not Waymark's.
  const input = page.locator('#host-input');
  await input.click();
  await page.keyboard.type('hello');
  assert.equal(await press(page, 'Control+z'), false, 'the host input keeps its Ctrl+Z');
  assert.equal(await input.inputValue(), '', 'the browser undid the typing');
  assert.equal(await press(page, 'Control+y'), false);
  assert.equal(await press(page, 'Control+Alt+p'), false);
  // With focus on the host page itself.
  await page.evaluate(() => { document.activeElement?.blur(); });
  assert.equal(await press(page, 'Control+z'), false, 'focus on the host page');
  assert.equal(await press(page, 'Control+Shift+z'), false);
  // In a text field of Waymark's (one not typed in, so its own undo has nothing to take back).
  await root.locator('.nav-groups a.nav-link', { hasText: 'Plans' }).click();
  const field = root.locator('input[type=text]:not(#plan-name), input:not([type]), textarea').first();
  await field.focus();
  assert.equal(await press(page, 'Control+z'), false, 'a Waymark text field keeps its Ctrl+Z');
  await page.waitForTimeout(300);
  assert.equal(await stored(page), edited, 'the plan is as it was');
  assert.equal(await name.inputValue(), 'Renamed plan');
  assert.equal(await root.locator('[data-testid=undo-notice]').count(), 0);

  // On a button of Waymark's, Ctrl+Z undoes the plan's last change.
  await root.locator('[data-testid=share-make]').focus();
  assert.equal(await press(page, 'Control+z'), true, 'Waymark took the key');
  await root.locator('[data-testid=undo-notice]').waitFor();
  assert.equal(await name.inputValue(), original);
  assert.deepEqual(errors, []);
  await context.close();
});

test('mounted, a share link opens an import of the plan in a fresh browser', async () => {
  const { context, root, errors } = await mounted('plain-host.html');
  await root.locator('[data-testid=open-example]').click();
  await root.locator('[data-testid=save-status][data-state=saved]').waitFor();
  await root.locator('.nav-groups a.nav-link', { hasText: 'Plans' }).click();
  await root.locator('[data-testid=share-make]').click();
  const link = await root.locator('[data-testid=share-url]').inputValue();
  assert.ok(link.startsWith(`${waymark.url}#/share?p=`), `Waymark's page, not the host's: ${link}`);
  await context.close();

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const other = await fresh.newPage();
  await other.goto(link);
  await other.waitForSelector('[data-testid=import-preview]', { timeout: 15000 });
  await other.click('[data-testid=import-confirm]');
  await other.waitForFunction(() => location.hash === '#/');
  assert.match(await other.inputValue('#plan-name'), /Stride/);
  assert.deepEqual(errors, []);
  await fresh.close();
});

test('mounted, Ctrl+Alt+P inside Waymark presents, in sizes that grow from Waymark\'s root', async () => {
  const { context, page, root, errors } = await mounted('hostile-host.html');
  await root.locator('[data-testid=open-example]').click();
  await root.locator('[data-testid=save-status][data-state=saved]').waitFor();
  await root.locator('#main').focus();
  assert.equal(await press(page, 'Control+Alt+KeyP'), true);
  await root.locator('.present').waitFor();
  const sizes = await root.evaluate((el) => {
    // What the stylesheet's `2rem` is inside the presentation.
    const probe = el.querySelector('.present').appendChild(document.createElement('div'));
    probe.style.width = 'calc(2 * var(--wm-rem))';
    return {
      font: getComputedStyle(el).fontSize,
      rem2: Math.round(parseFloat(getComputedStyle(probe).width) * 10) / 10,
      present: el.hasAttribute('data-present'),
    };
  });
  // clamp(16px, min(1.5vw, 2.6vh), 44px) at 1280×900: 19.2px, not the host's 10px root.
  assert.deepEqual(sizes, { font: '19.2px', rem2: 38.4, present: true });
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-present')), false);
  assert.deepEqual(errors, []);
  await context.close();
});
