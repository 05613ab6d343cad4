// Issue 10 "done when": set up a register by adopting a sheet with untrimmed headers, check it and
// generate a month on 100,000 rows through the strict Excel fake with Excel on the web's limits, in
// en-US and zh-CN Excel. No request or response exceeds the limits, every range stays under 5M
// cells, and every computed cell's formula calls only functions that locale has registered (names
// from the custom-functions metadata the build makes for it: functions.json / functions.zh-cn.json).
import { MsgError } from '../src/core/messages';
import path from 'path';
import { createRequire } from 'module';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { StrictExcel } from './helpers/excel-strict';
import { WEB_LIMITS, calledFunctions } from './helpers/excel-rules';
import { addPolicySheetRows } from './helpers/policy-rows';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { monthPeriod } from '../src/core/report/period';
import { dayOf, stampOf } from '../src/core/time';
import { inspectActiveSheet, setUpRegister } from '../src/excel/adapter';
import { readWorkbook } from '../src/excel/register-read';
import { writeReportSheets } from '../src/excel/report-writer';
import { checkView, findRegisterGrid, monthModel, policyOf, surveyOf } from '../src/workbook/model';
import { FUNCTION_NAMESPACE } from '../src/core/functions/table';

jest.setTimeout(600_000);

const ROWS = Number(process.env.ROWS_100K ?? 100_000);
const severity = preset('severity')!;
const localize = createRequire(__filename)('../scripts/localize-functions.cjs') as {
  loadTable: () => object;
  localizeMetadata: (m: { functions: { name: string }[] }, t: object) => { functions: { name: string }[] };
};

let names: Record<'en-US' | 'zh-CN', string[]>;
beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata([path.join(__dirname, '..', 'src', 'functions', 'functions.ts')], false);
  const meta = JSON.parse(r.metadataJson) as { functions: { name: string }[] };
  names = { 'en-US': meta.functions.map((f) => f.name), 'zh-CN': localize.localizeMetadata(meta, localize.loadTable()).functions.map((f) => f.name) };
});

const demo = demoRegister(11, ROWS);
// Headers as people type them: spaces around some.
const headers = demo.headers.map((h, i) => (i % 3 === 1 ? ` ${h} ` : h));

test.each(['en-US', 'zh-CN'] as const)('%s: adopt, check and generate a month on 100,000 rows within the web limits', async (locale) => {
  const x = new StrictExcel({ platform: 'web', locale, functions: names[locale] });
  x.addSheet('2026登记', [['2026 年客户投诉登记'], headers, ...demo.rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(severity));
  const ctx = x.context();

  const preview = await inspectActiveSheet(ctx);
  expect(preview.missingRequired).toEqual([]);
  expect(preview.columns.find((c) => c.field === 'received')?.header).toBe(' 受理时间 ');
  const plan = await setUpRegister(ctx, { policy: severity, preview });

  const wb = await readWorkbook(x.context());
  const reg = findRegisterGrid(wb.candidates, wb.hint, wb.aliases);
  if (!reg.ok) throw new MsgError(reg.error);
  expect(reg.value.read.complaints).toHaveLength(ROWS);
  const view = checkView(reg.value, policyOf(wb.policyRows), stampOf(dayOf(2026, 11, 5), 600));
  if (!view.ok) throw new MsgError(view.error);
  expect(view.value.counts.rows).toBe(ROWS);

  const model = monthModel({ reg: reg.value, policy: policyOf(wb.policyRows), survey: surveyOf(wb.surveyRows), period: monthPeriod(2026, 10), asOf: stampOf(dayOf(2026, 11, 1)), includeContacts: false, registerLabel: '2026登记' });
  if (!model.ok) throw new MsgError(model.error);
  const out = await writeReportSheets(x.context(), model.value, wb.state);
  expect(out.sheets.length).toBe(6); // the four, 产品统计 (the demo rows have product complaints) and 延期重办申诉 (and rework)

  // No request or response over 5 MB (the fake would have thrown; asserted here as the figure).
  expect(x.requests.length).toBeGreaterThan(10);
  for (const r of x.requests) {
    expect(r.requestBytes).toBeLessThanOrEqual(WEB_LIMITS.requestBytes!);
    expect(r.responseBytes).toBeLessThanOrEqual(WEB_LIMITS.responseBytes!);
  }
  // Syncs grow with blocks, not rows.
  expect(x.syncs).toBeLessThan(200);

  // Every computed cell: a formula of registered functions only, on every row of the table.
  const sheet = x.sheet('2026登记')!;
  expect(plan.formulas).toHaveLength(7);
  for (const f of plan.formulas) {
    for (const row of [plan.firstDataRow, plan.firstDataRow + 1, Math.floor((plan.firstDataRow + plan.lastDataRow) / 2), plan.lastDataRow]) {
      const formula = sheet.formulas.get(`${row},${f.col}`);
      expect(formula).toBe(f.formula);
      // 计算等级 reads the tier sheet with Excel's own INDEX and ROW (issue 13 §1); the rest are ours.
      for (const fn of calledFunctions(formula!)) expect([...names[locale].map((n) => `${FUNCTION_NAMESPACE}.${n}`), 'INDEX', 'ROW']).toContain(fn);
      expect(sheet.cells[row][f.col]).not.toBe('#NAME?');
    }
  }
  let nameErrors = 0;
  let computed = 0;
  const notOurs: string[] = [];
  for (const [k, formula] of sheet.formulas) {
    computed++;
    const [r, c] = k.split(',').map(Number);
    if (sheet.cells[r][c] === '#NAME?') nameErrors++;
    if (!formula.startsWith(`=${FUNCTION_NAMESPACE}.`) && formula !== plan.formulas[0].formula) notOurs.push(k);
  }
  expect(computed).toBe(7 * ROWS);
  expect(nameErrors).toBe(0);
  expect(notOurs).toEqual([]);
});
