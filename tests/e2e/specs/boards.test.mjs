// The SWOT and PESTLE boards: adding cards, moving them by keyboard, by the "Move to…" menu
// and by drag and drop, all surviving a reload; TOWS strategies whose source is deleted; axe.
import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

async function newPlan(name = 'Board plan') {
  await page.goto(url);
  await ready(page);
  await page.fill('#new-plan-name', name);
  await page.click('[data-testid=create-plan]');
  await page.waitForSelector('#plan-name');
}

async function saved() {
  await page.waitForTimeout(500);
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

const cardsIn = (column) => page.locator(`[data-testid=column-${column}] .board-card .card-text`).allTextContents();

async function addCards(column, texts) {
  await page.click(`#add-${column}`);
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), `add-${column}`, 'the field stays ready');
}

test('cards are added by typing and Enter, and moved by keyboard alone', async () => {
  await newPlan();
  await nav(page, 'swot');
  await addCards('strengths', ['Loyal customers', 'Repair service']);
  await addCards('weaknesses', ['Small budget']);
  assert.deepEqual(await cardsIn('strengths'), ['Loyal customers', 'Repair service']);
  assert.equal(await page.textContent('[data-testid=column-strengths] .column-count [aria-hidden=true]'), '2');
  assert.equal(await page.textContent('[data-testid=column-strengths] .column-count .visually-hidden'), '2 cards');

  // Focus the first strength with Tab, pick it up with Space, move it right and down, drop.
  const card = page.locator('[data-testid=column-strengths] .board-card').first();
  const id = await card.getAttribute('id');
  await page.focus('#add-weaknesses');
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) break;
    await page.keyboard.press('Shift+Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), id, 'reached by Tab');
  await page.keyboard.press('Space');
  assert.match(await page.textContent('[data-testid=board-announce]'), /Picked up “Loyal customers”/);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-weaknesses]').textContent.includes('Loyal customers'));
  assert.equal(await page.evaluate(() => document.activeElement.id), id, 'focus follows the card');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  assert.match(await page.textContent('[data-testid=board-announce]'), /Dropped “Loyal customers” in Weaknesses, position 2 of 2/);
  assert.deepEqual(await cardsIn('weaknesses'), ['Small budget', 'Loyal customers']);
  assert.deepEqual(await cardsIn('strengths'), ['Repair service']);

  // Escape puts a lifted card back.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-weaknesses] .card-text').textContent === 'Loyal customers');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-weaknesses] .card-text').textContent === 'Small budget');
  // The arrows follow the 2×2 SWOT as shown: Down from the bottom of Weaknesses is Threats,
  // the box below it (issue 14), and Escape puts it back again.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.board-columns')).gridTemplateColumns.split(' ').length), 2);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-threats]').textContent.includes('Loyal customers'));
  assert.match(await page.textContent('[data-testid=board-announce]'), /^Threats, position 1 of/);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[data-testid=column-threats]').textContent.includes('Loyal customers'));

  await saved();
  await page.reload();
  await ready(page);
  assert.deepEqual(await cardsIn('weaknesses'), ['Small budget', 'Loyal customers']);
  assert.deepEqual(await cardsIn('strengths'), ['Repair service']);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('the "Move to…" menu moves a card with a single pointer, and drag and drop works', async () => {
  await newPlan();
  await nav(page, 'pestle');
  await addCards('economic', ['Rising prices']);
  await addCards('social', ['More people run', 'Remote work']);
  const first = page.locator('[data-testid=column-economic] .board-card').first();
  await first.hover();
  await first.locator('select.card-move').selectOption('legal');
  assert.deepEqual(await cardsIn('economic'), ['Rising prices'], 'choosing alone moves nothing');
  await first.hover();
  await first.locator('button[id$="-go"]').click();
  assert.deepEqual(await cardsIn('legal'), ['Rising prices']);
  assert.deepEqual(await cardsIn('economic'), []);
  // Drag "Remote work" above "More people run".
  const remote = page.locator('[data-testid=column-social] .board-card', { hasText: 'Remote work' });
  const target = page.locator('[data-testid=column-social] .board-card', { hasText: 'More people run' });
  // Picked up by its text (its actions are buttons and a menu, not handles). Both cards on
  // screen first: the move above focused a card further down, and a drag does not scroll.
  await target.scrollIntoViewIfNeeded();
  await remote.dragTo(target, { sourcePosition: { x: 20, y: 8 }, targetPosition: { x: 20, y: 4 } });
  assert.deepEqual(await cardsIn('social'), ['Remote work', 'More people run']);
  // Into another column by dragging.
  await remote.dragTo(page.locator('[data-testid=column-political] .card-list'), { sourcePosition: { x: 20, y: 8 } });
  assert.deepEqual(await cardsIn('political'), ['Remote work']);
  await saved();
  await page.reload();
  await ready(page);
  assert.deepEqual(await cardsIn('legal'), ['Rising prices']);
  assert.deepEqual(await cardsIn('political'), ['Remote work']);
  assert.deepEqual(await cardsIn('social'), ['More people run']);
});

test('editing, rating, deleting with undo, and the matrix ranking', async () => {
  await newPlan();
  await nav(page, 'pestle');
  await addCards('legal', ['Green claims']);
  await addCards('economic', ['Prices rise']);
  const legal = page.locator('[data-testid=column-legal] .board-card').first();
  await legal.locator('.card-text').dblclick();
  await page.waitForFunction(() => document.activeElement?.classList.contains('card-edit'));
  await page.keyboard.press('End');
  await page.keyboard.type(' rules');
  await page.keyboard.press('Enter');
  assert.deepEqual(await cardsIn('legal'), ['Green claims rules']);
  const rate = async (card, impact, likelihood) => {
    await card.locator(`[data-rating=impact] button[data-value="${impact}"]`).click();
    await card.locator(`[data-rating=likelihood] button[data-value="${likelihood}"]`).click();
  };
  await rate(legal, 5, 4);
  await rate(page.locator('[data-testid=column-economic] .board-card').first(), 3, 3);
  const rows = await page.locator('[data-testid=pestle-ranking] tbody tr').allTextContents();
  assert.match(rows[0], /Green claims rules.*5420/);
  assert.match(rows[1], /Prices rise.*339/);
  const labels = await page.locator('[data-testid=pestle-matrix] svg text').allTextContents();
  assert.ok(labels.map((t) => t.trim()).includes('1') && labels.map((t) => t.trim()).includes('2'));
  assert.match(await page.getAttribute('[data-testid=pestle-matrix]', 'aria-label'), /highest is “Green claims rules” at 20 of 25/);
  // Delete, then undo from the note.
  const economic = page.locator('[data-testid=column-economic] .board-card').first();
  await economic.hover();
  await economic.getByRole('button', { name: 'Delete “Prices rise”' }).click();
  assert.deepEqual(await cardsIn('economic'), []);
  await page.locator('.board-toast').getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await cardsIn('economic'), ['Prices rise']);
  assert.deepEqual(problems.errors, []);
});

test('keyboard: deleting moves focus to the neighbour, is said once, and Undo brings card and focus back', async () => {
  await newPlan();
  await nav(page, 'swot');
  await addCards('strengths', ['First', 'Second', 'Third']);
  await addCards('threats', ['Alone']);
  const focusedCard = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
  // Each card is named by its text; the keyboard help is said once, for the board.
  assert.equal(await page.getAttribute('[data-testid=column-strengths] .board-card >> nth=1', 'aria-label'), 'Second');
  assert.equal(await page.locator('.board-card[aria-describedby]').count(), 0);
  assert.match(await page.getAttribute('.board', 'aria-describedby'), /-help$/);
  // Delete "Second" from its button with the keyboard: focus goes to "Third".
  await page.focus('[data-testid=column-strengths] .board-card >> nth=1 >> [data-testid=card-delete]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Third');
  assert.deepEqual(await cardsIn('strengths'), ['First', 'Third']);
  assert.equal(await page.textContent('[data-testid=board-announce]'), 'Deleted “Second”.');
  // The note is in the column where the user is, says Ctrl+Z, and is not a second announcement.
  const note = page.locator('[data-testid=column-strengths] [data-testid=board-undo]');
  assert.equal(await note.count(), 1);
  assert.equal(await note.getAttribute('role'), null);
  const undo = note.getByRole('button', { name: 'Undo (Ctrl+Z)' });
  assert.equal(await undo.getAttribute('aria-keyshortcuts'), 'Control+Z');
  await undo.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Second');
  assert.deepEqual(await cardsIn('strengths'), ['First', 'Second', 'Third']);
  assert.equal(await page.locator('[data-testid=board-undo]').count(), 0);
  // The last card of a column: focus goes to the column's field that adds one.
  await page.focus('[data-testid=column-threats] .board-card >> [data-testid=card-delete]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'add-threats');
  // The first card of a column with others: focus goes to the one after it.
  await page.focus('[data-testid=column-strengths] .board-card >> nth=0 >> [data-testid=card-delete]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Second');
  assert.notEqual(await focusedCard(), null);
  assert.deepEqual(problems.errors, []);
});

test('every change to a card is said in the board\'s live region', async () => {
  await newPlan();
  await nav(page, 'swot');
  const said = () => page.textContent('[data-testid=board-announce]');
  await addCards('strengths', ['Loyal fans']);
  assert.equal(await said(), 'Added “Loyal fans” to Strengths.');
  const card = page.locator('[data-testid=column-strengths] .board-card').first();
  await card.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('card-edit'));
  await page.keyboard.press('End');
  await page.keyboard.type(' club');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Changed to “Loyal fans club”.');
  await card.locator('[data-rating=weight] button[data-value="4"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Weight of “Loyal fans club”: 4.');
  await card.locator('button[aria-controls^=details-]').click();
  await card.locator('select[id^=conf-]').selectOption('evidence');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Confidence of “Loyal fans club”: Evidence.');
  await card.locator('select.card-move').selectOption('opportunities');
  await card.locator('button[id$="-go"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent.startsWith('Moved “Loyal fans club” to Opportunities'));
  assert.deepEqual(await cardsIn('opportunities'), ['Loyal fans club']);
  assert.deepEqual(problems.errors, []);
});

/** The cards of `board` ('swot' or 'pestle') as stored, once the autosave has written them. */
async function storedCards(board) {
  await saved();
  return page.evaluate((b) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('waymark:default:plan:'));
    return JSON.parse(localStorage.getItem(key)).plan[b].cards;
  }, board);
}

/** Presses Tab until `selector` has the focus (at most `max` times). */
async function tabTo(selector, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('ratings are set on the card in one keypress: stored, said, focus kept, arrows change nothing (issue 14)', async () => {
  await newPlan();
  await nav(page, 'swot');
  const said = () => page.textContent('[data-testid=board-announce]');
  await addCards('strengths', ['Loyal fans']);
  const card = page.locator('[data-testid=column-strengths] .board-card').first();
  // The weight shows on the card, labelled, with no value yet.
  const weight = card.locator('[data-rating=weight]');
  assert.equal(await weight.getAttribute('role'), 'group');
  assert.equal(await page.textContent(`[id="${await weight.getAttribute('aria-labelledby')}"]`), 'Weight');
  assert.equal(await weight.locator('button[aria-pressed=true]').count(), 0);
  // From the card, Tab reaches the buttons; Enter on 3 sets it.
  await card.focus();
  await tabTo('[data-testid=column-strengths] [data-rating=weight] button[data-value="3"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Weight of “Loyal fans”: 3.');
  assert.equal(await weight.locator('button[data-value="3"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.value), '3', 'focus stays on the button');
  assert.equal((await storedCards('swot'))[0].weight, 3);
  // Arrow keys only move focus on the page: the stored plan stays as it is.
  for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) await page.keyboard.press(key);
  assert.equal((await storedCards('swot'))[0].weight, 3);
  // Tab on to 5 and Space: 5; Space again on the pressed one clears it.
  await tabTo('[data-testid=column-strengths] [data-rating=weight] button[data-value="5"]');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Weight of “Loyal fans”: 5.');
  assert.equal((await storedCards('swot'))[0].weight, 5);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Weight of “Loyal fans”: Not said.');
  assert.equal(await weight.locator('button[aria-pressed=true]').count(), 0);
  assert.equal((await storedCards('swot'))[0].weight, null);
  // The PESTLE: impact and likelihood, each from the card, and the ranking follows.
  await nav(page, 'pestle');
  await addCards('legal', ['Green claims']);
  const factor = page.locator('[data-testid=column-legal] .board-card').first();
  await factor.focus();
  await tabTo('[data-testid=column-legal] [data-rating=impact] button[data-value="5"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Impact of “Green claims”: 5.');
  await tabTo('[data-testid=column-legal] [data-rating=likelihood] button[data-value="4"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Likelihood of “Green claims”: 4.');
  const [stored] = await storedCards('pestle');
  assert.equal(stored.impact, 5);
  assert.equal(stored.likelihood, 4);
  assert.match((await page.locator('[data-testid=pestle-ranking] tbody tr').allTextContents())[0], /Green claims.*5420/);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-rating]')?.dataset.rating), 'likelihood');
  assert.deepEqual(problems.errors, []);
});

test('keyboard only on PESTLE: add, edit, move, delete and undo, with focus and what is said after each step', async () => {
  await newPlan();
  await nav(page, 'pestle');
  await addCards('economic', ['Interest rates rise']);
  const said = () => page.textContent('[data-testid=board-announce]');
  const focused = () => page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    id: document.activeElement?.id,
    label: document.activeElement?.getAttribute('aria-label'),
    testid: document.activeElement?.dataset.testid,
  }));
  const cardId = (text) => page.locator(`.board-card[aria-label="${text}"]`).getAttribute('id');

  // Add: type in Political's field and press Enter; focus stays in the field.
  await page.focus('#add-political');
  await page.keyboard.type('New trade tariff');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-political] .card-text')?.textContent === 'New trade tariff');
  assert.equal((await focused()).id, 'add-political');
  assert.equal(await said(), 'Added “New trade tariff” to Political.');

  // Edit: Shift+Tab back to the card, Enter opens its field, Enter saves; focus is on the card.
  const id = await cardId('New trade tariff');
  // (Past the card's own controls: its ratings, 1–5 each, and its actions.)
  for (let i = 0; i < 25 && (await focused()).id !== id; i++) await page.keyboard.press('Shift+Tab');
  assert.equal((await focused()).id, id, 'the card is reached by Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('card-edit'));
  await page.keyboard.press('End');
  await page.keyboard.type(' on steel');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]').textContent === 'Changed to “New trade tariff on steel”.');
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  assert.equal((await focused()).label, 'New trade tariff on steel');

  // Move: Space picks it up, → takes it to Economic, Space drops it; focus follows the card.
  await page.keyboard.press('Space');
  assert.equal(await said(), 'Picked up “New trade tariff on steel” in Political, position 1 of 1. Move it with the arrow keys; Space drops it, Escape puts it back.');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-economic]').textContent.includes('New trade tariff on steel'));
  assert.equal((await focused()).id, id, 'focus follows the card to its new column');
  assert.equal(await said(), 'Economic, position 1 of 2');
  await page.keyboard.press('Space');
  assert.equal(await said(), 'Dropped “New trade tariff on steel” in Economic, position 1 of 2.');
  assert.deepEqual(await cardsIn('economic'), ['New trade tariff on steel', 'Interest rates rise']);
  assert.deepEqual(await cardsIn('political'), []);
  assert.equal((await focused()).id, id);

  // Delete: Tab to the card's Delete button, Enter; focus goes to the card after it.
  for (let i = 0; i < 25 && (await focused()).testid !== 'card-delete'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).label, 'Delete “New trade tariff on steel”');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Interest rates rise');
  assert.deepEqual(await cardsIn('economic'), ['Interest rates rise']);
  assert.equal(await said(), 'Deleted “New trade tariff on steel”.');
  assert.equal(await page.locator('[data-testid=column-economic] [data-testid=board-undo]').count(), 1);

  // Undo with Ctrl+Z: the card is back where it was, focus on it, and the undo is said once.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-testid=column-economic] .card-text')?.textContent === 'New trade tariff on steel');
  await page.waitForFunction((id) => document.activeElement?.id === id, id);
  assert.deepEqual(await cardsIn('economic'), ['New trade tariff on steel', 'Interest rates rise']);
  assert.match(await page.textContent('[data-testid=undo-announce]'), /^Undid: /);
  assert.equal(await page.locator('[data-testid=board-undo]').count(), 0, 'the Undo note goes with the deletion it offered to undo');
  assert.notEqual(await said(), 'Deleted “New trade tariff on steel”.', 'the board no longer says the card is deleted');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.console, []);
});

test('a strategy keeps its links, and says so when a source card is deleted', async () => {
  await newPlan();
  await nav(page, 'swot');
  await addCards('strengths', ['Repair service']);
  await addCards('opportunities', ['Running clubs']);
  await nav(page, 'tows');
  await page.selectOption('#tows-internal', { label: 'Repair service' });
  await page.selectOption('#tows-external', { label: 'Running clubs' });
  await page.fill('#tows-text', 'Free repairs for club members');
  await page.click('[data-testid=tows-new] button[type=submit]');
  const so = page.locator('[data-testid=tows-so] [data-testid=strategy]');
  assert.equal(await so.count(), 1);
  assert.match(await so.textContent(), /Repair service.*Running clubs/);
  // Delete the opportunity on the SWOT: the strategy says so, and nothing crashes.
  await nav(page, 'swot');
  const card = page.locator('[data-testid=column-opportunities] .board-card').first();
  await card.hover();
  await card.getByRole('button', { name: 'Delete “Running clubs”' }).click();
  assert.match(await page.textContent('[data-testid=checks]'), /A strategy lost one of its sources/);
  await nav(page, 'tows');
  assert.match(await page.textContent('[data-testid=tows-broken]'), /Deleted card: “Running clubs”/);
  assert.equal(await page.locator('[data-testid=tows-so] [data-testid=strategy]').count(), 0);
  // Undo brings the card back, and the strategy is whole again; redo deletes it again.
  await page.click('[data-testid=undo]');
  assert.equal(await page.locator('[data-testid=tows-so] [data-testid=strategy]').count(), 1);
  assert.equal(await page.locator('[data-testid=tows-broken]').count(), 0);
  await page.click('[data-testid=redo]');
  await saved();
  await page.reload();
  await ready(page);
  assert.match(await page.textContent('[data-testid=tows-broken]'), /Deleted card: “Running clubs”/);
  assert.deepEqual(problems.errors, []);
});

test('axe: no serious or critical violation on both boards and the strategies', async () => {
  await page.goto(url);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('[data-testid=step-title]');
  for (const route of ['swot', 'pestle', 'tows']) {
    await nav(page, route);
    await page.waitForTimeout(150);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], route);
  }
});

test('phone width: quadrants stack without sideways scrolling', async () => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const p = await phone.newPage();
  await p.goto(url);
  await ready(p);
  await p.click('[data-testid=open-example]');
  await p.waitForSelector('[data-testid=step-title]');
  for (const route of ['swot', 'pestle', 'tows']) {
    await nav(p, route);
    await p.waitForTimeout(100);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${route} scrolls sideways by ${overflow}px`);
  }
  await phone.close();
});
