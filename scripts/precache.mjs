// Trunk post_build step (run after csp-hash.mjs, see Trunk.toml): writes the list of every file
// of the build into the staged service worker (sw.js), with workbox-build's injectManifest. The
// worker (www/sw.js) caches them all on install, so the app works offline after one visit.
//
// Every file counts: Workbox's default globs skip .wasm and its default size cap (2 MB) is near
// the wasm's size, so the pattern here is every file and the cap is 10 MB. Files whose name
// carries Trunk's content hash get a null revision (their URL changes with their content); the
// rest get a hash of their content.
// Fails the build when the worker is missing or a file is left out (Workbox warns when a file
// exceeds the size cap), so a build cannot ship a worker that would cache half an app.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('precache: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const sw = join(dir, 'sw.js');
if (!existsSync(sw)) {
  console.error('precache: no sw.js in the build (index.html must copy www/sw.js)');
  process.exit(1);
}

// workbox-build lives with the other npm tools in tests/e2e (scripts/setup.sh installs them).
const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
let injectManifest;
try {
  ({ injectManifest } = require('workbox-build'));
} catch {
  console.error('precache: workbox-build is not installed; run scripts/setup.sh');
  process.exit(1);
}

const { count, size, warnings } = await injectManifest({
  swSrc: sw,
  swDest: sw,
  globDirectory: dir,
  globPatterns: ['**/*'],
  // The worker itself; the deployment's config file, which is edited after the build (the
  // worker fetches it network-first instead); and the precompressed copies (.br, .gz) if any
  // exist: a server sends them in place of the original, the browser never asks for them.
  globIgnores: ['sw.js', 'waymark.config.json', '**/*.br', '**/*.gz'],
  // waymark-<hash>.js, waymark-<hash>_bg.wasm, styles-<hash>.css, favicon-<hash>.svg. Not the
  // snippets: their folder's hash names the crate, not the content.
  dontCacheBustURLsMatching: /^[\w.-]+-[0-9a-f]{16}(?:_bg)?\.\w+$/,
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
});
for (const warning of warnings) console.error(`precache: ${warning}`);
if (warnings.length > 0) process.exit(1);
console.log(`precache: ${count} files (${(size / 1024).toFixed(0)} KB) listed in sw.js`);
