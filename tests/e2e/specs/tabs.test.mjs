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
  // B commits a change but has not saved it yet (the save waits 0.4 s) when A's save lands.
  await b.evaluate(() => {
    const el = document.getElementById('plan-description');
    el.value = 'Written in tab B';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.blur();
  });
  await a.evaluate(() => {
    const el = document.getElementById('plan-description');
    el.value = 'Written in tab A';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.blur();
  });
  await a.waitForTimeout(1500);
  // Both versions survive: one as the plan, the other as a rescued copy offered in tab B.
  const all = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:default:')).map((k) => localStorage.getItem(k)).join('\n'));
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
