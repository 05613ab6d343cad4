// `complaints report` over several registers (issue 15): the three outside-tool fixtures stand for
// three branches, each read with its own mapping (the WPS one with its saved 列映射 sheet); the
// helpdesk export reuses a CRM code. The consolidated figures must equal the sum of the reports of
// each register on its own, per branch and in total.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'report-consolidate-'));
const FILES = ['crm-export', 'helpdesk-export', 'wps-template'];
const regs = join(dir, 'registers');
mkdirSync(regs);
for (const f of FILES) copyFileSync(join(__dirname, 'fixtures', 'outside', `${f}.xlsx`), join(regs, `${f}.xlsx`));
// A lock file Excel leaves next to an open workbook is not a register.
copyFileSync(join(__dirname, 'fixtures', 'not-a-workbook.xlsx'), join(regs, '~$crm-export.xlsx'));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

type Rate = { num: number; den: number; value: number | null };
interface Figures {
  population: number; invalid: number; resolution: Rate; onTime: Record<string, Rate>; secondary: Rate;
  byCategory: { key: string; count: number }[]; byTier: { key: string; count: number }[]; byBranch: { key: string; count: number }[];
  overdue: { branch: string; id: string }[]; penalties: unknown[]; badRows: unknown[];
  satisfaction: { register: { responses: number; mean: number | null } };
  appraisal: { branches: { unit: string; received: number; resolved: number; onTimeRate: number | null; rated: number; meanSatisfaction: number | null }[]; departments: { unit: string }[] };
  clashes?: { id: string; places: { register: string; row: number }[] }[];
  registers: { file: string; branch: string; read: { sheet: string; columns: { header: string; by: string }[]; unread: { header: string }[] } }[];
  notes: string[];
}

const month = ['--month', '2026-11', '--as-of', '2026-11-30 18:00'];
const separate: Record<string, Figures> = {};
let folder: Figures;
let listed: Figures;
let text: string;
beforeAll(() => {
  for (const f of FILES) {
    const r = cli(['report', join(regs, `${f}.xlsx`), ...month, '--json', '--out', `${f}-alone.xlsx`]);
    expect(r.code).toBe(0);
    separate[f] = JSON.parse(r.out);
  }
  const a = cli(['report', regs, ...month, '--json', '--out', 'group.xlsx']);
  expect(a.code).toBe(0);
  folder = JSON.parse(a.out);
  const b = cli(['report', ...FILES.map((f) => join(regs, `${f}.xlsx`)), ...month, '--json', '--out', 'group-listed.xlsx']);
  expect(b.code).toBe(0);
  listed = JSON.parse(b.out);
  text = cli(['report', regs, ...month, '--out', 'group-text.xlsx']).out;
});

const sum = (pick: (f: Figures) => number) => FILES.reduce((s, f) => s + pick(separate[f]), 0);
const counts = (rows: { key: string; count: number }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.key, r.count]));

test('a folder and the same files listed give the same figures', () => {
  expect(listed).toEqual(folder);
});

test('the total equals the sum of the separate reports', () => {
  expect(folder.population).toBe(sum((f) => f.population));
  expect(folder.population).toBe(11);
  expect(folder.invalid).toBe(sum((f) => f.invalid));
  expect(folder.badRows).toHaveLength(0);
  expect([folder.resolution.num, folder.resolution.den]).toEqual([sum((f) => f.resolution.num), sum((f) => f.resolution.den)]);
  for (const m of Object.keys(folder.onTime)) {
    expect([m, folder.onTime[m].num, folder.onTime[m].den]).toEqual([m, sum((f) => f.onTime[m].num), sum((f) => f.onTime[m].den)]);
  }
  expect(folder.secondary.num).toBe(sum((f) => f.secondary.num));
  expect(folder.overdue).toHaveLength(sum((f) => f.overdue.length));
  expect(folder.penalties).toHaveLength(sum((f) => f.penalties.length));
  expect(folder.satisfaction.register.responses).toBe(sum((f) => f.satisfaction.register.responses));
  const merged: Record<string, number> = {};
  for (const f of FILES) for (const [k, n] of Object.entries(counts(separate[f].byCategory))) merged[k] = (merged[k] ?? 0) + n;
  expect(counts(folder.byCategory)).toEqual(merged);
  const tiers: Record<string, number> = {};
  for (const f of FILES) for (const [k, n] of Object.entries(counts(separate[f].byTier))) tiers[k] = (tiers[k] ?? 0) + n;
  expect(counts(folder.byTier)).toEqual(tiers);
});

test.each(FILES)('branch %s: its figures are those of its own report', (f) => {
  const alone = separate[f];
  expect(counts(folder.byBranch)[f]).toBe(alone.population);
  const b = folder.appraisal.branches.find((x) => x.unit === f);
  expect(b).toMatchObject({ received: alone.population, resolved: alone.resolution.num, onTimeRate: alone.onTime.all.value, rated: alone.satisfaction.register.responses, meanSatisfaction: alone.satisfaction.register.mean });
  expect(folder.overdue.filter((o) => o.branch === f).map((o) => o.id).sort()).toEqual(alone.overdue.map((o) => o.id).sort());
  expect(alone.byBranch).toEqual([]);
});

test('departments are units of their branch, never merged across branches', () => {
  for (const d of folder.appraisal.departments) expect(FILES.some((f) => d.unit.startsWith(`${f} · `))).toBe(true);
});

test('the same complaint id in two registers is detected and named; both stay counted', () => {
  expect(folder.notes).toEqual([expect.stringMatching(/^编号 KS-2026-0012 /)]);
  expect(folder.clashes).toEqual([{ id: 'KS-2026-0012', places: [{ register: 'crm-export', row: 2 }, { register: 'helpdesk-export', row: 4 }] }]);
  expect(text).toMatch(/编号 KS-2026-0012 出现在多个登记表：crm-export 第 2 行、helpdesk-export 第 4 行；均已计入/);
});

test('each register says what it read, with its own mapping', () => {
  expect(folder.registers.map((r) => [r.file, r.branch])).toEqual(FILES.map((f) => [join(regs, `${f}.xlsx`), f]));
  const read = folder.registers.map((r) => r.read);
  expect(read.map((r) => r.sheet)).toEqual(['投诉工单', 'Tickets', '投诉登记']);
  expect(read[2].columns.find((c) => c.header === '服务满意度')?.by).toBe('mapping');
  expect(read[0].unread.map((u) => u.header)).toEqual(['状态', '客户经理', '备注']);
  // In the CLI's language (issue 12: it was English under the default zh).
  expect(text).toMatch(/（3 个登记表，3 个分公司）|— 3 registers, 3 branches/);
});

test('the workbook has branch blocks and a 读取说明 sheet naming every register and the clash', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'group.xlsx'));
  expect(wb.worksheets.map((w) => w.name)).toEqual(['月度统计', '月度考核', '满意度', '超期清单', '读取说明']);
  const texts = (name: string) => {
    const out: string[] = [];
    wb.getWorksheet(name)?.eachRow((row) => row.eachCell((c) => out.push(String(c.value))));
    return out;
  };
  expect(texts('月度考核')).toContain('分公司考核 Appraisal by branch');
  expect(texts('月度统计')).toContain('按分公司 By branch');
  expect(texts('超期清单')).toContain('分公司');
  const notes = texts('读取说明');
  for (const f of FILES) expect(notes.some((t) => t.startsWith(`${f}: `))).toBe(true);
  expect(notes.some((t) => /KS-2026-0012/.test(t))).toBe(true);
  expect(notes).toContain('服务满意度');
  // Contacts stay private in the notes as everywhere else: no phone number is written out.
  expect(notes.join('\n')).not.toMatch(/13812345678/);
});

test('--out naming one of the registers is refused', () => {
  const r = cli(['report', regs, ...month, '--out', join(regs, 'crm-export.xlsx')]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/指向输入文件|is the input/);
});

test('an empty folder is refused with one line', () => {
  mkdirSync(join(dir, 'empty'));
  const r = cli(['report', join(dir, 'empty'), ...month]);
  expect(r.code).toBe(2);
  // In the CLI's language (issue 12: it was English only).
  expect(r.err).toMatch(/empty：该文件夹中没有 \.xlsx 登记表\n$|empty: the folder holds no \.xlsx register\n$/);
  const en = cli(['report', join(dir, 'empty'), ...month, '--lang', 'en']);
  expect(en.err).toMatch(/^complaints: \S+empty: the folder holds no \.xlsx register\n$/);
  expect(cli(['report', join(dir, 'nowhere'), ...month, '--lang', 'en']).err).toMatch(/^complaints: cannot read \S+nowhere: no such file or folder\n$/);
});

test('--merge: registers that are parts of one (one per month) have no branch dimension and one history', () => {
  const r = cli(['report', regs, ...month, '--json', '--merge', '--out', 'merged.xlsx']);
  expect(r.code).toBe(0);
  const j: Figures = JSON.parse(r.out);
  expect(j.byBranch).toEqual([]);
  expect(j.appraisal.branches).toEqual([]);
  expect(j.population).toBe(folder.population);
  expect(j.overdue.every((o) => o.branch === '')).toBe(true);
  // Departments are not qualified by a branch when there is none.
  expect(j.appraisal.departments.map((d) => d.unit)).toContain('售后部');
  expect(j.clashes?.map((c) => c.id)).toEqual(['KS-2026-0012']);
  expect(j.registers.map((x) => x.branch)).toEqual(['', '', '']);
});
