// The accessibility audit of issue 15: axe with every WCAG 2.0/2.1/2.2 A and AA rule and its
// best practices finds no violation of ANY impact — on every route, in the states a user opens
// (a card's details, a lifted card, the "Deleted — Undo" note, a touchpoint's editor, every
// chart's data table, the import preview), and on every slide of the presentation (with live
// capture on, and the timer running for an exercise), in the
// light and the dark theme. The example plan fills every part, so every renderer is seen.

import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { launch, serveDist, watch, ready } from '../lib.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
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
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

/** Every violation on the page now, as "rule (impact): where", for `label`. */
async function violations(label) {
  await page.waitForTimeout(250);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) =>
    `${label} — ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openExample(theme) {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
  await page.selectOption('#theme', theme);
}

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing on any page (${theme})`, async () => {
    await openExample(theme);
    const found = [];
    for (const route of ROUTES) {
      await page.goto(`${url}#/${route}`);
      await page.waitForSelector('#page-title');
      found.push(...await violations(`#/${route}`));
    }
    assert.deepEqual(found, []);
    assert.deepEqual(problems.console, []);
  });

  test(`axe finds nothing in the states a user opens (${theme})`, async () => {
    await openExample(theme);
    const found = [];
    await page.goto(`${url}#/swot`);
    const card = page.locator('.board-card').first();
    await card.locator('button[aria-controls^=details-]').click();
    await page.waitForSelector('.card-details');
    found.push(...await violations('a card\'s details'));
    await card.focus();
    await page.keyboard.press(' ');
    await page.waitForSelector('.card-lifted');
    found.push(...await violations('a lifted card'));
    await page.keyboard.press('Escape');
    await page.locator('.board-card').nth(1).locator('[data-testid=card-delete]').click();
    await page.waitForSelector('.board-toast');
    found.push(...await violations('the Undo note'));
    await page.goto(`${url}#/journey`);
    await page.locator('.tp-chip').first().click();
    await page.waitForSelector('.tp-editor');
    found.push(...await violations('a touchpoint\'s editor'));
    for (const route of ['health', 'pestle', 'journey', 'attribution', 'engagement', 'monitor', 'report']) {
      await page.goto(`${url}#/${route}`);
      await page.waitForSelector('#page-title');
      const tables = page.locator('details.chart-data > summary');
      for (let i = 0; i < await tables.count(); i++) await tables.nth(i).click();
      found.push(...await violations(`#/${route} with its chart tables open`));
    }
    await page.goto(`${url}#/plans`);
    await page.waitForSelector('[data-testid=import-file]', { state: 'attached' });
    await page.setInputFiles('[data-testid=import-file]', {
      name: 'plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.includes(':plan:'));
        return localStorage.getItem(key);
      })),
    });
    await page.waitForSelector('[data-testid=import-confirm]');
    found.push(...await violations('the import preview'));
    assert.deepEqual(found, []);
  });

  test(`axe finds nothing on any slide (${theme})`, async () => {
    await openExample(theme);
    await page.goto(`${url}#/present/overview`);
    await page.waitForSelector('[data-testid=present]');
    const found = [];
    const seen = [];
    for (;;) {
      const key = await page.getAttribute('[data-testid=present]', 'data-slide');
      if (seen.includes(key)) break;
      seen.push(key);
      found.push(...await violations(`slide ${key}`));
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((k) => document.querySelector('[data-testid=present]')?.dataset.slide !== k
        || document.querySelector('[data-testid=present-next]')?.disabled, key);
    }
    assert.ok(seen.length >= 12, `slides seen: ${seen.join(', ')}`);
    // Live capture on the slides that have it, with a card's actions in view and the timer
    // tied to an exercise and running.
    for (const key of seen.filter((k) => /^(swot|pestle|journey-)/.test(k))) {
      await page.goto(`${url}#/present/${key}`);
      await page.waitForSelector(`[data-testid=present][data-slide="${key}"]`);
      await page.click('[data-testid=present-capture-toggle]');
      await page.waitForSelector('[data-testid=present-capture]');
      await page.focus('.present-capture .board-card, .present-capture .tp-chip');
      found.push(...await violations(`capture on ${key}`));
    }
    await page.selectOption('[data-testid=present-exercise]', { index: 1 });
    await page.click('[data-testid=present-timer-toggle]');
    await page.waitForSelector('[data-testid=present-countdown-for]');
    found.push(...await violations('the timer running for an exercise'));
    assert.deepEqual(found, []);
  });
}
