// One report layout, two renderers: the exceljs exporter and the Office.js writer draw the same
// cells and number formats from src/workbook/report-layout.ts. Each month sheet is rendered both
// ways (the Office one on the fake workbook) and compared cell by cell.
import { MsgError } from '../src/core/messages';
import ExcelJS from 'exceljs';
import { StrictExcel as FakeExcel, parseAddress } from './helpers/excel-strict';
import { appraisalWorkbook } from '../src/export/appraisal-workbook';
import { writeReportSheets } from '../src/excel/report-writer';
import { readSheetsState } from '../src/excel/adapter';
import { reportFigures } from '../src/core/report/figures';
import { reportModel } from '../src/core/report/sheets';
import { ReportModel } from '../src/core/report/model';
import { parsePeriod } from '../src/core/report/period';
import { readRegister } from '../src/core/register/read';
import { readSurvey } from '../src/core/report/survey';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { serialFromStamp, stampFromDate } from '../src/core/time';
import { compiled } from './helpers/build';

function model(period: string): ReportModel {
  const demo = demoRegister();
  const read = readRegister([demo.headers, ...demo.rows]);
  if (!read.ok) throw new MsgError(read.error);
  const p = parsePeriod(period);
  if (!p.ok) throw new MsgError(p.error);
  const survey = readSurvey([DEMO_SURVEY_HEADERS, ...demoSurvey()]).responses;
  const f = reportFigures({ policy: compiled('severity'), complaints: read.value.complaints, survey, period: p.value, asOf: p.value.end });
  return reportModel(f, preset('severity')!, { register: 'demo', policyLabel: 'preset severity', includeContacts: false });
}

/** A cell as both hosts store it: a date as its wall-clock serial, text as text, empty as null. */
function stored(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  // A minute is 0.0007 of a serial day: six decimals tell minutes apart, and drop float noise.
  if (v instanceof Date) return Math.round(serialFromStamp(stampFromDate(v)) * 1e6) / 1e6;
  if (typeof v === 'number') return Math.round(v * 1e6) / 1e6;
  return v as string | boolean;
}

async function both(period: string) {
  const m = model(period);
  const buf = await appraisalWorkbook(m).xlsx.writeBuffer();
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(buf);
  const x = new FakeExcel();
  x.addSheet('Sheet1', [['keep']]);
  const ctx = x.context();
  await writeReportSheets(ctx, m, await readSheetsState(ctx));
  return { m, file, x };
}

describe.each(['2026-11', '2026-Q4'])('%s', (period) => {
  let r: Awaited<ReturnType<typeof both>>;
  beforeAll(async () => {
    r = await both(period);
  });

  test('the same sheets in the same order', () => {
    expect(r.file.worksheets.map((w) => w.name)).toEqual(r.m.sheets.map((s) => s.name));
    expect(r.x.sheets.filter((s) => !s.deleted && s.name !== 'Sheet1').map((s) => s.name)).toEqual(r.m.sheets.map((s) => s.name));
  });

  test('every cell holds the same value in both', () => {
    for (const s of r.m.sheets) {
      const ws = r.file.getWorksheet(s.name)!;
      const office = r.x.sheet(s.name)!.cells;
      const rows = Math.max(office.length, ws.rowCount);
      let compared = 0;
      for (let i = 0; i < rows; i++) {
        const width = Math.max(office[i]?.length ?? 0, ws.getRow(i + 1).cellCount);
        for (let j = 0; j < width; j++) {
          const a = stored(ws.getCell(i + 1, j + 1).value);
          const b = stored(office[i]?.[j]);
          if (a !== b) throw new Error(`${s.name}!R${i + 1}C${j + 1}: exceljs ${JSON.stringify(a)} vs Office ${JSON.stringify(b)}`);
          if (a !== null) compared++;
        }
      }
      expect(compared).toBeGreaterThan(10);
    }
  });

  test('every number format the Office writer sets, the file has on each cell of its range', () => {
    let checked = 0;
    for (const w of r.x.writes.filter((w) => w.kind === 'numberFormat')) {
      const ws = r.file.getWorksheet(w.sheet)!;
      const { r0, c0, r1, c1 } = parseAddress(w.address).rect;
      for (let i = r0; i <= r1; i++) for (let j = c0; j <= c1; j++, checked++) expect(`${w.sheet}!${i},${j} ${ws.getCell(i + 1, j + 1).numFmt}`).toBe(`${w.sheet}!${i},${j} ${w.value}`);
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('the Office writer sets a text column to text before it writes the values', () => {
    for (const s of r.m.sheets) {
      const writes = r.x.writes.filter((w) => w.sheet === s.name);
      const firstValues = writes.findIndex((w) => w.kind === 'values');
      const textFormats = writes.map((w, i) => [w, i] as const).filter(([w]) => w.kind === 'numberFormat' && w.value === '@');
      expect(textFormats.length).toBeGreaterThan(0);
      for (const [, i] of textFormats) expect(i).toBeLessThan(firstValues);
    }
  });
});
