// Never lose: every file the CLI writes goes through writeFileAtomic (temp file in the same
// folder, fsync, rename). Killed with SIGKILL at random moments, the report leaves the previous
// output intact or the new one complete, every time; two writers racing to one --out leave one
// complete workbook.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeFileAtomic, clashingInput } from '../src/cli/atomic-write';
import { demoRegister } from '../src/core/demo/generate';
import { addRegisterSheet } from '../src/export/write-register';
import { seededRandom } from '../src/core/random';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'complaints.js');
const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
const register = join(dir, 'register.xlsx');
const out = join(dir, 'report.xlsx');
// The demo register has product complaints (004): its report carries 产品统计.
const REPORT_SHEETS = ['月度统计', '月度考核', '满意度', '超期清单', '产品统计', '延期重办申诉', '读取说明'];

async function sheetsOf(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

const reportArgs = (target: string) => [bin, 'report', register, '--month', '2026-10', '--out', target];

beforeAll(async () => {
  const demo = demoRegister();
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  await wb.xlsx.writeFile(register);
});

test('writeFileAtomic replaces the file whole and leaves no temp file behind', async () => {
  const f = join(dir, 'plain.txt');
  writeFileSync(f, 'old');
  await writeFileAtomic(f, 'new content');
  expect(readFileSync(f, 'utf8')).toBe('new content');
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

test('a failed write leaves the old file and no temp file', async () => {
  const f = join(dir, 'no-such-folder', 'x.txt');
  await expect(writeFileAtomic(f, 'x')).rejects.toThrow(/ENOENT/);
  expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

test('clashingInput: same path, another spelling, a symlink and a hard link are the input; another file is not', async () => {
  const { symlinkSync, linkSync } = await import('node:fs');
  symlinkSync(register, join(dir, 'sym.xlsx'));
  linkSync(register, join(dir, 'hard.xlsx'));
  expect(await clashingInput(register, [register])).toBe(register);
  expect(await clashingInput(join(dir, '.', 'x', '..', 'register.xlsx'), [register])).toBe(register);
  expect(await clashingInput(join(dir, 'sym.xlsx'), [register])).toBe(register);
  expect(await clashingInput(join(dir, 'hard.xlsx'), [register])).toBe(register);
  expect(await clashingInput(join(dir, 'other.xlsx'), [register])).toBeUndefined();
});

test('SIGKILL at 50 random moments: the previous report intact or the new one complete', async () => {
  const first = spawnSync(process.execPath, reportArgs(out), { encoding: 'utf8' });
  expect(first.status).toBe(0);
  const previous = readFileSync(out);
  expect(await sheetsOf(out)).toEqual(REPORT_SHEETS);
  // How long one run takes here, so the kills spread over the whole run, the write included.
  const t0 = Date.now();
  spawnSync(process.execPath, reportArgs(out));
  const span = Date.now() - t0;
  const random = seededRandom(20261203);
  let intact = 0;
  let replaced = 0;
  writeFileSync(out, previous);
  for (let i = 0; i < 50; i++) {
    const child = spawn(process.execPath, reportArgs(out), { stdio: 'ignore' });
    const delay = Math.floor(random() * span * 1.1);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      child.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    const now = readFileSync(out);
    if (now.equals(previous)) intact++;
    else {
      expect(await sheetsOf(out)).toEqual(REPORT_SHEETS);
      replaced++;
      writeFileSync(out, previous);
    }
  }
  expect(intact + replaced).toBe(50);
  // A kill can land before or after the rename; both must have happened for the test to mean much.
  expect(intact).toBeGreaterThan(0);
  expect(replaced).toBeGreaterThan(0);
}, 240_000);

test('two writers racing to one --out leave one complete workbook', async () => {
  const target = join(dir, 'race.xlsx');
  const run = () => new Promise<number | null>((resolve) => spawn(process.execPath, reportArgs(target), { stdio: 'ignore' }).on('exit', resolve));
  for (let round = 0; round < 3; round++) {
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    expect(existsSync(target)).toBe(true);
    expect(await sheetsOf(target)).toEqual(REPORT_SHEETS);
  }
  expect(readdirSync(dir).filter((n) => n.startsWith('.race.xlsx.'))).toEqual([]);
}, 120_000);

test('piped into head, check exits quietly (EPIPE)', () => {
  const r = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(bin)} check ${JSON.stringify(register)} --as-of "2026-11-05 10:00" | head -1`], { encoding: 'utf8' });
  expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.status);
});
