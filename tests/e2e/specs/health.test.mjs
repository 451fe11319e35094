// The health check: completed by keyboard alone, resumed after a reload at the same step with
// every answer intact, scored and charted; the example plan; answers sent to the SWOT.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
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
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

/** Presses Tab (only the keyboard) until the focused element matches `selector`. */
async function tabTo(selector, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(selector, text) {
  await tabTo(selector);
  await page.keyboard.type(text);
}

/** Rates a prompt with the keyboard: Tab into the radio group, then arrows. */
async function rateWithKeys(key, score) {
  await tabTo(`input[name="hc-${key}-rating"]`);
  await page.keyboard.press('Space'); // selects the focused radio (1 when none was chosen)
  for (let i = 1; i < score; i++) await page.keyboard.press('ArrowRight');
}

async function next() {
  await tabTo('[data-testid=wizard-next]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'step-title');
}

async function saved() {
  await page.waitForTimeout(500);
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

const CONTEXTS = {
  customer: ['customer-segments', 'customer-awareness', 'customer-reputation', 'customer-competition'],
  business: ['business-strategy', 'business-positioning', 'business-partners', 'business-identity'],
  external: ['external-consumers', 'external-media', 'external-affiliates', 'external-environment'],
  internal: ['internal-budget', 'internal-culture', 'internal-expertise', 'internal-capacity'],
};
const SCORES = { customer: 2, business: 4, external: 3, internal: 1 };

test('the wizard is completed by keyboard alone and resumes after a reload', async () => {
  await page.goto(url);
  await ready(page);
  await typeInto('#new-plan-name', 'Keyboard shoes');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#plan-name');
  await tabTo('a.nav-link[href="#/health"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=step-title]');
  assert.equal(await page.getAttribute('[data-testid=step-0]', 'aria-current'), 'step');

  await typeInto('#hc-start-now', 'We sell shoes online.');
  await typeInto('#hc-start-goal', 'Be the first choice of young runners.');
  await typeInto('#hc-start-future', 'Sell 12,000 pairs this year.');
  await typeInto('#hc-res-budget-gap', 'Little left for the launch.');
  await next();

  let done = 0;
  for (const [context, keys] of Object.entries(CONTEXTS)) {
    assert.match(await page.textContent('[data-testid=step-title]'), new RegExp(context, 'i'));
    for (const key of keys) {
      await typeInto(`#hc-${key}`, `Answer about ${key}`);
      await rateWithKeys(key, SCORES[context]);
    }
    await next();
    done++;
    if (done === 2) {
      // Halfway: reload, and the wizard opens at the same step with every answer intact.
      await saved();
      await page.reload();
      await ready(page);
      assert.match(await page.textContent('[data-testid=step-title]'), /external/i);
      assert.equal(await page.getAttribute('[data-testid=step-3]', 'aria-current'), 'step');
      await page.click('[data-testid=step-1]');
      assert.equal(await page.inputValue('#hc-customer-awareness'), 'Answer about customer-awareness');
      assert.equal(await page.isChecked('#hc-customer-awareness-rating-2'), true);
      await page.click('[data-testid=step-0]');
      assert.equal(await page.inputValue('#hc-start-goal'), 'Be the first choice of young runners.');
      assert.equal(await page.inputValue('#hc-res-budget-gap'), 'Little left for the launch.');
      await page.click('[data-testid=step-3]');
      await page.focus('[data-testid=step-title]');
    }
  }
  // The summary: scores, the weakest areas, the radar's labels, and the data table.
  assert.match(await page.textContent('[data-testid=step-title]'), /summary/i);
  for (const [context, score] of Object.entries(SCORES)) {
    assert.match(await page.textContent(`[data-testid=score-${context}]`), new RegExp(`${score} of 5`));
  }
  // One weakest area (the lowest score); a score below 3 is weak by the rule the page states.
  assert.match(await page.textContent('[data-testid=score-internal]'), /Weakest area/);
  const customer = await page.textContent('[data-testid=score-customer]');
  assert.match(customer, /Weak\b/);
  assert.doesNotMatch(customer, /Weakest area/);
  assert.doesNotMatch(await page.textContent('[data-testid=score-business]'), /Weak/);
  assert.match(await page.textContent('.step-summary'), /A context is weak when its score is below 3 of 5\./);
  const labels = (await page.locator('[data-testid=hc-radar] svg text').allTextContents()).map((t) => t.trim());
  for (const label of ['Customer', 'Business', 'External', 'Internal']) assert.ok(labels.includes(label), `${label} in ${labels}`);
  const alt = await page.getAttribute('[data-testid=hc-radar]', 'aria-label');
  assert.match(alt, /Customer 2 of 5/);
  assert.equal(await page.getAttribute('[data-testid=hc-radar]', 'role'), 'img');
  const rows = await page.locator('[data-testid=hc-score-table] tbody tr').allTextContents();
  assert.deepEqual(rows.map((r) => r.trim()), ['Customer24/4', 'Business44/4', 'External34/4', 'Internal14/4']);
  const rules = await page.locator('[data-testid=next-steps] li').evaluateAll((lis) => lis.map((li) => li.dataset.rule));
  assert.ok(rules.includes('gap-analysis'), rules.join());
  assert.ok(rules.includes('research-audience'), rules.join());
  assert.ok(rules.includes('close-gaps'), rules.join());
  assert.equal(await page.locator('[data-testid=unanswered]').count(), 0, 'every prompt answered');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('the example plan opens as a new plan and leaves the user\'s plan alone', async () => {
  await page.goto(url);
  await ready(page);
  await page.fill('#new-plan-name', 'My own plan');
  await page.click('[data-testid=create-plan]');
  await page.fill('#plan-description', 'Mine, not the example.');
  await page.locator('#plan-description').blur();
  await saved();
  await page.click('a.nav-link[href="#/plans"]');
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  assert.match(await page.inputValue('#plan-name'), /Stride & Co/);
  assert.match(await page.textContent('[data-testid=step-title]'), /Summary/);
  assert.equal(await page.locator('[data-testid=unanswered]').count(), 0, 'a complete health check');
  await saved();
  // Both plans are listed; the user's own opens again, untouched.
  await page.click('a.nav-link[href="#/plans"]');
  const names = await page.locator('.plan-item-name').allTextContents();
  assert.equal(names.length, 2, names.join());
  await page.getByRole('button', { name: 'Open: My own plan' }).click();
  await page.waitForSelector('#plan-description');
  assert.equal(await page.inputValue('#plan-name'), 'My own plan');
  assert.equal(await page.inputValue('#plan-description'), 'Mine, not the example.');
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#plan-name'), 'My own plan', 'the open plan is remembered');
  assert.deepEqual(problems.errors, []);
});

test('the example opens in the interface language', async () => {
  const sv = await browser.newContext({ locale: 'sv-SE' });
  const p = await sv.newPage();
  await p.goto(url);
  await ready(p);
  await p.click('[data-testid=open-example]');
  await p.waitForSelector('[data-testid=step-title]');
  assert.equal(await p.getAttribute('html', 'lang'), 'sv');
  const labels = (await p.locator('[data-testid=hc-radar] svg text').allTextContents()).map((t) => t.trim());
  assert.ok(labels.includes('Kund'), labels.join());
  assert.doesNotMatch(await p.textContent('main'), /Which customer segments/);
  await sv.close();
});

test('an answer goes to the SWOT, keeps its link, and survives a reload', async () => {
  await page.goto(url);
  await ready(page);
  await page.fill('#new-plan-name', 'SWOT links');
  await page.click('[data-testid=create-plan]');
  await page.click('a.nav-link[href="#/health"]');
  await page.click('[data-testid=step-4]');
  await page.fill('#hc-internal-culture', 'Replies within the hour');
  await page.locator('#hc-internal-culture').blur();
  await page.click('[data-testid=step-5]');
  const item = page.locator('[data-testid=to-swot-internal-culture]');
  await item.getByRole('button', { name: 'Add as strength' }).click();
  assert.match(await item.textContent(), /On the SWOT as: Strengths/);
  await saved();
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('[data-testid=to-swot-internal-culture]'), /On the SWOT as: Strengths/);
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan.swot.cards;
  });
  assert.equal(stored.length, 1);
  assert.deepEqual(stored[0].source, { from: 'health_check', prompt: 'internal-culture' });
  assert.equal(stored[0].column, 'strengths');
});

test('axe: no serious or critical violation on a step and on the summary', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  for (const step of [5, 1, 0]) {
    await page.click(`[data-testid=step-${step}]`);
    await page.waitForTimeout(100);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], `step ${step}`);
  }
});

test('phone width: the wizard works without sideways scrolling', async () => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const p = await phone.newPage();
  await p.goto(url);
  await ready(p);
  await p.click('[data-testid=open-example]');
  await p.waitForSelector('[data-testid=step-title]');
  for (const step of [5, 1, 0]) {
    await p.click(`[data-testid=step-${step}]`);
    await p.waitForTimeout(100);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `step ${step} scrolls sideways by ${overflow}px`);
  }
  await phone.close();
});
