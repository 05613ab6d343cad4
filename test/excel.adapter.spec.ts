// The Office.js adapter against the strict Excel fake (test/helpers/excel-strict.ts, web limits on):
// every operation, its number of context.sync calls on 10 and 10,000 rows (they grow with blocks of
// ~1.5 MB, never per row), and that no cell of the user's register is written.
import { MsgError, render } from '../src/core/messages';
import { StrictExcel as FakeExcel, parseAddress as parseA } from './helpers/excel-strict';
const parseAddress = (a: string) => { const r = parseA(a).rect; return [r.r0, r.c0, r.r1, r.c1]; };
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { policyFromTable, POLICY_SHEET } from '../src/core/policy/table';
import { addPolicySheetRows } from './helpers/policy-rows';
import { inspectActiveSheet, readPolicyRows, selectCell, setUpNewRegister, setUpRegister, writePolicySheet, officeError, decodeAliases, encodeAliases } from '../src/excel/adapter';
import { readWorkbook } from '../src/excel/register-read';
import { writeReportSheets } from '../src/excel/report-writer';
import { checkView, findRegisterGrid, monthModel, policyOf, surveyOf } from '../src/workbook/model';
import { GENERATED_MARK, REGISTER_MARK, TIER_SHEET } from '../src/workbook/setup-plan';
import { BLOCK_BYTES } from '../src/excel/blocks';
import { monthPeriod } from '../src/core/report/period';
import { stampOf, dayOf } from '../src/core/time';

const severity = preset('severity')!;

function workbook(rows: number): FakeExcel {
  const x = new FakeExcel();
  const demo = demoRegister(7, rows);
  // A title row above the header, as people do.
  x.addSheet('11月登记', [['2026 年投诉登记'], demo.headers, ...demo.rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(severity));
  return x;
}

async function setUp(rows: number) {
  const x = workbook(rows);
  const ctx = x.context();
  const preview = await inspectActiveSheet(ctx);
  const inspectSyncs = x.syncs;
  const before = x.syncs;
  const plan = await setUpRegister(ctx, { policy: severity, preview });
  return { x, preview, plan, inspectSyncs, setupSyncs: x.syncs - before };
}

describe('set up (adopt the current sheet)', () => {
  test('maps the headers under a title row', async () => {
    const { preview } = await setUp(10);
    expect(preview.sheet).toBe('11月登记');
    expect(preview.headerRow).toBe(1);
    expect(preview.columns.find((c) => c.header === '损失金额（元）')?.field).toBe('loss');
    expect(preview.missingRequired).toEqual([]);
  });

  test('sync count is the same on 10 and 10,000 rows; the request size too', async () => {
    const a = await setUp(10);
    const b = await setUp(10_000);
    expect(a.inspectSyncs).toBe(2);
    expect(a.setupSyncs).toBe(2);
    expect(b.inspectSyncs).toBe(a.inspectSyncs);
    expect(b.setupSyncs).toBe(a.setupSyncs);
    const cells = (x: FakeExcel) => x.writes.reduce((n, w) => n + w.cells, 0);
    expect(cells(b.x)).toBe(cells(a.x));
  });

  test('writes no cell of the register: only new headers to the right, formulas and formats of the new columns', async () => {
    const { x, plan } = await setUp(200);
    const userCols = 23; // A..W
    for (const w of x.writes) {
      if (w.sheet === TIER_SHEET) continue; // the add-in's own hidden sheet (issue 13 §1)
      const [r0, c0, , c1] = parseAddress(w.address);
      if (w.kind === 'numberFormat') continue; // formats, not data
      expect(c0).toBeGreaterThanOrEqual(userCols);
      expect(c1).toBeGreaterThanOrEqual(c0);
      if (w.kind === 'values') expect(r0).toBe(1); // the header row, right of the user's headers
    }
    expect(plan.newHeaders.map((h) => h.header)).toEqual(['计算等级', '首次联系时限', '上报时限', '初步方案时限', '办结时限', '回访时限', '处理状态']);
    const formulas = x.writes.filter((w) => w.kind === 'formulas' && w.sheet !== TIER_SHEET);
    expect(formulas).toHaveLength(7);
    for (const f of formulas) expect(typeof f.value).toBe('string');
    // 计算等级 reads its row of the tier sheet's one whole-column TIER call, which sees repeat escalation (issue 13 §1).
    expect(formulas[0].value).toBe("=INDEX('_计算等级'!$A:$A,ROW()-ROW(ComplaintRegister[#Headers]))");
    expect(x.writes.filter((w) => w.sheet === TIER_SHEET).map((w) => w.value)).toEqual([[['=COMPLAINTS.TIER(ComplaintRegister[损失金额（元）],ComplaintRegister[情形],ComplaintRegister[投诉事项],ComplaintRegister[受理时间],ComplaintRegister[等级(手工)])']]]);
    expect(x.tablesAdded[0]).toMatchObject({ address: "'11月登记'!A2:AT202", name: 'ComplaintRegister' });
    expect(x.validations.map((v) => v.source)).toContain('是,否');
    expect(x.conditionalFormats.filter((c) => c.type === 'Custom')).toHaveLength(2);
    expect(x.sheet('11月登记')!.props.has(REGISTER_MARK)).toBe(true);
    expect(x.suspended).toBeGreaterThan(0);
  });

  test('a new register sheet', async () => {
    const x = new FakeExcel();
    x.addSheet('Sheet1');
    const plan = await setUpNewRegister(x.context(), severity);
    expect(x.syncs).toBe(2);
    expect(plan.sheet).toBe('投诉登记表');
    expect(x.sheet('投诉登记表')!.cells[0].slice(0, 3)).toEqual(['编号', '受理时间', '渠道']);
  });
});

describe('policy sheet', () => {
  test('written in the core table form and read back', async () => {
    const x = new FakeExcel();
    x.addSheet('Sheet1', [['x']]);
    await writePolicySheet(x.context(), preset('class')!);
    expect(x.syncs).toBe(2);
    x.syncs = 0;
    const rows = await readPolicyRows(x.context());
    expect(x.syncs).toBe(2);
    const back = policyFromTable(rows!.map((r) => r.map((v) => v ?? null)));
    expect(back.problems).toEqual([]);
    expect(back.policy).toEqual(preset('class'));
  });

  test('no sheet: undefined (the preset applies)', async () => {
    const x = new FakeExcel();
    x.addSheet('Sheet1', [['x']]);
    expect(await readPolicyRows(x.context())).toBeUndefined();
  });
});

async function check(rows: number) {
  const { x } = await setUp(rows);
  x.syncs = 0;
  const wb = await readWorkbook(x.context());
  const syncs = x.syncs;
  const reg = findRegisterGrid(wb.candidates, wb.hint, wb.aliases);
  if (!reg.ok) throw new MsgError(reg.error);
  const v = checkView(reg.value, policyOf(wb.policyRows), stampOf(dayOf(2026, 11, 5), 600));
  if (!v.ok) throw new MsgError(v.error);
  return { x, syncs, view: v.value, wb, reg: reg.value };
}

describe('check', () => {
  test('reads in blocks: six syncs on 10 rows, a few more (one per ~1.5 MB block, not per row) on 10,000; lists bad cells and overdue rows', async () => {
    const a = await check(10);
    const b = await check(10_000);
    // sheets state (2), used-range sizes and top rows (2), one block each of register and policy.
    expect(a.syncs).toBe(6);
    expect(b.syncs).toBeGreaterThan(a.syncs);
    // One more sync per block, each block at least half of the request budget (the first 500 rows are
    // read whole as the sample, the rest in the mapped columns): never one per row.
    const bytes = b.x.requests.reduce((n, r) => n + r.responseBytes, 0);
    expect(b.syncs - a.syncs).toBeLessThanOrEqual(1 + Math.ceil(bytes / (BLOCK_BYTES / 2)));
    expect(b.syncs).toBeLessThan(20);
    for (const r of b.x.requests) expect(r.responseBytes).toBeLessThanOrEqual(BLOCK_BYTES * 1.25);
    expect(b.view.counts.rows).toBe(10_000);
    expect(b.view.counts.overdue).toBeGreaterThan(0);
    const cell = b.view.entries.find((e) => e.kind === 'cell' && e.col !== undefined)!;
    expect(cell.sheet).toBe('11月登记');
    const x = b.x;
    x.syncs = 0;
    await selectCell(x.context(), cell.sheet, cell.row, cell.col!);
    expect(x.syncs).toBe(1);
  });
});

describe('generate the month', () => {
  async function generate(rows: number, userSheet = false) {
    const c = await check(rows);
    if (userSheet) c.x.addSheet('月度统计', [['my own notes']]);
    const model = monthModel({ reg: c.reg, policy: policyOf(c.wb.policyRows), survey: surveyOf(c.wb.surveyRows), period: monthPeriod(2026, 10), asOf: stampOf(dayOf(2026, 11, 1)), includeContacts: false, registerLabel: 'r' });
    if (!model.ok) throw new MsgError(model.error);
    c.x.syncs = 0;
    const state = (await readWorkbook(c.x.context())).state;
    const res = await writeReportSheets(c.x.context(), model.value, state);
    return { ...c, res, genSyncs: c.x.syncs };
  }

  test('syncs grow with blocks, not rows; sheets, charts, marks', async () => {
    const a = await generate(10);
    const b = await generate(10_000);
    expect(a.genSyncs).toBe(7);
    expect(b.genSyncs).toBeGreaterThanOrEqual(a.genSyncs);
    expect(b.genSyncs).toBeLessThanOrEqual(a.genSyncs + 6);
    for (const r of b.x.requests) expect(Math.max(r.requestBytes, r.responseBytes)).toBeLessThanOrEqual(BLOCK_BYTES * 1.25);
    expect(b.res.sheets).toEqual(['月度统计', '月度考核', '满意度', '超期清单', '产品统计', '延期重办申诉']); // the demo has product complaints and rework
    expect(b.res.charts).toBe(3);
    for (const n of b.res.sheets) expect(b.x.sheet(n)!.props.get(GENERATED_MARK)).toBe('2026-10');
  });

  test('regenerating replaces only the add-in\'s sheets, never a sheet of the user\'s', async () => {
    const g = await generate(50, true);
    expect(g.res.renamed).toEqual([{ wanted: '月度统计', used: '月度统计 (2)' }]);
    expect(g.x.sheet('月度统计')!.cells[0][0]).toBe('my own notes');
    const state = (await readWorkbook(g.x.context())).state;
    expect(state.generated.sort()).toEqual(['满意度', '月度统计 (2)', '月度考核', '超期清单', '产品统计', '延期重办申诉', TIER_SHEET].sort());
  });
});

test('Office errors become one line for the user', () => {
  const e = officeError({ code: 'InvalidArgument', message: 'The argument is invalid.', debugInfo: { errorLocation: 'Range.values' } });
  expect([render(e, 'zh'), render(e, 'en')]).toEqual(['Excel：The argument is invalid. [InvalidArgument] (Range.values)', 'Excel: The argument is invalid. [InvalidArgument] (Range.values)']);
  expect(decodeAliases(encodeAliases({ 'Date in': 'received', Notes: null }))).toEqual({ 'Date in': 'received', Notes: null });
});

// Regression (issue 10 §2): generated sheets were written via values without "@", so a customer's
// "=HYPERLINK(…)" became a formula and "0000011" a number.
test('customer text in generated sheets stays text: no cell of a report sheet becomes a formula', async () => {
  const x = new FakeExcel();
  const demo = demoRegister(7, 60);
  const dept = demo.headers.indexOf('责任部门');
  const rows = demo.rows.map((r, i) => r.map((v, j) => (j === dept ? (i % 2 ? '=HYPERLINK("http://x","点我")' : '0000011') : v)));
  x.addSheet('登记', [demo.headers, ...rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(severity));
  const wb = await readWorkbook(x.context());
  const reg = findRegisterGrid(wb.candidates, wb.hint, wb.aliases);
  if (!reg.ok) throw new MsgError(reg.error);
  const model = monthModel({ reg: reg.value, policy: policyOf(wb.policyRows), survey: [], period: monthPeriod(2026, 10), asOf: stampOf(dayOf(2026, 11, 1)), includeContacts: false, registerLabel: 'r' });
  if (!model.ok) throw new MsgError(model.error);
  const res = await writeReportSheets(x.context(), model.value, wb.state);
  const texts: unknown[] = [];
  for (const n of res.sheets) {
    const s = x.sheet(n)!;
    expect({ sheet: n, formulas: [...s.formulas.values()] }).toEqual({ sheet: n, formulas: [] });
    for (const r of s.cells) for (const v of r ?? []) if (v === '0000011' || (typeof v === 'string' && v.startsWith('=HYPERLINK'))) texts.push(v);
  }
  expect(texts.length).toBeGreaterThan(0);
});
