// The report: the example plan's report has every section, its charts and the budget totals;
// printed, no control is left on the page (whatever the theme) and a PDF is made; its table
// of contents stays on the report; an empty plan says what is missing; no plan shows the
// welcome; axe finds nothing serious; it fits a phone.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveDist, watch, ready, nav, ROOT } from '../lib.mjs';

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

// In the plan's one outline (src/domain/outline.rs), which the export and the slides follow.
const SECTIONS = [
  'Health check', 'Barriers and opportunities', 'Buyer journey', 'Objectives and monitoring',
  'Creative idea and marketing mix', 'Engagement strategy', 'Review log',
];

async function openExampleReport(p = page) {
  await p.goto(url);
  await ready(p);
  await p.click('[data-testid=open-example]');
  await p.waitForSelector('[data-testid=step-title]');
  await nav(p, 'report');
  await p.waitForSelector('[data-testid=report]');
}

const texts = (selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));

test('the example plan: every section, its charts, and the budget totals', async () => {
  await openExampleReport();
  assert.equal(await page.textContent('#page-title'), 'Example: Stride & Co. running shoes');
  assert.deepEqual(await texts('.report-section > h2'), SECTIONS);
  assert.deepEqual(await texts('.report-toc li'), SECTIONS);
  const parts = await texts('.report-part > h3');
  for (const h of ['Starting point', 'Scores by context', 'Next steps', 'SWOT', 'PESTLE', 'Strategies (TOWS)',
    'Creative idea', 'Marketing mix', 'Tactics by channel', 'Budget', 'Personas', 'Attribution']) {
    assert.ok(parts.includes(h), `part "${h}" in ${parts.join(' | ')}`);
  }
  // Everything is filled in, so nothing is listed as missing.
  assert.equal(await page.locator('[data-testid=report-missing]').count(), 0);

  // The budget: one row per channel, and the totals of the three scenarios.
  const cents = await page.$$eval('[data-testid=report-budget-table] tfoot td', (tds) => tds.map((td) => Number(td.dataset.cents)));
  assert.deepEqual(cents, [2_600_000, 3_800_000, 5_200_000]);
  assert.deepEqual(await texts('[data-testid=report-budget-table] tfoot td'), ['£26,000', '£38,000', '£52,000']);
  const rows = await page.$$eval('[data-testid=report-budget-table] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.dataset.cents))));
  for (let s = 0; s < 3; s++) assert.equal(rows.reduce((t, r) => t + r[s], 0), cents[s]);

  // Objectives: the five SMART letters, a status with its rule, a progress chart each.
  const objectives = page.locator('[data-testid=report-objective]');
  assert.equal(await objectives.count(), 2);
  assert.equal(await page.locator('[data-testid=report-smart] li[data-letter]').count(), 10);
  assert.equal(await page.locator('[data-testid=report-status]').count(), 2);
  // Every chart is drawn, each with its text alternative.
  for (const id of ['report-radar', 'report-pestle-matrix', 'report-budget-channel', 'report-budget-ownership', 'report-attribution-chart']) {
    assert.equal(await page.locator(`[data-testid=${id}] svg`).count(), 1, id);
    assert.ok((await page.getAttribute(`[data-testid=${id}]`, 'aria-label')).length > 20, id);
  }
  assert.equal(await page.locator('[data-testid=report-progress] svg').count(), 2);
  // The journeys, the personas and the review log.
  assert.equal(await page.locator('[data-testid=report-persona]').count(), 2);
  assert.equal(await page.locator('[data-testid=report-journey-table]').count(), 2);
  assert.equal(await page.locator('[data-testid=report-review]').count(), 2);

  // The table of contents moves to a section and stays on the report.
  await page.click('.report-toc a:text("Review log")');
  await page.waitForFunction(() => document.activeElement?.id === 'report-reviews');
  assert.match(page.url(), /#\/report$/);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
  assert.deepEqual(problems.outside, []);
});

test('printed: no control is left, black on white in the dark theme, a PDF is made', async () => {
  await openExampleReport();
  await page.selectOption('#theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  const visible = await page.evaluate(() => [...document.querySelectorAll('button, input, select, textarea, nav, header.app-header, footer, .skip-link')]
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(visible, []);
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.querySelector('.report-section p, .report-section dd')).color,
    body: getComputedStyle(document.body).backgroundColor,
  }));
  assert.deepEqual(colours, { text: 'rgb(0, 0, 0)', body: 'rgb(255, 255, 255)' });
  // Each major section starts a page; the cover does not.
  const breaks = await page.$$eval('.report-section', (els) => els.map((e) => getComputedStyle(e).breakBefore));
  assert.deepEqual(breaks, SECTIONS.map(() => 'page'));
  assert.notEqual(await page.$eval('.report-cover', (e) => getComputedStyle(e).breakBefore), 'page');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= SECTIONS.length + 1, `${pages} pages`);
  assert.deepEqual(problems.errors, []);
});

test('an empty plan says what is missing, and no plan shows the welcome', async () => {
  await page.goto(`${url}#/report`);
  await ready(page);
  await page.waitForSelector('[data-testid=open-example]');
  await page.fill('#new-plan-name', 'Empty plan');
  await page.click('[data-testid=create-plan]');
  await page.waitForSelector('#plan-name');
  await nav(page, 'report');
  await page.waitForSelector('[data-testid=report-empty]');
  assert.equal(await page.textContent('#page-title'), 'Empty plan');
  assert.equal(await page.locator('.report-section').count(), 0);
  const links = await page.$$eval('[data-testid=report-missing] a', (as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#/health', '#/swot', '#/pestle', '#/tows', '#/personas', '#/journey', '#/attribution',
    '#/objectives', '#/creative', '#/mix', '#/engagement', '#/monitor']);
  await page.click('[data-testid=report-missing] a[href="#/health"]');
  await page.waitForSelector('[data-testid=step-title]');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('axe: no serious or critical violation on the report', async () => {
  await openExampleReport();
  await page.waitForTimeout(200);
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
});

test('phone width: the report fits without sideways scrolling', async () => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const p = await phone.newPage();
  await openExampleReport(p);
  await p.waitForTimeout(150);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the report scrolls sideways by ${overflow}px`);
  await phone.close();
});

// The outline's sections (src/domain/outline.rs), the report's chapter each is shown in, and the
// title message the Markdown export gives its heading.
const OUTLINE = [
  ['health', 'health', 'hc-title'], ['swot', 'swot', 'swot-title'], ['pestle', 'swot', 'pestle-title'],
  ['tows', 'swot', 'tows-title'], ['personas', 'personas', 'personas-title'],
  ['journeys', 'personas', 'journey-title'], ['attribution', 'personas', 'attribution-title'],
  ['objectives', 'objectives', 'objectives-title'], ['creative', 'creative', 'creative-title'],
  ['mix', 'creative', 'mix-title'], ['engagement', 'engagement', 'engagement-title'],
  ['reviews', 'reviews', 'reviews-title'],
];
const chapterOf = Object.fromEntries(OUTLINE.map(([s, c]) => [s, c]));
/** `sections` as the report's chapters, one entry per run of sections in one chapter. */
const chapters = (sections) => sections.map((s) => chapterOf[s]).filter((c, i, all) => c !== all[i - 1]);

test('the report, the Markdown export and the slides show the same sections in the same order', async () => {
  await openExampleReport();
  const report = await page.$$eval('.report-section', (els) => els.map((e) => e.dataset.outline));
  assert.deepEqual(report, ['health', 'swot', 'personas', 'objectives', 'creative', 'engagement', 'reviews']);

  // The export's second-level headings, named back to their section by their English title.
  const en = readFileSync(join(ROOT, 'src', 'i18n', 'locales', 'en.ftl'), 'utf8');
  const title = (id) => en.match(new RegExp(`^${id} = (.*)$`, 'm'))[1].trim();
  const byTitle = Object.fromEntries(OUTLINE.map(([s, , id]) => [title(id), s]));
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-markdown]')]);
  const md = readFileSync(await file.path(), 'utf8');
  const exported = [...md.matchAll(/^## (.*)$/gm)].map((m) => byTitle[m[1].trim()] ?? `unknown: ${m[1]}`);
  assert.equal(exported.length, 12, exported.join(', '));
  assert.deepEqual(exported, OUTLINE.map(([s]) => s), 'the export shows every section, in the outline');
  assert.deepEqual(chapters(exported), report);

  // Every slide, from the cover to the last, by the section each shows.
  await page.goto(`${url}#/present/overview`);
  await page.waitForSelector('[data-testid=present][data-slide=overview]');
  const slides = [];
  for (let i = 0; i < 40; i++) {
    const at = await page.$eval('[data-testid=present]', (e) => [e.dataset.slide, e.dataset.outline]);
    if (at[1]) slides.push(at[1]);
    await page.keyboard.press('ArrowRight');
    const moved = await page.waitForFunction((k) => document.querySelector('[data-testid=present]')?.dataset.slide !== k, at[0], { timeout: 1500 })
      .then(() => true, () => false);
    if (!moved) break;
  }
  // The review log has no slide: it is for the report.
  assert.deepEqual(chapters(slides), report.filter((c) => c !== 'reviews'), slides.join(', '));
});

test('on a phone the report’s KPI tables fit the screen', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openExampleReport();
  const tables = await page.locator('table:has(th:text-is("Level"))').evaluateAll((ts) =>
    ts.map((t) => ({ right: t.getBoundingClientRect().right, inner: t.parentElement.scrollWidth - t.parentElement.clientWidth })));
  assert.ok(tables.length >= 1, 'the example has KPI tables');
  for (const t of tables) {
    assert.ok(t.right <= 390, `a KPI table ends at ${t.right} px`);
    assert.ok(t.inner <= 1, `a KPI table scrolls sideways by ${t.inner} px`);
  }
});

test('printed on A4, every chart’s smallest label is at least 7 pt', async () => {
  await openExampleReport();
  await page.emulateMedia({ media: 'print' });
  // A4 less the 16 mm margins of @page, at 96 px to the inch: 178 mm.
  await page.setViewportSize({ width: 673, height: 1000 });
  await page.waitForTimeout(200);
  const charts = await page.evaluate(() => [...document.querySelectorAll('.report .chart[role=img]')].map((c) => {
    const svg = c.querySelector('svg');
    const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size') || getComputedStyle(t).fontSize) * scale);
    return { id: c.dataset.testid, min: Math.min(...sizes) };
  }));
  assert.ok(charts.length >= 6, `${charts.length} charts`);
  // 7 pt is 9.33 CSS px.
  for (const c of charts) assert.ok(c.min >= 9.33, `${c.id}: smallest label ${(c.min * 0.75).toFixed(1)} pt`);
});
