// Automatic 编号 in Excel (strict fake, which refuses what Excel refuses: ./helpers/excel-rules.ts):
// the pane's "fill ids" writes only the empty 编号 cells, as text (Range.numberFormat "@" before
// Range.values, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member),
// in one Excel.run; ids already there are never changed or renumbered.
import { StrictExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { OfficeBackend } from '../src/excel/office-backend';
import type { OpContext } from '../src/workbook/backend';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { at } from './helpers/build';
import ExcelJS from 'exceljs';
import { FileBackend } from '../src/taskpane/file-backend';
import { MsgError, msg, render } from '../src/core/messages';

const ctx: OpContext = { signal: new AbortController().signal, progress: () => undefined };
type G = { Excel?: unknown };
const g = globalThis as G;
let x: StrictExcel;
let runs = 0;

beforeEach(() => {
  x = new StrictExcel();
  runs = 0;
  g.Excel = { run: async (f: (c: Excel.RequestContext) => Promise<unknown>) => (runs++, f(x.context())) };
});
afterEach(() => delete g.Excel);

const register = [
  ['编号', '受理时间', '客户', '投诉事项'],
  ['TS-2026-0007', '2026-11-01 09:00', '王', 'a'],
  [null, '2026-11-02 09:00', '李', 'b'],
  [null, '2026-11-03 09:00', '张', 'c'],
  ['旧单-1', '2026-11-03 10:00', '赵', 'd'],
  ['  ', '2025-12-30 10:00', '钱', 'e'],
];

test('empty ids get the next numbers of the pattern, by the year of receipt; the rest is untouched', async () => {
  x.addSheet('登记', register.map((r) => [...r]));
  const said = await new OfficeBackend(() => undefined).fillIds(at('2026-12-03 10:00'), ctx);
  expect([render(said, 'zh'), render(said, 'en')]).toEqual(['编号 +3', 'IDs +3']);
  expect(runs).toBe(1);
  expect([1, 2, 3, 4, 5].map((r) => x.value('登记', r, 0))).toEqual(['TS-2026-0007', 'TS-2026-0008', 'TS-2026-0009', '旧单-1', 'TS-2025-0001']);
  // Written as text: two runs (rows 2–3 and row 5), each formatted "@" first.
  const writes = x.writes.filter((w) => w.sheet === '登记');
  expect(writes.map((w) => [w.kind, w.address])).toEqual([['numberFormat', 'A3:A4'], ['values', 'A3:A4'], ['numberFormat', 'A6:A6'], ['values', 'A6:A6']]);
  expect(x.value('登记', 2, 1)).toBe(register[2][1]);
});

test('filling again gives nothing new: every row has its id', async () => {
  x.addSheet('登记', register.map((r) => [...r]));
  const b = new OfficeBackend(() => undefined);
  await b.fillIds(at('2026-12-03 10:00'), ctx);
  expect(await b.fillIds(at('2026-12-03 10:00'), ctx)).toEqual(msg('done.ids', { n: 0 }));
});

test('the policy\'s 编号格式 is used', async () => {
  x.addSheet('登记', register.map((r) => [...r]));
  const p = preset('severity')!;
  p.idPattern = 'KS{YY}{MM}-{###}';
  x.addSheet(POLICY_SHEET, addPolicySheetRows(p));
  await new OfficeBackend(() => undefined).fillIds(at('2026-12-03 10:00'), ctx);
  expect([2, 3, 5].map((r) => x.value('登记', r, 0))).toEqual(['KS2611-001', 'KS2611-002', 'KS2512-001']);
});

test('a register without an 编号 column: one line saying so, nothing written', async () => {
  x.addSheet('登记', register.map((r) => r.slice(1)));
  const e = await new OfficeBackend(() => undefined).fillIds(at('2026-12-03 10:00'), ctx).then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(MsgError);
  expect([render((e as MsgError).msg, 'zh'), render((e as MsgError).msg, 'en')]).toEqual([expect.stringMatching(/没有编号列/), expect.stringMatching(/no ID column/)]);
  expect(x.writes).toEqual([]);
});

test('outside Excel (the file backend) the same plan fills the file, as text', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记');
  for (const r of register) ws.addRow(r);
  let saved: Uint8Array | ArrayBuffer | undefined;
  const file = await FileBackend.open('r.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer, (_n, b) => (saved = b));
  expect(await file.fillIds(at('2026-12-03 10:00'), ctx)).toEqual(msg('done.ids', { n: 3 }));
  await file.save();
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(saved as ArrayBuffer);
  const col = out.getWorksheet('登记')!.getColumn(1);
  expect(col.values.slice(2)).toEqual(['TS-2026-0007', 'TS-2026-0008', 'TS-2026-0009', '旧单-1', 'TS-2025-0001']);
  expect(out.getWorksheet('登记')!.getCell('A3').numFmt).toBe('@');
});
