// Screenshots for people to look at: `node shoot.mjs OUTDIR [--create]` saves the app at
// 1280x800 and 390x844 in every language (and dark theme at desktop), from a fresh build.
import { mkdirSync } from 'node:fs';
import { launch, serveDist, ready } from './lib.mjs';

const out = process.argv[2] || 'artifacts/shots';
const create = process.argv.includes('--create');
mkdirSync(out, { recursive: true });
const { server, url } = await serveDist();
const browser = await launch();
const locales = ['en', 'sv', 'lv', 'id', 'zh-Hant'];
for (const [w, h, tag] of [[1280, 800, 'desktop'], [390, 844, 'phone']]) {
  for (const locale of locales) {
    const context = await browser.newContext({ viewport: { width: w, height: h }, locale });
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    if (create) {
      await page.fill('#new-plan-name', 'Spring launch 2027');
      await page.click('[data-testid=create-plan]');
      await page.fill('#plan-description', 'We sell sustainable running shoes online. This plan should grow repeat purchases among 25–40-year-olds this year.');
      await page.locator('#plan-description').blur();
      await page.waitForTimeout(700);
    }
    await page.screenshot({ path: `${out}/${tag}-${locale}${create ? '-plan' : ''}.png`, fullPage: true });
    if (tag === 'desktop' && locale === 'en') {
      await page.selectOption('#theme', 'dark');
      await page.screenshot({ path: `${out}/${tag}-${locale}${create ? '-plan' : ''}-dark.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`screenshots in ${out}`);
