// The task pane's first paint: every script the built taskpane.html loads before the user does
// anything (its <script src> tags: office.js, the functions chunk of the shared runtime and the
// pane), each with its gzip size. Chunks loaded by import() on an action are listed apart and
// not counted. webpack.config.js prints this after a production build and writes it to
// dist/web/first-paint.json; test/bundle.budget.spec.ts fails when the total is over BUDGET.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Bytes of gzip (level 9, as a server would send them) the first paint may load: issue 12's 200 KB. */
const BUDGET = 200_000;

/** office.js as it is served: the copy in dist/web/office-js, or for a CDN build the package's own file (same bytes). */
const OFFICE_JS = () => path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', 'office.js');

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** The local file a script URL of the page stands for, or undefined for a script that is not ours to count. */
function localFile(outDir, src) {
  if (/^https?:\/\//i.test(src)) return /\/office\.js$/i.test(src) ? OFFICE_JS() : undefined;
  return path.join(outDir, src.replace(/[?#].*$/, ''));
}

/** The first-paint report of a build in outDir. */
function firstPaint(outDir) {
  const html = fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8');
  // The built page is minified: attribute values may be unquoted.
  const srcs = [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  const initial = srcs.map((src) => {
    const file = localFile(outDir, src);
    if (!file || !fs.existsSync(file)) throw new Error(`first-paint: taskpane.html loads ${src}, which is not in the build`);
    return { src, gzip: gzipSize(file) };
  });
  const counted = new Set(initial.map((i) => path.basename(i.src)));
  const lazy = fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith('.js') && !counted.has(f))
    .map((f) => ({ src: f, gzip: gzipSize(path.join(outDir, f)) }))
    .sort((a, b) => b.gzip - a.gzip);
  const total = initial.reduce((n, i) => n + i.gzip, 0);
  return { budget: BUDGET, total, initial, lazy };
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** The report as the build prints it. */
function describe(r) {
  const lines = [`first paint: ${kb(r.total)} gzip of JavaScript (budget ${kb(r.budget)})${r.total > r.budget ? ' — OVER BUDGET' : ''}`];
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
      const r = firstPaint(outDir);
      fs.writeFileSync(path.join(outDir, 'first-paint.json'), JSON.stringify(r, null, 2));
      console.log(describe(r));
    });
  }
}

module.exports = { BUDGET, firstPaint, describe, FirstPaintPlugin };
