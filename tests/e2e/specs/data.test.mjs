// Data safety: many plans (rename, duplicate, delete with undo), export and import (a file
// that round-trips, bad files that change nothing), snapshots, share links, the storage
// meter, the export reminder, and chart and list downloads.
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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

const storage = (p = page) => p.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
const plansIn = (all) => Object.entries(all).filter(([k]) => k.startsWith('waymark:default:plan:')).map(([, v]) => JSON.parse(v).plan);

async function saved(p = page) {
  await p.waitForTimeout(500);
  await p.waitForSelector('[data-testid=save-status][data-state=saved]');
}

async function openExample(p = page) {
  await p.goto(url);
  await ready(p);
  await p.click('[data-testid=open-example]');
  await p.waitForSelector('[data-testid=step-title]');
  await saved(p);
}

async function download(p, action) {
  const [file] = await Promise.all([p.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8'), path: await file.path() };
}

async function importFile(name, text, p = page) {
  await p.setInputFiles('[data-testid=import-file]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The plan without what an import changes (its id and when it was last changed). */
const content = (plan) => JSON.stringify({ ...plan, id: undefined, meta: { ...plan.meta, updated: undefined } });

test('export then import gives an identical plan, as a new plan', async () => {
  await openExample();
  await nav(page, 'plans');
  const exported = await download(page, () => page.click('[data-testid=plan-download]'));
  assert.match(exported.name, /^waymark-Example-Stride-Co-running-shoes-\d{4}-\d\d-\d\d\.json$/);
  const original = JSON.parse(exported.text);
  assert.equal(original.format, 'waymark-plan');
  await importFile(exported.name, exported.text);
  await page.waitForSelector('[data-testid=import-preview]');
  assert.equal(await page.textContent('[data-testid=import-name]'), original.plan.meta.name);
  assert.match(await page.textContent('[data-testid=import-preview]'), /2 objectives/);
  await page.click('[data-testid=import-confirm]');
  await page.waitForFunction(() => location.hash === '#/');
  await saved();
  const plans = plansIn(await storage());
  assert.equal(plans.length, 2, 'the import is a new plan next to the original');
  const imported = plans.find((p) => p.id !== original.plan.id);
  assert.ok(imported, 'a new id');
  assert.equal(content(imported), content(original.plan));
  assert.deepEqual(problems.errors, []);
});

test('a bad file shows its error and leaves every plan as it was', async () => {
  await openExample();
  await nav(page, 'plans');
  const before = await storage();
  const good = JSON.parse((await download(page, () => page.click('[data-testid=plan-download]'))).text);
  const after = await storage();
  const dangling = structuredClone(good);
  dangling.plan.tows[0].internal.card = 'c-doesnotexist1';
  const wrongType = structuredClone(good);
  wrongType.plan.swot.cards[3].text = 5;
  const duplicate = structuredClone(good);
  duplicate.plan.swot.cards.push(duplicate.plan.swot.cards[0]);
  const cases = [
    ['broken.json', '{"format":"waymark-plan", "version": 1, "plan": {', /not valid JSON/],
    ['other.json', '{"hello":"world"}', /not a Waymark plan/],
    ['newer.json', JSON.stringify({ ...good, version: 99 }), /newer version of Waymark \(format version 99\)/],
    ['dangling.json', JSON.stringify(dangling), /tows\[0\]\.internal\.card/],
    ['type.json', JSON.stringify(wrongType), /swot\.cards\[3\]\.text/],
    ['duplicate.json', JSON.stringify(duplicate), /appears twice/],
    ['huge.json', 'x'.repeat(6 * 1024 * 1024), /files up to 5 MB/],
  ];
  for (const [name, text, message] of cases) {
    await importFile(name, text);
    await page.waitForSelector('[data-testid=import-error]');
    const shown = await page.textContent('[data-testid=import-error]');
    assert.match(shown, /was not imported, and nothing was changed/, name);
    assert.match(shown, message, `${name}: ${shown}`);
    assert.equal(await page.locator('[data-testid=import-preview]').count(), 0, name);
  }
  // Downloading recorded an export in the settings; nothing else changed.
  assert.deepEqual(await storage(), after);
  for (const key of Object.keys(before).filter((k) => !k.endsWith(':settings'))) assert.equal(after[key], before[key], key);
  assert.deepEqual(problems.errors, []);
});

test('hostile text in an imported file stays text', async () => {
  await openExample();
  await nav(page, 'plans');
  const good = JSON.parse((await download(page, () => page.click('[data-testid=plan-download]'))).text);
  good.plan.meta.name = '<img src=x onerror="window.pwned=1">';
  good.plan.swot.cards[0].text = '<script>window.pwned=1</script> javascript:alert(1)';
  await importFile('hostile.json', JSON.stringify(good));
  await page.waitForSelector('[data-testid=import-preview]');
  assert.equal(await page.textContent('[data-testid=import-name]'), good.plan.meta.name);
  await page.click('[data-testid=import-confirm]');
  await nav(page, 'swot');
  await page.waitForSelector('[data-testid=column-strengths]');
  assert.match(await page.textContent('main'), /<script>window.pwned=1<\/script>/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
});

test('plans are renamed, duplicated, and deleted with an undo', async () => {
  await openExample();
  await nav(page, 'plans');
  await page.click('[data-testid=plan-rename]');
  await page.fill('#rename-plan', 'Stride launch');
  await page.press('#rename-plan', 'Enter');
  await page.waitForFunction(() => document.querySelector('.plan-item-name')?.textContent === 'Stride launch');
  assert.equal(await page.inputValue('#plan-name'), 'Stride launch');
  await page.click('[data-testid=plan-duplicate]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-item]').length === 2);
  assert.match(await page.textContent('[data-testid=plan-list]'), /Copy of Stride launch/);
  await saved();
  // Delete the copy, undo, delete it again.
  const copy = page.locator('[data-testid=plan-item]', { hasText: 'Copy of Stride launch' });
  await copy.locator('[data-testid=plan-delete]').click();
  await page.waitForSelector('[data-testid=delete-undo]');
  assert.equal(await page.locator('[data-testid=plan-item]').count(), 1);
  await page.click('[data-testid=delete-undo] button');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-item]').length === 2);
  const restored = plansIn(await storage()).find((p) => p.meta.name === 'Copy of Stride launch');
  assert.ok(restored, 'the copy is back, whole');
  assert.equal(restored.swot.cards.length, plansIn(await storage()).find((p) => p.meta.name === 'Stride launch').swot.cards.length);
  // Deleting the open plan closes it; after the undo window it is gone for good.
  await page.locator('[data-testid=plan-item]', { hasText: /^Stride launch/ }).locator('[data-testid=plan-delete]').click();
  await page.waitForSelector('[data-testid=delete-undo]');
  assert.equal(await page.locator('#plan-name').count(), 0, 'no plan is open');
  await page.waitForSelector('[data-testid=delete-undo]', { state: 'detached', timeout: 15000 });
  const left = await storage();
  assert.deepEqual(plansIn(left).map((p) => p.meta.name), ['Copy of Stride launch']);
  assert.equal(Object.keys(left).filter((k) => k.includes(':trash:')).length, 0);
  assert.deepEqual(problems.errors, []);
});

test('keyboard on the plan list: focus follows rename, cancel, delete and undo', async () => {
  await openExample();
  await nav(page, 'plans');
  const active = () => page.evaluate(() => document.activeElement?.id);
  const renameButton = await page.getAttribute('[data-testid=plan-rename]', 'id');
  assert.match(renameButton, /^rename-p-/);
  // Rename opens with its field focused; Escape closes it and gives focus back.
  await page.focus('[data-testid=plan-rename]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'rename-plan');
  await page.keyboard.press('Escape');
  await page.waitForFunction((id) => document.activeElement?.id === id, renameButton);
  assert.equal(await page.locator('#rename-plan').count(), 0);
  // Renamed from the keyboard: focus back on Rename.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'rename-plan');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Stride by keys');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, renameButton);
  await page.waitForFunction(() => document.querySelector('.plan-item-name')?.textContent === 'Stride by keys');
  // Duplicated, then the copy deleted: focus on Undo; Undo: focus on the copy's Rename.
  await page.click('[data-testid=plan-duplicate]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-item]').length === 2);
  const copy = page.locator('[data-testid=plan-item]', { hasText: 'Copy of Stride by keys' });
  const copyRename = await copy.locator('[data-testid=plan-rename]').getAttribute('id');
  await copy.locator('[data-testid=plan-delete]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'undo-delete');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.id === id, copyRename);
  assert.equal(await active(), copyRename);
  assert.deepEqual(problems.errors, []);
});

test('a snapshot is taken when a session starts changing the plan, and restores it', async () => {
  await openExample();
  await page.reload(); // a new session
  await ready(page);
  await nav(page, 'plans');
  assert.equal(await page.locator('[data-testid=snapshot]').count(), 0);
  await page.fill('#plan-name', 'Renamed after the snapshot');
  await page.press('#plan-name', 'Enter');
  await saved();
  await page.waitForSelector('[data-testid=snapshot]');
  assert.match(await page.textContent('[data-testid=snapshots]'), /start of a session/);
  await page.click('[data-testid=snapshot-restore]');
  await page.waitForFunction(() => document.getElementById('plan-name').value.startsWith('Example'));
  await saved();
  assert.match(plansIn(await storage())[0].meta.name, /^Example/);
  // The version replaced by the restore is a snapshot too.
  assert.match(await page.textContent('[data-testid=snapshots]'), /before a restore/);
});

test('a share link carries the plan in the fragment and imports as a new plan', async () => {
  await openExample();
  await nav(page, 'plans');
  await page.click('[data-testid=share-make]');
  await page.waitForSelector('[data-testid=share-url]');
  const link = await page.inputValue('[data-testid=share-url]');
  assert.match(link, /#\/share\?p=[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 16_100, `short enough: ${link.length}`);
  const other = await context.newPage();
  const requests = [];
  other.on('request', (r) => requests.push(r.url()));
  await other.goto(link);
  await ready(other);
  await other.waitForSelector('[data-testid=import-preview]');
  assert.ok(requests.every((r) => !r.includes('?p=')), 'the plan is never sent in a request');
  await other.click('[data-testid=import-confirm]');
  await other.waitForFunction(() => location.hash === '#/');
  await saved(other);
  const plans = plansIn(await storage(other));
  assert.equal(plans.length, 2);
  assert.equal(content(plans[0]), content(plans[1]));
  // A damaged link says so and changes nothing.
  const before = await storage(other);
  await other.goto(link.replace(/p=.{20}/, 'p=AAAAAAAAAAAAAAAAAAAA'));
  await other.reload();
  await ready(other);
  await other.waitForSelector('[data-testid=share-error]');
  assert.match(await other.textContent('[data-testid=share-error]'), /damaged|not imported/);
  assert.deepEqual(plansIn(await storage(other)).length, plansIn(before).length);
});

test('storage use is shown, and a nearly full storage says what to do', async () => {
  await openExample();
  await nav(page, 'plans');
  assert.match(await page.textContent('[data-testid=usage]'), /Your plans take \d+ KB/);
  assert.equal(await page.locator('[data-testid=usage-nearly-full]').count(), 0);
  await page.evaluate(() => localStorage.setItem('someone-else', 'x'.repeat(4_300_000)));
  await nav(page, 'report');
  await nav(page, 'plans');
  await page.waitForSelector('[data-testid=usage-nearly-full]');
  assert.match(await page.textContent('[data-testid=usage-nearly-full]'), /download the plans you want to keep/);
});

test('a plan with week-old changes in no downloaded file gets a reminder', async () => {
  await openExample();
  // Pretend the plan was made and changed ten days ago.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    const doc = JSON.parse(localStorage.getItem(key));
    doc.plan.meta.created -= 10 * 86_400_000;
    localStorage.setItem(key, JSON.stringify(doc));
  });
  await page.reload();
  await ready(page);
  await page.waitForSelector('[data-testid=export-reminder]');
  const file = await download(page, () => page.click('[data-testid=export-reminder] .button-primary'));
  assert.match(file.name, /\.json$/);
  await page.waitForSelector('[data-testid=export-reminder]', { state: 'detached' });
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('[data-testid=export-reminder]').count(), 0, 'the export is remembered');
});

test('charts download as SVG and as PNG at twice the size; lists as CSV', async () => {
  await openExample();
  await nav(page, 'engagement');
  const box = page.locator('.chart-box', { has: page.locator('[data-testid=budget-channel-chart]') });
  const svg = await download(page, () => box.locator('button', { hasText: 'SVG' }).click());
  assert.match(svg.name, /budget-channel-chart\.svg$/);
  assert.match(svg.text, /^<svg[^>]*width="(\d+)"/);
  const width = Number(svg.text.match(/width="(\d+)"/)[1]);
  const png = await download(page, () => box.locator('button', { hasText: 'PNG' }).click());
  const bytes = readFileSync(png.path);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(bytes.readUInt32BE(16), width * 2, 'drawn at twice the size');
  await nav(page, 'report');
  const csv = await download(page, () => page.click('[data-testid=export-csv-swot]'));
  assert.match(csv.name, /-swot-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.text.startsWith('\uFEFF'), 'a BOM for spreadsheets');
  assert.ok(csv.text.split('\r\n').length > 8);
  const md = await download(page, () => page.click('[data-testid=export-markdown]'));
  assert.match(md.text, /^# Example: Stride & Co\. running shoes/m);
});
