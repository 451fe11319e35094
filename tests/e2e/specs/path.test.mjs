// Always a next step (issue 14): from an empty plan, the overview shows the way through the
// method and one "Continue with …"; every page of the path ends with "Continue to …", and
// following them leads from the health check to the report, at a laptop's and a phone's
// width, with no page scrolling sideways on the phone. The example plan's overview continues
// with a step that is not done yet.
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

async function start(width, height) {
  context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
  await page.goto(url);
  await ready(page);
}

const hash = () => new URL(page.url()).hash;
const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

for (const [width, height] of [[1366, 768], [390, 844]]) {
  test(`from an empty plan, the overview and "Continue" lead through the method to the report (${width}×${height})`, async () => {
    await start(width, height);
    await page.fill('#new-plan-name', 'Bicycle repairs');
    await page.click('[data-testid=create-plan]');
    await page.waitForSelector('#plan-name');
    await page.goto(`${url}#/`);
    await page.waitForSelector('[data-testid=progress]');
    const steps = await page.$$eval('.progress-step', (li) => li.map((l) => [l.dataset.section, l.dataset.state]));
    assert.deepEqual(steps.map((s) => s[0]), ['health', 'swot', 'pestle', 'tows', 'personas', 'journeys', 'objectives', 'creative', 'mix', 'engagement', 'reviews']);
    assert.ok(steps.every((s) => s[1] === 'todo'), JSON.stringify(steps));
    assert.equal((await page.textContent('[data-testid=progress-continue]')).trim(), 'Continue with Health check');
    assert.ok(await sideways() <= 0, 'the overview fits');
    await page.click('[data-testid=progress-continue] a');
    await page.waitForFunction(() => location.hash === '#/health');

    // The health check's summary ends with "Continue to SWOT".
    await page.click('[data-testid=step-5]');
    await page.waitForSelector('[data-testid=continue]');
    const seen = ['#/health'];
    for (let i = 0; i < 20 && hash() !== '#/report'; i++) {
      assert.ok(await sideways() <= 0, `${hash()} scrolls sideways by ${await sideways()} px`);
      const link = page.locator('[data-testid=continue] a');
      await link.waitFor({ timeout: 5000 }).catch(() => assert.fail(`no "Continue to …" on ${hash()}`));
      const was = hash();
      await link.click();
      await page.waitForFunction((h) => location.hash !== h, was);
      seen.push(hash());
    }
    assert.deepEqual(seen, ['#/health', '#/swot', '#/pestle', '#/tows', '#/personas', '#/journey', '#/team', '#/attribution',
      '#/objectives', '#/creative', '#/engagement', '#/mix', '#/monitor', '#/report']);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.console, []);
  });
}

test('the example plan: progress counts what is there, and Continue goes to a step not done', async () => {
  await start(1366, 768);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
  await page.goto(`${url}#/`);
  await page.waitForSelector('[data-testid=progress]');
  const states = Object.fromEntries(await page.$$eval('.progress-step', (li) => li.map((l) => [l.dataset.section, l.dataset.state])));
  for (const done of ['swot', 'personas', 'creative', 'mix', 'engagement']) assert.equal(states[done], 'done', done);
  const next = (await page.textContent('[data-testid=progress-continue]')).trim();
  const notDone = Object.entries(states).filter(([, s]) => s !== 'done').map(([k]) => k);
  if (notDone.length) {
    assert.match(next, /^Continue with /);
    await page.click('[data-testid=progress-continue] a');
    await page.waitForFunction(() => location.hash !== '#/');
    const first = await page.$eval(`.progress-step[data-section="${notDone[0]}"] a`, (a) => a.getAttribute('href')).catch(() => null);
    assert.ok(first === null || hash() === first, `${hash()} is the first step not done (${notDone[0]})`);
  } else {
    assert.match(next, /Open the report/);
  }
  assert.deepEqual(problems.errors, []);
});
