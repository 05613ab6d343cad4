// The task pane's first paint: every script the built taskpane.html loads before the user does
// anything (its <script src> tags: office.js, the functions chunk of the shared runtime and the
// pane), each with its gzip size, and the chunks the pane imports at start-up on each host: none
// in a browser, the Office backend in Excel (the `office-backend` chunk group). Chunks loaded by
// import() on an action are listed apart and not counted. webpack.config.js prints this after a
// production build and writes it to dist/web/first-paint.json; test/bundle.budget.spec.ts fails
// when either host's total is over BUDGET.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Bytes of gzip (level 9, as a server would send them) the first paint may load: issue 12's 200 KB. */
const BUDGET = 200_000;

/** office.js as it is served: the copy in dist/web/office-js, or for a CDN build the package's own file (same bytes). */
const OFFICE_JS = () => path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'office.js');

/** What a build's first paint depends on: the sources, the build's own configuration and the locked packages. */
function inputsHash(root) {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(path.join(root, 'src'));
  walk(path.join(root, 'scripts'));
  files.push(path.join(root, 'webpack.config.js'), path.join(root, 'package-lock.json'), path.join(root, 'tsconfig.json'));
  const h = require('crypto').createHash('sha256');
  for (const f of files.sort()) h.update(path.relative(root, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  return h.digest('hex');
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The local file a script URL of the page stands for, or undefined for a script that is not ours to count. */
function localFile(outDir, src) {
  if (/^https?:\/\//i.test(src)) return /\/office\.js$/i.test(src) ? OFFICE_JS() : undefined;
  return path.join(outDir, src.replace(/[?#].*$/, ''));
}

/**
 * Chunk groups the pane imports before its first render, by host (index.tsx). None in either: the
 * browser backend loads when a file is opened, the Office backend right after the first paint.
 */
const STARTUP = { browser: [], excel: [] };

/** The first-paint report of a build in outDir; `startup`: per host, the files of the chunk groups it imports at start-up. */
function firstPaint(outDir, startup = { browser: [], excel: [] }) {
  const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
  // The built page is minified: attribute values may be unquoted.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  const initial = srcs.map((src) => {
    const file = localFile(outDir, src);
    if (!file || !fs.existsSync(file)) throw new Error(`first-paint: taskpane.html loads ${src}, which is not in the build`);
    return { src, gzip: gzipSize(file) };
  });
  const sum = (xs) => xs.reduce((n, i) => n + i.gzip, 0);
  const hosts = Object.fromEntries(
    Object.entries(startup).map(([host, files]) => {
      const extra = files.filter((f) => f.endsWith('.js')).map((f) => ({ src: f, gzip: gzipSize(path.join(outDir, f)) }));
      return [host, { extra, total: sum(initial) + sum(extra) }];
    }),
  );
  const counted = new Set([...initial.map((i) => path.basename(i.src)), ...Object.values(startup).flat()]);
  const lazy = fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith('.js') && !counted.has(f))
    .map((f) => ({ src: f, gzip: gzipSize(path.join(outDir, f)) }))
    .sort((a, b) => b.gzip - a.gzip);
  const total = Math.max(...Object.values(hosts).map((h) => h.total));
  return { budget: BUDGET, total, initial, hosts, lazy };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** The report as the build prints it. */
function describe(r) {
  const over = (n) => (n > r.budget ? ' — OVER BUDGET' : '');
  const lines = [`first paint: ${kb(r.total)} gzip of JavaScript at most (budget ${kb(r.budget)})${over(r.total)}`];
  for (const [host, h] of Object.entries(r.hosts)) lines.push(`  ${host}: ${kb(h.total)}${h.extra.length ? ` (+ ${h.extra.map((e) => `${e.src} ${kb(e.gzip)}`).join(', ')})` : ''}${over(h.total)}`);
  lines.push('  the page\'s scripts:');
  for (const i of r.initial) lines.push(`  ${kb(i.gzip).padStart(9)}  ${i.src}`);
  if (r.lazy.length) lines.push('  loaded on demand (not counted):');
  for (const i of r.lazy) lines.push(`  ${kb(i.gzip).padStart(9)}  ${i.src}`);
  return lines.join('\n');
}

/** Prints the report after a build and writes it next to the page. */
class FirstPaintPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('FirstPaintPlugin', (compilation) => {
      if (compilation.errors.length) return;
      const outDir = compilation.outputOptions.path;
      const files = (name) => compilation.namedChunkGroups.get(name)?.chunks.flatMap((c) => [...c.files]) ?? [];
      const r = firstPaint(outDir, Object.fromEntries(Object.entries(STARTUP).map(([host, groups]) => [host, groups.flatMap(files)])));
      fs.writeFileSync(path.join(outDir, 'first-paint.json'), JSON.stringify({ ...r, inputs: inputsHash(compiler.context) }, null, 2));
      console.log(describe(r));
    });
  }
}

module.exports = { BUDGET, STARTUP, firstPaint, describe, inputsHash, FirstPaintPlugin };
