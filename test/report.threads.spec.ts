// `complaints report --threads 2` reads the register on a second thread (src/cli/thread-blocks.ts);
// --threads 1 reads it on one. Both must give the same report: the same stdout (every figure, as
// --json), the same stderr (every row and cell named), the same exit code, and the same workbook
// part by part (docProps/core.xml carries the time it was written). Run on a demo register, the
// fixtures and every file of the bad-file corpus (refusals come back from the worker worded the same).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { demoRegister } from '../src/core/demo/generate';
import { addRegisterSheet } from '../src/export/write-register';
import { makeFilesCorpus } from './helpers/bad-corpus';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'report-threads-'));

function report(file: string, threads: 1 | 2, out: string) {
  const args = [join(root, 'bin', 'complaints.js'), 'report', file, '--month', '2026-10', '--as-of', '2026-11-01 00:00', '--json', '--lang', 'en', '--threads', String(threads), '--out', out];
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' } });
  return { code: r.status, out: r.stdout.replaceAll(out, '<out>'), err: r.stderr.replaceAll(out, '<out>') };
}

/** The workbook's parts but docProps/core.xml (its created/modified times), as text. */
function parts(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const entries = unzipSync(readFileSync(file));
  const dec = new TextDecoder();
  return Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'docProps/core.xml').map(([name, bytes]) => [name, dec.decode(bytes)]));
}

function sameBothWays(file: string, name: string): { code: number | null; parts: number } {
  const one = report(file, 1, join(dir, `${name}-1.xlsx`));
  const two = report(file, 2, join(dir, `${name}-2.xlsx`));
  expect(two).toEqual(one);
  const p1 = parts(join(dir, `${name}-1.xlsx`));
  expect(parts(join(dir, `${name}-2.xlsx`))).toEqual(p1);
  return { code: one.code, parts: Object.keys(p1).length };
}

test('a 3,000-row demo register: the same figures, messages and workbook on one thread and on two', async () => {
  const demo = demoRegister(7, 3000);
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  const file = join(dir, 'demo.xlsx');
  await wb.xlsx.writeFile(file);
  const r = sameBothWays(file, 'demo');
  expect(r.code).toBe(0);
  // The report's sheets and the charts' parts: a workbook was written and compared.
  expect(r.parts).toBeGreaterThan(15);
  const j = JSON.parse(report(file, 2, join(dir, 'demo-again.xlsx')).out);
  expect(j.population).toBeGreaterThan(500);
}, 120_000);

test.each(['register-messy.xlsx', 'register-with-policy.xlsx'])('fixture %s: the same on one thread and on two', (name) => {
  expect(sameBothWays(join(__dirname, 'fixtures', name), name).code).toBe(0);
}, 60_000);

// The second thread starts before this one has opened the file (load.ts): a path that is no
// file must still get this thread's words, and the process must not wait on that thread.
test('no such file: the same message on one thread and on two, and the process ends', () => {
  const r = sameBothWays(join(dir, 'missing.xlsx'), 'missing');
  expect(r.code).not.toBe(0);
  expect(r.parts).toBe(0);
}, 60_000);

describe('the bad-file corpus: the same exit code and message on one thread and on two', () => {
  const corpus = makeFilesCorpus();
  const files = readdirSync(corpus.dir).filter((f) => f.endsWith('.xlsx'));
  test('the corpus has its files', () => expect(files.length).toBeGreaterThan(10));
  test.each(files)('%s', (f) => {
    sameBothWays(join(corpus.dir, f), f.replace(/\.xlsx$/, ''));
  }, 60_000);
});
