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
  assert.equal(await title(), 'Budget');
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
    'Creative idea', 'Marketing mix', 'Tactics by channel', 'Budget']) {
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
