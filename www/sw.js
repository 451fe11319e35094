// Waymark's service worker: it keeps every file of the build in a cache, so the app opens and
// works with no connection after one visit. Hand-written on purpose: no Workbox runtime, no
// import, and nothing fetched from anywhere but this origin.
//
// At build time scripts/precache.mjs (workbox-build's injectManifest, a Trunk post_build hook)
// replaces Workbox's injection point (the one use of `self.__WB_…` below) with the list of
// every file of the build: `{url, revision}`, where `revision` is null for files whose name
// already carries a content hash.
//
// - Versions: the cache name is derived from that list, so a build that changes any file gets a
//   new cache; the old one stays in use until the new worker takes over, then is deleted.
// - Files with a content hash in their name (the wasm, the JS, the CSS): cache first. Their
//   content can never change under the same URL.
// - The page and the other files (locales, examples, snippets, manifest, icons): network first,
//   the cached copy when the network fails, hangs or answers with an error (404, 5xx: a server
//   half-way through a deployment, or misconfigured; the cached copy works, the error does
//   not). Online, the page may already be a newer build than this worker's cache; fetching its
//   other files fresh keeps the two from mixing (an old locale file or JS snippet with a new
//   wasm). Offline, everything is this version.
// - Navigations: only to Waymark's own page (its folder or its index.html, with any query).
//   Any other page in the scope is not Waymark's (a host page that mounts it, documentation
//   deployed beside it) and goes to the network untouched, errors and all.
// - The deployment's config file (not part of the build: whoever deploys edits it): network
//   first, and what the network said (the file, or that there is none: a 404) is kept for
//   offline use; a server error answers with the kept one instead.
// - A new worker waits until the page asks it to take over (`{type: 'skip-waiting'}`, sent by the
//   update prompt in src/ui/update.rs once the plan is saved), so a running page never gets
//   files of another version under its feet.
//
// Scope: the folder of this file. Caches are per origin, so their names carry the scope, and a
// second Waymark deployed on the same origin under another path keeps its own.

const MANIFEST = self.__WB_MANIFEST;

const SCOPE = new URL('./', self.location.href).href;
const PREFIX = `waymark-${SCOPE}#`;
const PRECACHE = `${PREFIX}precache-${version(MANIFEST)}`;
const RUNTIME = `${PREFIX}runtime`;
const INDEX = new URL('index.html', SCOPE).href;
// src/embed/config.rs CONFIG_FILE: written by whoever deploys, so never precached.
const CONFIG = new URL('waymark.config.json', SCOPE).href;
// How long a navigation or file waits for the network before the cached copy answers.
const NETWORK_TIMEOUT_MS = 4000;

/** URL (no query, no fragment) → whether its name carries a content hash. */
const FILES = new Map(
  MANIFEST.map((entry) => [new URL(entry.url, SCOPE).href, entry.revision == null]),
);

/** A short, stable hash of the manifest (cyrb53): the cache's version. */
function version(manifest) {
  const text = JSON.stringify(manifest);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A response the Cache API and a navigation accept (a redirected one is neither). */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The caches of this scope's older versions. */
async function olderCaches() {
  const names = await caches.keys();
  return names.filter((name) => name.startsWith(`${PREFIX}precache-`) && name !== PRECACHE);
}

async function precache() {
  const cache = await caches.open(PRECACHE);
  const older = await Promise.all((await olderCaches()).map((name) => caches.open(name)));
  await Promise.all([...FILES].map(async ([url, hashed]) => {
    if (await cache.match(url)) return; // this version, from an interrupted install
    if (hashed) {
      // Unchanged since an older version: the same URL is the same content.
      for (const old of older) {
        const hit = await old.match(url);
        if (hit) return cache.put(url, hit);
      }
    }
    // A hashed file may come from the HTTP cache; any other must be checked with the server.
    const response = await fetch(url, { cache: hashed ? 'default' : 'no-cache', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`waymark: could not cache ${url} (HTTP ${response.status})`);
    await cache.put(url, await storable(response));
  }));
  await rememberConfig().catch(() => {});
}

/** Fetches the config file and keeps what the server said: the file, or that it has none. */
async function rememberConfig() {
  const response = await fetch(CONFIG, { cache: 'no-cache', credentials: 'same-origin' });
  if (response.ok || response.status === 404) {
    const cache = await caches.open(RUNTIME);
    await cache.put(CONFIG, await storable(response.clone()));
  }
  return response;
}

/** The network's answer, or `null` when it fails or takes longer than the timeout. */
function network(request) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), NETWORK_TIMEOUT_MS);
    fetch(request).then(
      (response) => { clearTimeout(timer); resolve(response); },
      () => { clearTimeout(timer); resolve(null); },
    );
  });
}

async function cached(url, cacheName = PRECACHE) {
  const cache = await caches.open(cacheName);
  return cache.match(url);
}

async function cacheFirst(url, request) {
  return (await cached(url)) || fetch(request);
}

/** Whether the server answered with an error (4xx, 5xx). A redirect is an answer that works. */
function isError(response) {
  return response.status >= 400;
}

/** The network's answer unless it failed or is an error, else the cached copy, else whatever
 *  the network said (an error page is still better than none when nothing is cached). */
async function networkFirst(request, fallbackUrl) {
  const response = await network(request);
  if (response && !isError(response)) return response;
  return (await cached(fallbackUrl)) || response || Response.error();
}

async function config() {
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), NETWORK_TIMEOUT_MS));
  const response = await Promise.race([rememberConfig().catch(() => null), timeout]);
  // A 404 is an answer: the deployment has no config file (the defaults apply).
  if (response && (!isError(response) || response.status === 404)) return response;
  return (await cached(CONFIG, RUNTIME)) || response || Response.error();
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await Promise.all((await olderCaches()).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = '';
  url.hash = '';
  const key = url.href;
  if (request.mode === 'navigate') {
    // Waymark's own page (with any query, such as ?embed=1), and no other: a page of someone
    // else's in this folder must never turn into Waymark.
    if (key === SCOPE || key === INDEX) event.respondWith(networkFirst(request, INDEX));
  } else if (key === CONFIG) {
    event.respondWith(config());
  } else if (FILES.has(key)) {
    event.respondWith(FILES.get(key) ? cacheFirst(key, request) : networkFirst(request, key));
  }
  // Anything else of this origin is not Waymark's: the network answers as usual.
});
