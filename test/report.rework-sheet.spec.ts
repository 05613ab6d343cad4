// Issue 13 §4: the rework counts — 延期 (004 "explain within 24 h and give a date"), 重新处理 (000 "If
// the customer is not satisfied at the follow-up, the complaint is reopened and handled again"),
// 申诉 (001 "An appeal (申诉) by a department … must come within 1 working day") — in the report
// workbook (one per-department table, printed like the other sheets) and in the pane's month summary.
import ExcelJS from 'exceljs';
import { reportFigures } from '../src/core/report/figures';
import { reportModel, REPORT_SHEETS } from '../src/core/report/sheets';
import { monthSummary } from '../src/core/report/summary';
import { parsePeriod } from '../src/core/report/period';
import { appraisalWorkbook } from '../src/export/appraisal-workbook';
import { demoRegister } from '../src/core/demo/generate';
import { readRegister } from '../src/core/register/read';
import { preset } from '../src/core/policy/presets';
import { at, compiled, complaint } from './helpers/build';
import { MsgError } from '../src/core/messages';

const oct = (() => {
  const p = parsePeriod('2026-10');
  if (!p.ok) throw new MsgError(p.error);
  return p.value;
})();
const opts = { register: 'r.xlsx', policyLabel: 'severity', includeContacts: false };
const severity = compiled('severity');

describe('the 延期重办申诉 sheet', () => {
  const rows = [
    complaint({ received: '2026-10-06 15:00', department: '物流部', extendedTo: at('2026-10-20 00:00'), extensionReason: '检测', extensionExplained: at('2026-10-08 09:00') }),
    complaint({ received: '2026-10-06 15:00', department: '物流部', extendedTo: at('2026-10-20 00:00'), extensionReason: '检测', extensionExplained: at('2026-10-07 09:00') }),
    complaint({ received: '2026-10-07 09:00', department: '客服部', resolved: '2026-10-08 09:00', followedUp: '2026-10-09 09:00', reopened: at('2026-10-12 09:00') }),
    complaint({ received: '2026-10-09 09:00', department: '客服部', reported: '2026-10-09 10:00', appealed: at('2026-10-09 15:00'), appealUpheld: true }),
    complaint({ received: '2026-10-09 09:00', department: '财务部' }),
  ];
  const f = reportFigures({ policy: severity, complaints: rows, survey: [], period: oct, asOf: oct.end });
  const sheet = reportModel(f, preset('severity')!, opts).sheets.find((s) => s.name === REPORT_SHEETS.rework)!;

  test('one line per department that had any, and a total, from the same figures as --json', () => {
    expect(sheet.blocks).toHaveLength(1);
    expect(sheet.blocks[0].columns.map((c) => c.zh)).toEqual(['部门', '延期', '延期说明超时', '重新处理', '申诉']);
    expect(sheet.blocks[0].rows).toEqual([
      ['客服部', 0, 0, 1, 1],
      ['物流部', 2, 1, 0, 0],
      ['合计 Total', 2, 1, 1, 1],
    ]);
    expect(sheet.blocks[0].note).toContain('成立 1');
  });

  test('no sheet in a period without extensions, reopens or appeals', () => {
    const g = reportFigures({ policy: severity, complaints: [rows[4]], survey: [], period: oct, asOf: oct.end });
    expect(reportModel(g, preset('severity')!, opts).sheets.map((s) => s.name)).not.toContain(REPORT_SHEETS.rework);
  });

  test('the pane’s month summary carries the same counts', () => {
    expect(monthSummary(f).rework).toEqual({ extensions: 2, lateExplanations: 1, reopens: 1, appeals: 1 });
  });
});

test('the demo month’s workbook has the sheet, printed like the others (A4 landscape, fit to width)', async () => {
  const demo = demoRegister();
  const read = readRegister([demo.headers, ...demo.rows]);
  if (!read.ok) throw new MsgError(read.error);
  const f = reportFigures({ policy: severity, complaints: read.value.complaints, survey: [], period: oct, asOf: oct.end });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await appraisalWorkbook(reportModel(f, preset('severity')!, opts)).xlsx.writeBuffer());
  const ws = wb.getWorksheet(REPORT_SHEETS.rework)!;
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
  const r = f.rework!;
  const values = ws.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
  expect(values).toContainEqual(['合计 Total', r.extensions, r.lateExplanations, r.reopens, r.appeals.total]);
  expect(r.extensions + r.reopens + r.appeals.total).toBeGreaterThan(0);
});
