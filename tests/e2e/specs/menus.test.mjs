// No menu acts on an arrow key or a letter (issue 15, WCAG 3.2.2). Every list that moves, adds
// or links something is a `Choose` (src/ui/choose.rs): the list only picks, its button acts.
// On every page of the example plan (with a touchpoint's editor open, whose list moves it),
// each `.choose select` gets ↓ ↓ ↑, two letters, Home and End: the stored plan stays byte for
// byte the same and the page shows as many cards, touchpoints, links and tactics. Then, for one
// list of each kind, Tab to its button and Enter does change the plan — so the first half of
// the test would see a list that acted.

import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watch, ready } from '../lib.mjs';

const ROUTES = ['', 'health', 'swot', 'pestle', 'tows', 'personas', 'journey', 'team', 'attribution',
  'objectives', 'creative', 'engagement', 'mix', 'monitor', 'report', 'plans'];

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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

/** The stored plan, exactly as localStorage holds it. */
const storedPlan = () => page.evaluate(() => {
  const keys = Object.keys(localStorage).filter((k) => k.includes(':plan:')).sort();
  return keys.map((k) => `${k}=${localStorage.getItem(k)}`).join('\n');
});

/** What the page shows of the things a menu could move, add or link. */
const counts = () => page.evaluate(() => ({
  cards: document.querySelectorAll('.board-card').length,
  touchpoints: document.querySelectorAll('.tp-chip').length,
  links: document.querySelectorAll('.chip-link').length,
  tactics: document.querySelectorAll('[data-testid=tactic]').length,
  order: [...document.querySelectorAll('.board-card, .tp-chip')].map((e) => e.textContent).join('|'),
}));

/** Waits past the autosave's debounce, so a change a key made would be stored by now. */
async function settle() {
  await page.waitForTimeout(700);
}

async function openExample() {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
  await settle();
}

/** Opens what hides more menus on the current page: a touchpoint's editor. */
async function openHidden() {
  const chip = page.locator('.tp-chip').first();
  if (await chip.count()) {
    await chip.click();
    await page.waitForSelector('.tp-editor .choose select');
  }
}

test('arrow keys, letters, Home and End on every menu never change the plan', async () => {
  await openExample();
  const before = await storedPlan();
  assert.ok(before.length > 1000, 'the example plan is stored');
  const tried = {};
  for (const route of ROUTES) {
    await page.goto(`${url}#/${route}`);
    await page.waitForSelector('#page-title');
    await openHidden();
    const shown = await counts();
    const ids = await page.$$eval('.choose select', (ss) => ss.map((s) => s.id));
    for (const id of ids) {
      const select = page.locator(`[id="${id}"]`);
      await select.focus();
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) await page.keyboard.press(key);
      await page.keyboard.type('Em');
      await page.keyboard.press('Home');
      await page.keyboard.press('End');
      // The keys did change the list's choice (End picks the last one), so a list that acted
      // on its change event would have acted.
      assert.notEqual(await select.inputValue(), '', `#/${route} ${id}: the keys reached the list`);
      assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY', `#/${route} ${id}: focus kept`);
    }
    await settle();
    assert.equal(await storedPlan(), before, `#/${route}: a menu changed the plan`);
    assert.deepEqual(await counts(), shown, `#/${route}: a menu changed the page`);
    if (ids.length) tried[route] = ids.length;
  }
  // The menus of issue 15: a card's "Move to…", adding and moving a touchpoint, linking a
  // strategy, adding a tactic.
  for (const route of ['swot', 'pestle', 'journey', 'creative', 'engagement']) {
    assert.ok(tried[route] > 0, `no menu found on #/${route}: ${JSON.stringify(tried)}`);
  }
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

/** Picks the first choice of the list `selector` by keyboard, Tabs to its button and presses Enter. */
async function act(selector) {
  const select = page.locator(selector).first();
  const id = await select.getAttribute('id');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), `${id}-go`, `Tab reaches the button of ${id}`);
  const before = await storedPlan();
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => {
    const keys = Object.keys(localStorage).filter((k) => k.includes(':plan:')).sort();
    return keys.map((k) => `${k}=${localStorage.getItem(k)}`).join('\n') !== b;
  }, before, { timeout: 5000 });
  // The list is back at its prompt.
  const again = page.locator(`[id="${id}"]`);
  if (await again.count()) assert.equal(await again.inputValue(), '');
}

test('the button beside each kind of menu does act', async () => {
  await openExample();
  // A card's "Move to…".
  await page.goto(`${url}#/swot`);
  await page.waitForSelector('.board-card');
  let shown = await counts();
  await act('.board-card select.card-move');
  assert.notEqual((await counts()).order, shown.order, 'the card moved');
  // Adding a touchpoint.
  await page.goto(`${url}#/journey`);
  await page.waitForSelector('.tp-chip');
  shown = await counts();
  await act('select.tp-add');
  await page.waitForFunction((n) => document.querySelectorAll('.tp-chip').length === n + 1, shown.touchpoints);
  // Moving a touchpoint.
  await openHidden();
  shown = await counts();
  await act('.tp-editor .choose select');
  // Linking a strategy.
  await page.goto(`${url}#/creative`);
  await page.waitForSelector('#page-title');
  shown = await counts();
  await act('.links .choose select');
  await page.waitForFunction((n) => document.querySelectorAll('.chip-link').length === n + 1, shown.links);
  // Adding a tactic.
  await page.goto(`${url}#/engagement`);
  await page.waitForSelector('[data-testid=tactic]');
  shown = await counts();
  await act('[data-testid=add-tactic]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=tactic]').length === n + 1, shown.tactics);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});
