// The journey map on a big screen and under the keyboard (issue 15): at 1920 × 1080 the map
// uses the width of the screen instead of a 72 rem column that scrolls; and no focus stop of
// the map is hidden, even partly, under its sticky lane names or its sticky stage row
// (WCAG 2.4.11 asks for not entirely hidden; this asks for not hidden at all). The whole map
// is walked with Tab, the way a keyboard user meets it.

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

async function openJourney(width, height) {
  context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
  await page.goto(`${url}#/journey`);
  await page.waitForSelector('.journey-scroll .lane-head');
}

test('at 1920 × 1080 the journey map uses the width of the screen', async () => {
  await openJourney(1920, 1080);
  const m = await page.evaluate(() => {
    const s = document.querySelector('.journey-scroll');
    return { width: s.getBoundingClientRect().width, scroll: s.scrollWidth - s.clientWidth, vw: innerWidth };
  });
  assert.ok(m.width >= m.vw * 0.9, `the map is ${Math.round(m.width)} px wide on a ${m.vw} px screen`);
  assert.ok(m.scroll <= 0, `the map scrolls sideways by ${m.scroll} px although the screen has room`);
  const page_ = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(page_ <= 0, `the page scrolls sideways by ${page_} px`);
});

for (const [width, height] of [[1366, 768], [1920, 1080]]) {
  test(`no focus stop of the journey map is hidden under its sticky column or row (${width} × ${height})`, async () => {
    await openJourney(width, height);
    await page.focus('#journey-persona');
    const hidden = [];
    let stops = 0;
    let entered = false;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        const scroller = el?.closest('.journey-scroll');
        if (!scroller) return { inside: false };
        // The region itself (a stop so that keys can scroll it) is the whole map.
        if (el === scroller) return { inside: true, region: true };
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`
          + ` "${(el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 30)}"`;
        const r = el.getBoundingClientRect();
        const problems = [];
        // The sticky lane names (and the corner above them) cover the left of the scroller.
        if (!el.closest('.lane-head, .corner')) {
          const column = Math.max(...[...scroller.querySelectorAll('.lane-head, .corner')]
            .map((h) => h.getBoundingClientRect().right));
          if (r.left < column - 0.5) problems.push(`left edge ${Math.round(r.left)} under the lane names (to ${Math.round(column)})`);
        }
        // The sticky stage row covers the top of the scroller.
        if (!el.closest('thead')) {
          const row = scroller.querySelector('thead').getBoundingClientRect().bottom;
          if (r.top < row - 0.5) problems.push(`top edge ${Math.round(r.top)} under the stage row (to ${Math.round(row)})`);
        }
        const box = scroller.getBoundingClientRect();
        if (r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5) problems.push('cut off by the map\'s edge');
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(hit === el || el.contains(hit))) problems.push(`its centre shows ${hit?.tagName.toLowerCase()}.${hit?.className}`);
        return { inside: true, name, problems };
      });
      if (!at.inside) {
        if (entered) break;
        continue;
      }
      entered = true;
      if (at.region) continue;
      stops++;
      if (at.problems.length) hidden.push(`${at.name}: ${at.problems.join(', ')}`);
    }
    assert.ok(stops >= 60, `only ${stops} focus stops in the map`);
    assert.deepEqual(hidden, [], `${hidden.length} of ${stops} focus stops hidden`);
    assert.deepEqual(problems.console, []);
  });
}
