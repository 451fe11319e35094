// The buyer journey: personas and a two-persona journey built by keyboard alone and intact
// after a reload; touchpoints moved between stages; the attribution chart agrees with its
// table; axe; the map scrolls sideways on a phone with the lane names in view.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
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

async function tabTo(selector, { back = false, max = 200 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function saved() {
  await page.waitForTimeout(500);
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

test('a two-persona journey is built by keyboard alone and survives a reload', async () => {
  await page.goto(url);
  await ready(page);
  await tabTo('#new-plan-name');
  await page.keyboard.type('Journey by keyboard');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#plan-name');
  await tabTo('a.nav-link[href="#/personas"]');
  await page.keyboard.press('Enter');
  for (const name of ['Weekend Anna', 'Loyal Lars']) {
    await tabTo('#new-persona');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=persona]').length === 2);
  await tabTo('[id$="-segment"]');
  await page.keyboard.type('Runners aged 18–35');
  await page.keyboard.press('Tab');
  // The journey: the default stages, then a goal, a touchpoint and a feeling for Anna.
  await tabTo('a.nav-link[href="#/journey"]');
  await page.keyboard.press('Enter');
  await tabTo('[data-testid=template-default]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=journey-map]');
  await tabTo('textarea[id^="lane-goal-"]');
  await page.keyboard.type('Find shoes serious runners wear');
  await tabTo('select.tp-add');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Em'); // arrows and letters only pick (WCAG 3.2.2)
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.tp-chip').count(), 0, 'an arrow key or a letter adds no touchpoint');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown'); // the first channel: search
  await page.keyboard.press('Tab'); // the Add button beside the list
  await page.keyboard.press('Enter');
  await page.waitForSelector('.tp-chip');
  assert.equal(await page.locator('.tp-chip').count(), 1, 'one touchpoint, from the button');
  await tabTo('select[id^="emotion-"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Lars: switch persona with the keyboard, give him a KPI.
  await tabTo('#journey-persona');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.getElementById('journey-persona').selectedOptions[0].text === 'Loyal Lars');
  await tabTo('textarea[id^="lane-kpi-"]');
  await page.keyboard.type('Members reached');
  await page.keyboard.press('Tab');
  await saved();
  await page.reload();
  await ready(page);

  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan.journey;
  });
  assert.deepEqual(stored.personas.map((p) => p.name), ['Weekend Anna', 'Loyal Lars']);
  assert.equal(stored.personas[0].segment, 'Runners aged 18–35');
  assert.equal(stored.stages.length, 6);
  const anna = stored.journeys.find((j) => j.persona === stored.personas[0].id);
  const lars = stored.journeys.find((j) => j.persona === stored.personas[1].id);
  assert.equal(anna.cells.find((c) => c.stage === stored.stages[0].id).goal, 'Find shoes serious runners wear');
  assert.equal(anna.touchpoints.length, 1);
  assert.equal(anna.touchpoints[0].channel, 'search');
  assert.equal(anna.cells.find((c) => c.stage === stored.stages[0].id).emotion, -1);
  assert.equal(lars.cells.find((c) => c.stage === stored.stages[0].id).kpi, 'Members reached');
  // And the page shows it again.
  assert.equal(await page.inputValue('textarea[id^="lane-goal-"]'), 'Find shoes serious runners wear');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('keyboard only on the example map: a touchpoint added, changed, moved, deleted and undone, each said, focus kept', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await saved();
  await page.goto(`${url}#/journey`);
  await page.waitForSelector('[data-testid=journey-map]');
  const said = () => page.textContent('[data-testid=journey-announce]');
  const active = () => page.evaluate(() => document.activeElement?.id ?? '');
  const stage = (n) => page.evaluate((i) => document.querySelectorAll('[data-testid^=touchpoints-]')[i].dataset.testid, n);
  const first = await stage(0);
  const count = () => page.locator('.tp').count();
  const before = await count();

  // Add: pick a channel in the first stage's list, Tab to Add, Enter.
  await tabTo(`#add-tp-${first.replace('touchpoints-', '')}`);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown'); // the first channel: Search
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.tp').length === n + 1, before);
  assert.equal(await said(), 'Added Search to Awareness.');
  // The new touchpoint (the last of its stage) has the focus.
  const chipId = await page.locator(`[data-testid=${first}] .tp-chip`).last().getAttribute('id');
  await page.waitForFunction((id) => document.activeElement?.id === id, chipId);

  // Change: open it, change its ownership.
  await page.keyboard.press('Enter');
  const tp = chipId.replace(/-chip$/, '');
  await tabTo(`#${tp}-ownership`);
  await page.keyboard.press('End'); // the last: Earned
  await page.waitForFunction(() => document.querySelector('[data-testid=journey-announce]')?.textContent.startsWith('Updated'));
  assert.match(await said(), /^Updated Search: Earned, .+\.$/);

  // Move to another stage: letters pick in the list, the Move button acts; focus follows it.
  await tabTo(`#${tp}-move`);
  await page.keyboard.type('Cons');
  assert.equal(await count(), before + 1, 'picking moves nothing');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=journey-announce]')?.textContent.startsWith('Moved'));
  assert.equal(await said(), 'Moved Search to Consideration.');
  await page.waitForFunction((id) => document.activeElement?.id === id, chipId);
  assert.equal(await page.locator(`[data-testid=${await stage(1)}] #${chipId}`).count(), 1);

  // Delete: open it, Tab to Delete, Enter; said, and focus goes to its neighbour.
  await page.keyboard.press('Enter');
  await tabTo(`[data-testid=${await stage(1)}] .tp-editor button.button-quiet`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.tp').length === n, before);
  assert.equal(await said(), 'Deleted Search from Consideration.');
  await page.waitForFunction(() => /^(tp-.+-chip|add-tp-.+)$/.test(document.activeElement?.id ?? ''));

  // Undo with Ctrl+Z brings it back.
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((n) => document.querySelectorAll('.tp').length === n + 1, before);
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), 'BODY');

  // Stages: each name field is named by its place; a move keeps focus on its arrow, a
  // deletion hands it to the next stage's name; both are said.
  assert.equal(await page.getAttribute('[data-testid=stage-0] label', 'for') !== null, true);
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid=stage-1] label')?.textContent), 'Name of stage 2');
  const firstId = await page.getAttribute('[data-testid=stage-0] input', 'id');
  const stageId = firstId.replace('stage-name-', '');
  await tabTo(`#stage-right-${stageId}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=journey-announce]')?.textContent.startsWith('Moved Awareness'));
  assert.equal(await said(), 'Moved Awareness to position 2 of 6.');
  await page.waitForFunction((id) => document.activeElement?.id === `stage-right-${id}`, stageId);
  await tabTo(`[data-testid=stage-1] button[aria-label^="Delete"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=journey-announce]')?.textContent.startsWith('Deleted stage'));
  assert.equal(await said(), 'Deleted stage Awareness.');
  // Focus on an arrow of the stage now in its place, so Ctrl+Z is the plan's undo.
  await page.waitForFunction(() => /^stage-(left|right)-/.test(document.activeElement?.id ?? ''));
  await page.keyboard.press('Control+Z');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid^=stage-]').length >= 6);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('touchpoints move between stages with the menu and by dragging', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  await nav(page, 'journey');
  const cells = page.locator('.touchpoints');
  // The names of the touchpoints in a stage's cell (not the options of its "Add" menu).
  const names = (i) => cells.nth(i).locator('.tp-name').allTextContents();
  const chip = cells.nth(0).locator('.tp').first();
  const name = (await chip.locator('.tp-name').textContent()).trim();
  await chip.locator('.tp-chip').click();
  await chip.locator('select[id$="-move"]').selectOption({ label: 'Decision' });
  await chip.locator('button[id$="-move-go"]').click();
  assert.ok((await names(2)).includes(name), `${name} moved to decision`);
  assert.ok(!(await names(0)).includes(name));
  // Drag the first touchpoint of consideration to purchase.
  const review = cells.nth(1).locator('.tp').first();
  const reviewName = (await review.locator('.tp-name').textContent()).trim();
  await review.dragTo(cells.nth(3));
  assert.ok((await names(3)).includes(reviewName));
  assert.ok(!(await names(1)).includes(reviewName));
  await saved();
  await page.reload();
  await ready(page);
  assert.ok((await names(3)).includes(reviewName), 'the move survives a reload');
});

test('the attribution chart agrees with its table, and every model shares out the value', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  await nav(page, 'attribution');
  const value = 24900;
  const table = await page.$$eval('[data-testid=attribution-table] tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.dataset.cents))));
  const totals = await page.$$eval('[data-testid=attribution-table] tfoot td', (tds) => tds.map((td) => Number(td.dataset.cents)));
  assert.deepEqual(totals, [value, value, value, value, value]);
  for (let m = 0; m < 5; m++) assert.equal(table.reduce((s, r) => s + r[m], 0), value, `model ${m}`);
  assert.deepEqual(table.map((r) => r[0]), [0, 0, 0, 0, value], 'last click: all to search');
  // The bars: per model colour, the summed heights stand for the same total.
  const heights = await page.$$eval('[data-testid=attribution-chart] svg rect', (rects) => {
    const by = {};
    for (const r of rects) {
      const h = Number(r.getAttribute('height'));
      const w = Number(r.getAttribute('width'));
      if (w > 30) continue; // legend swatches are wider than tall bars? keep bars only (width 18)
      by[r.getAttribute('fill')] = (by[r.getAttribute('fill')] || 0) + h;
    }
    return by;
  });
  const sums = Object.values(heights);
  assert.equal(sums.length, 5, JSON.stringify(heights));
  for (const s of sums) assert.ok(Math.abs(s - sums[0]) <= 5, `bar totals agree: ${JSON.stringify(heights)}`);
  // A different value: the table follows.
  await page.fill('#conversion-value', '100');
  await page.locator('#conversion-value').blur();
  await page.waitForFunction(() => document.querySelector('[data-testid=attribution-table] tfoot td').dataset.cents === '10000');
  await page.fill('#conversion-value', 'a lot');
  await page.locator('#conversion-value').blur();
  await page.waitForSelector('.field-error');
  assert.equal(await page.$eval('[data-testid=attribution-table] tfoot td', (td) => td.dataset.cents), '10000', 'a bad value changes nothing');
});

test('axe: no serious or critical violation on personas, map, team sheet and attribution', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  for (const route of ['personas', 'journey', 'team', 'attribution']) {
    await nav(page, route);
    await page.waitForTimeout(150);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], route);
  }
});

test('phone: the map scrolls sideways inside itself with the lane names in view', async () => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const p = await phone.newPage();
  await p.goto(url);
  await ready(p);
  await p.click('[data-testid=open-example]');
  await p.waitForSelector('[data-testid=step-title]');
  for (const route of ['personas', 'journey', 'team', 'attribution']) {
    await nav(p, route);
    await p.waitForTimeout(100);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${route}: the page scrolls sideways by ${overflow}px`);
  }
  await nav(p, 'journey');
  const scroller = p.locator('.journey-scroll');
  await scroller.evaluate((el) => { el.scrollLeft = 600; });
  const lane = await p.locator('.journey-map tbody .lane-head').first().boundingBox();
  const box = await scroller.boundingBox();
  assert.ok(lane.x >= box.x - 1 && lane.x < box.x + 10, 'the lane names stay at the left edge');
  await phone.close();
});
