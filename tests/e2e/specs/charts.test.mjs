// A table behind every chart (issue 15, WCAG 1.1.1 and 1.3.1): on every page of the example
// plan, each chart (`.chart[role=img]`, see src/ui/chart.rs) has a data table next to it — the
// nearest table marked `data-chart-testid` with the chart's test id, inside the same section as
// that chart and no other chart of its kind — and the table has what the chart draws: a row per
// group or axis label (bars, radar), a row per series and a column per stage (lines), a row per
// numbered point (the PESTLE matrix), a row per reading dot (progress). Tables behind a
// disclosure (`details.chart-data`) have a caption or a summary and header cells.

import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watch, ready } from '../lib.mjs';

const ROUTES = ['', 'health', 'swot', 'pestle', 'tows', 'personas', 'journey', 'team', 'attribution',
  'objectives', 'creative', 'engagement', 'mix', 'monitor', 'report'];

/** How each chart's table is compared with it, by the chart's test id. */
const KIND = {
  'hc-radar': 'labels', 'report-radar': 'labels',
  'mix-chart': 'labels', 'attribution-chart': 'labels', 'report-attribution-chart': 'labels',
  'budget-channel-chart': 'labels', 'report-budget-channel': 'labels',
  'budget-ownership-chart': 'labels', 'report-budget-ownership': 'labels',
  'emotion-chart': 'series',
  'pestle-matrix': 'points', 'report-pestle-matrix': 'points',
  'progress-chart': 'readings', 'report-progress': 'readings',
};

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
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

/** Every chart on the page with what its table says, read in the page. */
function readCharts() {
  const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();
  // A row's name without the muted note after it ("Rising prices · Economic" → "Rising prices").
  const rowName = (th) => {
    const copy = th.cloneNode(true);
    copy.querySelectorAll('.muted').forEach((m) => m.remove());
    return text(copy);
  };
  return [...document.querySelectorAll('.chart[role=img]')].map((chart) => {
    const testid = chart.dataset.testid ?? '';
    const svgTexts = [...chart.querySelectorAll('svg text')].map(text);
    const circles = chart.querySelectorAll('svg circle').length;
    let near = chart.parentElement;
    let table = null;
    while (near && !table) {
      table = near.querySelector(`table[data-chart-testid="${testid}"]`);
      if (!table) near = near.parentElement;
    }
    const out = { testid, svgTexts, circles, alt: chart.getAttribute('aria-label') };
    if (!table) return out;
    const details = table.closest('details');
    return {
      ...out,
      // How many charts of this kind share the section where its table was found (1: its own).
      sharing: near.querySelectorAll(`.chart[data-testid="${testid}"]`).length,
      inDetails: !!details,
      named: !!(details?.querySelector('summary') && text(details.querySelector('summary')))
        || !!table.querySelector('caption'),
      caption: table.querySelector('caption') ? text(table.querySelector('caption')) : null,
      columns: [...table.querySelectorAll('thead th')].map(text),
      colScopes: [...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
        name: tr.querySelector('th[scope=row]') ? rowName(tr.querySelector('th[scope=row]')) : null,
        cells: [...tr.querySelectorAll('td')].map(text),
        reading: tr.dataset.reading === '1',
      })),
    };
  });
}

test('every chart on every page has a table next to it with what the chart draws', async () => {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
  const seen = {};
  for (const route of ROUTES) {
    await page.goto(`${url}#/${route}`);
    await page.waitForSelector('#page-title');
    await page.waitForTimeout(150);
    // Every download button on the page has a name of its own, naming its chart.
    const names = await page.locator('.chart-downloads button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    assert.equal(new Set(names).size, names.length, `#/${route}: download buttons share a name: ${names.join(' | ')}`);
    for (const n of names) assert.match(n, /^Download “.+” as (SVG|PNG)/, `#/${route}`);
    for (const c of await page.evaluate(readCharts)) {
      const where = `#/${route} ${c.testid}`;
      seen[c.testid] = (seen[c.testid] ?? 0) + 1;
      assert.ok(c.rows, `${where}: a chart without a table next to it`);
      assert.equal(c.sharing, 1, `${where}: its table is not next to it but shared`);
      assert.ok(c.rows.length > 0, `${where}: the table is empty`);
      assert.ok(c.colScopes.every((s) => s === 'col'), `${where}: column headers`);
      assert.ok(c.rows.every((r) => r.name), `${where}: every row has a row header`);
      if (c.inDetails) assert.ok(c.named, `${where}: the disclosure names its table`);
      const kind = KIND[c.testid];
      assert.ok(kind, `${where}: a chart this test does not know (add it to KIND)`);
      if (kind === 'labels') {
        // A row per group (bars) or axis (radar), each drawn as a label; a column per series,
        // each in the legend (a radar has one series and no legend).
        for (const r of c.rows) assert.ok(c.svgTexts.includes(r.name), `${where}: row “${r.name}” is not drawn`);
        if (!c.testid.includes('radar')) {
          const series = c.columns.slice(1).filter((h) => h !== 'Total');
          for (const s of series) assert.ok(c.svgTexts.includes(s), `${where}: column “${s}” is not in the legend`);
        }
      } else if (kind === 'series') {
        for (const r of c.rows) assert.ok(c.svgTexts.includes(r.name), `${where}: series “${r.name}” is not drawn`);
        for (const s of c.columns.slice(1)) assert.ok(c.svgTexts.includes(s), `${where}: stage “${s}” is not drawn`);
        assert.ok(c.rows.every((r) => r.cells.length === c.columns.length - 1), `${where}: a value per stage`);
      } else if (kind === 'points') {
        // Each point is a numbered dot; the table lists the same ranks.
        assert.equal(c.rows.length, c.circles, `${where}: a row per point`);
        for (const r of c.rows) assert.ok(c.svgTexts.includes(r.cells[0]), `${where}: rank ${r.cells[0]} is not drawn`);
      } else if (kind === 'readings') {
        // A dot per reading plus the legend's dot; a row per reading, with start and deadline.
        assert.equal(c.rows.filter((r) => r.reading).length, c.circles - 1, `${where}: a row per reading`);
        assert.ok(c.caption, `${where}: the caption names the objective`);
        assert.ok(c.rows.every((r) => r.cells.length === 2), `${where}: the path and the reading`);
        assert.ok(c.rows.some((r) => r.name.endsWith('Start')) || c.rows[0].cells[0] !== '–', `${where}: the start row`);
      }
    }
  }
  // The example plan draws every kind of chart on the pages and in the report.
  for (const testid of Object.keys(KIND)) assert.ok(seen[testid], `${testid} was not seen`);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('the paid, owned and earned table adds up to the budget table, per scenario', async () => {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
  await page.goto(`${url}#/engagement`);
  await page.waitForSelector('[data-testid=budget-table]');
  const totals = await page.$$eval('[data-testid=budget-table] tfoot td', (tds) => tds.map((td) => Number(td.dataset.cents)));
  const table = page.locator('table[data-chart-testid=budget-ownership-chart]');
  await table.locator('xpath=ancestor::details/summary').click();
  assert.ok(await table.isVisible());
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => Number(td.dataset.cents))));
  assert.equal(rows.length, 3, 'good, better, best');
  rows.forEach((cells, i) => {
    assert.equal(cells.length, 4, 'paid, owned, earned, total');
    assert.equal(cells[0] + cells[1] + cells[2], cells[3]);
    assert.equal(cells[3], totals[i], `scenario ${i}`);
  });
  assert.deepEqual(await table.locator('thead th').allTextContents(), ['Scenario', 'Paid', 'Owned', 'Earned', 'Total']);
  assert.deepEqual(problems.errors, []);
});

test('a downloaded chart carries its title, and the PESTLE matrix its key', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', acceptDownloads: true });
  try {
    const p = await ctx.newPage();
    await p.goto(`${url}#/plans`);
    await ready(p);
    await p.click('[data-testid=open-example]');
    await p.waitForSelector('#plan-name', { timeout: 20000 });
    await p.goto(`${url}#/pestle`);
    await p.waitForSelector('[data-testid=pestle-ranking]');
    const button = p.getByRole('button', { name: 'Download “Impact and likelihood” as SVG' });
    const [file] = await Promise.all([p.waitForEvent('download'), button.click()]);
    const { readFileSync } = await import('node:fs');
    const svg = readFileSync(await file.path(), 'utf8');
    const doc = await p.evaluate((text) => {
      const d = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: !!d.querySelector('parsererror'), title: d.querySelector('svg > title')?.textContent, texts: [...d.querySelectorAll('text')].map((t) => t.textContent.trim()) };
    }, svg);
    assert.equal(doc.error, false, 'the file is well-formed SVG');
    assert.equal(doc.title, "Impact and likelihood");
    const rows = await p.locator('[data-testid=pestle-ranking] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.cells[0].textContent.trim(), tr.querySelector('th').firstChild.textContent.trim()]));
    assert.ok(rows.length > 2);
    for (const [rank, text] of rows) assert.ok(doc.texts.includes(`${rank} ${text}`), `key line “${rank} ${text}”`);
  } finally {
    await ctx.close();
  }
});
