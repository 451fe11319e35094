// Two tabs of the same browser editing the same plan: a save in one shows in the other, and
// when both changed it, neither version is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, ready } from '../lib.mjs';

let browser, server, url;
before(async () => {
  ({ server, url } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function twoTabs() {
  const context = await browser.newContext({ locale: 'en-GB' });
  const a = await context.newPage();
  await a.goto(url);
  await ready(a);
  await a.fill('#new-plan-name', 'Shared plan');
  await a.click('[data-testid=create-plan]');
  await a.waitForSelector('[data-testid=save-status][data-state=saved]');
  await a.waitForTimeout(600);
  const b = await context.newPage();
  await b.goto(url);
  await ready(b);
  assert.equal(await b.inputValue('#plan-name'), 'Shared plan');
  return { context, a, b };
}

const storedDescription = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
  return JSON.parse(localStorage.getItem(key)).plan.meta.description;
});

test('a change saved in one tab appears in the other', async () => {
  const { context, a, b } = await twoTabs();
  await a.fill('#plan-description', 'Written in tab A');
  await a.locator('#plan-description').blur();
  await b.waitForFunction(() => document.getElementById('plan-description').value === 'Written in tab A', null, { timeout: 5000 });
  // Tab B can undo back to what it showed before.
  await b.click('[data-testid=undo]');
  assert.equal(await b.inputValue('#plan-description'), '');
  await context.close();
});

test('when both tabs change the plan, the other version is kept as a copy', async () => {
  const { context, a, b } = await twoTabs();
  // Both tabs commit a change at the same moment, so each has an unsaved change (the save
  // waits 0.4 s) when the other's save lands. (Done one after the other, a slow machine could
  // let B's save reach A first, and A would then edit B's text: a sequential edit, not a conflict.)
  const write = (el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.blur();
  };
  await Promise.all([
    b.locator('#plan-description').evaluate(write, 'Written in tab B'),
    a.locator('#plan-description').evaluate(write, 'Written in tab A'),
  ]);
  // Each tab commits after its pause, saves, hears of the other's save, and settles.
  await a.waitForFunction(() => {
    const all = Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n');
    return all.includes('Written in tab A') && all.includes('Written in tab B');
  }, null, { timeout: 5000 }).catch(() => {});
  for (const page of [a, b]) await page.waitForSelector('[data-testid=save-status][data-state=saved]');
  // Both versions survive: one as the plan, the other as a rescued copy offered in tab B.
  const all = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:default:')).map((k) => localStorage.getItem(k)).join('\n'));
  if (!all.includes('Written in tab A') || !all.includes('Written in tab B')) console.log('DEBUG', all, await a.inputValue('#plan-description'), await b.inputValue('#plan-description'));
  assert.ok(all.includes('Written in tab A'), 'A is kept');
  assert.ok(all.includes('Written in tab B'), 'B is kept');
  const current = await storedDescription(a);
  assert.ok(['Written in tab A', 'Written in tab B'].includes(current));
  const banners = (await a.locator('[data-testid=rescued]').count()) + (await b.locator('[data-testid=rescued]').count());
  assert.ok(banners >= 1, 'a tab offers the other version for download');
  await context.close();
});

test('text being typed is not replaced by another tab\'s save', async () => {
  const { context, a, b } = await twoTabs();
  await b.click('#plan-description');
  await b.keyboard.type('B is typing');
  await a.fill('#plan-name', 'Renamed in A');
  await a.press('#plan-name', 'Enter');
  await b.waitForFunction(() => document.getElementById('plan-name').value === 'Renamed in A', null, { timeout: 5000 });
  assert.equal(await b.inputValue('#plan-description'), 'B is typing');
  await b.locator('#plan-description').blur();
  await b.waitForTimeout(800);
  assert.equal(await storedDescription(b), 'B is typing');
  await context.close();
});

test('changes to different parts made in both tabs at once are merged', async () => {
  const { context, a, b } = await twoTabs();
  const write = (el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.blur();
  };
  await Promise.all([
    b.locator('#plan-description').evaluate(write, 'Described in tab B'),
    a.locator('#plan-name').evaluate(write, 'Renamed in tab A'),
  ]);
  await a.waitForFunction(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    const meta = JSON.parse(localStorage.getItem(key)).plan.meta;
    return meta.name === 'Renamed in tab A' && meta.description === 'Described in tab B';
  }, null, { timeout: 5000 }).catch(() => {});
  await a.waitForTimeout(500);
  for (const page of [a, b]) {
    assert.equal(await page.inputValue('#plan-name'), 'Renamed in tab A');
    assert.equal(await page.inputValue('#plan-description'), 'Described in tab B');
  }
  const stored = await a.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan.meta;
  });
  assert.equal(stored.name, 'Renamed in tab A');
  assert.equal(stored.description, 'Described in tab B');
  assert.equal(await a.locator('[data-testid=rescued]').count() + await b.locator('[data-testid=rescued]').count(), 0, 'no conflict copy');
  await context.close();
});
