// npm run test:bad — the bad-input corpus (see README "What it refuses and why"). Every generator in
// scripts/bad-corpus/*.mjs (files starting with "_" are shared helpers) writes its cases into
// test/fixtures/bad/<generator>/ and returns them; each case runs through the built CLI and must:
// exit with its expected code (always 0, 1 or 2), print no stack trace, leave every input's bytes
// as they were, match its stdout/stderr patterns, and leak no customer contact in anything it
// printed or wrote (the unzipped XML of every .xlsx, every JSON), unless it asked for contacts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { findContacts } from './bad-corpus/_contacts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'scripts', 'bad-corpus');
const outRoot = join(root, 'test', 'fixtures', 'bad');
const only = process.argv[2];
const STACK = [/\n\s+at /, /TypeError/, /RangeError/, /ReferenceError/, /Cannot read properties/];

const sha = (f) => (existsSync(f) && statSync(f).isFile() ? createHash('sha256').update(readFileSync(f)).digest('hex') : 'absent');

/** Every file under dir with its mtime and size: what a run wrote is what changed. */
function snapshot(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // a dangling symlink or an unreadable entry of the corpus
      }
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) files.set(p, `${st.mtimeMs}:${st.size}:${st.ino}`);
    }
  };
  walk(dir);
  return files;
}

/** The text of an output file as a reader would find it: every part of an .xlsx, unzipped. */
async function textsOf(file) {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK') return [[file, bytes.toString('utf8')]];
  try {
    const zip = await JSZip.loadAsync(bytes);
    const parts = [];
    for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.push([`${file}!${name}`, await entry.async('string')]);
    return parts;
  } catch (e) {
    return [[file, `(not a readable zip: ${e.message})`]];
  }
}

let passed = 0;
let failed = 0;
rmSync(outRoot, { recursive: true, force: true });
mkdirSync(outRoot, { recursive: true });
const generators = readdirSync(corpus).filter((f) => f.endsWith('.mjs') && !f.startsWith('_') && (!only || f.startsWith(only))).sort();
for (const gen of generators) {
  const dir = join(outRoot, basename(gen, '.mjs'));
  mkdirSync(dir, { recursive: true });
  const { make } = await import(pathToFileURL(join(corpus, gen)).href);
  const cases = await make(dir);
  console.log(`\n== ${gen}: ${cases.length} case(s)`);
  for (const c of cases) {
    const problems = [];
    const inputs = c.inputs ?? [];
    const before = inputs.map(sha);
    const seen = snapshot(dir);
    const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...c.args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TZ: 'Asia/Shanghai', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', COMPLAINTS_DEBUG: '', ...(c.env ?? {}) },
    });
    const out = r.stdout ?? '';
    const err = r.stderr ?? '';
    if (![0, 1, 2].includes(r.status)) problems.push(`exit ${r.status}${r.signal ? ` (${r.signal})` : ''}, not 0/1/2`);
    if (r.status !== c.expectExit) problems.push(`exit ${r.status}, expected ${c.expectExit}`);
    for (const re of STACK) if (re.test(out) || re.test(err)) problems.push(`stack trace or raw error (${re})`);
    if (c.stdout && !new RegExp(c.stdout).test(out)) problems.push(`stdout does not match /${c.stdout}/`);
    if (c.stderr && !new RegExp(c.stderr).test(err)) problems.push(`stderr does not match /${c.stderr}/`);
    inputs.forEach((f, i) => {
      if (sha(f) !== before[i]) problems.push(`input changed: ${f}`);
    });
    if (!c.args.includes('--include-contacts')) {
      // ownData: registers a command writes on purpose (the demo's), which hold contacts by design.
      const own = new Set((c.ownData ?? []).map((f) => join(dir, f)));
      const written = [...snapshot(dir)].filter(([p, s]) => seen.get(p) !== s && !own.has(p)).map(([p]) => p);
      const texts = [['stdout', out], ['stderr', err]];
      for (const f of written) texts.push(...(await textsOf(f)));
      for (const [where, text] of texts) for (const hit of findContacts(text)) problems.push(`unmasked contact ${JSON.stringify(hit)} in ${where.replace(`${root}/`, '')}`);
    }
    if (problems.length) {
      failed++;
      console.log(`FAIL ${c.name}\n  $ complaints ${c.args.join(' ')}\n  ${problems.slice(0, 8).join('\n  ')}`);
      if (err) console.log(`  stderr: ${err.trim().split('\n').slice(0, 3).join('\n          ')}`);
    } else {
      passed++;
      console.log(`ok   ${c.name}`);
    }
  }
}
console.log(`\nbad-input: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
