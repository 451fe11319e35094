// Contrast of what is not text (WCAG 1.4.11, issue 15), in the light and the dark theme, with
// the example plan (it fills every part, so every field and chart is drawn):
// - every text field, text area and select shows a border of at least 3:1 against the
//   background it sits on (each side that is drawn; a field drawn as an underline alone is
//   fine, a field with no visible edge is not);
// - every data series of every chart (bars, lines, points, the radar's outline, the
//   matrix's markers, legend swatches) is at least 3:1 against the chart's background.
// Colours are the computed ones, so the theme's custom properties and the stylesheet's
// mapping of the charts' palette (src/charts/mod.rs) are what is measured. Translucent fills
// (the radar's area, the matrix's risk shading) only repeat what an opaque mark shows and are
// not measured; neither are grid lines.

import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watch, ready } from '../lib.mjs';

const ROUTES = ['', 'health', 'swot', 'pestle', 'tows', 'personas', 'journey', 'team', 'attribution',
  'objectives', 'creative', 'engagement', 'mix', 'monitor', 'report', 'plans'];
const MIN = 3;

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
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  problems = watch(page, origin);
});
afterEach(async () => {
  await context?.close();
});

async function openExample(theme) {
  await page.goto(`${url}#/plans`);
  await ready(page);
  await page.click('[data-testid=open-example]');
  await page.waitForSelector('#plan-name', { timeout: 20000 });
  await page.selectOption('#theme', theme);
  // Nothing hovered or focused: the resting look is what is measured.
  await page.mouse.move(0, 0);
}

/**
 * Measures the page in the browser: returns { fields: [...], series: [...] }, each entry
 * { what, ratio }, for every field side and every chart mark found.
 */
function measure() {
  return page.evaluate(() => {
    const parse = (value) => {
      if (!value || value === 'none' || value === 'transparent') return null;
      let m = value.match(/^rgba?\(([^)]+)\)$/);
      if (m) {
        const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
        return { r: p[0] / 255, g: p[1] / 255, b: p[2] / 255, a: p.length > 3 ? p[3] : 1 };
      }
      m = value.match(/^color\(srgb ([^)]+)\)$/);
      if (m) {
        const p = m[1].split(/[\s/]+/).filter(Boolean).map(Number);
        return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
      }
      return null;
    };
    const over = (top, under) => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    });
    /** The colour an element's box is painted on: its own background over its ancestors'. */
    const backdrop = (start) => {
      const layers = [];
      for (let el = start; el; el = el.parentElement) {
        const c = parse(getComputedStyle(el).backgroundColor);
        if (c && c.a > 0) {
          layers.push(c);
          if (c.a >= 1) break;
        }
      }
      let colour = { r: 1, g: 1, b: 1, a: 1 };
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const lum = (c) => {
      const f = (v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const hex = (c) => `#${[c.r, c.g, c.b].map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('')}`;
    const name = (el) => {
      const label = el.id ? `#${el.id}` : (el.getAttribute('aria-label') || el.name || el.className || '');
      const where = el.closest('[class]')?.parentElement?.closest('[class]')?.className || '';
      return `${el.tagName.toLowerCase()} ${String(label).slice(0, 40)} in .${String(where).split(' ')[0]}`;
    };
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0;
    };

    const fields = [];
    const selector = 'input:not([type]), input[type=text], input[type=search], input[type=email], '
      + 'input[type=url], input[type=number], input[type=date], input[type=tel], textarea, select';
    for (const el of document.querySelectorAll(selector)) {
      if (!visible(el)) continue;
      const s = getComputedStyle(el);
      const outside = backdrop(el.parentElement);
      let drawn = 0;
      for (const side of ['top', 'right', 'bottom', 'left']) {
        const width = parseFloat(s.getPropertyValue(`border-${side}-width`));
        const c = parse(s.getPropertyValue(`border-${side}-color`));
        if (!width || !c || c.a === 0 || s.getPropertyValue(`border-${side}-style`) === 'none') continue;
        drawn++;
        const seen = over(c, outside);
        fields.push({ what: `${name(el)} border-${side} ${hex(seen)} on ${hex(outside)}`, ratio: ratio(seen, outside) });
      }
      if (drawn === 0) fields.push({ what: `${name(el)} has no visible border`, ratio: 1 });
    }

    const series = [];
    for (const svg of document.querySelectorAll('.chart svg')) {
      const bg = backdrop(svg.parentElement);
      const chart = svg.closest('.chart')?.parentElement?.className || 'chart';
      // Grid and axis lines are drawn in the theme's --border: they guide the eye, they are
      // not data (and their values are in the chart's table).
      const grid = getComputedStyle(svg).getPropertyValue('--border').trim().toLowerCase();
      const seen = new Set([`stroke ${grid}`, `fill ${grid}`]);
      for (const el of svg.querySelectorAll('rect, circle, ellipse, path, polygon, polyline, line')) {
        const s = getComputedStyle(el);
        if (Number(s.opacity) < 0.99) continue;
        const fill = parse(s.fill);
        if (fill && fill.a > 0 && Number(s.fillOpacity) >= 0.99) {
          const key = `fill ${hex(fill)}`;
          if (!seen.has(key)) {
            seen.add(key);
            series.push({ what: `${chart}: ${el.tagName} ${key} on ${hex(bg)}`, ratio: ratio(fill, bg) });
          }
        }
        const stroke = parse(s.stroke);
        if (stroke && stroke.a > 0 && Number(s.strokeOpacity) >= 0.99 && parseFloat(s.strokeWidth) >= 2) {
          const key = `stroke ${hex(stroke)}`;
          if (!seen.has(key)) {
            seen.add(key);
            series.push({ what: `${chart}: ${el.tagName} ${key} on ${hex(bg)}`, ratio: ratio(stroke, bg) });
          }
        }
      }
    }
    return { fields, series };
  });
}

/** Measures every route and every slide; returns everything measured, labelled. */
async function survey() {
  const fields = [];
  const series = [];
  const add = (label, m) => {
    fields.push(...m.fields.map((f) => ({ ...f, what: `${label}: ${f.what}` })));
    series.push(...m.series.map((f) => ({ ...f, what: `${label}: ${f.what}` })));
  };
  for (const route of ROUTES) {
    await page.goto(`${url}#/${route}`);
    await page.waitForSelector('#page-title');
    await page.waitForTimeout(200);
    add(`#/${route}`, await measure());
  }
  await page.goto(`${url}#/present/overview`);
  await page.waitForSelector('[data-testid=present]');
  const slides = [];
  for (;;) {
    const key = await page.getAttribute('[data-testid=present]', 'data-slide');
    if (slides.includes(key)) break;
    slides.push(key);
    await page.waitForTimeout(150);
    add(`slide ${key}`, await measure());
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((k) => document.querySelector('[data-testid=present]')?.dataset.slide !== k
      || document.querySelector('[data-testid=present-next]')?.disabled, key);
  }
  return { fields, series };
}

const report = (list) => list.filter((x) => x.ratio < MIN)
  .map((x) => `${x.ratio.toFixed(2)}:1 ${x.what}`)
  .filter((x, i, all) => all.indexOf(x) === i);

for (const theme of ['light', 'dark']) {
  test(`every field's border and every chart series is at least 3:1 (${theme})`, async () => {
    await openExample(theme);
    const { fields, series } = await survey();
    const least = (list) => Math.min(...list.map((x) => x.ratio)).toFixed(2);
    if (process.env.CONTRAST_LOG) {
      console.log(`${theme}: ${fields.length} field sides (least ${least(fields)}:1), `
        + `${series.length} chart marks (least ${least(series)}:1)`);
      const all = [...fields, ...series].map((x) => `${x.ratio.toFixed(2)} ${x.what.replace(/^[^:]+: /, '')}`);
      console.log([...new Set(all)].sort().join('\n'));
    }
    assert.ok(fields.length > 100, `only ${fields.length} field sides measured`);
    assert.ok(series.length > 20, `only ${series.length} chart marks measured`);
    assert.deepEqual(report(fields), [], 'field borders under 3:1');
    assert.deepEqual(report(series), [], 'chart series under 3:1');
    assert.deepEqual(problems.console, []);
  });
}
