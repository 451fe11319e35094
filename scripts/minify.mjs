// Trunk post_build hook, a step before csp-hash (issue 17): the stylesheet without its comments
// and indentation, and index.html without its HTML comments. The comments say why a rule or a
// tag is there and stay in www/styles.css and index.html; a first visit need not download them
// (about 3.5 KB of the gzip budget). Trunk's own minifier is off
// because it also rewrites index.html, which the later steps read. Nothing else is changed, so
// no rule can break: a comment is `/* … */` outside a string, and the file is checked to hold
// no string with `/*` in it (then it is left as it is). The `integrity` of the stylesheet's
// <link> in index.html is recomputed for the new content.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('minify: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
  const css = readFileSync(join(dir, file), 'utf8');
  if (/["'][^"'\n]*\/\*/.test(css)) {
    console.log(`minify: ${file} has a string with "/*" in it; left as it is`);
    continue;
  }
  const small = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  writeFileSync(join(dir, file), small);
  const link = new RegExp(`(<link[^>]*href="\\./${file.replace(/\./g, '\\.')}"[^>]*integrity=")([^"]*)(")`);
  if (link.test(html)) {
    const sri = `sha384-${createHash('sha384').update(small).digest('base64')}`;
    html = html.replace(link, `$1${sri}$3`);
  }
  console.log(`minify: ${file} ${css.length} -> ${small.length} bytes`);
}
// HTML comments, outside the scripts (whose text csp-hash hashes as it is).
const parts = html.split(/(<script[\s\S]*?<\/script>)/);
const before = html.length;
html = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/<!--[\s\S]*?-->\s*/g, ''))).join('');
console.log(`minify: index.html ${before} -> ${html.length} bytes`);
writeFileSync(indexFile, html);
