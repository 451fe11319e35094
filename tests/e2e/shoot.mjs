// Screenshots for people to look at: `node shoot.mjs OUTDIR [--locales=en,sv] [--scenes=a,b]
// [--widths=desktop,laptop,phone,projector,projector-xga] [--dark]` saves each scene of the release
// build (dist/, or $WAYMARK_DIST) in each language at 1280x800 (desktop), 1366x768 (laptop, the
// commonest small-business laptop), 390x844 (phone),
// 1920x1080 (projector) or 1024x768 (projector-xga, an older projector), full page (with
// --viewport, only what the first screen shows: the header and menus at their real size).
import { mkdirSync } from 'node:fs';
import { launch, serveDist, ready } from './lib.mjs';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--')) || 'artifacts/shots';
const opt = (name, fallback) => (args.find((a) => a.startsWith(`--${name}=`)) || `=${fallback}`).split('=')[1].split(',');
const locales = opt('locales', 'en,sv,lv,id,zh-Hant');
const widths = opt('widths', 'desktop,phone');
const dark = args.includes('--dark');
const fullPage = !args.includes('--viewport');
const SIZES = { desktop: [1280, 800], laptop: [1366, 768], phone: [390, 844], projector: [1920, 1080], 'projector-xga': [1024, 768] };

// Each scene starts from the example plan (opened from the welcome screen) unless it says
// otherwise, and leaves the page ready to be photographed.
const scenes = {
  welcome: { fresh: true, run: async () => {} },
  overview: { run: async (page) => { await page.click('a.nav-link[href="#/"]'); } },
  plans: { run: async (page) => { await page.waitForSelector('[data-testid=save-status][data-state=saved]'); await page.goto(page.url().replace(/#.*$/, '#/plans')); await page.waitForSelector('[data-testid=plan-item]'); } },
  'health-start': { run: async (page) => { await page.click('[data-testid=step-0]'); } },
  'health-customer': { run: async (page) => { await page.click('[data-testid=step-1]'); await page.click('[data-testid=prompt-customer-segments] summary'); } },
  'health-summary': { run: async (page) => { await page.click('[data-testid=step-5]'); } },
  swot: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/swot')); } },
  pestle: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/pestle')); } },
  tows: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/tows')); } },
  personas: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/personas')); } },
  journey: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/journey')); } },
  team: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/team')); } },
  attribution: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/attribution')); } },
  objectives: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/objectives')); } },
  creative: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/creative')); } },
  engagement: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/engagement')); } },
  mix: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/mix')); } },
  monitor: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/monitor')); } },
  report: { run: async (page) => { await page.goto(page.url().replace(/#.*$/, '#/report')); await page.waitForTimeout(300); } },
  // Presentation mode (best at --widths=projector): opened with the Present button from the
  // SWOT, a workshop timer running; then, when asked for by name, every kind of slide
  // (present-overview … present-ownership) and a zoomed card (present-zoom).
  present: { run: async (page) => {
    await page.goto(page.url().replace(/#.*$/, '#/swot'));
    await page.click('[data-testid=present]');
    await page.waitForSelector('[data-testid=present][data-slide=swot]');
    await page.click('[data-testid=present-timer-toggle]');
    await page.waitForTimeout(1200);
  } },
  'present-zoom': { optIn: true, run: async (page) => {
    await slide(page, 'swot');
    await page.click('[data-testid=present-zoom] >> nth=0');
    await page.waitForSelector('[data-testid=present-zoom-layer]');
  } },
  'present-capture': { optIn: true, run: async (page) => {
    await slide(page, 'swot');
    await page.click('[data-testid=present-capture-toggle]');
    await page.waitForSelector('[data-testid=present-capture]');
    await page.keyboard.type('Run-club partnership on Sundays');
    await page.keyboard.press('Enter');
    await page.mouse.move(10, 10);
  } },
  ...Object.fromEntries(['overview', 'health', 'swot', 'pestle', 'tows', 'personas', 'journey', 'objective', 'creative', 'mix', 'tactics', 'budget', 'ownership']
    .map((kind) => [`present-${kind}`, { optIn: true, run: async (page) => { await slide(page, kind); } }])),
};

/** Opens presentation mode on the first slide whose key starts with `prefix`. */
async function slide(page, prefix) {
  await page.goto(page.url().replace(/#.*$/, '#/present/overview'));
  const deck = page.locator('[data-testid=present]');
  await deck.waitFor();
  for (let i = 0; i < 40; i++) {
    const key = await deck.getAttribute('data-slide');
    if (key.startsWith(prefix)) return;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => document.querySelector('[data-testid=present]')?.dataset.slide !== k, key);
  }
  throw new Error(`no slide "${prefix}"`);
}
// Scenes marked optIn (one per kind of slide) are taken only when named in --scenes.
const chosen = opt('scenes', Object.keys(scenes).filter((name) => !scenes[name].optIn).join(','));

mkdirSync(out, { recursive: true });
const { server, url } = await serveDist();
const browser = await launch();
for (const width of widths) {
  const [w, h] = SIZES[width];
  for (const locale of locales) {
    for (const name of chosen) {
      const scene = scenes[name];
      const context = await browser.newContext({ viewport: { width: w, height: h }, locale, colorScheme: dark ? 'dark' : 'light' });
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      if (!scene.fresh) {
        await page.click('[data-testid=open-example]');
        await page.waitForSelector('[data-testid=step-title]');
      }
      await scene.run(page);
      await page.waitForTimeout(300);
      // Not caught at "Saving…": the header as a user sees it once the plan is stored.
      await page.waitForSelector('[data-testid=save-status][data-state=saved]', { timeout: 5000 }).catch(() => {});
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: `${out}/${name}-${width}-${locale}${dark ? '-dark' : ''}.png`, fullPage });
      await context.close();
    }
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
