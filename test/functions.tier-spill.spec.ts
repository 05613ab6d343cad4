// Issue 13 §1: "The in-sheet tier (TIER per row) sees repeat escalation (二次投诉 within 3 months)
// exactly as the CLI does". Source (policy-rules.md §3, preset B, 001): class 1 when "the same class-2
// matter twice or more within three months"; class 2 when "the same grumble twice or more within
// three months". The register's 计算等级 reads its row of one whole-column COMPLAINTS.TIER call on
// the add-in's hidden tier sheet (spills are not allowed in tables), so DUE and STATUS run on the
// escalated tier. Checked against the CLI's assignTiers/checkRegister (an independent path).
import { StrictExcel } from './helpers/excel-strict';
import { inspectActiveSheet, setUpRegister } from '../src/excel/adapter';
import { TIER_SHEET, computedColumns, computedFormula, tierIndexFormula } from '../src/workbook/setup-plan';
import { preset } from '../src/core/policy/presets';
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { dueCells, tierCells } from '../src/functions/register';
import { CellOut } from '../src/functions/grid';
import { CellValue } from '../src/core/register/cells';
import { at, compiled } from './helpers/build';
import { serial } from './helpers/fn-time';
import { MsgError } from '../src/core/messages';

const klass = preset('class')!;
const cp = compiled(klass);
const HEADERS = ['编号', '受理时间', '客户', '投诉事项', '情形', '损失金额（元）', '等级(手工)', '上报时间'];
// 投诉事项 "空调漏水": three class-2 complaints (责任延误) within three months — the 2nd and 3rd become class 1;
// "发票" once: class 2; "噪音" twice, five months apart: no escalation.
const ROWS: CellValue[][] = [
  ['C1', '2026-08-03 09:00', '王先生', '空调漏水', '责任延误', '', '', ''],
  ['C2', '2026-08-05 09:00', '李女士', '发票', '责任延误', '', '', ''],
  ['C3', '2026-09-10 09:00', '赵先生', '空调漏水', '责任延误', '', '', '2026-09-10 10:00'],
  ['C4', '2026-10-20 09:00', '孙女士', '空调漏水', '责任延误', '', '', ''],
  ['C5', '2026-03-02 09:00', '周先生', '噪音', '责任延误', '', '', ''],
  ['C6', '2026-08-20 09:00', '吴女士', '噪音', '责任延误', '', '', ''],
];

async function adopted() {
  const x = new StrictExcel();
  x.addSheet('登记', [HEADERS, ...ROWS.map((r) => [...r])]);
  const ctx = x.context();
  const preview = await inspectActiveSheet(ctx);
  const plan = await setUpRegister(ctx, { policy: klass, preview });
  return { x, plan, preview };
}

/** What Excel hands the whole-column call: each column's data body, dates as serials. */
const column = (h: string) => ROWS.map((r) => {
  const v = r[HEADERS.indexOf(h)];
  return [typeof v === 'string' && /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(v) ? serial(v.slice(0, 10), Number(v.slice(11, 13))) : v ?? ''];
});

describe('计算等级 reads one whole-column TIER: repeats escalate in the sheet as in the CLI', () => {
  const read = readRegister([HEADERS, ...ROWS]);
  if (!read.ok) throw new MsgError(read.error);
  const cli = checkRegister(read.value, cp, at('2026-10-21 09:00'));

  test('the plan: the tier sheet holds the call, the table column the lookup by row', async () => {
    const { x, plan } = await adopted();
    expect(plan.tierSpill?.sheet).toBe(TIER_SHEET);
    expect(x.formula(TIER_SHEET, 0, 0)).toBe(plan.tierSpill!.formula);
    expect(x.value(TIER_SHEET, 0, 0)).not.toBe('#SPILL!');
    expect(x.sheet(TIER_SHEET)!.visibility).toBe('Hidden');
    const tierCol = plan.formulas[0];
    for (let r = 1; r <= ROWS.length; r++) expect(x.formula('登记', r, tierCol.col)).toBe(tierIndexFormula('ComplaintRegister'));
  });

  test('row by row, the spill’s value at the row’s place is the CLI’s tier, escalation included', () => {
    // ROW()-ROW(T[#Headers]) is the row's place in the data body: sheet row r (1-based, header on 1) → r - 1.
    const spill = tierCells(cp, { loss: column('损失金额（元）'), factors: column('情形'), subject: column('投诉事项'), received: column('受理时间'), override: column('等级(手工)') }, 'key') as CellOut[][];
    const sheetRows = ROWS.map((_, i) => i + 2);
    expect(sheetRows.map((r) => spill[r - 1 - 1][0])).toEqual(cli.rows.map((c) => c.tier));
    expect(cli.rows.map((c) => c.tier)).toEqual(['class2', 'class2', 'class1', 'class1', 'class2', 'class2']);
    // The per-row form, as workbooks set up before call it, cannot see the history: C3 stays class 2.
    expect(tierCells(cp, { loss: '', factors: '责任延误', subject: '空调漏水', received: serial('2026-09-10', 9), override: '' }, 'key')).toBe('class2');
  });

  test('DUE on the escalated tier gives the CLI’s deadline (class 1: 3 working days after dispatch, not 2)', () => {
    const due = dueCells(cp, { milestone: 'resolve', received: serial('2026-09-10', 9), tier: 'class1', reported: serial('2026-09-10', 10) });
    expect(due).toBe(serial(cli.rows[2].due.resolve as string));
    expect(cli.rows[2].due.resolve).toBe('2026-09-15');
  });
});

describe('the spill rules the fake enforces', () => {
  test('inside the table the whole-column call is #SPILL!', async () => {
    const { x, plan } = await adopted();
    const t = x.tables[0];
    const ctx = x.context();
    const ws = ctx.workbook.worksheets.getItem('登记');
    ws.getRange(`A${t.r1 + 1}`).formulas = [[plan.tierSpill!.formula]];
    await ctx.sync();
    expect(x.value('登记', t.r1, 0)).toBe('#SPILL!');
  });

  test('a value in the spill range makes it #SPILL!; the add-in’s sheet keeps that column empty', async () => {
    const { x, plan } = await adopted();
    const ctx = x.context();
    const ws = ctx.workbook.worksheets.getItem(TIER_SHEET);
    ws.getRange('A3').values = [['x']];
    ws.getRange('A1').formulas = [[plan.tierSpill!.formula]];
    await ctx.sync();
    expect(x.value(TIER_SHEET, 0, 0)).toBe('#SPILL!');
  });
});

test('upgrade: a register set up with a TIER call per row is set up again with the lookup and the tier sheet', async () => {
  const x = new StrictExcel();
  const old = computedColumns(klass);
  x.addSheet('登记', [[...HEADERS, ...old.map((c) => c.header)], ...ROWS.map((r) => [...r, ...old.map(() => '')])]);
  x.addTable('登记', `A1:${String.fromCharCode(65 + HEADERS.length + old.length - 1)}${ROWS.length + 1}`, 'ComplaintRegister');
  const ctx = x.context();
  const before = computedFormula(old[0], { loss: '损失金额（元）', factors: '情形', subject: '投诉事项', received: '受理时间', tierOverride: '等级(手工)' }, old[0].header);
  ctx.workbook.worksheets.getItem('登记').tables.getItem('ComplaintRegister').columns.getItem('计算等级').getDataBodyRange().formulas = before as never;
  await ctx.sync();
  expect(x.formula('登记', 1, HEADERS.length)).toBe(before);
  const plan = await setUpRegister(ctx, { policy: klass, preview: await inspectActiveSheet(ctx) });
  expect(plan.newHeaders).toEqual([]);
  expect(x.formula('登记', 1, HEADERS.length)).toBe(tierIndexFormula('ComplaintRegister'));
  expect(x.formula(TIER_SHEET, 0, 0)).toBe(plan.tierSpill!.formula);
  for (let c = 0; c < HEADERS.length; c++) expect(x.value('登记', 3, c)).toBe(ROWS[2][c]);
});
