// Trunk post_build hook, first step (issue 17): cuts the WebAssembly of a `split` build into
// a main module and one module per lazily loaded part (src/pages/lazy.rs).
//
// Trunk 0.21 runs wasm-bindgen without --keep-lld-exports, which the splitter needs, so this
// step starts again from the module rustc linked (built with --emit-relocs, see
// scripts/build.sh) and replaces what Trunk staged:
//   1. wasm-bindgen RAW --keep-lld-exports --no-demangle --keep-debug (same --out-name)
//   2. wasm-split-cli split RAW BINDGEN OUT (tools/wasm-split-cli, patched; its README)
//   3. strip the `linking`, `reloc.*` and `__wasm_bindgen_unstable` sections and run
//      wasm-opt -Oz on every module
//   4. staged: every file under a name carrying a hash of its content (the glue, the main
//      module and the loader share one, see below), so a cached old file never meets a new
//      one; index.html renamed to match, its integrity hashes recomputed, a modulepreload
//      for the loader, and the main module fetched by the loader (with its integrity) rather
//      than preloaded (see below).
// A build without the feature (no import from "./__wasm_split.js") is left as it is.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('split: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const targetDir = resolve(process.env.CARGO_TARGET_DIR || 'target');
const raw = join(targetDir, 'wasm32-unknown-unknown', profile, 'waymark.wasm');
if (!existsSync(raw)) {
  console.error(`split: ${raw} not found`);
  process.exit(1);
}
const rawBytes = readFileSync(raw);
if (!rawBytes.includes(Buffer.from('./__wasm_split.js'))) {
  console.log('split: not a split build (no `split` feature); nothing to do');
  process.exit(0);
}

const files = readdirSync(dir);
const one = (re) => {
  const hits = files.filter((f) => re.test(f));
  if (hits.length !== 1) {
    console.error(`split: expected one file matching ${re}, found ${hits.length}`);
    process.exit(1);
  }
  return hits[0];
};
const glue = one(/^waymark-[0-9a-f]+\.js$/);
const base = glue.slice(0, -3);
const work = join(targetDir, 'split');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'bindgen'), { recursive: true });

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
run('wasm-bindgen', [raw, '--target', 'web', '--out-name', base, '--out-dir', join(work, 'bindgen'),
  '--no-demangle', '--keep-lld-exports', '--keep-debug', '--no-typescript']);
run('wasm-split-cli', ['split', raw, join(work, 'bindgen', `${base}_bg.wasm`), join(work, 'out')]);

// Removes custom sections by name (a wasm file is a magic, a version, then sections of
// id, LEB128 size, body; custom sections have id 0 and start with their name).
function stripSections(bytes, drop) {
  const leb = (at) => {
    let value = 0, shift = 0, b;
    do { b = bytes[at++]; value |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return [value >>> 0, at];
  };
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, body] = leb(at);
    const end = body + size;
    let keep = true;
    if (id === 0) {
      const [len, nameAt] = leb(body);
      const name = bytes.subarray(nameAt, nameAt + len).toString('utf8');
      keep = !drop(name);
    }
    if (keep) parts.push(bytes.subarray(start, end));
    at = end;
  }
  return Buffer.concat(parts);
}

const optimise = (from, to) => {
  const stripped = join(work, 'stripped.wasm');
  writeFileSync(stripped, stripSections(readFileSync(from),
    (n) => n === 'linking' || n.startsWith('reloc.') || n === '__wasm_bindgen_unstable'));
  // The features come from the module's target_features section, as in Trunk's own run.
  run('wasm-opt', ['-Oz', '--zero-filled-memory', '--low-memory-unused', '--converge',
    '--strip-debug', '--strip-producers', stripped, '-o', to]);
};
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// The parts' modules, renamed with their hash.
const out = join(work, 'out');
// The loader without its comment lines: they are for readers of tools/wasm-split-cli, and the
// loader is part of every first visit.
let loader = readFileSync(join(out, '__wasm_split.js'), 'utf8').replace(/^[ \t]*\/\/.*\n/gm, '');
const modules = [];
for (const file of readdirSync(out).filter((f) => /^(chunk|module)_\d+_.*\.wasm$/.test(f)).sort()) {
  const optimised = join(work, `opt-${file}`);
  optimise(join(out, file), optimised);
  const bytes = readFileSync(optimised);
  const name = `waymark-${file.slice(0, -5).replace(/_/g, '-')}-${hash(bytes)}.wasm`;
  writeFileSync(join(dir, name), bytes);
  if (!loader.includes(`"./${file}"`)) {
    console.error(`split: the loader does not name ${file}`);
    process.exit(1);
  }
  loader = loader.replaceAll(`"./${file}"`, `"./${name}"`);
  modules.push([name, bytes.length]);
}
if (modules.length === 0) {
  console.error('split: the splitter wrote no module');
  process.exit(1);
}

// The glue, the main module and the loader are named after one hash of what they hold (Trunk's
// names hash the module rustc linked, which stays the same when only the split changes), so a
// cached old glue never meets a new loader. The loader imports the glue's initSync and the
// glue imports the loader's load functions, hence one name for the three.
if (!loader.includes('from "./main.js"')) {
  console.error('split: the loader has no import from "./main.js"');
  process.exit(1);
}
let glueText = readFileSync(join(work, 'bindgen', glue), 'utf8');
if (!/\bfrom\s*["']\.\/__wasm_split\.js["']/.test(glueText)) {
  console.error('split: the glue does not import ./__wasm_split.js');
  process.exit(1);
}
const mainWasmTmp = join(work, 'main.opt.wasm');
optimise(join(out, 'main.wasm'), mainWasmTmp);
const mainBytes = readFileSync(mainWasmTmp);
const id = hash(Buffer.concat([mainBytes, Buffer.from(glueText), Buffer.from(loader)]));
const newBase = `waymark-${id}`;
const newGlue = `${newBase}.js`;
const mainWasm = `${newBase}_bg.wasm`;
const loaderName = `__wasm_split-${id}.js`;
loader = loader.replace('from "./main.js"', `from "./${newGlue}"`);
writeFileSync(join(dir, loaderName), loader);
// Only the module specifiers: the imports object keeps the wasm's module name as its key.
glueText = glueText.replace(/(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g, `$1$2./${loaderName}$2`);
// The glue's default address of its module, should anything call init() without one.
glueText = glueText.replaceAll(`${base}_bg.wasm`, mainWasm);
writeFileSync(join(dir, newGlue), glueText);
writeFileSync(join(dir, mainWasm), mainBytes);
rmSync(join(dir, glue), { force: true });
rmSync(join(dir, `${base}_bg.wasm`), { force: true });
const snippets = join(work, 'bindgen', 'snippets');
if (existsSync(snippets)) cpSync(snippets, join(dir, 'snippets'), { recursive: true });

// index.html: integrity of the replaced files, and the loader preloaded beside the glue.
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');
const setIntegrity = (href, bytes) => {
  const re = new RegExp(`(<link[^>]*href="\\./${href.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!re.test(html)) {
    console.error(`split: index.html has no preload of ${href} with an integrity hash`);
    process.exit(1);
  }
  html = html.replace(re, `$1${sri(bytes)}$2`);
};
// Trunk's names become the new ones everywhere in the page (links and the inline loader).
if (!html.includes(base)) {
  console.error(`split: index.html does not name ${base}`);
  process.exit(1);
}
html = html.replaceAll(`${base}_bg.wasm`, mainWasm).replaceAll(`${base}.js`, newGlue);
setIntegrity(newGlue, Buffer.from(glueText));
// The main module is not preloaded from <head>: fetched from there it shares the line with
// the stylesheet and delays the painted shell (index.html), which on a first visit already
// shows the welcome's heading; the glue asks for it a moment later instead. Measured with
// Lighthouse's mobile profile: the painted heading 2.3 s -> 2.0 s with applied throttling,
// the largest contentful paint 5.7 s -> 1.8 s simulated, interactive +0.1 s. Its integrity
// moves to the request the loader makes.
const wasmPreload = new RegExp(`<link rel="preload" href="\\./${mainWasm.replace(/[.]/g, '\\.')}"[^>]*>`);
if (!wasmPreload.test(html)) {
  console.error(`split: index.html has no preload of ${mainWasm}`);
  process.exit(1);
}
html = html.replace(wasmPreload, '');
const initCall = `init({ module_or_path: './${mainWasm}' })`;
if (!html.includes(initCall)) {
  console.error(`split: index.html's loader does not call ${initCall}`);
  process.exit(1);
}
html = html.replace(initCall,
  `init({ module_or_path: new Request('./${mainWasm}', { integrity: '${sri(mainBytes)}' }) })`);
const preload = `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${sri(Buffer.from(loader))}">`;
html = html.replace(/(<link rel="modulepreload" href="\.\/waymark-[0-9a-f]+\.js"[^>]*>)/, `$1\n${preload}`);
if (html.includes(base)) {
  console.error(`split: index.html still names ${base}`);
  process.exit(1);
}
writeFileSync(indexFile, html);

const kb = (n) => (n / 1024).toFixed(1);
console.log(`split: main ${kb(readFileSync(join(dir, mainWasm)).length)} KB; ` +
  modules.map(([n, size]) => `${n} ${kb(size)} KB`).join('; '));
