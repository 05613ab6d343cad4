// The 1904 date system (src/excel/dates.ts): a 1904 workbook's date cells are read as the same
// wall-clock times as in a 1900 workbook, and dates written into report sheets land on the right
// day; hosts without ExcelApi 1.16 are not asked (1900 assumed).
import { MsgError } from '../src/core/messages';
import { StrictExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { monthPeriod } from '../src/core/report/period';
import { dayOf, stampOf } from '../src/core/time';
import { readWorkbook } from '../src/excel/register-read';
import { writeReportSheets } from '../src/excel/report-writer';
import { DAYS_1904, reportValuesFor } from '../src/excel/dates';
import { findRegisterGrid, monthModel, policyOf, surveyOf } from '../src/workbook/model';
import { SURVEY_SHEET } from '../src/core/report/survey';

const serial = (d: Date) => d.getTime() / 86400000 + 25569;

function workbook(date1904: boolean, excelApi: string) {
  const x = new StrictExcel({ date1904, excelApi });
  const demo = demoRegister(7, 40);
  // Excel stores a 1904 workbook's dates as days since 1904-01-01.
  const rows = demo.rows.map((r) => r.map((v) => (v instanceof Date ? serial(v) - (date1904 ? DAYS_1904 : 0) : v)));
  x.addSheet('登记', [demo.headers, ...rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(preset('severity')!));
  return { x, demo };
}

async function received(x: StrictExcel) {
  const restore = x.installOffice();
  try {
    const wb = await readWorkbook(x.context());
    const reg = findRegisterGrid(wb.candidates, wb.hint, wb.aliases);
    if (!reg.ok) throw new MsgError(reg.error);
    return { wb, reg: reg.value, times: reg.value.read.complaints.map((c) => c.received) };
  } finally {
    restore();
  }
}

test('a 1904 workbook reads the same times as a 1900 one (host with ExcelApi 1.16)', async () => {
  const a = await received(workbook(false, '1.16').x);
  const b = await received(workbook(true, '1.16').x);
  expect(b.times).toEqual(a.times);
  expect(b.wb.state.dateOffset).toBe(DAYS_1904);
  expect(a.wb.state.dateOffset).toBe(0);
});

test('a host below ExcelApi 1.16 is not asked (it would fail with ApiNotFound): 1900 assumed', async () => {
  const r = await received(workbook(false, '1.12').x);
  expect(r.wb.state.dateOffset).toBe(0);
  expect(r.times.filter((t) => t !== undefined).length).toBeGreaterThan(30);
});

test('report dates are written in the workbook\'s system', async () => {
  const { x } = workbook(true, '1.16');
  const { wb, reg } = await received(x);
  const model = monthModel({ reg, policy: policyOf(wb.policyRows), survey: [], period: monthPeriod(2026, 10), asOf: stampOf(dayOf(2026, 11, 1)), includeContacts: false, registerLabel: 'r' });
  if (!model.ok) throw new MsgError(model.error);
  const out = await writeReportSheets(x.context(), model.value, wb.state);
  const overdue = x.sheet(out.sheets[3])!;
  const nums = overdue.cells.flat().filter((v): v is number => typeof v === 'number' && v > 40000);
  // Dates of October/November 2026 in the 1904 system: serial 46296 (1900) - 1462.
  expect(nums.length).toBeGreaterThan(0);
  for (const n of nums) expect(n).toBeLessThan(46400 - DAYS_1904);
});

test('the 满意度调查 dates of a 1904 workbook read as the same days as in a 1900 one', async () => {
  const day = serial(new Date(Date.UTC(2026, 9, 12)));
  const survey = (date1904: boolean) => {
    const { x } = workbook(date1904, '1.16');
    x.addSheet(SURVEY_SHEET, [['调查日期', '客户', '部门', '产品质量', '服务水平'], [day - (date1904 ? DAYS_1904 : 0), '张三', '售后服务部', 4, 5]]);
    return x;
  };
  const a = (await received(survey(false))).wb;
  const b = (await received(survey(true))).wb;
  const dates = (rows: typeof a.surveyRows) => surveyOf(rows).map((r) => r.date);
  expect(dates(b.surveyRows)).toEqual(dates(a.surveyRows));
  expect(dates(a.surveyRows)).toHaveLength(1);
});

test('reportValuesFor moves only date-formatted cells', () => {
  const values = [['a', 46300, 3], [null, 46301.5, 4]];
  expect(reportValuesFor(values, [{ range: 'B1:B2', format: 'yyyy-mm-dd hh:mm' }, { range: 'C1:C2', format: '0' }], DAYS_1904)).toEqual([
    ['a', 46300 - DAYS_1904, 3],
    [null, 46301.5 - DAYS_1904, 4],
  ]);
});
