// Two tabs of the same browser editing the same plan: a save in one shows in the other, and
// when both changed the same thing, the user chooses and neither version is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, ready, nav } from '../lib.mjs';

let browser, server, url;
before(async () => {
  ({ server, url } = await serveDist());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function twoTabs() {
  const context = await browser.newContext({ locale: 'en-GB' });
  const a = await context.newPage();
  await a.goto(url);
  await ready(a);
  await a.fill('#new-plan-name', 'Shared plan');
  await a.click('[data-testid=create-plan]');
  await a.waitForSelector('[data-testid=save-status][data-state=saved]');
  await a.waitForTimeout(600);
  const b = await context.newPage();
  await b.goto(url);
  await ready(b);
  assert.equal(await b.inputValue('#plan-name'), 'Shared plan');
  return { context, a, b };
}

const storedDescription = (page) => page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
  return JSON.parse(localStorage.getItem(key)).plan.meta.description;
});

test('a change saved in one tab appears in the other', async () => {
  const { context, a, b } = await twoTabs();
  await a.fill('#plan-description', 'Written in tab A');
  await a.locator('#plan-description').blur();
  await b.waitForFunction(() => document.getElementById('plan-description').value === 'Written in tab A', null, { timeout: 5000 });
  // Tab B can undo back to what it showed before.
  await b.click('[data-testid=undo]');
  assert.equal(await b.inputValue('#plan-description'), '');
  await context.close();
});

// The versions kept until the user deletes them (not snapshots, which rotate out).
const keptTexts = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => k.startsWith('waymark:default:rescue:') && k.endsWith(':other-tab'))
  .map((k) => JSON.parse(localStorage.getItem(k)).plan.meta.description));

// Tab B is the later one: it has words of its own in the description when tab A's save of
// the same field lands.
async function conflict() {
  const { context, a, b } = await twoTabs();
  await b.click('#plan-description');
  await b.keyboard.type("B's words");
  await a.fill('#plan-description', "A's words");
  await a.locator('#plan-description').blur();
  await b.waitForSelector('[data-testid=conflict]', { timeout: 5000 });
  return { context, a, b };
}

test('when both tabs change the same thing, the later tab asks and overwrites nothing', async () => {
  const { context, a, b } = await conflict();
  await b.waitForTimeout(800); // longer than the save pause: B must still not write
  assert.equal(await storedDescription(b), "A's words", "A's save is not overwritten");
  assert.equal(await b.inputValue('#plan-description'), "B's words", "B's words are still on screen");
  assert.equal(await b.getAttribute('[data-testid=save-status]', 'data-state'), 'waiting');
  assert.equal(await a.locator('[data-testid=conflict]').count(), 0, 'the earlier tab is not asked');
  // B keeps its own: it is saved, A shows it, and A's version is kept as a copy.
  await b.click('[data-testid=conflict-mine]');
  await b.waitForSelector('[data-testid=save-status][data-state=saved]');
  await b.waitForTimeout(600);
  assert.equal(await storedDescription(b), "B's words");
  await a.waitForFunction(() => document.getElementById('plan-description').value === "B's words", null, { timeout: 5000 });
  assert.deepEqual(await keptTexts(a), ["A's words"]);
  assert.equal(await b.locator('[data-testid=conflict]').count(), 0);
  // The copy is told about, and listed with the plans, where it can be opened again.
  await b.waitForSelector('[data-testid=copy-kept]');
  await nav(b, 'plans');
  await b.waitForSelector('[data-testid=kept-item][data-why=other-tab]');
  await b.click('[data-testid=kept-open]');
  await b.waitForFunction(() => document.getElementById('plan-description')?.value === "A's words", null, { timeout: 5000 });
  await context.close();
});

test('choosing the other tab\'s version keeps this tab\'s as a copy', async () => {
  const { context, a, b } = await conflict();
  await b.click('[data-testid=conflict-theirs]');
  await b.waitForFunction(() => document.getElementById('plan-description').value === "A's words", null, { timeout: 5000 });
  await b.waitForTimeout(600);
  assert.equal(await storedDescription(b), "A's words");
  const kept = await keptTexts(b);
  assert.deepEqual(kept, ["B's words"], `B's version is kept: ${kept}`);
  assert.equal(await a.inputValue('#plan-description'), "A's words");
  await context.close();
});

test('saves that cross lose nothing, and the tabs agree once the user has chosen', async () => {
  const { context, a, b } = await twoTabs();
  const write = (el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.blur();
  };
  await Promise.all([
    b.locator('#plan-description').evaluate(write, 'Written in tab B'),
    a.locator('#plan-description').evaluate(write, 'Written in tab A'),
  ]);
  await a.waitForTimeout(1200);
  // Nothing is lost: each version is stored or still on the screen of a tab that asks.
  const all = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:default:')).map((k) => localStorage.getItem(k)).join('\n'))
    + await a.inputValue('#plan-description') + await b.inputValue('#plan-description');
  assert.ok(all.includes('Written in tab A'), 'A is kept');
  assert.ok(all.includes('Written in tab B'), 'B is kept');
  assert.ok(await a.locator('[data-testid=conflict]').count() + await b.locator('[data-testid=conflict]').count() >= 1, 'the user is asked');
  // Whoever is asked answers; then both tabs show the same plan, and it is the stored one.
  for (const page of [a, b]) {
    if (await page.locator('[data-testid=conflict-mine]').count()) {
      await page.click('[data-testid=conflict-mine]');
      break;
    }
  }
  await a.waitForTimeout(1200);
  for (const page of [a, b]) {
    if (await page.locator('[data-testid=conflict-mine]').count()) await page.click('[data-testid=conflict-mine]');
  }
  await a.waitForTimeout(1200);
  const stored = await storedDescription(a);
  assert.equal(await a.inputValue('#plan-description'), stored);
  assert.equal(await b.inputValue('#plan-description'), stored);
  const after = await a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('waymark:default:')).map((k) => localStorage.getItem(k)).join('\n'));
  assert.ok(after.includes('Written in tab A') && after.includes('Written in tab B'), 'both versions still exist');
  await context.close();
});

test('text being typed is not replaced by another tab\'s save', async () => {
  const { context, a, b } = await twoTabs();
  await b.click('#plan-description');
  await b.keyboard.type('B is typing');
  await a.fill('#plan-name', 'Renamed in A');
  await a.press('#plan-name', 'Enter');
  await b.waitForFunction(() => document.getElementById('plan-name').value === 'Renamed in A', null, { timeout: 5000 });
  assert.equal(await b.inputValue('#plan-description'), 'B is typing');
  await b.locator('#plan-description').blur();
  await b.waitForTimeout(800);
  assert.equal(await storedDescription(b), 'B is typing');
  await context.close();
});

test('changes to different parts made in both tabs at once are merged', async () => {
  const { context, a, b } = await twoTabs();
  const write = (el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.blur();
  };
  await Promise.all([
    b.locator('#plan-description').evaluate(write, 'Described in tab B'),
    a.locator('#plan-name').evaluate(write, 'Renamed in tab A'),
  ]);
  await a.waitForFunction(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    const meta = JSON.parse(localStorage.getItem(key)).plan.meta;
    return meta.name === 'Renamed in tab A' && meta.description === 'Described in tab B';
  }, null, { timeout: 5000 }).catch(() => {});
  await a.waitForTimeout(500);
  for (const page of [a, b]) {
    assert.equal(await page.inputValue('#plan-name'), 'Renamed in tab A');
    assert.equal(await page.inputValue('#plan-description'), 'Described in tab B');
  }
  const stored = await a.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan.meta;
  });
  assert.equal(stored.name, 'Renamed in tab A');
  assert.equal(stored.description, 'Described in tab B');
  assert.equal(await a.locator('[data-testid=conflict]').count() + await b.locator('[data-testid=conflict]').count(), 0, 'no conflict');
  await context.close();
});

test('a conflict waiting for the user is not settled by a later save of the other tab', async () => {
  const { context, a, b } = await twoTabs();
  // B renames the plan (not yet saved) while A renames it differently and describes it.
  await b.click('#plan-name');
  await b.keyboard.press('End');
  await b.keyboard.type(' by B');
  await a.fill('#plan-name', 'Named by A');
  await a.press('#plan-name', 'Enter');
  await a.fill('#plan-description', 'Described by A');
  await a.locator('#plan-description').blur();
  await b.waitForSelector('[data-testid=conflict]', { timeout: 5000 });
  await a.waitForTimeout(600);
  // A goes on with another part of the plan: a SWOT card.
  await nav(a, 'swot');
  await a.click('#add-strengths');
  await a.keyboard.type('Loyal customers');
  await a.keyboard.press('Enter');
  await a.waitForTimeout(1200);
  // B is still asked, still shows its own name, and A's words are what storage holds.
  assert.equal(await b.locator('[data-testid=conflict]').count(), 1, 'the question is still open');
  assert.equal(await b.inputValue('#plan-name'), 'Shared plan by B');
  const stored = await a.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan;
  });
  assert.equal(stored.meta.name, 'Named by A');
  assert.equal(stored.meta.description, 'Described by A');
  assert.equal(stored.swot.cards.length, 1);
  // B keeps its own version: A's (with the card) is kept as a copy, nothing is lost.
  await b.click('[data-testid=conflict-mine]');
  await b.waitForTimeout(1200);
  const kept = await b.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('waymark:default:rescue:'))
    .map((k) => JSON.parse(localStorage.getItem(k)).plan));
  assert.ok(kept.some((p) => p.meta.description === 'Described by A' && p.swot.cards.length === 1), 'A\'s version is kept whole');
  await context.close();
});
