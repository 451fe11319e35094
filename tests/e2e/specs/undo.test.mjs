// Undo is plan-wide, so it says what it undid and shows where (issue 12, defect 9): Ctrl+Z on
// Objectives takes back a review note edited on Monitoring, goes to Monitoring, says "Undid:
// review note on Monitoring" in a message and in the live region, and keeps focus on the
// message rather than dropping it to the page. Redo says so too; an undo on the page the user
// is on does not move them. In Swedish, the words are Swedish.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watch, ready, nav } from '../lib.mjs';

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

const hash = () => page.evaluate(() => location.hash);
const focused = () => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName);

async function openExample(tag = 'en') {
  await page.goto(url);
  await ready(page);
  if (tag !== 'en') {
    await page.selectOption('#language', tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
  }
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
}

/** Edits the first review note on Monitoring and leaves the field; returns the old text. */
async function editReview(text) {
  await nav(page, 'monitor');
  const field = page.locator('[data-testid=review] textarea').first();
  const old = await field.inputValue();
  await field.fill(text);
  await field.blur();
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
  return old;
}

/** Presses a shortcut with focus on the page's main landmark (not in a text field). */
async function shortcut(keys) {
  await page.focus('#main');
  await page.keyboard.press(keys);
}

test('Ctrl+Z on Objectives undoes the review note on Monitoring, says so and goes there', async () => {
  await openExample();
  const old = await editReview('Customers ask for evening opening hours');
  await nav(page, 'objectives');
  assert.equal(await hash(), '#/objectives');
  assert.equal(await page.locator('[data-testid=undo-notice]').count(), 0);

  await shortcut('Control+z');
  await page.waitForSelector('[data-testid=undo-notice]');
  assert.equal(await hash(), '#/monitor', 'the undo took the user to the page it changed');
  assert.equal((await page.textContent('[data-testid=undo-notice] p')).trim(), 'Undid: review note on Monitoring');
  assert.equal((await page.textContent('[data-testid=undo-announce]')).trim(), 'Undid: review note on Monitoring');
  assert.equal(await page.getAttribute('[data-testid=undo-announce]', 'aria-live'), 'polite');
  assert.equal(await focused(), 'undo-notice', 'focus is on the message, not dropped to the page');
  await page.waitForSelector('[data-testid=review]');
  assert.equal(await page.locator('[data-testid=review] textarea').first().inputValue(), old);

  await shortcut('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('[data-testid=undo-notice] p')?.textContent.startsWith('Redid'));
  assert.equal((await page.textContent('[data-testid=undo-announce]')).trim(), 'Redid: review note on Monitoring');
  assert.equal(await page.locator('[data-testid=review] textarea').first().inputValue(), 'Customers ask for evening opening hours');

  // Dismissed, the message goes; focus goes back to the page rather than to nothing.
  await page.click('[data-testid=undo-notice] button');
  assert.equal(await page.locator('[data-testid=undo-notice]').count(), 0);
  assert.equal(await focused(), 'MAIN');
  assert.deepEqual(problems, { console: [], errors: [], outside: [] });
});

test('an undo on the page the user is on says what it undid and does not move them', async () => {
  await openExample();
  const old = await editReview('A note to take back');
  await shortcut('Control+z');
  await page.waitForSelector('[data-testid=undo-notice]');
  assert.equal(await hash(), '#/monitor');
  assert.equal(await page.locator('[data-testid=review] textarea').first().inputValue(), old);
  // The next edit ends the message: it would describe the past.
  await page.locator('[data-testid=review] textarea').first().fill('Another note');
  await page.locator('[data-testid=review] textarea').first().blur();
  await page.waitForFunction(() => !document.querySelector('[data-testid=undo-notice]'));
  assert.equal((await page.textContent('[data-testid=undo-announce]')).trim(), '');
  assert.deepEqual(problems, { console: [], errors: [], outside: [] });
});

test('in Swedish, undo speaks Swedish', async () => {
  await openExample('sv');
  await editReview('Kunderna vill ha kvällsöppet');
  await nav(page, 'objectives');
  await shortcut('Control+z');
  await page.waitForSelector('[data-testid=undo-notice]');
  assert.equal(await hash(), '#/monitor');
  assert.equal((await page.textContent('[data-testid=undo-notice] p')).trim(), 'Ångrat: uppföljningsanteckning på sidan Uppföljning');
  // Leaving the page ends the message: it describes the page the user left.
  await nav(page, 'objectives');
  await page.waitForFunction(() => !document.querySelector('[data-testid=undo-notice]'));
  assert.deepEqual(problems, { console: [], errors: [], outside: [] });
});
