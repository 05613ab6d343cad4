// The task pane's backend inside Excel, over the fake workbook: each operation is one Excel.run,
// Office errors become one line, a cancel stays a cancel, and the exported workbook opens as a new
// workbook where ExcelApi 1.8 has Excel.createWorkbook, else goes to the download it was handed.
import ExcelJS from 'exceljs';
import { StrictExcel as FakeExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { OfficeBackend, toBase64 } from '../src/excel/office-backend';
import type { OpContext } from '../src/workbook/backend';
import { demoRegister } from '../src/core/demo/generate';
import { DEFAULT_PRESET, preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { monthPeriod } from '../src/core/report/period';
import { at } from './helpers/build';
import { render } from '../src/core/messages';

const ctx = (signal = new AbortController().signal): OpContext => ({ signal, progress: () => undefined });
type G = { Excel?: unknown; Office?: unknown };
const g = globalThis as G;

let x: FakeExcel;
let runs: number;
let created: string[];
function host(opts: { createWorkbook: boolean; fail?: unknown }) {
  runs = 0;
  created = [];
  g.Excel = {
    run: async (f: (c: Excel.RequestContext) => Promise<unknown>) => {
      runs++;
      if (opts.fail) throw opts.fail;
      return f(x.context());
    },
    createWorkbook: async (base64: string) => void created.push(base64),
  };
  // Requirement-set versions compare part by part (1.16 is above 1.8), as Office's isSetSupported does.
  const atMost18 = (v: string) => { const [maj, min = 0] = v.split('.').map(Number); return maj < 1 || (maj === 1 && min <= 8); };
  g.Office = { context: { requirements: { isSetSupported: (set: string, v: string) => opts.createWorkbook && set === 'ExcelApi' && atMost18(v) } } };
}

beforeEach(() => {
  x = new FakeExcel();
  const demo = demoRegister(7, 30);
  x.addSheet('登记', [demo.headers, ...demo.rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(preset('severity')!));
});
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

test('base64 for createWorkbook is the standard encoding, also past the 32 KB slices', () => {
  const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7919) % 256);
  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
});

test('check: one Excel.run, the register found by the core rule, the sheet\'s policy', async () => {
  host({ createWorkbook: true });
  const b = new OfficeBackend(() => undefined);
  const v = await b.check(at('2026-11-05 10:00'), ctx());
  expect(runs).toBe(1);
  expect(v.sheet).toBe('登记');
  expect(v.counts.rows).toBe(30);
  const p = await b.readPolicy();
  expect([p.source, p.policy?.name, p.problems]).toEqual(['sheet', preset('severity')!.name, []]);
});

test('no policy sheet: the default preset, said so', async () => {
  host({ createWorkbook: true });
  x.sheet(POLICY_SHEET)!.deleted = true;
  const p = await new OfficeBackend(() => undefined).readPolicy();
  expect(p.source).toBe('preset');
  expect(p.policy?.name).toBe(preset(DEFAULT_PRESET)!.name);
  expect(p.problems).toEqual([]);
});

test('an Office error reaches the pane as one line with its code', async () => {
  host({ createWorkbook: true, fail: { code: 'InvalidArgument', message: 'The argument is invalid.', debugInfo: { errorLocation: 'Range.values' } } });
  await expect(new OfficeBackend(() => undefined).check(at('2026-11-05 10:00'), ctx())).rejects.toThrow(new Error('Excel：The argument is invalid. [InvalidArgument] (Range.values)'));
});

test('a cancel stays an AbortError (the pane says "cancelled", not "error")', async () => {
  host({ createWorkbook: true, fail: new DOMException('cancelled', 'AbortError') });
  await expect(new OfficeBackend(() => undefined).generate(monthPeriod(2026, 10), false, undefined, ctx())).rejects.toMatchObject({ name: 'AbortError' });
});

test('export opens the workbook as a new one where Excel can, and downloads nothing', async () => {
  host({ createWorkbook: true });
  const got: string[] = [];
  const msg = await new OfficeBackend((name) => void got.push(name)).exportWorkbook(monthPeriod(2026, 10), false, undefined, ctx());
  expect([render(msg, 'zh'), render(msg, 'en')]).toEqual(['appraisal-2026-10.xlsx → 新工作簿', 'appraisal-2026-10.xlsx → new workbook']);
  expect(got).toEqual([]);
  expect(created).toHaveLength(1);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Uint8Array.from(Buffer.from(created[0], 'base64')).buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['月度统计', '月度考核', '满意度', '超期清单', '产品统计', '延期重办申诉']);
});

test('export without createWorkbook goes to the download the entry file handed over', async () => {
  host({ createWorkbook: false });
  const got: { name: string; size: number }[] = [];
  const msg = await new OfficeBackend((name, bytes) => void got.push({ name, size: bytes.byteLength })).exportWorkbook(monthPeriod(2026, 10), false, undefined, ctx());
  expect(render(msg, 'zh')).toBe('appraisal-2026-10.xlsx ↓ 已下载');
  expect(created).toEqual([]);
  expect(got).toHaveLength(1);
  expect(got[0].name).toBe('appraisal-2026-10.xlsx');
  expect(got[0].size).toBeGreaterThan(5000);
});

test('generate writes the month\'s sheets into the open workbook in one Excel.run', async () => {
  host({ createWorkbook: true });
  const msg = await new OfficeBackend(() => undefined).generate(monthPeriod(2026, 10), false, undefined, ctx());
  expect(runs).toBe(1);
  expect([render(msg, 'zh'), render(msg, 'en')]).toEqual(['已写入 月度统计, 月度考核, 满意度, 超期清单, 产品统计, 延期重办申诉；图表 3 个', 'wrote 月度统计, 月度考核, 满意度, 超期清单, 产品统计, 延期重办申诉; 3 charts']);
  expect(String(x.sheet('超期清单')!.cells[0][0])).toMatch(/^2026-10 /);
  expect(x.sheet('登记')!.cells.length).toBe(31);
});
