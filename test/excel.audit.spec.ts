// The audit trail in Excel (strict fake): a change to an audited column of the register becomes a
// row of the hidden 操作记录 sheet; 办结时间 typed in fills 办结人 with the handler of that moment.
// Office.js: WorksheetChangedEventArgs.details (single cell, ExcelApi 1.9) and triggerSource
// (ExcelApi 1.14), https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs;
// Worksheet.visibility (ExcelApi 1.1), https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member.
import { StrictExcel } from './helpers/excel-strict';
import { forgetWatches, recordChange, watchRegister, RegisterChange } from '../src/excel/audit';
import { AUDIT_HEADERS, AUDIT_SHEET } from '../src/core/register/audit';
import { GENERATED_MARK, REGISTER_MARK } from '../src/workbook/setup-plan';
import { OfficeBackend } from '../src/excel/office-backend';
import { at } from './helpers/build';

const now = at('2026-12-03 10:00');
let x: StrictExcel;
const id = () => x.sheet('登记')!.id;
const grid = () => [
  ['编号', '受理时间', '客户', '处理人', '是否有效', '办结时间', '办结人'],
  ['TS-2026-0001', '2026-11-01 09:00', '王', '甲', '是', null, null],
  ['TS-2026-0002', '2026-11-02 09:00', '李', '乙', '是', null, null],
];
/** The user types `value` into a cell: the sheet changes, then Excel raises the event. */
function type(row: number, col: number, value: unknown, before: unknown): RegisterChange {
  x.sheet('登记')!.cells[row][col] = value as never;
  const letter = String.fromCharCode(65 + col);
  return { worksheetId: id(), address: `${letter}${row + 1}`, triggerSource: 'Unknown', details: { valueBefore: before, valueAfter: value } };
}
const log = () => x.sheet(AUDIT_SHEET);

beforeEach(() => {
  // Each spec fakes a workbook of its own, so a runtime of its own: no sheet is watched yet.
  forgetWatches();
  x = new StrictExcel();
  x.addSheet('登记', grid());
});

test('a change of 是否有效 is logged, with who and when, in a hidden sheet the add-in owns', async () => {
  const entries = await recordChange(x.context(), type(2, 4, '否', '是'), '张主管', now);
  expect(entries).toHaveLength(1);
  expect(log()!.visibility).toBe('Hidden');
  expect(log()!.props.get(GENERATED_MARK)).toBe('audit');
  expect(log()!.cells[0]).toEqual(AUDIT_HEADERS);
  expect(log()!.cells[1]).toEqual(['2026-12-03 10:00', '张主管', '登记', '3', 'TS-2026-0002', '是否有效', '是否有效', '是', '否']);
});

test('later changes are appended below; without a name the person is unknown', async () => {
  await recordChange(x.context(), type(1, 4, '否', '是'), undefined, now);
  await recordChange(x.context(), type(1, 4, '是', '否'), undefined, at('2026-12-03 11:00'));
  expect(log()!.cells.slice(1).map((r) => [r[0], r[1], r[7], r[8]])).toEqual([
    ['2026-12-03 10:00', '(未知 unknown)', '是', '否'],
    ['2026-12-03 11:00', '(未知 unknown)', '否', '是'],
  ]);
});

test('a resolution fills 办结人 with the handler of that moment, and both are logged', async () => {
  const entries = await recordChange(x.context(), type(1, 5, '2026-11-05 16:00', null), '甲', now);
  expect(x.value('登记', 1, 6)).toBe('甲');
  expect(entries.map((e) => [e.field, e.before, e.after])).toEqual([['resolved', '', '2026-11-05 16:00'], ['resolvedBy', '', '甲']]);
  // Changing 处理人 afterwards leaves 办结人 as it was (and 处理人 is not an audited column).
  expect(await recordChange(x.context(), type(1, 3, '乙', '甲'), '甲', now)).toEqual([]);
  expect(x.value('登记', 1, 6)).toBe('甲');
});

test('not logged: columns outside the audit, the header row, and the add-in\'s own writes', async () => {
  expect(await recordChange(x.context(), type(1, 2, '王先生', '王'), 'a', now)).toEqual([]);
  expect(await recordChange(x.context(), { ...type(2, 4, '否', '是'), triggerSource: 'ThisLocalAddin' }, 'a', now)).toEqual([]);
  expect(await recordChange(x.context(), type(0, 4, '有效', '是否有效'), 'a', now)).toEqual([]);
  expect(log()).toBeUndefined();
});

test('a paste over several cells: Excel gives no earlier values, the log says so', async () => {
  x.sheet('登记')!.cells[1][4] = '否';
  x.sheet('登记')!.cells[2][4] = '否';
  const entries = await recordChange(x.context(), { worksheetId: id(), address: 'E2:E3' }, 'a', now);
  expect(entries.map((e) => [e.row, e.before, e.after])).toEqual([[2, '(原值未知 not reported)', '否'], [3, '(原值未知 not reported)', '否']]);
});

test('watchRegister listens on the register sheet; an event is logged in its own Excel.run', async () => {
  const g = globalThis as { Excel?: unknown };
  g.Excel = { run: (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  try {
    const ctx = x.context();
    watchRegister(ctx, '登记', () => '甲', () => now);
    await ctx.sync();
    expect(x.changedHandlers).toHaveLength(1);
    await x.changedHandlers[0](type(2, 4, '否', '是'));
    expect(log()!.cells[1][1]).toBe('甲');
  } finally {
    delete g.Excel;
  }
});

test('watched twice (the runtime\'s start and the pane): one handler, with the later options', async () => {
  const g = globalThis as { Excel?: unknown };
  g.Excel = { run: (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  try {
    const ctx = x.context();
    expect(watchRegister(ctx, '登记', () => '甲', () => now)).toBe(true);
    expect(watchRegister(ctx, '登记', () => '乙', () => now, { idPattern: 'TS-{YYYY}-{####}' })).toBe(false);
    expect(x.changedHandlers).toHaveLength(1);
    x.sheet('登记')!.cells.push([null, null, null, null, null, null, null]);
    await x.changedHandlers[0](type(3, 2, '孙', null));
    await x.changedHandlers[0](type(2, 4, '否', '是'));
    expect(x.value('登记', 3, 0)).toBe('TS-2026-0003');
    expect(log()!.cells.slice(1).map((r) => r[1])).toEqual(['乙']);
  } finally {
    delete g.Excel;
  }
});

test('the fake refuses what Excel refuses: hiding the last visible sheet', async () => {
  const one = new StrictExcel();
  one.addSheet('only', [['a']]);
  const ctx = one.context();
  ctx.workbook.worksheets.getItem('only').visibility = 'Hidden';
  await expect(ctx.sync()).rejects.toThrow(/at least one visible worksheet/);
});

test('the pane\'s backend starts the trail on the set-up register, and says which sheet', async () => {
  const g = globalThis as { Excel?: unknown };
  g.Excel = { run: (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  try {
    expect(await new OfficeBackend(() => undefined).watchChanges()).toBe('');
    x.sheet('登记')!.props.set(REGISTER_MARK, '');
    expect(await new OfficeBackend(() => undefined).watchChanges()).toBe('登记');
    expect(x.changedHandlers).toHaveLength(1);
  } finally {
    delete g.Excel;
  }
});

test('a new row gets its 编号 as soon as it has a 受理时间 or 客户 (the policy\'s pattern)', async () => {
  x.sheet('登记')!.cells.push([null, null, null, null, null, null, null]);
  const ev = type(3, 1, '2026-12-02 09:30', null);
  await recordChange(x.context(), ev, '甲', now, { idPattern: 'TS-{YYYY}-{####}' });
  expect(x.value('登记', 3, 0)).toBe('TS-2026-0003');
  // Typing 客户 in the same row later keeps it.
  await recordChange(x.context(), type(3, 2, '孙', null), '甲', now, { idPattern: 'TS-{YYYY}-{####}' });
  expect(x.value('登记', 3, 0)).toBe('TS-2026-0003');
  // Without the option (the CLI, tests of the log alone) no id is given.
  x.sheet('登记')!.cells.push([null, null, '周', null, null, null, null]);
  await recordChange(x.context(), type(4, 2, '周', null), '甲', now);
  expect(x.value('登记', 4, 0)).toBeNull();
});
