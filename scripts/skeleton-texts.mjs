// Trunk post_build hook, a step before csp-hash (issue 17): writes the welcome screen's heading
// and lead, in every language, into index.html's painted shell (its inline script, at the
// `/* welcome texts */` marker), from the staged locale files, so the shell and the app never
// say different things; and the deployment's `defaultLanguage` from waymark.config.json (a
// deployment that changes it after the build paints the browser's language until the app
// starts). Fails the build if the marker or a message is missing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('skeleton-texts: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
/** The value of message `id` in a Fluent file (one line, or indented continuation lines). */
function message(ftl, id) {
  const lines = ftl.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${id} =`));
  if (at < 0) return null;
  const parts = [lines[at].slice(id.length + 2).trim()];
  for (let i = at + 1; i < lines.length && /^\s+\S/.test(lines[i]); i++) parts.push(lines[i].trim());
  const text = parts.filter(Boolean).join(' ');
  return /[{}]/.test(text) ? null : text;
}
const texts = {};
for (const file of readdirSync(join(dir, 'locales')).filter((f) => f.endsWith('.ftl')).sort()) {
  const ftl = readFileSync(join(dir, 'locales', file), 'utf8');
  const tag = file.slice(0, -4);
  const pair = [message(ftl, 'welcome-title'), message(ftl, 'welcome-lead')];
  if (pair.includes(null)) {
    console.error(`skeleton-texts: ${file} has no plain welcome-title and welcome-lead`);
    process.exit(1);
  }
  texts[tag] = pair;
}
// The deployment's language, when its config names one (the app prefers it to the browser's).
let language = null;
try {
  const config = JSON.parse(readFileSync(join(dir, 'waymark.config.json'), 'utf8'));
  const tag = config.defaultLanguage ?? config.language;
  if (typeof tag === 'string' && tag in texts) language = tag;
} catch {
  // No config, or not JSON: the app says so; the browser's language is used here.
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const marker = '{ /* welcome texts */ }';
if (!html.includes(marker)) {
  console.error('skeleton-texts: no welcome-texts marker in index.html');
  process.exit(1);
}
// JSON inside a <script>: no "</" can close it early.
const json = JSON.stringify({ texts, language }).replace(/</g, '\\u003c');
writeFileSync(file, html.replace(marker, json));
console.log(`skeleton-texts: ${Object.keys(texts).join(', ')}`);
