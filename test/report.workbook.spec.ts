// The appraisal workbook, written and read back with exceljs: sheets, headers, masks, formats.
import { MsgError } from '../src/core/messages';
import ExcelJS from 'exceljs';
import { reportFigures, ReportFigures } from '../src/core/report/figures';
import { reportModel, REPORT_SHEETS } from '../src/core/report/sheets';
import { parsePeriod } from '../src/core/report/period';
import { appraisalWorkbook } from '../src/export/appraisal-workbook';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../src/core/demo/generate';
import { readRegister } from '../src/core/register/read';
import { readSurvey } from '../src/core/report/survey';
import { compiled } from './helpers/build';
import { preset } from '../src/core/policy/presets';

const demo = demoRegister();
const survey = readSurvey([DEMO_SURVEY_HEADERS, ...demoSurvey()]).responses;
// A customer who typed a formula, on a complaint that is overdue in November (so it is listed):
// it must come back as text, never as a formula.
const FORMULA_TEXT = '=HYPERLINK("http://evil.example","点我")';
const plain = readRegister([demo.headers, ...demo.rows]);
if (!plain.ok) throw new MsgError(plain.error);
const nov = parsePeriod('2026-11');
if (!nov.ok) throw new MsgError(nov.error);
const listed = reportFigures({ policy: compiled('severity'), complaints: plain.value.complaints, survey, period: nov.value, asOf: nov.value.end }).overdue[0].row - 2;
const rows = demo.rows.map((r, i) => (i === listed ? r.map((v, j) => (j === 3 ? FORMULA_TEXT : v)) : r));
const read = readRegister([demo.headers, ...rows]);
if (!read.ok) throw new MsgError(read.error);

function figuresFor(period: string): ReportFigures {
  const p = parsePeriod(period);
  if (!p.ok) throw new MsgError(p.error);
  return reportFigures({ policy: compiled('severity'), complaints: read.ok ? read.value.complaints : [], survey, period: p.value, asOf: p.value.end });
}

async function roundTrip(period: string, includeContacts = false): Promise<{ wb: ExcelJS.Workbook; f: ReportFigures }> {
  const f = figuresFor(period);
  const model = reportModel(f, preset('severity')!, { register: 'demo-register.xlsx [投诉登记表]', policyLabel: 'preset severity', includeContacts });
  const buf = await appraisalWorkbook(model).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return { wb, f };
}

/** Row number of the first cell in column A holding `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === text) found = n;
  });
  if (found < 0) throw new Error(`no row "${text}" in ${ws.name}`);
  return found;
}

let month: { wb: ExcelJS.Workbook; f: ReportFigures };
beforeAll(async () => {
  month = await roundTrip('2026-11');
});

test('a month has the four sheets (and 产品统计: the demo has product complaints); and 延期重办申诉 (the demo has extensions, reopens, appeals); a quarter adds 季度汇总', async () => {
  expect(month.wb.worksheets.map((w) => w.name)).toEqual([REPORT_SHEETS.stats, REPORT_SHEETS.appraisal, REPORT_SHEETS.satisfaction, REPORT_SHEETS.overdue, REPORT_SHEETS.products, REPORT_SHEETS.rework]);
  const q = await roundTrip('2026-Q4');
  expect(q.wb.worksheets.map((w) => w.name)).toEqual(['月度统计', '月度考核', '满意度', '超期清单', '季度汇总', '产品统计', '延期重办申诉']);
});

test('产品统计: a batch with several complaints is flagged, its dates are dates', async () => {
  const oct = await roundTrip('2026-10');
  const ws = oct.wb.getWorksheet('产品统计')!;
  const flagged: ExcelJS.Row[] = [];
  ws.eachRow((r) => {
    if (r.getCell(7).value === '多次投诉') flagged.push(r);
  });
  expect(flagged.length).toBeGreaterThan(0);
  const batch = oct.f.products!.batches.find((b) => b.batch === flagged[0].getCell(1).value)!;
  expect(batch.count).toBeGreaterThanOrEqual(2);
  expect(flagged[0].getCell(3).value).toBe(batch.count);
  expect(flagged[0].getCell(4).value).toBeInstanceOf(Date);
  expect(flagged[0].getCell(4).numFmt).toBe('yyyy-mm-dd');
  expect((flagged[0].getCell(4).value as Date).toISOString().slice(0, 10)).toBe(batch.manufactured);
});

test('Chinese headers with the English in the second header row', () => {
  const ws = month.wb.getWorksheet('超期清单')!;
  const zh = rowOf(ws, '行');
  expect(ws.getRow(zh).getCell(2).value).toBe('编号');
  expect(ws.getRow(zh + 1).getCell(2).value).toBe('ID');
  expect(ws.getRow(zh).getCell(5).value).toBe('联系方式');
  expect(ws.getRow(zh + 1).getCell(5).value).toBe('Contact');
});

test('contacts are masked by default and kept with includeContacts', async () => {
  const ws = month.wb.getWorksheet('超期清单')!;
  const first = rowOf(ws, '行') + 2;
  const contacts: string[] = [];
  for (let r = first; r < first + month.f.overdue.length; r++) contacts.push(String(ws.getRow(r).getCell(5).value ?? ''));
  expect(contacts.length).toBeGreaterThan(0);
  for (const c of contacts) expect(c).not.toMatch(/\d{5,}|[a-z]{2,}@/i);
  expect(contacts.some((c) => c.includes('****'))).toBe(true);
  const open = await roundTrip('2026-11', true);
  const ws2 = open.wb.getWorksheet('超期清单')!;
  expect(String(ws2.getRow(first).getCell(5).value)).toBe(open.f.overdue[0].contact);
});

test('text that looks like a formula stays text', async () => {
  const target = read.ok ? read.value.complaints[listed] : undefined;
  expect(target?.customer).toBe(FORMULA_TEXT);
  let seen = 0;
  for (const ws of month.wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (cell.value === FORMULA_TEXT) {
          seen++;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
        }
      }),
    );
  }
  expect(seen).toBeGreaterThan(0);
});

test('number formats: rates as percentages, times as dates', () => {
  const stats = month.wb.getWorksheet('月度统计')!;
  const r = rowOf(stats, '解决率');
  expect(stats.getRow(r).getCell(5).numFmt).toBe('0.0%');
  expect(stats.getRow(r).getCell(5).value).toBe(month.f.resolution.value);
  const od = month.wb.getWorksheet('超期清单')!;
  const cell = od.getRow(rowOf(od, '行') + 2).getCell(3);
  expect(cell.value).toBeInstanceOf(Date);
  expect(cell.numFmt).toBe('yyyy-mm-dd hh:mm');
  expect((cell.value as Date).toISOString().slice(0, 16).replace('T', ' ')).toBe(month.f.overdue[0].received.replace('T', ' '));
});

test('A4 landscape, fit to width, header rows repeated on every page', () => {
  for (const ws of month.wb.worksheets) {
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
  }
  const od = month.wb.getWorksheet('超期清单')!;
  expect(od.pageSetup.printTitlesRow).toBe(`1:${rowOf(od, '行') + 1}`);
});

test('data bars on rates and red fill for breaches', () => {
  const stats = month.wb.getWorksheet('月度统计')!;
  const rules = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings.flatMap((c) => c.rules);
  expect(rules(stats).some((r) => r.type === 'dataBar')).toBe(true);
  const od = month.wb.getWorksheet('超期清单')!;
  expect(rules(od).some((r) => r.type === 'cellIs' && r.formulae?.[0] === '"已超期"')).toBe(true);
  const ap = month.wb.getWorksheet('月度考核')!;
  expect(rules(ap).some((r) => r.type === 'cellIs' && r.formulae?.[0] === '"不合格"')).toBe(true);
});

test('workbook properties say which register, policy and as-of produced it', () => {
  expect(month.wb.title).toContain('2026-11');
  expect(month.wb.description).toContain('demo-register.xlsx');
  expect(month.wb.description).toContain('preset severity');
  expect(month.wb.description).toContain('2026-12-01T00:00');
});
