// The CLI writes the appraisal workbook with exceljs' streaming writer (one row in memory at a
// time), the task pane with the document model; both render the one layout. Read back, the two
// files must hold the same cells, formats, styles, conditional formats, widths, frozen rows, page
// setup, print titles and properties (data bars: see dataBar2007), so the document workbook's
// specs speak for both.
import { MsgError } from '../src/core/messages';
import ExcelJS from 'exceljs';
import { reportFigures } from '../src/core/report/figures';
import { reportModel } from '../src/core/report/sheets';
import { ReportModel } from '../src/core/report/model';
import { parsePeriod } from '../src/core/report/period';
import { appraisalWorkbook } from '../src/export/appraisal-workbook';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../src/core/demo/generate';
import { readRegister } from '../src/core/register/read';
import { readSurvey } from '../src/core/report/survey';
import { compiled } from './helpers/build';
import { preset } from '../src/core/policy/presets';
import { appraisalBytes } from '../src/cli/report';

const demo = demoRegister(11, 2000);
const survey = readSurvey([DEMO_SURVEY_HEADERS, ...demoSurvey()]).responses;
const read = readRegister([demo.headers, ...demo.rows]);
if (!read.ok) throw new MsgError(read.error);

function modelFor(period: string, includeContacts: boolean): ReportModel {
  const p = parsePeriod(period);
  if (!p.ok) throw new MsgError(p.error);
  const f = reportFigures({ policy: compiled('severity'), complaints: read.ok ? read.value.complaints : [], survey, period: p.value, asOf: p.value.end });
  return reportModel(f, preset('severity')!, { register: 'demo-register.xlsx [投诉登记表]', policyLabel: 'preset severity', includeContacts });
}

const streamed = async (model: ReportModel): Promise<Buffer> => Buffer.from(await appraisalBytes(model));

async function load(buf: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

/**
 * A data bar as the streaming writer writes it: the Office 2007 <dataBar> (ECMA-376 Part 1,
 * 18.3.1.28: cfvo, color), without the x14 extension list the document writer adds (its length
 * and axis options); both show a bar from 0 to the column's maximum. Other rules stay whole.
 */
const dataBar2007 = (r: Record<string, unknown>) => (r.type === 'dataBar' ? { type: r.type, priority: r.priority, cfvo: r.cfvo, color: r.color } : r);

/** Everything a reader of the file sees of a sheet, cell by cell. */
function sheetView(ws: ExcelJS.Worksheet) {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells.push({ at: `${r}:${c}`, value: cell.value, type: cell.type, numFmt: cell.numFmt, font: cell.font, fill: cell.fill });
    });
  });
  const m = ws.model as unknown as { conditionalFormattings?: unknown };
  return {
    name: ws.name,
    cells,
    widths: (ws.columns ?? []).map((c) => c.width),
    views: ws.views.map((v) => ({ state: v.state, ySplit: (v as ExcelJS.WorksheetViewFrozen).ySplit })),
    pageSetup: { paperSize: ws.pageSetup.paperSize, orientation: ws.pageSetup.orientation, fitToPage: ws.pageSetup.fitToPage, fitToWidth: ws.pageSetup.fitToWidth, fitToHeight: ws.pageSetup.fitToHeight, printTitlesRow: ws.pageSetup.printTitlesRow, margins: ws.pageSetup.margins },
    footer: ws.headerFooter.oddFooter,
    conditional: (m.conditionalFormattings as { ref: string; rules: Record<string, unknown>[] }[] | undefined)?.map((cf) => ({ ref: cf.ref, rules: cf.rules.map(dataBar2007) })),
  };
}

describe.each([
  ['2026-10', false],
  ['2026-11', true],
  ['2026-Q4', false],
])('%s (contacts %s): the streamed workbook equals the document one', (period, contacts) => {
  let doc: ExcelJS.Workbook;
  let str: ExcelJS.Workbook;
  beforeAll(async () => {
    const model = modelFor(period, contacts);
    doc = await load(await appraisalWorkbook(model).xlsx.writeBuffer());
    str = await load(await streamed(model));
  });

  test('same sheets, and every sheet the same cell by cell', () => {
    expect(str.worksheets.map((w) => w.name)).toEqual(doc.worksheets.map((w) => w.name));
    doc.worksheets.forEach((ws, i) => expect(sheetView(str.worksheets[i])).toEqual(sheetView(ws)));
    // Not two empty files alike: the overdue list has rows, with dates as dates.
    const cells = doc.worksheets.flatMap((ws) => sheetView(ws).cells) as { value: unknown }[];
    expect(cells.length).toBeGreaterThan(200);
    expect(cells.some((c) => c.value instanceof Date)).toBe(true);
  });

  test('same workbook properties', () => {
    const props = (wb: ExcelJS.Workbook) => ({ creator: wb.creator, title: wb.title, subject: wb.subject, keywords: wb.keywords, description: wb.description });
    expect(props(str)).toEqual(props(doc));
    expect(str.title).toMatch(/\S/);
  });
});
