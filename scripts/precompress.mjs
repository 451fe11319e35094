// Trunk post_build step, the last one (see Trunk.toml): writes `X.br` (brotli, quality 11) and
// `X.gz` (gzip -9) next to every file X of the build, so a server that can send precompressed
// files (nginx gzip_static/brotli_static, Caddy's precompressed, a CDN) sends the smallest form
// without compressing on each request, and at a level no server uses on the fly. A copy is kept
// only when it is smaller than the file (icons already compressed get none). Not for
// waymark.config.json: whoever deploys edits it after the build, and a server would go on
// sending the stale compressed copy.
//
// It runs after precache.mjs on purpose: the service worker lists and caches the originals only.
// A browser receives the decompressed file under the original URL whatever the server sent, so
// the .br and .gz files are never requested by the app or the worker.
import { join } from 'node:path';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error('precompress: TRUNK_STAGING_DIR is not set (run through trunk build, or pass dist/)');
  process.exit(1);
}

let written = 0;
let before = 0;
let after = 0;
for (const file of readdirSync(dir, { recursive: true })) {
  const path = join(dir, file);
  if (/\.(br|gz)$/.test(file) || file === 'waymark.config.json' || !statSync(path).isFile()) continue;
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  before += body.length;
  after += Math.min(body.length, br.length);
  if (br.length < body.length) { writeFileSync(`${path}.br`, br); written++; }
  if (gz.length < body.length) { writeFileSync(`${path}.gz`, gz); written++; }
}
console.log(`precompress: ${written} .br/.gz files; the build is ${(after / 1024).toFixed(0)} KB in brotli (${(before / 1024).toFixed(0)} KB raw)`);
