// Presentation mode, with the keyboard only: from the example plan, Tab to the Present
// button and press Enter; the arrows, Page Up/Down, Space, Home and End move between slides;
// the workshop timer is set, started and keeps counting across slides, and says when time is
// up; a card is zoomed with Enter and Escape gives its focus back; Escape leaves for the page
// the facilitator came from. No editing chrome and no private note is on a slide; axe finds
// nothing serious; the dark theme, reduced motion and projector sizes hold.
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
  context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
  // Fake timers that run in real time until the test jumps ahead (the workshop timer).
  await context.clock.install();
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

function assertClean() {
  assert.deepEqual(problems.errors, [], 'no uncaught exception');
  assert.deepEqual(problems.console, [], 'no console error');
  assert.deepEqual(problems.outside, [], 'no request leaves the origin');
}

const focused = (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(selector, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await focused(selector)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

const slideKey = () => page.getAttribute('[data-testid=present]', 'data-slide');
const title = async () => (await page.textContent('[data-testid=present-title]')).trim();
const count = async () => (await page.textContent('[data-testid=present-count]')).trim();

/** Presses `key` and waits for another slide. */
async function move(key) {
  const was = await slideKey();
  await page.keyboard.press(key);
  await page.waitForFunction((k) => document.querySelector('[data-testid=present]')?.dataset.slide !== k, was);
}

/** Moves with Home, then ArrowRight, to the first slide whose key starts with `prefix`. */
async function moveTo(prefix) {
  if ((await count()).startsWith('Slide 1 ') === false) await move('Home');
  for (let i = 0; i < 30 && !(await slideKey()).startsWith(prefix); i++) await move('ArrowRight');
  assert.ok((await slideKey()).startsWith(prefix), `a slide ${prefix}`);
}

/** The example plan, opened from the welcome screen with the keyboard. */
async function openExample() {
  await page.goto(url);
  await ready(page);
  await tabTo('[data-testid=open-example]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=step-title]');
  await page.waitForSelector('[data-testid=save-status][data-state=saved]');
}

test('keyboard only: present, move, time an exercise, focus a card, leave', async () => {
  await openExample();
  const from = new URL(page.url()).hash;
  assert.equal(from, '#/health');

  // The Present button is in the header, reached with Tab.
  await tabTo('[data-testid=present]');
  assert.equal((await page.textContent('[data-testid=present]')).trim(), 'Present');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present]:not(button)');

  // It opens on the slide of the page it came from, with no editing chrome around it.
  assert.match(page.url(), /#\/present\/health$/);
  assert.equal(await title(), 'Health check');
  const total = Number((await count()).match(/^Slide 2 of (\d+)$/)?.[1]);
  assert.ok(total >= 12, `${total} slides`);
  for (const chrome of ['.app-header', '.app-nav', '.app-footer', '#plan-name', '[data-testid=undo]', '#language', '#theme', '[data-testid=plan-item]']) {
    assert.equal(await page.locator(chrome).count(), 0, `${chrome} is hidden`);
  }
  assert.ok(await focused('#present-title'), 'focus starts on the slide title');
  const keys = await page.textContent('[data-testid=present-keys]');
  for (const k of ['←', '→', 'PgUp', 'PgDn', 'Space', 'Home', 'End', 'Esc']) assert.ok(keys.includes(k), `hint shows ${k}`);
  assert.equal(await page.locator('.present-radar svg').count(), 1, 'the radar chart');

  // Arrows, Page Up/Down, Space, Home and End.
  await move('ArrowRight');
  assert.equal(await title(), 'SWOT');
  assert.equal(await count(), `Slide 3 of ${total}`);
  await move('PageDown');
  assert.equal(await title(), 'PESTLE');
  assert.equal(await count(), `Slide 4 of ${total}`);
  await move(' ');
  assert.equal(await title(), 'Strategies (TOWS)');
  await move('ArrowLeft');
  assert.equal(await title(), 'PESTLE');
  await move('PageUp');
  assert.equal(await title(), 'SWOT');
  await move('End');
  assert.equal(await title(), 'Paid, owned and earned, in each scenario');
  assert.equal(await count(), `Slide ${total} of ${total}`);
  await page.keyboard.press('ArrowRight');
  assert.equal(await count(), `Slide ${total} of ${total}`, 'the last slide stays the last');
  await move('Home');
  assert.equal(await title(), 'Example: Stride & Co. running shoes');
  assert.equal(await count(), `Slide 1 of ${total}`);
  // A move is said to screen readers.
  assert.equal(await page.textContent('[data-testid=present-announce]'), `Slide 1 of ${total}: Example: Stride & Co. running shoes`);

  // Every slide, read once: the titles of the method, and no private note anywhere.
  const titles = [];
  let text = '';
  for (let i = 0; i < total; i++) {
    titles.push(await title());
    text += await page.textContent('[data-testid=present]');
    if (i < total - 1) await move('ArrowRight');
  }
  for (const t of ['Health check', 'SWOT', 'PESTLE', 'Strategies (TOWS)', 'Personas', 'Journey of Weekend Anna', 'Journey of Loyal Lars',
    'Creative idea', 'Marketing mix', 'Tactics by channel', 'Budget', 'Paid, owned and earned, in each scenario']) {
    assert.ok(titles.includes(t), `a slide "${t}" in ${titles.join(' | ')}`);
  }
  assert.ok(titles.includes('Raise brand visibility for Product X among 18–35-year-olds in the UK by 20%'), 'an objective slide');
  for (const secret of [
    'Club runners ask whether Product X fits wide feet.', // the review log
    '£120, above big retailers\' green ranges.', // the mix's working notes
    'Survey of 400 customers, January.', // a health-check evidence note
    'Nobody for video or SEO.', // the resources gap analysis
  ]) {
    assert.ok(!text.includes(secret), `"${secret}" stays private`);
  }
  assert.ok(text.includes('Keep the price; explain the repairs; no discounts at launch.'), 'the mix decisions are shown');

  // The workshop timer: one minute, started from the keyboard, counting across slides.
  await move('Home');
  await tabTo('[data-testid=present-minutes]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  await page.keyboard.press('ArrowRight'); // inside the field: not a slide change
  assert.equal(await count(), `Slide 1 of ${total}`);
  await tabTo('[data-testid=present-timer-toggle]');
  assert.equal((await page.textContent('[data-testid=present-timer-toggle]')).trim(), 'Start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present-countdown]');
  assert.equal((await page.textContent('[data-testid=present-timer-toggle]')).trim(), 'Pause');
  assert.match(await page.textContent('.present-countdown-time'), /^0[01]:\d\d$/);
  await page.clock.fastForward(20_000);
  await page.waitForFunction(() => /^00:[34]\d$/.test(document.querySelector('.present-countdown-time')?.textContent ?? ''));
  await move('ArrowRight'); // focus is on the timer's button: arrows still move
  assert.equal(await count(), `Slide 2 of ${total}`);
  await page.clock.fastForward(10_000);
  await page.waitForFunction(() => /^00:[23]\d$/.test(document.querySelector('.present-countdown-time')?.textContent ?? ''));
  assert.equal(await page.textContent('[data-testid=present-timer-announce]'), '');
  await page.clock.fastForward(40_000);
  await page.waitForFunction(() => document.querySelector('[data-testid=present-timer-announce]')?.textContent === 'Time is up');
  assert.equal(await page.textContent('.present-countdown-time'), '00:00');
  assert.equal(await page.getAttribute('[data-testid=present-timer-announce]', 'aria-live'), 'assertive');
  await tabTo('[data-testid=present-timer-reset]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present-countdown]', { state: 'detached' });
  // Reset is disabled now: focus went to the minutes, ready for the next exercise.
  await page.waitForFunction(() => document.activeElement?.id === 'present-minutes');
  await page.keyboard.press('Tab');

  // Focus one card: Enter zooms it, Escape gives the focus back to it.
  await moveTo('swot');
  await tabTo('[data-testid=present-zoom]', { back: true });
  const card = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.match(card, /^Focus on “.+”$/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present-zoom-layer]');
  assert.ok(await focused('[data-testid=present-zoom-close]'), 'focus moves into the zoomed card');
  assert.equal(await page.getAttribute('[data-testid=present-zoom-layer]', 'role'), 'dialog');
  assert.ok((await page.textContent('[data-testid=present-zoom-layer]')).includes(card.slice(10, -1)));
  assert.equal(await page.locator('.present-stage[inert]').count(), 1, 'the slide behind is inert');
  await page.keyboard.press('ArrowRight');
  assert.equal(await slideKey(), 'swot', 'no slide change while a card is zoomed');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=present-zoom-layer]', { state: 'detached' });
  await page.waitForFunction((c) => document.activeElement?.getAttribute('aria-label') === c, card);
  assert.match(page.url(), /#\/present\/swot$/, 'Escape closed the card, not the presentation');
  // Space on the card's button zooms it too, and does not turn the slide.
  await page.keyboard.press(' ');
  await page.waitForSelector('[data-testid=present-zoom-layer]');
  assert.equal(await slideKey(), 'swot');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=present-zoom-layer]', { state: 'detached' });

  // Escape leaves, back to the page the facilitator came from, focus on the Present button.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app-header');
  assert.equal(new URL(page.url()).hash, from);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'present');
  assert.equal(await page.evaluate(() => document.fullscreenElement), null, 'full screen is left too');
  assertClean();
});

test('axe: no serious or critical violation on a slide, nor with a card zoomed', async () => {
  await openExample();
  await page.goto(`${url}#/present/swot`);
  await page.waitForSelector('[data-testid=present][data-slide=swot]');
  await page.waitForTimeout(300);
  const serious = async () => {
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  };
  assert.deepEqual(await serious(), []);
  await page.focus('[data-testid=present-zoom]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present-zoom-layer]');
  await page.waitForTimeout(300);
  assert.deepEqual(await serious(), []);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=present-zoom-layer]', { state: 'detached' });
  for (const kind of ['objective', 'budget', 'journey', 'health']) {
    await moveTo(kind);
    await page.waitForTimeout(300);
    assert.deepEqual(await serious(), [], kind);
  }
  assertClean();
});

test('without full screen, in the dark theme, with reduced motion: large, high contrast, still, read-only', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExample();
  await page.selectOption('#theme', 'dark');
  // An edit that Undo could take back.
  await page.goto(`${url}#/`);
  await page.fill('#plan-description', 'Changed before the workshop.');
  await page.locator('#plan-description').blur();
  await page.waitForSelector('[data-testid=undo]:not([disabled])');
  // Opened by its address: no full screen, and Escape goes to the overview.
  await page.goto(`${url}#/present/swot`);
  await page.waitForSelector('[data-testid=present][data-slide=swot]');
  assert.equal(await page.evaluate(() => document.fullscreenElement), null);
  const look = await page.evaluate(() => {
    const present = getComputedStyle(document.querySelector('.present'));
    const card = getComputedStyle(document.querySelector('.present-card p'));
    const slide = getComputedStyle(document.querySelector('.present-slide'));
    return { bg: present.backgroundColor, text: present.color, size: parseFloat(card.fontSize), animation: slide.animationName };
  });
  assert.equal(look.text, 'rgb(255, 255, 255)');
  const [r, g, b] = look.bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 60, `a dark background, ${look.bg}`);
  assert.ok(look.size >= 28, `card text is ${look.size}px at 1920x1080`);
  assert.equal(look.animation, 'none');
  // Read-only: the undo shortcut does nothing while presenting.
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app-header');
  assert.equal(new URL(page.url()).hash, '#/');
  assert.equal(await page.inputValue('#plan-description'), 'Changed before the workshop.');
  assertClean();
});

/**
 * The smallest chart text on each slide, in CSS pixels as the room sees it: each SVG text's
 * font size times the scale its chart is drawn at. Moves through every slide with End/Left.
 */
async function smallestChartText() {
  await page.goto(`${url}#/present/overview`);
  await page.waitForSelector('[data-testid=present][data-slide=overview]');
  const sizes = {};
  for (let i = 0; i < 40; i++) {
    const { slide, smallest } = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('.present-slide .chart svg text')];
      const px = texts.map((t) => {
        const m = t.getScreenCTM();
        return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 0);
      });
      return { slide: document.querySelector('[data-testid=present]').dataset.slide, smallest: px.length ? Math.min(...px) : null };
    });
    const kind = slide.replace(/-[uo]-.*/, '');
    if (smallest !== null) sizes[kind] = Math.min(sizes[kind] ?? Infinity, smallest);
    const [n, of] = (await count()).match(/\d+/g).map(Number);
    if (n === of) break;
    await move('ArrowRight');
  }
  return sizes;
}

test('charts are made for a projector: their smallest text is 24 px at 1920×1080, legible at 1024×768', async () => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExample();
  const large = await smallestChartText();
  assert.deepEqual(Object.keys(large).sort(), ['budget', 'health', 'objective', 'ownership'], 'the slides with charts');
  for (const [slide, px] of Object.entries(large)) assert.ok(px >= 24, `${slide}: chart text of ${px.toFixed(1)} px at 1920×1080`);
  await page.setViewportSize({ width: 1024, height: 768 });
  const small = await smallestChartText();
  for (const [slide, px] of Object.entries(small)) assert.ok(px >= 12, `${slide}: chart text of ${px.toFixed(1)} px at 1024×768`);
  // Nothing sideways: every chart fits its slide.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
  assertClean();
});

/** What the live region `testid` says now. */
const said = (testid) => page.evaluate((t) => document.querySelector(`[data-testid=${t}]`)?.textContent ?? '', testid);

test('live capture on the SWOT slide, keys only: add, edit, move, delete, undo, and the clicker still turns slides', async () => {
  await openExample();
  // Ctrl+Alt+P opens presentation mode from any page, on that page's slide.
  await page.goto(`${url}#/swot`);
  await page.waitForSelector('[data-testid=column-threats]');
  await page.keyboard.press('Control+Alt+KeyP');
  await page.waitForSelector('[data-testid=present][data-slide=swot]');
  assert.equal(await page.getAttribute('[data-testid=present-capture-toggle]', 'aria-pressed'), 'false');
  assert.equal(await page.locator('.present-capture').count(), 0, 'read-only until asked');

  // Turning capture on takes focus to the first field that adds a card.
  await tabTo('[data-testid=present-capture-toggle]', { back: true });
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present-capture]');
  await page.waitForFunction(() => document.activeElement?.id === 'add-strengths');
  assert.equal(await page.locator('[data-testid=present-capture] [data-testid=card-delete]').count() > 0, true);
  assert.equal(await page.locator('[data-testid=present-capture] button[aria-controls^=details-]').count(), 0, 'no details (private notes) on a slide');

  // Add: typed, Enter; said; the field stays ready.
  await page.keyboard.type('Workshop idea: trail-running club');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]')?.textContent.includes('trail-running club'));
  assert.equal(await said('board-announce'), 'Added “Workshop idea: trail-running club” to Strengths.');
  assert.ok(await focused('#add-strengths'));
  assert.equal(await slideKey(), 'swot');

  // Edit: Shift+Tab to the new card (the last of its column), Enter, type, Enter.
  await page.keyboard.press('Shift+Tab');
  const card = page.locator('[data-testid=column-strengths] .board-card').last();
  for (let i = 0; i < 8 && !(await page.evaluate(() => document.activeElement?.classList.contains('board-card'))); i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Workshop idea: trail-running club');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('card-edit'));
  await page.keyboard.press('End');
  await page.keyboard.type(' on Sundays');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Workshop idea: trail-running club on Sundays');
  assert.match(await said('board-announce'), /on Sundays/);

  // Move: Space lifts, → takes it to the next quadrant, Space drops; no slide turns meanwhile.
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]')?.textContent.startsWith('Dropped'));
  assert.equal(await said('board-announce'), 'Dropped “Workshop idea: trail-running club on Sundays” in Weaknesses, position 4 of 4.');
  assert.equal(await slideKey(), 'swot', 'arrows moved the card, not the slide');
  assert.equal(await page.locator('[data-testid=column-weaknesses] .board-card[aria-label="Workshop idea: trail-running club on Sundays"]').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Workshop idea: trail-running club on Sundays');
  // Escape inside the board is the board's: the presentation stays.
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  assert.match(page.url(), /#\/present\/swot$/);
  assert.equal(await page.locator('[data-testid=present-capture]').count(), 1);
  // Ctrl+Z after a move: the card goes back to Strengths with the focus, and it is said.
  await page.keyboard.press('Control+Z');
  await page.waitForSelector('[data-testid=column-strengths] .board-card[aria-label="Workshop idea: trail-running club on Sundays"]');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Workshop idea: trail-running club on Sundays');
  await page.waitForFunction(() => document.querySelector('[data-testid=present-undo]')?.textContent.startsWith('Undid'));
  await page.keyboard.press('Control+Shift+Z');
  await page.waitForSelector('[data-testid=column-weaknesses] .board-card[aria-label="Workshop idea: trail-running club on Sundays"]');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Workshop idea: trail-running club on Sundays');

  // Delete (Tab to its Delete button): said once, focus to a neighbour; Ctrl+Z brings it back.
  for (let i = 0; i < 8 && !(await focused('[data-testid=card-delete]')); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid=board-announce]')?.textContent.startsWith('Deleted'));
  assert.equal(await page.locator('.board-card[aria-label="Workshop idea: trail-running club on Sundays"]').count(), 0);
  // Focus goes to the neighbour card (the one before it: it was the last of its column).
  await page.waitForFunction(() => document.activeElement?.classList.contains('board-card'));
  await page.keyboard.press('Control+Z');
  await page.waitForSelector('.board-card[aria-label="Workshop idea: trail-running club on Sundays"]');
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Workshop idea: trail-running club on Sundays');
  await page.waitForFunction(() => document.querySelector('[data-testid=present-undo]')?.textContent.startsWith('Undid'));

  // A clicker's Page Down turns the slide even with focus on a card; capture is off there.
  await page.focus('.board-card[aria-label="Workshop idea: trail-running club on Sundays"]');
  await move('PageDown');
  assert.equal(await slideKey(), 'pestle');
  assert.equal(await page.locator('.present-capture').count(), 0);
  assert.equal(await page.getAttribute('[data-testid=present-capture-toggle]', 'aria-pressed'), 'false');

  // What was captured is in the plan.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.app-header');
  await page.goto(`${url}#/swot`);
  await page.waitForSelector('[data-testid=column-weaknesses] .board-card[aria-label="Workshop idea: trail-running club on Sundays"]');
  assertClean();
});

test('live capture on a journey slide: a touchpoint added by keys is said, and its stage shows it', async () => {
  await openExample();
  await page.goto(`${url}#/present/overview`);
  await page.waitForSelector('[data-testid=present]');
  await moveTo('journey');
  await page.click('[data-testid=present-capture-toggle]');
  await page.waitForSelector('[data-testid=present-capture]');
  await page.waitForFunction(() => document.activeElement?.id.startsWith('add-tp-'));
  const before = await page.locator('.present-capture .tp').count();
  // Arrows and letters only pick; the Add button adds.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('.present-capture .tp').count(), before, 'an arrow adds nothing');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.present-capture .tp').length === n + 1, before);
  assert.match(await said('journey-announce'), /^Added .+ to Awareness\.$/);
  assert.match(await slideKey(), /^journey-/, 'still on the journey slide');
  // The new touchpoint has the focus.
  await page.waitForFunction(() => document.activeElement?.classList.contains('tp-chip'));
  assertClean();
});

test('the workshop timer: tied to an exercise, said, Reset keeps focus, Page Down from its minutes', async () => {
  await openExample();
  await page.goto(`${url}#/present/swot`);
  await page.waitForSelector('[data-testid=present][data-slide=swot]');
  await page.selectOption('[data-testid=present-exercise]', 'Threats');
  await page.fill('[data-testid=present-minutes]', '5');
  await page.click('[data-testid=present-timer-toggle]');
  await page.waitForSelector('[data-testid=present-countdown]');
  assert.equal(await page.textContent('[data-testid=present-countdown-for]'), 'Threats');
  assert.equal(await said('present-timer-status'), 'Timer started: 5 minutes for Threats.');
  await page.click('[data-testid=present-timer-toggle]');
  assert.match(await said('present-timer-status'), /^Timer paused at 0[45]:\d\d\.$/);
  await page.focus('[data-testid=present-timer-reset]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=present-countdown]', { state: 'detached' });
  assert.equal(await said('present-timer-status'), 'Timer reset.');
  await page.waitForFunction(() => document.activeElement?.id === 'present-minutes');
  // Page Down (a presenter's clicker) turns the slide from the minutes field.
  await move('PageDown');
  assert.equal(await slideKey(), 'pestle');
  assertClean();
});

test('a clean audience view: the controls fade out while the pointer rests and come back on a move or on Tab', async () => {
  await openExample();
  await page.goto(`${url}#/present/swot`);
  await page.waitForSelector('[data-testid=present][data-slide=swot]');
  await page.click('[data-testid=present-timer-toggle]');
  await page.focus('#present-title');
  await page.mouse.move(400, 300);
  assert.equal(await page.getAttribute('[data-testid=present]', 'data-idle'), 'false');
  await page.clock.fastForward(3500);
  await page.waitForSelector('[data-testid=present][data-idle=true]');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.present-nav')).opacity === '0');
  // The running countdown is the room's: it stays.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.present-countdown')).opacity), '1');
  await page.mouse.move(500, 400);
  await page.waitForSelector('[data-testid=present][data-idle=false]');
  await page.clock.fastForward(3500);
  await page.waitForSelector('[data-testid=present][data-idle=true]');
  // Keyboard users: the bar shows itself when focus enters it.
  await tabTo('[data-testid=present-next]');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.present-nav')).opacity === '1');
  assertClean();
});
