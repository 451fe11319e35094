// End-to-end tests of the built app (dist/) in Debian's Chromium: the shell, persistence,
// languages, safety messages, keyboard use and accessibility.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serveDist, watch, ready } from '../lib.mjs';

let browser, server, url, origin;
let context, page, problems;

before(async () => {
  ({ server, url } = await serveDist());
  origin = new URL(url).origin;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

async function open() {
  await page.goto(url);
  await ready(page);
}

async function createPlan(name = 'Spring launch 2027') {
  await page.fill('#new-plan-name', name);
  await page.click('[data-testid=create-plan]');
  await page.waitForSelector('#plan-name');
}

async function saved() {
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
  // The debounce may not even have started: wait for the stored value to settle.
  await page.waitForTimeout(600);
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

function assertClean() {
  assert.deepEqual(problems.errors, [], 'no uncaught exception');
  assert.deepEqual(problems.console, [], 'no console error');
  assert.deepEqual(problems.outside, [], 'no request leaves the origin');
}

test('loads with no console error, no outside request, and a strict CSP', async () => {
  await open();
  assert.match(await page.textContent('h1'), /Know where you are/);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.ok(csp.includes("connect-src 'self'"), csp);
  assert.ok(!csp.includes('unsafe-inline'), csp);
  assert.match(csp, /'sha256-[A-Za-z0-9+/=]+'/, 'the inline loader is allowed by its hash');
  await createPlan();
  await saved();
  assertClean();
});

test('an edit survives a reload, and the plan opens again', async () => {
  await open();
  await createPlan('Shoe shop');
  await page.fill('#plan-description', 'We sell running shoes online.');
  await page.locator('#plan-description').blur();
  await page.fill('#plan-name', 'Shoe shop relaunch');
  await page.press('#plan-name', 'Enter');
  await saved();
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#plan-name'), 'Shoe shop relaunch');
  assert.equal(await page.inputValue('#plan-description'), 'We sell running shoes online.');
  assert.equal(await page.title(), 'Shoe shop relaunch — Waymark');
  assertClean();
});

test('typing is saved after a pause even without leaving the field', async () => {
  await open();
  await createPlan();
  await page.click('#plan-description');
  await page.keyboard.type('Typed and left alone');
  await page.waitForTimeout(1500);
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#plan-description'), 'Typed and left alone');
});

test('the language switch changes the page and survives a reload', async () => {
  await open();
  await createPlan();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.selectOption('#language', 'sv');
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  const swedish = await page.textContent('h1');
  assert.notEqual(swedish, 'Overview');
  await page.selectOption('#language', 'zh-Hant');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
  const chinese = await page.textContent('h1');
  assert.notEqual(chinese, swedish);
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
  assert.equal(await page.textContent('h1'), chinese);
  assertClean();
});

test('the language file is requested beside the config file, not after it, and only once', async () => {
  // The config file answers late: the language file must already be on its way by then.
  const events = [];
  await page.route('**/waymark.config.json', async (route) => {
    await new Promise((ok) => setTimeout(ok, 400));
    events.push('config answered');
    await route.continue();
  });
  page.on('request', (req) => {
    if (req.url().includes('/locales/')) events.push(`asked ${new URL(req.url()).pathname}`);
  });
  await open();
  assert.deepEqual(events, ['asked /locales/en.ftl', 'config answered']);
  // A language chosen earlier is the one asked for at start (from the saved settings), once.
  await createPlan();
  await page.selectOption('#language', 'sv');
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await saved();
  events.length = 0;
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  // (The service worker now answers the config file, out of the page's route.)
  assert.deepEqual(events.filter((e) => e.startsWith('asked')), ['asked /locales/sv.ftl']);
  assertClean();
});

test('the interface language is negotiated from the browser', async () => {
  const lv = await browser.newContext({ locale: 'lv-LV' });
  const p = await lv.newPage();
  await p.goto(url);
  await ready(p);
  assert.equal(await p.getAttribute('html', 'lang'), 'lv');
  assert.equal(await p.inputValue('#language'), 'lv');
  await lv.close();
});

test('undo and redo work from the buttons and from the keyboard', async () => {
  await open();
  await createPlan('First name');
  await page.fill('#plan-name', 'Second name');
  await page.press('#plan-name', 'Enter');
  await page.locator('#plan-name').blur();
  await page.click('[data-testid=undo]');
  assert.equal(await page.inputValue('#plan-name'), 'First name');
  await page.click('[data-testid=redo]');
  assert.equal(await page.inputValue('#plan-name'), 'Second name');
  // Shortcuts act outside text fields (inside one, the browser's own text undo applies).
  await page.focus('[data-testid=undo]');
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue('#plan-name'), 'First name');
  await page.keyboard.press('Control+Shift+z');
  assert.equal(await page.inputValue('#plan-name'), 'Second name');
  await saved();
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#plan-name'), 'Second name');
});

test('an empty plan name is refused and the old name comes back', async () => {
  await open();
  await createPlan('Keep me');
  await page.fill('#plan-name', '   ');
  await page.locator('#plan-name').blur();
  assert.equal(await page.inputValue('#plan-name'), 'Keep me');
});

test('user text is rendered as text, never as HTML', async () => {
  await open();
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await createPlan(hostile);
  await page.fill('#plan-description', hostile);
  await page.locator('#plan-description').blur();
  await saved();
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#plan-name'), hostile);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.title(), `${hostile} — Waymark`);
});

test('blocked storage: the app works in memory and says nothing will be kept', async () => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError'); },
    });
  });
  await open();
  const banner = page.locator('[data-testid=storage-blocked]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /nothing you write will be kept/);
  await createPlan('In memory');
  assert.equal(await page.getAttribute('[data-testid=save-status]', 'data-state'), 'memory');
  assert.deepEqual(problems.errors, []);
});

test('full storage: a visible message, and the previous save intact', async () => {
  await open();
  await createPlan('Nearly full');
  await page.fill('#plan-description', 'Saved before the storage filled up.');
  await page.locator('#plan-description').blur();
  await saved();
  // Fill the real quota, leaving almost no room.
  await page.evaluate(() => {
    let lo = 0, hi = 16 * 1024 * 1024;
    while (hi - lo > 512) {
      const mid = Math.floor((lo + hi) / 2);
      try { localStorage.setItem('filler', 'f'.repeat(mid)); lo = mid; } catch { hi = mid; }
    }
    localStorage.setItem('filler', 'f'.repeat(Math.max(0, lo - 64)));
  });
  await page.fill('#plan-description', 'A much longer text that no longer fits. '.repeat(200));
  await page.locator('#plan-description').blur();
  const banner = page.locator('[data-testid=storage-full]');
  await banner.waitFor({ timeout: 5000 });
  assert.match(await banner.textContent(), /storage is full/);
  assert.equal(await page.getAttribute('[data-testid=save-status]', 'data-state'), 'failed');
  // What was saved before is still there.
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan.meta.description;
  });
  assert.equal(stored, 'Saved before the storage filled up.');
  await page.evaluate(() => localStorage.removeItem('filler'));
});

test('a corrupt stored plan is rescued, offered as a download, and never overwritten', async () => {
  await open();
  await createPlan('Will be corrupted');
  await saved();
  const key = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('waymark:default:plan:'));
    localStorage.setItem(k, '{"format":"waymark-plan","version":1,"plan":{"id":');
    return k;
  });
  await page.reload();
  await ready(page);
  const banner = page.locator('[data-testid=rescued]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /could not be opened/);
  assert.match(await banner.textContent(), /not valid JSON/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=rescued-download]')]);
  assert.match(download.suggestedFilename(), /^waymark-rescued-p-.*\.json$/);
  const { createReadStream } = await import('node:fs');
  const chunks = [];
  for await (const c of createReadStream(await download.path())) chunks.push(c);
  assert.equal(Buffer.concat(chunks).toString(), '{"format":"waymark-plan","version":1,"plan":{"id":');
  // The app offers a fresh start; starting one does not touch the rescued data.
  await createPlan('Fresh start');
  await saved();
  const rescued = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':rescue:')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(rescued, ['{"format":"waymark-plan","version":1,"plan":{"id":']);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null);
});

test('a store where nothing reads is listed, not shown as empty, and nothing is rewritten', async () => {
  await open();
  await createPlan('First plan');
  await saved();
  await page.click('a.nav-link[href="#/plans"]');
  await createPlan('Second plan');
  await saved();
  await page.waitForTimeout(600);
  // Every key of the namespace becomes unreadable, the settings included.
  const before = await page.evaluate(() => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('waymark:default:'));
    for (const k of keys) localStorage.setItem(k, `damaged ${k}`);
    return keys.sort();
  });
  assert.ok(before.includes('waymark:default:settings'));
  await page.reload();
  await ready(page);
  await page.locator('[data-testid=settings-kept]').waitFor();
  const notice = page.locator('[data-testid=unreadable-kept]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /2 saved items could not be read/);
  // The settings were kept aside before fresh ones were written; the plans stay where they were.
  const after = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage)
    .filter((k) => k.startsWith('waymark:default:')).map((k) => [k, localStorage.getItem(k)])));
  assert.notEqual(after['waymark:default:settings'], 'damaged waymark:default:settings');
  const keptSettings = Object.keys(after).find((k) => k.startsWith('waymark:default:rescue:settings:'));
  assert.equal(after[keptSettings], 'damaged waymark:default:settings');
  for (const k of before.filter((k) => k.includes(':plan:'))) assert.equal(after[k], `damaged ${k}`);
  // The plan list shows each one, with a download of exactly what was stored.
  await page.click('[data-testid=unreadable-kept] a');
  await page.waitForSelector('[data-testid=kept]');
  assert.equal(await page.locator('[data-testid=kept-item][data-why=unreadable]').count(), 2);
  assert.equal(await page.locator('[data-testid=kept-item][data-why=settings]').count(), 1);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.locator('[data-testid=kept-item][data-why=unreadable] [data-testid=kept-download]').first().click()]);
  const { createReadStream } = await import('node:fs');
  const chunks = [];
  for await (const c of createReadStream(await download.path())) chunks.push(c);
  assert.match(Buffer.concat(chunks).toString(), /^damaged waymark:default:plan:p-/);
  // Deleting one takes a confirmation, and then it is gone.
  const item = page.locator('[data-testid=kept-item][data-why=settings]');
  await item.locator('[data-testid=kept-delete]').click();
  assert.equal(await page.locator('[data-testid=kept-item]').count(), 3, 'not yet');
  await item.locator('[data-testid=kept-delete-confirm]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kept-item]').length === 2);
  await page.evaluate(() => localStorage.clear());
});

test('a plan from a newer version is kept and explained', async () => {
  await open();
  await createPlan('Old app');
  await saved();
  await page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('waymark:default:plan:'));
    localStorage.setItem(k, '{"format":"waymark-plan","version":7,"plan":{"new":"shape"}}');
  });
  await page.reload();
  await ready(page);
  const banner = page.locator('[data-testid=rescued]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /newer version of Waymark \(format version 7\)/);
});

test('a version 0 plan is migrated and the user is told', async () => {
  await open();
  await page.evaluate(() => {
    localStorage.setItem('waymark:default:plan:p-legacy', JSON.stringify({ format: 'waymark-plan', version: 0, plan: { title: 'Prototype plan', notes: 'From v0', created_at: 1700000000 } }));
  });
  // v0 derives its id from the creation time: find it by loading through the settings.
  const id = await page.evaluate(() => {
    const created = 1700000000000;
    const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
    let n = created, s = '';
    while (n > 0) { s = digits[n % 36] + s; n = Math.floor(n / 36); }
    return `p-${s}00000000`;
  });
  await page.evaluate((id) => {
    localStorage.setItem(`waymark:default:plan:${id}`, localStorage.getItem('waymark:default:plan:p-legacy'));
    localStorage.removeItem('waymark:default:plan:p-legacy');
    localStorage.setItem('waymark:default:settings', JSON.stringify({ format: 'waymark-settings', version: 1, settings: { current_plan: id } }));
  }, id);
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#plan-name'), 'Prototype plan');
  assert.match(await page.textContent('[data-testid=migrated]'), /older version/);
});

test('the theme switch applies and is remembered', async () => {
  await open();
  await page.selectOption('#theme', 'dark');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), bg);
  assert.notEqual(bg, 'rgb(246, 247, 245)');
});

test('keyboard: the skip link comes first and leads to the main content', async () => {
  await open();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Creating a plan with the keyboard alone.
  await page.focus('#new-plan-name');
  await page.keyboard.type('Keyboard plan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#plan-name');
  assert.equal(await page.inputValue('#plan-name'), 'Keyboard plan');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'page-title');
});

test('landmarks, labels and axe: no serious or critical violation, in light and dark', async () => {
  for (const theme of ['light', 'dark']) {
    await open();
    await page.selectOption('#theme', theme);
    let results = await new AxeBuilder({ page }).analyze();
    let bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `welcome (${theme})`);
    if (theme === 'light') await createPlan();
    else await page.waitForSelector('#plan-name');
    results = await new AxeBuilder({ page }).analyze();
    bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `overview (${theme})`);
  }
  for (const landmark of ['header', 'nav', 'main', 'footer']) {
    assert.equal(await page.locator(landmark).count(), 1, landmark);
  }
});

test('works at phone width without sideways scrolling', async () => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open();
  await createPlan('A rather long plan name for a small phone screen');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
});

test('works when served under a sub-path', async () => {
  const sub = await serveDist({ prefix: '/tools/waymark/' });
  try {
    const p = await context.newPage();
    const subProblems = watch(p, new URL(sub.url).origin);
    await p.goto(sub.url);
    await ready(p);
    assert.match(await p.textContent('h1'), /Know where you are/);
    assert.deepEqual(subProblems.console, []);
  } finally {
    sub.server.close();
  }
});
