// The home card and the month's figures (WorkbookBackend.status / .monthSummary) from both
// backends on the same workbook: Office.js over the strict fake, exceljs in the browser. They must
// agree with each other and with the check and report each backend already gives.
import { render } from '../src/core/messages';
import ExcelJS from 'exceljs';
import { StrictExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { OfficeBackend } from '../src/excel/office-backend';
import { FileBackend } from '../src/taskpane/file-backend';
import type { OpContext } from '../src/workbook/backend';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { monthPeriod } from '../src/core/report/period';
import { at } from './helpers/build';

jest.setTimeout(60_000);
const ctx: OpContext = { signal: new AbortController().signal, progress: () => undefined };
const g = globalThis as { Excel?: unknown };
const AS_OF = at('2026-11-05 10:00');
const demo = demoRegister();

let runs = 0;
function office(withPolicy = true): OfficeBackend {
  const x = new StrictExcel();
  x.addSheet('登记', [demo.headers, ...demo.rows]);
  if (withPolicy) x.addSheet(POLICY_SHEET, addPolicySheetRows(preset('severity')!));
  runs = 0;
  g.Excel = { run: async (f: (c: Excel.RequestContext) => Promise<unknown>) => (runs++, f(x.context())) };
  return new OfficeBackend(() => undefined);
}

async function file(withPolicy = true): Promise<FileBackend> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('登记').addRows([demo.headers, ...demo.rows]);
  if (withPolicy) wb.addWorksheet(POLICY_SHEET).addRows(addPolicySheetRows(preset('severity')!));
  return FileBackend.open('x.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer, () => undefined);
}

afterEach(() => delete g.Excel);

test('the home card: one Excel.run, the same in both backends, and what the queue of a check holds', async () => {
  const b = office();
  const card = await b.status(AS_OF, ctx);
  expect(runs).toBe(1);
  const v = await b.check(AS_OF, ctx);
  expect(card.register).toBe('登记');
  expect(card.policySheet).toBe(true);
  expect(card.rows).toBe(demo.rows.length);
  expect(card.open).toBe(v.queue.length);
  expect(card.overdue).toBe(v.queue.filter((q) => q.group === 'overdue').length);
  expect(card.overdue).toBeGreaterThan(0);
  expect(card.dueSoon).toBe(v.queue.filter((q) => q.group === 'due-soon').length);
  expect(card.badCells).toBe(v.counts.badCells);
  // The next deadline is the nearest one not passed.
  const ahead = v.queue.filter((q) => q.minutesLeft >= 0).sort((a, c) => a.minutesLeft - c.minutesLeft);
  expect(card.next?.row).toBe(ahead[0].row);
  expect(await (await file()).status(AS_OF, ctx)).toEqual(card);
});

test('no policy sheet, no register: the card says so instead of failing', async () => {
  const b = office(false);
  const card = await b.status(AS_OF, ctx);
  expect([card.register, card.policySheet]).toEqual(['登记', false]);
  const empty = await FileBackend.open('e.xlsx', (await (() => { const wb = new ExcelJS.Workbook(); wb.addWorksheet('Sheet1').addRow(['备注']); return wb.xlsx.writeBuffer(); })()) as ArrayBuffer, () => undefined);
  const none = await empty.status(AS_OF, ctx);
  expect(none.register).toBeUndefined();
  expect(none.registerProblem && [render(none.registerProblem, 'zh'), render(none.registerProblem, 'en')]).toEqual([expect.stringMatching(/受理时间/), expect.stringMatching(/Received/)]);
  expect(none.open).toBe(0);
});

test('the month’s figures: the same in both backends; the chart’s bars add up to the complaints', async () => {
  const oct = monthPeriod(2026, 10);
  const a = await office().monthSummary(oct, undefined, ctx);
  const f = await (await file()).monthSummary(oct, undefined, ctx);
  expect(f).toEqual(a);
  expect(a.period).toBe('2026-10');
  expect(a.byDay).toHaveLength(31);
  expect(a.byDay.reduce((n, d) => n + d.count, 0)).toBe(a.complaints);
  expect(a.complaints).toBeGreaterThan(0);
  expect(a.onTime).not.toBeNull();
  expect(a.departments.length).toBeGreaterThan(0);
});
