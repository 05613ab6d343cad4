// Adopting a sheet in Excel (strict fake): exact, untrimmed header names in the structured
// references; sheets with several tables, a filtered table, merged header cells and a protected
// sheet either work or stop with a message the user can act on.
import { MsgError, render } from '../src/core/messages';
import { StrictExcel } from './helpers/excel-strict';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { inspectActiveSheet, officeError, setUpRegister } from '../src/excel/adapter';
import { qualifiedReferences, structuredColumns } from './helpers/excel-rules';
import { TIER_SHEET } from '../src/workbook/setup-plan';
import { recalculateFunctionColumns } from '../src/excel/policy-source';
import { columnLetter } from '../src/workbook/address';

const severity = preset('severity')!;

/** The demo register with some headers padded with spaces, as typed by people. */
function sheetRows(rows = 20) {
  const demo = demoRegister(7, rows);
  const headers = demo.headers.map((h) => (h === '受理时间' ? ' 受理时间 ' : h === '损失金额（元）' ? '损失金额（元） ' : h));
  return { headers, rows: [headers, ...demo.rows] };
}

async function adopt(x: StrictExcel) {
  const ctx = x.context();
  const preview = await inspectActiveSheet(ctx);
  const plan = await setUpRegister(ctx, { policy: severity, preview });
  return { preview, plan };
}

test('untrimmed headers: the formulas name the columns exactly and Excel (the strict fake) accepts them', async () => {
  const x = new StrictExcel();
  x.addSheet('登记', sheetRows().rows);
  const { preview, plan } = await adopt(x);
  expect(preview.columns.find((c) => c.field === 'received')?.header).toBe(' 受理时间 ');
  // The tiers: one whole-column TIER on the tier sheet (issue 13 §1), naming the columns exactly.
  const tier = plan.tierSpill!.formula;
  const columns = qualifiedReferences(tier).map((q) => q.column);
  expect(columns).toContain('损失金额（元） ');
  expect(columns).toContain(' 受理时间 ');
  const t = x.tables[0];
  for (const f of plan.formulas) for (const name of structuredColumns(f.formula)) expect(t.columns).toContain(name);
  expect(x.formula(TIER_SHEET, 0, 0)).toBe(tier);
  expect(x.value(TIER_SHEET, 0, 0)).not.toBe('#NAME?');
  expect(x.value(TIER_SHEET, 0, 0)).not.toBe('#SPILL!');
  expect(x.formula('登记', 1, plan.formulas[0].col)).toBe(plan.formulas[0].formula);
  expect(x.value('登记', 1, plan.formulas[0].col)).not.toBe('#NAME?');
});

test('an existing register table is kept; a second table elsewhere on the sheet is not picked', async () => {
  const x = new StrictExcel({ excelApi: '1.13' });
  const restore = x.installOffice();
  const { rows } = sheetRows();
  x.addSheet('登记', [...rows, [], ['代码', '说明'], ['A', '甲']]);
  x.addTable('登记', 'A23:B24', 'Codes');
  // The user's table covers the first 23 columns (A:W); the headed columns after it join it (issue 13 §6).
  x.addTable('登记', `A1:W${rows.length}`, 'MyRegister');
  const { preview, plan } = await adopt(x).finally(restore);
  expect(preview.existingTable).toBe('MyRegister');
  expect(plan.newHeaders.length).toBeGreaterThan(0);
  const t = x.tables.find((tb) => tb.name === 'MyRegister')!;
  expect(t.columns.slice(0, rows[0].length)).toEqual(rows[0]);
  expect(t.columns).toContain('计算等级');
  expect(x.tables.find((t) => t.name === 'Codes')!.columns).toEqual(['代码', '说明']);
});

test('a filtered register table stops with a message', async () => {
  const x = new StrictExcel();
  const { rows } = sheetRows();
  x.addSheet('登记', rows);
  x.addTable('登记', `A1:${columnLetter(rows[0].length)}${rows.length}`, 'MyRegister', true);
  // A catalogued value (issue 12): the pane says it in its language.
  const e = await inspectActiveSheet(x.context()).catch((x: unknown) => x);
  expect(e instanceof MsgError && [render(e.msg, 'zh'), render(e.msg, 'en')]).toEqual(['表格 MyRegister 已筛选：请先清除筛选，计算列才能覆盖所有行', 'table MyRegister is filtered: clear the filter first so the computed columns reach every row']);
});

test('a table overlapping the register range stops with a message naming it', async () => {
  const x = new StrictExcel();
  const { rows } = sheetRows();
  x.addSheet('登记', rows);
  x.addTable('登记', 'C5:D8', 'Inner');
  await expect(inspectActiveSheet(x.context())).rejects.toThrow(/Inner/);
});

test('merged header cells and a protected sheet: Excel refuses, the user reads what to do', async () => {
  const merged = new StrictExcel();
  merged.addSheet('登记', sheetRows().rows);
  merged.sheet('登记')!.merges.push({ r0: 0, c0: 21, r1: 0, c1: 22 });
  const e1 = await adopt(merged).catch((e: unknown) => e);
  expect(render(officeError(e1), 'zh')).toMatch(/^登记区有合并单元格.*请先取消合并 — Excel：.*\[MergedRangeConflict\]/);
  expect(render(officeError(e1), 'en')).toMatch(/^merged cells .*unmerge them first — Excel: .*\[MergedRangeConflict\]/);

  const locked = new StrictExcel();
  locked.addSheet('登记', sheetRows().rows).protected = true;
  const e2 = await adopt(locked).catch((e: unknown) => e);
  expect(render(officeError(e2), 'zh')).toMatch(/^工作表受保护.*\[AccessDenied\]/);
  expect(render(officeError(e2), 'en')).toMatch(/^the sheet is protected: unprotect it first — Excel: .*\[AccessDenied\]/);
  expect(locked.tables).toEqual([]);
});

// Regression (issue 10 §2): a policy edit recalculated the whole workbook (calculate(full)).
test('after a policy edit only the register\'s computed columns are recalculated, not the workbook', async () => {
  const x = new StrictExcel();
  x.addSheet('登记', sheetRows(30).rows);
  x.addSheet('其他', [['a', 'b'], [1, 2]]);
  x.addTable('其他', 'A1:B2', 'Other');
  const { plan } = await adopt(x);
  const n = await recalculateFunctionColumns(x.context());
  expect(n).toBe(plan.formulas.length);
  expect(x.calculations).toHaveLength(plan.formulas.length);
  expect(x.calculations.every((c) => c.startsWith('登记!') || c.startsWith(`${TIER_SHEET}!`))).toBe(true);
  expect(x.calculations.some((c) => c.startsWith('application:'))).toBe(false);
});

// Issue 10 §2: formats, lists and colours on table-relative ranges (a column's data body), which Excel
// extends as the table grows, instead of a fixed row count.
test('formulas, formats, lists and conditional formats are set on the table\'s own ranges, by exact column name', async () => {
  const x = new StrictExcel();
  x.addSheet('登记', sheetRows(30).rows);
  await adopt(x);
  const t = x.tables[0];
  const body = `A${t.r0 + 2}:${String.fromCharCode(65 + Math.floor(t.c1 / 26) - 1)}${String.fromCharCode(65 + (t.c1 % 26))}${t.r1 + 1}`;
  expect(x.apisUsed.has('TableColumnCollection.getItem')).toBe(true);
  expect(x.conditionalFormats.map((c) => c.address)).toEqual([body, body]);
  for (const v of x.validations) expect(v.address).toMatch(new RegExp(`^[A-Z]+${t.r0 + 2}:[A-Z]+${t.r1 + 1}$`));
});

test('rows typed below the register get the computed formulas, lists and colours (the table grows, its ranges with it)', async () => {
  const x = new StrictExcel();
  x.addSheet('登记', sheetRows(30).rows);
  const { plan } = await adopt(x);
  const t = x.tables[0];
  const lastBefore = t.r1;
  x.growTable(t.name, 5);
  const last = lastBefore + 5;
  for (const f of plan.formulas) expect(x.formula('登记', last, f.col)).toBe(f.formula);
  for (const c of x.conditionalFormats) expect(c.address.endsWith(`${last + 1}`)).toBe(true);
  expect(x.validations.length).toBeGreaterThan(0);
  for (const v of x.validations) expect(v.address.endsWith(`${last + 1}`)).toBe(true);
  const dateCol = plan.dateColumns[0];
  expect(x.sheet('登记')!.formats.some((f) => f.format === 'yyyy-mm-dd hh:mm' && f.c0 === dateCol && f.r1 === last)).toBe(true);
});

// Regression (issue 13 §6): a table A:E under headers to G took the computed columns in at its own
// edge (F, G), over the user's headed columns F:G. Now it is resized over them and the computed
// columns come after G; on a host without Table.resize (ExcelApi 1.13) set-up stops before writing.
describe('an existing table narrower than the header row', () => {
  const headers = ['编号', '受理时间', '客户', '投诉内容', '被投诉部门', '备注', '跟进人'];
  const rows = [headers, ['C1', '2026-11-02 09:00', '王先生', '包装破损', '物流部', '客户很急', '李四'], ['C2', '2026-11-03 10:00', '赵女士', '态度', '客服部', '', '张三']];
  const setUp = (excelApi: string) => {
    const x = new StrictExcel({ excelApi });
    x.addSheet('登记', rows.map((r) => [...r]));
    x.addTable('登记', 'A1:E3', 'MyRegister');
    return x;
  };

  test('the user’s headed columns F:G keep every cell; the computed columns start at H; the table spans them all', async () => {
    const x = setUp('1.13');
    const restore = x.installOffice();
    try {
      const { plan } = await adopt(x);
      for (let r = 0; r < rows.length; r++) for (const c of [5, 6]) expect([r, c, x.value('登记', r, c)]).toEqual([r, c, rows[r][c]]);
      expect(Math.min(...plan.formulas.map((f) => f.col))).toBe(7);
      const t = x.tables.find((tb) => tb.name === 'MyRegister')!;
      expect([t.c0, t.c1]).toEqual([0, 6 + plan.formulas.length]);
      expect(t.columns.slice(0, 7)).toEqual(headers);
      for (const f of plan.formulas) expect(x.formula('登记', 1, f.col)).toBe(f.formula);
    } finally {
      restore();
    }
  });

  test('without Table.resize, set-up stops with what to do, and nothing is written', async () => {
    const x = setUp('1.12');
    const restore = x.installOffice();
    try {
      await expect(adopt(x)).rejects.toThrow(/MyRegister.*调整表格大小.*Resize Table/);
      expect(x.writes).toEqual([]);
      expect(x.tables[0].columns).toEqual(headers.slice(0, 5));
    } finally {
      restore();
    }
  });
});
