// The exports in every interface language: the example plan's Markdown report and each CSV
// list, downloaded through the real export buttons, show no message id (no id of en.ftl with a
// hyphen stands in them as a whole word) and are written in the interface's language. A budget
// over its limit says the real allowed range, not "1 to 5".
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

/** A locale's messages from the repository: id → value (first line of the value). */
function messages(tag) {
  const text = readFileSync(join(ROOT, 'src', 'i18n', 'locales', `${tag}.ftl`), 'utf8');
  const out = new Map();
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-zA-Z][a-zA-Z0-9_-]*) = (.*)$/);
    if (m) out.set(m[1], m[2].trim());
  }
  return out;
}

const ENGLISH = messages('en');
const IDS = [...ENGLISH.keys()].filter((id) => id.includes('-'));

/** The ids of en.ftl that stand in `text` as a whole word. */
function idsIn(text) {
  const words = new Set(text.split(/[^A-Za-z0-9_-]+/));
  return IDS.filter((id) => words.has(id));
}

async function download(action) {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

const LISTS = ['swot', 'pestle', 'touchpoints', 'kpis'];

test('the self-check finds an id standing as a word, not inside a longer one', () => {
  assert.ok(IDS.length > 500, `${IDS.length} ids`);
  assert.deepEqual(idsIn('## hc-title\n'), ['hc-title']);
  assert.deepEqual(idsIn('hc-titles, xhc-title'), []);
});

for (const tag of ['en', 'sv', 'lv', 'id', 'zh-Hant']) {
  test(`${tag}: the report and every list are in the language, without message ids`, async () => {
    const words = messages(tag);
    await page.goto(url);
    await ready(page);
    await page.selectOption('#language', tag);
    await page.waitForFunction((t) => document.documentElement.lang === t, tag);
    await page.click('[data-testid=open-example]');
    await page.waitForSelector('[data-testid=step-title]');
    await nav(page, 'report');
    await page.waitForSelector('[data-testid=export-menu]');

    const md = await download(() => page.click('[data-testid=export-markdown]'));
    assert.match(md.name, /\.md$/);
    assert.deepEqual(idsIn(md.text), [], `${tag} report`);
    for (const id of ['hc-title', 'objectives-title', 'mix-title']) {
      assert.ok(md.text.includes(`\n## ${words.get(id)}\n`), `${tag}: heading ${id} "${words.get(id)}"`);
    }
    for (const id of ['export-date', 'export-weak-answers', 'export-progress', 'export-latest-reading']) {
      assert.ok(md.text.includes(words.get(id)), `${tag}: ${id} "${words.get(id)}"`);
    }
    if (tag !== 'en') {
      assert.ok(!md.text.includes(`\n## ${ENGLISH.get('hc-title')}\n`), `${tag}: an English heading`);
    }

    for (const list of LISTS) {
      const csv = await download(() => page.click(`[data-testid=export-csv-${list}]`));
      assert.match(csv.name, new RegExp(`-${list}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      assert.deepEqual(idsIn(csv.text), [], `${tag} ${list}`);
      const header = csv.text.replace(/^\uFEFF/, '').split('\r\n')[0].split(',');
      assert.equal(header[0], words.get('export-col-id'), `${tag} ${list}`);
      const second = { swot: 'export-col-quadrant', pestle: 'pestle-factor', touchpoints: 'journey-persona', kpis: 'objective-statement' }[list];
      assert.equal(header[1], words.get(second), `${tag} ${list}`);
      assert.ok(csv.text.split('\r\n').length > 3, `${tag} ${list}: rows`);
    }
    assert.deepEqual(problems, { console: [], errors: [], outside: [] });
  });
}

test('a budget over its limit says the real range, in the user’s number format', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  await nav(page, 'engagement');
  const field = page.locator('[data-testid=tactic] input[id$="-budget-good"]').first();
  await field.fill('2000000000');
  await field.press('Enter');
  await field.evaluate((el) => el.blur());
  const banner = page.locator('[data-testid=domain-error]');
  await banner.waitFor();
  const text = (await banner.textContent()).trim();
  assert.match(text, /Choose a value from 0 to 1,000,000,000\./);
  assert.doesNotMatch(text, /1 to 5/);
  assert.deepEqual(problems, { console: [], errors: [], outside: [] });
});
