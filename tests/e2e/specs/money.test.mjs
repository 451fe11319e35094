// Money and numbers in the reader's language (issues 14 and 16). A small business gives its
// size, its budget and the plan's currency in the starting point; every amount then carries
// the currency, written by the browser's Intl in the interface language; a budget scenario
// over the health check's budget is warned about. In all five languages, the health summary's
// scores and the Markdown export's numbers and amounts are checked against Intl.NumberFormat
// for that language — computed in the page, not written down here.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', acceptDownloads: true });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

/** `x` as money in `currency`, written by Intl in the page for `tag`, whole units. */
function money(tag, currency, x) {
  return page.evaluate(
    ([t, c, v]) => new Intl.NumberFormat(t, { style: 'currency', currency: c, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(v),
    [tag, currency, x],
  );
}

/** The stored plan, as the app wrote it. */
function stored() {
  return page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.includes('plan:')) {
        try {
          const doc = JSON.parse(localStorage.getItem(k));
          if (doc && doc.plan) return doc.plan;
        } catch {}
      }
    }
    return null;
  });
}

/** The stored plan once `ok` holds for it (saving follows a change by a moment). */
async function storedWhen(ok) {
  for (let i = 0; i < 100; i++) {
    const plan = await stored();
    if (ok(plan)) return plan;
    await page.waitForTimeout(50);
  }
  return stored();
}

async function commit(selector, text) {
  await page.fill(selector, text);
  await page.locator(selector).evaluate((el) => el.blur());
}

test('a small business gives its size, budget and currency; a scenario over the budget is warned about', async () => {
  await page.goto(url);
  await ready(page);
  await page.fill('#new-plan-name', 'Bicycle repairs');
  await page.click('[data-testid=create-plan]');
  await nav(page, 'health');
  await page.waitForSelector('#hc-team-size');
  // Not a number: said, and nothing saved.
  await commit('#hc-team-size', 'two');
  await page.waitForSelector('.size-budget .field-error');
  assert.equal((await stored())?.health?.start?.team_size, undefined);
  // A phone shows the number keys for these.
  assert.equal(await page.getAttribute('#hc-team-size', 'inputmode'), 'numeric');
  assert.equal(await page.getAttribute('#hc-budget', 'inputmode'), 'decimal');
  await commit('#hc-team-size', '2');
  await page.waitForFunction(() => !document.querySelector('.size-budget .field-error'));
  // Written as the app writes money: the currency sign is left out.
  await commit('#hc-budget', '€10,000');
  await page.selectOption('#hc-currency', 'EUR');
  await page.waitForFunction(() => document.querySelector('label[for=hc-budget]')?.textContent.includes('(EUR)'));
  const options = await page.locator('#hc-currency option').allTextContents();
  assert.ok(options.includes('Swedish Krona (SEK)') || options.some((o) => /Swedish kron/i.test(o)), options.join('|'));
  assert.ok(options.some((o) => o.endsWith('(INR)')) && options.length > 100, 'every currency the browser knows');

  await nav(page, 'engagement');
  await page.selectOption('[data-testid=add-tactic]', 'search');
  await page.click('#add-tactic-go');
  const tactic = page.locator('[data-testid=tactic]').last();
  assert.match(await tactic.locator('legend').first().textContent(), /\(EUR\)/);
  await tactic.locator('input[id$="-budget-best"]').fill('12000');
  await tactic.locator('input[id$="-budget-best"]').dispatchEvent('change');
  const warning = page.locator('[data-testid=budget-over]');
  await warning.waitFor();
  const [total, limit] = [await money('en', 'EUR', 12000), await money('en', 'EUR', 10000)];
  assert.equal((await warning.textContent()).trim(), `Best: ${total} is over the budget of ${limit} in the health check.`);
  const cells = await page.locator('[data-testid=budget-table] tfoot td').allTextContents();
  assert.equal(cells[2].trim(), total);
  assert.equal((await page.selectOption('#budget-currency', 'EUR'))[0], 'EUR', 'the same currency, chosen here too');

  // The budget raised in the health check: no warning.
  await nav(page, 'health');
  await commit('#hc-budget', '20000');
  await nav(page, 'engagement');
  await page.locator('[data-testid=budget-table]').waitFor();
  assert.equal(await page.locator('[data-testid=budget-over]').count(), 0);
  const plan = await storedWhen((p) => p?.health?.start?.budget_cents === 2000000);
  assert.equal(plan.meta.currency, 'EUR');
  assert.equal(plan.health.start.team_size, 2);
  assert.equal(plan.health.start.budget_cents, 2000000);
  assert.deepEqual(problems, { console: [], errors: [], outside: [] });
});

for (const tag of ['en', 'sv', 'lv', 'id', 'zh-Hant']) {
  test(`${tag}: scores, amounts and the Markdown export are written as Intl writes them`, async () => {
    await page.goto(url);
    await ready(page);
    await page.selectOption('#language', tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    await page.click('[data-testid=open-example]');
    await page.waitForSelector('[data-testid=step-title]');
    await page.click('[data-testid=step-5]');
    await page.waitForSelector('[data-testid=score-customer]');
    // Each score's number, read back and written again by Intl for the language: the same.
    const scores = [];
    for (const c of ['customer', 'business', 'external', 'internal']) {
      const text = await page.textContent(`[data-testid=score-${c}] .score-value`);
      const m = text.match(/\d+(?:[.,]\d)?/);
      assert.ok(m, `${tag} ${c}: ${text}`);
      const value = Number(m[0].replace(',', '.'));
      const again = await page.evaluate(([t, v]) => new Intl.NumberFormat(t, { minimumFractionDigits: v % 1 ? 1 : 0, maximumFractionDigits: 1 }).format(v), [tag, value]);
      assert.equal(m[0], again, `${tag} ${c}`);
      scores.push(again);
    }
    assert.ok(scores.some((s) => /[.,]/.test(s)), `${tag}: the example has a score with a decimal (${scores})`);

    await nav(page, 'engagement');
    const foot = (await page.locator('[data-testid=budget-table] tfoot td').allTextContents()).map((t) => t.trim());
    const totals = [await money(tag, 'GBP', 26000), await money(tag, 'GBP', 38000), await money(tag, 'GBP', 52000)];
    assert.deepEqual(foot, totals, tag);
    // The chart's axis writes numbers as the table does.
    const ticks = (await page.locator('[data-testid=budget-channel-chart] svg text').allTextContents()).map((t) => t.trim());
    const ten = await page.evaluate((t) => new Intl.NumberFormat(t).format(10000), tag);
    assert.ok(ticks.includes(ten), `${tag}: ${ten} on the axis (${ticks.join('|')})`);
    // The example's best scenario is over its £40,000.
    assert.ok((await page.textContent('[data-testid=budget-over]')).includes(await money(tag, 'GBP', 40000)));

    await nav(page, 'report');
    await page.waitForSelector('[data-testid=export-menu]');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-markdown]')]);
    const md = readFileSync(await file.path(), 'utf8');
    for (const t of totals) assert.ok(md.includes(`**${t}**`), `${tag}: ${t} in the Markdown export`);
    // Dates as the language writes them (the report's date is today's).
    const day = await page.evaluate((t) => new Intl.DateTimeFormat(t, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date()), tag);
    assert.ok(md.includes(day), `${tag}: the date ${day} in the Markdown export`);
    // The printed report says it too.
    assert.ok((await page.textContent('.report [data-testid=budget-over]')).includes(await money(tag, 'GBP', 40000)), `${tag}: the report's warning`);
    for (const s of scores) assert.ok(md.includes(`| ${s} / 5 |`), `${tag}: score ${s} in the Markdown export`);
    assert.deepEqual(problems, { console: [], errors: [], outside: [] });
  });
}
