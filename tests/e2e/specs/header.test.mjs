// The header and the two menu rows (issue 14). On a 390 × 844 phone they take at most a quarter
// of the screen, every link, button and field in them is a touch target of 44 px or more, a
// row wider than the screen shows that it scrolls (it fades out at the edge it goes on past),
// and the current section's link is scrolled into its row's view. On a 1366 × 768 laptop the
// plan's name is not cut off.

import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
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
afterEach(async () => {
  await context?.close();
});

async function open(width, height) {
  context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
}

async function openExample() {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
}

/** The header's height, its targets that are too small, and each menu row's state. */
const measure = () => page.evaluate(() => {
  const header = document.querySelector('.app-header').getBoundingClientRect();
  const small = [...document.querySelectorAll('.app-header a, .app-header button, .app-header select, .app-header input')]
    .filter((e) => e.getClientRects().length && !e.closest('.visually-hidden'))
    .map((e) => [e, e.getBoundingClientRect()])
    .filter(([e, r]) => r.height < 44 || (e.tagName !== 'SELECT' && e.tagName !== 'INPUT' && r.width < 44))
    .map(([e, r]) => `${e.tagName.toLowerCase()} “${e.textContent.trim() || e.id}” ${Math.round(r.width)}×${Math.round(r.height)}`);
  const rows = [...document.querySelectorAll('.app-nav ul')].map((row) => {
    const box = row.getBoundingClientRect();
    const current = row.querySelector('.nav-link.current')?.getBoundingClientRect();
    return {
      row: row.className,
      scrolls: row.scrollWidth > row.clientWidth,
      fadeEnd: getComputedStyle(row).getPropertyValue('--fade-end'),
      mask: getComputedStyle(row).maskImage,
      current: current ? { left: current.left, right: current.right, start: box.left, end: box.right } : null,
    };
  });
  return { bottom: header.bottom, small, rows };
});

test('on a 390 × 844 phone: header and menus in a quarter of the screen, 44 px targets, the current section in view', async () => {
  await open(390, 844);
  await openExample();
  // Sections at the far end of their rows, which start scrolled to the left.
  for (const route of ['swot', 'tows', 'monitor', 'report', 'plans']) {
    await page.goto(`${url}#/${route}`);
    await page.waitForSelector('#page-title');
    await page.waitForTimeout(100);
    const { bottom, small, rows } = await measure();
    assert.ok(bottom <= 211, `#/${route}: header and menus end at ${bottom} px, more than a quarter of 844`);
    assert.deepEqual(small, [], `#/${route}: targets under 44 px`);
    for (const row of rows) {
      if (row.current) {
        assert.ok(row.current.left >= row.current.start - 0.5 && row.current.right <= row.current.end + 0.5,
          `#/${route}: the current link of ${row.row} is outside its row: ${JSON.stringify(row.current)}`);
      }
      assert.match(row.mask, /gradient/, `${row.row}: no fade`);
    }
  }
  // The main row is wider than the phone: at its start it fades out at its end.
  await page.goto(`${url}#/swot`);
  await page.waitForSelector('#page-title');
  const groups = (await measure()).rows.find((r) => r.row.includes('nav-groups'));
  assert.ok(groups.scrolls, 'the main menu row scrolls on a phone');
  assert.notEqual(groups.fadeEnd.trim(), '0px', 'it fades out where it goes on');
  assert.deepEqual(problems.errors, []);
});

test('on a 1366 × 768 laptop the plan name is not cut off', async () => {
  await open(1366, 768);
  await page.goto(url);
  await ready(page);
  for (const name of ['Spring launch 2027 — bicycle repair', 'Example: Stride & Co. running shoes']) {
    await page.goto(`${url}#/plans`);
    await page.fill('#new-plan-name', name);
    await page.click('[data-testid=create-plan]');
    await page.waitForSelector('#plan-name');
    await page.goto(`${url}#/swot`);
    await page.waitForSelector('#page-title');
    const field = await page.$eval('#plan-name', (e) => ({ value: e.value, scroll: e.scrollWidth, client: e.clientWidth }));
    assert.equal(field.value, name);
    assert.ok(field.scroll <= field.client, `“${name}” is cut off: ${field.scroll} > ${field.client}`);
    // The header still fits the screen's width.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the page scrolls sideways');
  }
  assert.deepEqual(problems.errors, []);
});
