// Reflow at 320 CSS px (WCAG 1.4.10, issue 15): with the example plan, no route and no slide of
// presentation mode scrolls sideways on a 320 × 640 screen (what 1280 px at 400 % zoom is).
// Regions that scroll inside themselves by design (the journey map, wide data tables, the
// navigation row) may, as long as the page does not; on a slide the slide's own scrolling
// area is the page. The message names the elements that stick out.

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
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

async function openExample() {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
}

/**
 * How far the page (or, given `scroller`, that element) scrolls sideways, and the elements
 * that reach past its right edge and are not inside a region that scrolls by itself: the
 * innermost ones, which are what to fix, with their widths.
 */
function overflow(scroller) {
  return page.evaluate((scrollerSelector) => {
    const box = scrollerSelector ? document.querySelector(scrollerSelector) : document.documentElement;
    if (!box) return { by: 1, offenders: [`${scrollerSelector} is not on the page (renamed?)`] };
    const by = box.scrollWidth - box.clientWidth;
    const edge = scrollerSelector ? box.getBoundingClientRect().right : window.innerWidth;
    const describe = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${cls}`);
      }
      return parts.join(' > ');
    };
    const sticksOut = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= edge + 0.5) return false;
      for (let a = el.parentElement; a && a !== box; a = a.parentElement) {
        // Inside a region that scrolls or clips by itself (and fits): that region is the one
        // to look at, not this element.
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= edge + 0.5) return false;
      }
      return true;
    };
    const out = [...box.querySelectorAll('*')].filter(sticksOut);
    const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    return {
      by,
      offenders: innermost.slice(0, 6).map((el) => {
        const r = el.getBoundingClientRect();
        return `${describe(el)} (${Math.round(r.left)}–${Math.round(r.right)} px)`;
      }),
    };
  }, scroller);
}

test('no route scrolls sideways at 320 px', async () => {
  await openExample();
  const found = [];
  for (const route of ROUTES) {
    await page.goto(`${url}#/${route}`);
    await page.waitForSelector('#page-title');
    await page.waitForTimeout(200);
    const { by, offenders } = await overflow(null);
    if (by > 0) found.push(`#/${route} scrolls sideways by ${by} px: ${offenders.join('; ') || '(no element found)'}`);
  }
  assert.deepEqual(found, []);
  assert.deepEqual(problems.console, []);
});

test('no slide scrolls sideways at 320 px', async () => {
  await openExample();
  await page.goto(`${url}#/present/overview`);
  await page.waitForSelector('[data-testid=present]');
  const found = [];
  const seen = [];
  for (;;) {
    const key = await page.getAttribute('[data-testid=present]', 'data-slide');
    if (seen.includes(key)) break;
    seen.push(key);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    for (const scroller of [null, '.present-slide']) {
      const { by, offenders } = await overflow(scroller);
      if (by > 0) found.push(`slide ${key}: ${scroller ?? 'the page'} scrolls sideways by ${by} px: ${offenders.join('; ') || '(no element found)'}`);
    }
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => document.querySelector('[data-testid=present]')?.dataset.slide !== k
      || document.querySelector('[data-testid=present-next]')?.disabled, key);
  }
  assert.ok(seen.length >= 12, `slides seen: ${seen.join(', ')}`);
  assert.deepEqual(found, []);
  assert.deepEqual(problems.console, []);
});
