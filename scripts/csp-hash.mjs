// Trunk post_build hook: hashes every inline <script> of the staged index.html and writes the
// hashes into the Content-Security-Policy <meta> in place of the 'inline-script-hashes' marker.
// Fails the build if the marker is missing, so a policy can never ship without it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [];
for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
}
const marker = "'inline-script-hashes'";
if (!html.includes(marker)) {
  console.error(`csp-hash: no ${marker} marker in index.html's Content-Security-Policy`);
  process.exit(1);
}
html = html.replace(marker, hashes.join(' '));
writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) hashed into the CSP`);
