// A small static file server for the built app (dist/), used by scripts/serve.sh, the
// end-to-end tests and the benchmark. It serves only files under the root, optionally under a
// sub-path prefix, with the right content types (application/wasm matters for streaming
// compilation), and never anything from outside the folder. Tests can make it answer a path
// with an error on demand (`fail`), as a server half-way through a deployment does.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `root` at http://host:port/prefix/. Resolves to { server, url, fail }:
 * `fail(path, status)` makes the server answer `path` (relative to the prefix, as a file:
 * `index.html` is also the folder's address) with `status` until `fail(path, null)`.
 */
export function serve({ root, host = '127.0.0.1', port = 0, prefix = '/' } = {}) {
  const base = resolve(root);
  const pre = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const failing = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(pre)) {
        if (path === pre.slice(0, -1)) { res.writeHead(301, { Location: pre }); return res.end(); }
        res.writeHead(404); return res.end('not found');
      }
      path = path.slice(pre.length);
      if (path === '' || path.endsWith('/')) path += 'index.html';
      if (failing.has(path)) {
        const status = failing.get(path);
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(`failed on purpose: HTTP ${status}`);
      }
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403); return res.end(); }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) { res.writeHead(404); return res.end('not found'); }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': path === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const fail = (path, status) => (status == null ? failing.delete(path) : failing.set(path, status));
      ok({ server, url: `http://${host}:${actual}${pre}`, fail });
    });
  });
}

// `node server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--prefix /]`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await serve({
    root: arg('dir', 'dist'), host: arg('host', '127.0.0.1'),
    port: Number(arg('port', 8080)), prefix: arg('prefix', '/'),
  });
  console.log(`Waymark is being served at ${url} (Ctrl+C stops it)`);
}
