// The benchmark (not a test: it measures and reports, it does not pass or fail).
//   node bench.mjs [REPORT.md]
// 1. First-visit transfer: every file the first visit fetches, raw, gzip -9 and brotli -11.
// 2. Cold start to interactive: fresh browser context (empty cache), navigation start to the
//    app's `waymark:interactive` mark; median of 5, with an empty store and with a large plan.
// 2b. First paint and first usable control, beside a static reference page of the same gzip
//    size served by the same server (a ratio survives a noisy machine): first contentful paint,
//    and the first moment a control works (the theme select changes the theme).
// 2c. Lighthouse (mobile) performance, accessibility and best practices of both, when
//    tests/bench has its npm packages (scripts/bench.sh installs them).
// 3. Keystroke to paint on a large plan: for each key typed into the description, the time
//    from the key event to the next frame after it was handled; plus Event Timing's count of
//    keystrokes that took longer than a 16 ms frame.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve } from './server.mjs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { launch, serveDist, ready, DIST, ROOT } from './lib.mjs';

const reportPath = process.argv[2] || '../../target/bench-report.md';
const BUDGET_KB = 400, AIM_KB = 250, START_BUDGET_MS = 300, FRAME_MS = 16;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const kb = (n) => (n / 1024).toFixed(1);

// A large plan: every field at or near its limit. Later sections add their own bulk here.
function largePlan() {
  const now = Date.now();
  const sentence = 'Our customers compare prices across three competitors before they buy running shoes online. ';
  return {
    format: 'waymark-plan', version: 1,
    plan: {
      id: 'p-benchmark00000001',
      meta: { name: 'Benchmark plan '.repeat(8).trim().slice(0, 120), description: sentence.repeat(220).slice(0, 19900), created: now, updated: now, locale: 'en' },
      // Every health-check prompt answered at length, rated and sourced.
      health: {
        start: { now: sentence.repeat(40), goal: sentence.repeat(10), future_state: sentence.repeat(10), scope: 'annual',
          resources: Object.fromEntries(['people', 'budget', 'time', 'expertise'].map((k) => [k, { have: sentence.repeat(8), gap: sentence.repeat(8) }])) },
        answers: Object.fromEntries(PROMPTS.map((k, i) => [k, { text: sentence.repeat(50), rating: (i % 5) + 1, evidence_kind: 'data', evidence: sentence.repeat(5) }])),
        step: 'customer',
      },
      // 500 cards across both boards, each with notes and ratings, and 40 strategies.
      swot: { cards: cards(250, ['strengths', 'weaknesses', 'opportunities', 'threats'], 'sw') },
      pestle: { cards: cards(250, ['political', 'economic', 'social', 'technological', 'legal', 'environmental'], 'pe') },
      journey: journey(),
      tows: Array.from({ length: 40 }, (_, i) => ({
        id: `s-bench${i}`, internal: { card: `c-sw${i * 4}` }, external: { card: `c-sw${i * 4 + 2}` },
        text: sentence.repeat(2),
      })),
    },
  };
}
// 5 personas × 20 stages × 10 touchpoints, every lane of every stage written.
function journey() {
  const channels = ['search', 'social', 'email', 'sms', 'display', 'online_video', 'website', 'app', 'review_sites', 'outdoor'];
  const stages = Array.from({ length: 20 }, (_, s) => ({ id: `g-bench${s}`, name: `Stage ${s + 1}` }));
  const personas = Array.from({ length: 5 }, (_, p) => ({
    id: `u-bench${p}`, name: `Persona ${p + 1}`, segment: 'Runners aged 18–35', goals: 'Run a half marathon',
    needs: 'Comfort', pains: 'Too many choices', life_stage: 'Working', places: 'Instagram', media: ['text', 'video'],
  }));
  const lane = 'Compares prices across three competitors before buying.';
  const journeys = personas.map((p, pi) => ({
    persona: p.id,
    cells: stages.map((s, si) => ({ stage: s.id, goal: lane, message: lane, when: lane, why: lane, thoughts: lane, friction: lane, opportunities: lane, kpi: 'Conversion rate', emotion: (si % 5) - 2 })),
    touchpoints: stages.flatMap((s, si) => Array.from({ length: 10 }, (_, k) => ({
      id: `t-b${pi}x${si}x${k}`, stage: s.id, channel: channels[k], ownership: ['paid', 'owned', 'earned'][k % 3],
      role: ['discoverer', 'goal_scorer', 'both'][k % 3], note: 'Brand ad',
    }))),
  }));
  return { personas, stages, journeys, attribution: { path: [], value_cents: 0 } };
}
function cards(n, columns, prefix) {
  return Array.from({ length: n }, (_, i) => ({
    id: `c-${prefix}${i}`, column: columns[i % columns.length],
    text: `Card ${i}: customers compare prices across three competitors`, notes: 'Evidence from the 2026 survey.',
    confidence: i % 2 ? 'evidence' : 'assumption',
    ...(prefix === 'sw' ? { weight: (i % 5) + 1 } : { impact: (i % 5) + 1, likelihood: ((i * 3) % 5) + 1 }),
  }));
}
const PROMPTS = ['customer-segments', 'customer-awareness', 'customer-reputation', 'customer-competition',
  'business-strategy', 'business-positioning', 'business-partners', 'business-identity',
  'external-consumers', 'external-media', 'external-affiliates', 'external-environment',
  'internal-budget', 'internal-culture', 'internal-expertise', 'internal-capacity'];

async function withStoredPlan(context, plan) {
  await context.addInitScript(([doc]) => {
    if (localStorage.getItem('waymark:default:settings')) return;
    localStorage.setItem(`waymark:default:plan:${doc.plan.id}`, JSON.stringify(doc));
    localStorage.setItem('waymark:default:settings', JSON.stringify({ format: 'waymark-settings', version: 1, settings: { current_plan: doc.plan.id } }));
  }, [plan]);
}

const { server, url } = await serveDist();
const browser = await launch();

// 1. Sizes: every file a first visit actually fetches (index.html, its assets, and the locale
// file the app fetches before its first render), measured from dist/ raw, gzip -9, brotli -11.
// What the app fetches once the browser is idle (the lazily loaded parts) is not the first
// visit: the app marks "waymark:prefetch" when it starts that.
async function firstVisitFiles(locale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  const fetched = await page.evaluate(() => {
    const mark = performance.getEntriesByName('waymark:prefetch')[0];
    const before = mark ? mark.startTime : Infinity;
    return [location.href, ...performance.getEntriesByType('resource')
      .filter((e) => e.startTime < before).map((e) => e.name)];
  });
  await context.close();
  return fetched.map((u) => decodeURIComponent(new URL(u).pathname.replace(/^\//, '')) || 'index.html');
}
const firstVisit = new Set(await firstVisitFiles('en-GB'));
const sizes = [...firstVisit].filter((f) => statSync(join(DIST, f), { throwIfNoEntry: false })?.isFile()).map((f) => {
  const body = readFileSync(join(DIST, f));
  return {
    file: f, raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const unlisted = readdirSync(DIST, { recursive: true }).filter((f) => statSync(join(DIST, f)).isFile() && !/\.(br|gz)$/.test(f) && !firstVisit.has(f));

async function coldStart(plan) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    if (plan) await withStoredPlan(context, plan);
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    runs.push(await page.evaluate(() => {
      const mark = performance.getEntriesByName('waymark:interactive')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { interactive: mark.startTime, domContentLoaded: nav.domContentLoadedEventEnd };
    }));
    await context.close();
  }
  return { interactive: median(runs.map((r) => r.interactive)), dcl: median(runs.map((r) => r.domContentLoaded)), all: runs.map((r) => r.interactive) };
}

const startEmpty = await coldStart(null);

// 2b. The reference: a static page with a header, a paragraph and a theme select whose handler
// comes with a script of random text, sized so the page's gzip total equals Waymark's first
// visit. It paints as soon as its HTML arrives and works once its script has run.
const REF = join(ROOT, 'target', 'bench-reference');
function writeReference(gzipBytes) {
  rmSync(REF, { recursive: true, force: true });
  mkdirSync(REF, { recursive: true });
  const html = `<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference</title>
<meta name="description" content="A static page of the same size as Waymark's first visit.">
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header{padding:12px 24px;border-bottom:1px solid #ccc}
main{padding:24px}[data-theme=dark] body{background:#111;color:#eee}</style>
<script type="module" src="payload.js"></script></head><body><header><strong>Reference</strong>
<label>Theme <select id="theme"><option>light</option><option>dark</option></select></label></header>
<main><h1>Know where you are before the map helps</h1><p>A static page of the same size.</p></main></body></html>`;
  writeFileSync(join(REF, 'index.html'), html);
  const handler = `\ndocument.getElementById('theme').addEventListener('change', (e) => { document.documentElement.dataset.theme = e.target.value; });\n`;
  let n = Math.max(0, gzipBytes - gzipSync(html).length) * 1.3;
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = `/*${randomBytes(Math.ceil(n * 0.75)).toString('base64').slice(0, Math.floor(n))}*/${handler}`;
    const got = gzipSync(html, { level: 9 }).length + gzipSync(body, { level: 9 }).length;
    n *= gzipBytes / got;
  }
  writeFileSync(join(REF, 'payload.js'), body);
  return gzipSync(html, { level: 9 }).length + gzipSync(body, { level: 9 }).length;
}
const refGzip = writeReference(total.gzip);
const ref = await serve({ root: REF });
const refUrl = ref.url;

// Clicks the theme select's "dark" as soon as it exists, every 4 ms, until the theme changes:
// the first usable control is the moment of the click that worked.
const USABLE = `(() => {
  const t0 = performance.now();
  const poll = () => {
    const el = document.getElementById('theme');
    if (!el) return setTimeout(poll, 4);
    const at = performance.now();
    el.value = 'dark';
    el.dispatchEvent(new Event('change', { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => {
      if (document.documentElement.getAttribute('data-theme') === 'dark') window.__usable = at;
      else poll();
    }, 0));
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', poll); else poll();
})();`;
async function paintAndUse(address, runs = 5) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    await context.addInitScript(USABLE);
    const page = await context.newPage();
    await page.goto(address);
    await page.waitForFunction(() => window.__usable !== undefined, null, { timeout: 15000 });
    out.push(await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      usable: window.__usable,
    })));
    await context.close();
  }
  return { fcp: median(out.map((r) => r.fcp)), usable: median(out.map((r) => r.usable)) };
}
const startWaymark = await paintAndUse(url);
const startReference = await paintAndUse(refUrl);

// 2c. Lighthouse, mobile (its default: a simulated mid-range phone on a slow 4G line).
const LIGHTHOUSE = join(ROOT, 'tests', 'bench', 'node_modules', 'lighthouse', 'cli', 'index.js');
async function lighthouse(address) {
  if (!existsSync(LIGHTHOUSE)) return null;
  const out = join(ROOT, 'target', `lighthouse-${Math.random().toString(36).slice(2)}.json`);
  await promisify(execFile)(process.execPath, [LIGHTHOUSE, address, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
  { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, maxBuffer: 1 << 26 });
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
  const ms = (a) => lhr.audits[a]?.numericValue ?? NaN;
  return {
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'),
    fcp: ms('first-contentful-paint'), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time'),
  };
}
const lhWaymark = await lighthouse(url).catch((e) => ({ error: String(e).slice(0, 200) }));
const lhReference = await lighthouse(refUrl).catch((e) => ({ error: String(e).slice(0, 200) }));
ref.server.close();
const startLarge = await coldStart(largePlan());

// 3. Keystrokes on the large plan, one case per place where people type at length.
async function keystrokes(hash, selector, prepare = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await withStoredPlan(context, largePlan());
  const page = await context.newPage();
  await page.goto(url + hash);
  await ready(page);
  await prepare(page);
  await page.evaluate(() => {
    window.__lat = [];
    // Event Timing reports only events whose duration (to the next paint) reaches 16 ms, which
    // includes the wait for vsync. What a keystroke costs is the work before a frame can be
    // painted: input delay plus handlers, processingEnd - startTime.
    window.__slow = 0;
    window.__worst = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(e.name)) continue;
        const work = e.processingEnd - e.startTime;
        window.__worst = Math.max(window.__worst, work);
        if (work > 16) window.__slow++;
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__lat.push(performance.now() - t0), 0));
    }, true);
  });
  await page.click(selector);
  await page.keyboard.press('End');
  const text = 'Repeat customers matter more than new ones. ';
  for (const ch of text.repeat(3)) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(ch === ' ' ? 60 : 25);
  }
  // Let the pause commit happen (apply + render of the large plan), then a blur commit.
  await page.waitForTimeout(1200);
  const commit = await page.evaluate(async (sel) => {
    const el = document.querySelector(sel);
    el.value += ' And one more.';
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const t0 = performance.now();
    el.blur();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, selector);
  await page.waitForTimeout(800);
  const keys = await page.evaluate(() => ({ lat: window.__lat, slow: window.__slow, worst: window.__worst }));
  await context.close();
  return { ...keys, commit };
}

const typing = [
  ['the overview: the plan description (19,900 characters)', await keystrokes('#/', '#plan-description')],
  ['the health check: an answer (every prompt answered at length)', await keystrokes('#/health', '#hc-customer-segments')],
  ['the SWOT: a new card (500 cards on the boards)', await keystrokes('#/swot', '#add-strengths')],
  ['the journey map: a lane (5 personas × 20 stages × 10 touchpoints)', await keystrokes('#/journey', 'textarea[id^="lane-goal-"]')],
];

// 4. Board actions on 500 cards: adding a card (Enter) and moving one by keyboard (Space, then
// arrow keys), each from the key event to the next frame after the board re-rendered.
async function boardActions() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await withStoredPlan(context, largePlan());
  const page = await context.newPage();
  await page.goto(url + '#/swot');
  await ready(page);
  const timeKey = (key) => page.evaluate((key) => new Promise((resolve) => {
    const t0 = performance.now();
    const target = document.activeElement;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  }), key);
  const add = [];
  await page.click('#add-strengths');
  for (let i = 0; i < 10; i++) {
    await page.evaluate((i) => { document.getElementById('add-strengths').value = `New card ${i}`; }, i);
    add.push(await timeKey('Enter'));
    await page.waitForTimeout(50);
  }
  const move = [];
  await page.focus('[data-testid=column-weaknesses] .board-card');
  await timeKey(' ');
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown']) {
    move.push(await timeKey(key));
    await page.waitForTimeout(50);
  }
  const cardCount = await page.locator('.board-card').count();
  await context.close();
  return { add, move, cardCount };
}
const board = await boardActions();

// 5. Journey actions on 5 personas × 20 stages × 10 touchpoints: adding a touchpoint and
// moving one to another stage through its menu.
async function journeyActions() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await withStoredPlan(context, largePlan());
  const page = await context.newPage();
  await page.goto(url + '#/journey');
  await ready(page);
  const timeChange = (selector, value) => page.evaluate(([selector, value]) => new Promise((resolve) => {
    const el = document.querySelector(selector);
    el.value = value;
    const t0 = performance.now();
    // The list only picks; its button acts (ui/choose.rs).
    document.getElementById(`${el.id}-go`).click();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
  }), [selector, value]);
  const add = [];
  for (let i = 0; i < 10; i++) {
    add.push(await timeChange('select.tp-add', 'email'));
    await page.waitForTimeout(50);
  }
  const move = [];
  for (let i = 0; i < 10; i++) {
    await page.locator('.touchpoints').first().locator('.tp-chip').first().click();
    const stage = await page.$eval('.touchpoints >> nth=0', (el) => {
      const select = el.querySelector('select[id$="-move"]');
      return [...select.options].map((o) => o.value).filter((v) => v.startsWith('g-'))[3];
    });
    move.push(await timeChange('.touchpoints select[id$="-move"]', stage));
    await page.waitForTimeout(50);
  }
  const touchpoints = await page.locator('.tp').count();
  await context.close();
  return { add, move, touchpoints };
}
const journeyTimes = await journeyActions();
await browser.close();
server.close();

const lines = [];
lines.push('# Waymark benchmark', '');
lines.push(`Run: ${new Date().toISOString()} · Chromium headless on this machine (${process.platform}, Node ${process.version}) · release build from dist/`, '');
lines.push('## First visit: what the browser downloads', '', 'Measured from the requests of a first visit in English (another language fetches its own locale file instead of en.ftl).', '');
lines.push('| file | raw KB | gzip KB | brotli KB |', '|---|---:|---:|---:|');
for (const s of sizes) lines.push(`| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
lines.push(`| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`, '');
lines.push(`Budget: at most ${BUDGET_KB} KB gzip (aim: under ${AIM_KB} KB). Result: ${kb(total.gzip)} KB gzip — ${total.gzip / 1024 <= BUDGET_KB ? 'within budget' : 'OVER BUDGET'}${total.gzip / 1024 <= AIM_KB ? ', under the aim' : ''}.`);
if (unlisted.length) lines.push(`Not fetched on a first visit: ${unlisted.join(', ')}.`);
lines.push('', '## Cold start to interactive (median of 5, empty cache, localhost)', '');
lines.push('| case | interactive ms | DOMContentLoaded ms | all runs (ms) |', '|---|---:|---:|---|');
lines.push(`| empty store (welcome screen) | ${startEmpty.interactive.toFixed(0)} | ${startEmpty.dcl.toFixed(0)} | ${startEmpty.all.map((x) => x.toFixed(0)).join(', ')} |`);
lines.push(`| large plan stored | ${startLarge.interactive.toFixed(0)} | ${startLarge.dcl.toFixed(0)} | ${startLarge.all.map((x) => x.toFixed(0)).join(', ')} |`, '');
lines.push(`Budget: interactive in under ${START_BUDGET_MS} ms on localhost — ${Math.max(startEmpty.interactive, startLarge.interactive) < START_BUDGET_MS ? 'met' : 'NOT MET'}.`);
lines.push('', '## First paint and first usable control, beside a static page of the same size', '');
lines.push(`The reference is a static page (header, heading, a theme select) whose script of random text makes its gzip total ${kb(refGzip)} KB, as Waymark's first visit (${kb(total.gzip)} KB); same server, same browser, empty cache, median of 5. "Usable" is the first click on the theme select that changes the theme.`, '');
lines.push('| page | first contentful paint ms | first usable control ms |', '|---|---:|---:|');
lines.push(`| Waymark | ${startWaymark.fcp.toFixed(0)} | ${startWaymark.usable.toFixed(0)} |`);
lines.push(`| static reference | ${startReference.fcp.toFixed(0)} | ${startReference.usable.toFixed(0)} |`);
lines.push(`| **ratio** | **${(startWaymark.fcp / startReference.fcp).toFixed(2)}×** | **${(startWaymark.usable / startReference.usable).toFixed(2)}×** |`, '');
lines.push('Issue 17 asks for a first paint at ≤ 0.6× Persona Lab\'s and a usable control at ≤ 1.0× (measured against that peer in its own run; this reference is a stand-in that needs no network).', '');
lines.push('## Lighthouse (mobile, simulated throttling)', '');
if (!lhWaymark) {
  lines.push('Not run: tests/bench has no Lighthouse (scripts/bench.sh installs it).');
} else {
  lines.push('| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms |', '|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, r] of [['Waymark', lhWaymark], ['static reference', lhReference]]) {
    if (r.error) lines.push(`| ${name} | failed: ${r.error} | | | | | |`);
    else lines.push(`| ${name} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} |`);
  }
}
lines.push('', '## Keystroke to paint on a large plan', '');
lines.push('The large plan has every text field near its limit. Each case types 133 keystrokes into one field.', '');
lines.push('| where | key → next frame: median ms | p95 ms | max ms | longest keystroke work ms | keystrokes with over 16 ms of work | commit on blur → next frame ms |', '|---|---:|---:|---:|---:|---:|---:|');
for (const [where, k] of typing) {
  lines.push(`| ${where} | ${median(k.lat).toFixed(1)} | ${pct(k.lat, 0.95).toFixed(1)} | ${Math.max(...k.lat).toFixed(1)} | ${k.worst.toFixed(1)} | ${k.slow} | ${k.commit.toFixed(1)} |`);
}
lines.push('', `"Key → next frame" runs from the key event to the first frame after it was handled, so it includes waiting for vsync. "Work" is Event Timing's input delay plus handler time (processingEnd − startTime) for keystrokes slow enough to be reported at all (a 16 ms duration including the paint).`, '');
const slow = typing.reduce((n, [, k]) => n + k.slow, 0);
lines.push(`Budget: no keystroke over ${FRAME_MS} ms of work — ${slow === 0 ? 'met' : 'NOT MET'}.`);
lines.push('', '## Board actions with 500 cards', '');
lines.push(`The SWOT page of the large plan (${board.cardCount} cards on screen; 250 more on the PESTLE). Each action runs from the key event to the first frame after the board re-rendered.`, '');
lines.push('| action | median ms | max ms | runs |', '|---|---:|---:|---:|');
lines.push(`| add a card (Enter) | ${median(board.add).toFixed(1)} | ${Math.max(...board.add).toFixed(1)} | ${board.add.length} |`);
lines.push(`| move a picked-up card (arrow key) | ${median(board.move).toFixed(1)} | ${Math.max(...board.move).toFixed(1)} | ${board.move.length} |`);
lines.push('', '## Journey actions with 5 personas × 20 stages × 10 touchpoints', '');
lines.push(`The journey map of the large plan for one persona (${journeyTimes.touchpoints} touchpoints on screen, 1,000 in the plan). Each action runs from the change to the first frame after the map re-rendered.`, '');
lines.push('| action | median ms | max ms | runs |', '|---|---:|---:|---:|');
lines.push(`| add a touchpoint | ${median(journeyTimes.add).toFixed(1)} | ${Math.max(...journeyTimes.add).toFixed(1)} | ${journeyTimes.add.length} |`);
lines.push(`| move a touchpoint to another stage | ${median(journeyTimes.move).toFixed(1)} | ${Math.max(...journeyTimes.move).toFixed(1)} | ${journeyTimes.move.length} |`);
const report = lines.join('\n') + '\n';
mkdirSync(dirname(reportPath), { recursive: true });
writeFileSync(reportPath, report);
console.log(report);
console.log(`written to ${reportPath}`);
