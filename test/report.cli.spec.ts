// `complaints report` as a user runs it: the compiled CLI, real files, exit codes and messages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { demoRegister } from '../src/core/demo/generate';
import { addRegisterSheet } from '../src/export/write-register';

const root = join(__dirname, '..');
const fixture = (name: string) => join(__dirname, 'fixtures', name);
const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));

function cli(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles', LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('writes reports/appraisal-YYYY-MM.xlsx by default and says what it wrote', () => {
  const r = cli(['report', fixture('register-messy.xlsx'), '--month', '2026-11', '--as-of', '2026-11-30 12:00']);
  expect(r.code).toBe(0);
  expect(existsSync(join(dir, 'reports', 'appraisal-2026-11.xlsx'))).toBe(true);
  expect(r.out).toMatch(/wrote reports\/appraisal-2026-11\.xlsx: 月度统计, 月度考核, 满意度, 超期清单/);
});

test('bad rows are reported on stderr with row and column, and left out', () => {
  const r = cli(['report', fixture('register-messy.xlsx'), '--month', '2026-11', '--out', 'x.xlsx']);
  expect(r.err).toMatch(/2 row\(s\) cannot be read/);
  expect(r.err).toMatch(/row 8: \[投诉时间\]/);
  expect(r.err).toMatch(/row 9: \[客户名称\]/);
});

test('--json prints every figure', () => {
  const r = cli(['report', fixture('register-messy.xlsx'), '--month', '2026-11', '--as-of', '2026-11-04 12:00', '--json', '--out', 'j.xlsx']);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out);
  expect(Object.keys(j)).toEqual(['period', 'policy', 'population', 'invalid', 'badRows', 'byCategory', 'byChannel', 'byDepartment', 'byTier', 'byBranch', 'byDay', 'secondary', 'resolutionTime', 'onTime', 'resolution', 'appraisal', 'penalties', 'reward', 'satisfaction', 'overdue', 'quarter', 'qualityFines', 'products', 'indicators', 'rework', 'read']);
  expect(j.byBranch).toEqual([]);
  expect(j.read.headerRow).toBe(3);
  expect(j.read.unread).toEqual([]);
  expect(j.period).toEqual({ kind: 'month', label: '2026-11', start: '2026-11-01T00:00', end: '2026-12-01T00:00', asOf: '2026-11-04T12:00' });
  expect(j.population).toBe(4); // A-7 (A-6 is invalid, A-4 and A-5 unreadable)
  expect(j.invalid).toBe(1);
  expect(j.badRows.map((b: { row: number }) => b.row)).toEqual([8, 9]);
});

test('--quarter adds the quarterly sheet', () => {
  const r = cli(['report', fixture('register-messy.xlsx'), '--quarter', '2026-Q4', '--as-of', '2026-12-01 00:00']);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/appraisal-2026-Q4\.xlsx: .*季度汇总/);
});

test.each([
  ['neither period', ['report', fixture('register-messy.xlsx')], /exactly one of --month/],
  ['both periods', ['report', fixture('register-messy.xlsx'), '--month', '2026-11', '--quarter', '2026-Q4'], /exactly one of --month/],
  ['bad month', ['report', fixture('register-messy.xlsx'), '--month', '2026-13'], /not a month/],
  ['no register', ['report', fixture('no-register.xlsx'), '--month', '2026-11'], /no register sheet/],
  ['not a workbook', ['report', fixture('not-a-workbook.xlsx'), '--month', '2026-11'], /as an \.xlsx workbook/],
])('%s: exit 2 and one line', (_n, args, message) => {
  const r = cli(args as string[]);
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(message as RegExp);
});

test('progress on stderr above 10,000 rows, none below', async () => {
  const big = join(dir, 'big.xlsx');
  const demo = demoRegister(3, 10_050);
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  await wb.xlsx.writeFile(big);
  const r = cli(['report', big, '--month', '2026-10', '--out', 'big-out.xlsx']);
  expect(r.code).toBe(0);
  expect(r.err).toMatch(/read 10,050 rows/);
  expect(r.err).toMatch(/computing figures/);
  expect(r.err).toMatch(/writing big-out\.xlsx/);
  const small = cli(['report', fixture('register-with-policy.xlsx'), '--month', '2026-11', '--out', 'small.xlsx']);
  expect(small.err).toBe('');
}, 60_000);

test('product complaints (004) and quality fines (001) are summed up in the output', async () => {
  const file = join(dir, 'products.xlsx');
  const demo = demoRegister();
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  await wb.xlsx.writeFile(file);
  const r = cli(['report', file, '--month', '2026-10', '--out', 'products-out.xlsx', '--preset', 'quality-001']);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/wrote products-out\.xlsx: 月度统计, 月度考核, 满意度, 超期清单, 产品统计/);
  expect(r.out).toMatch(/product complaints: \d+, by product category: .*(冰箱|洗衣机|空调|热水器) \d+.*; batches with several complaints: [A-Z]{2}\d{4}[A-F] \(\d+\)/);
  expect(r.out).toMatch(/quality fines: \d+ lines, \d+ yuan in all/);
}, 60_000);
