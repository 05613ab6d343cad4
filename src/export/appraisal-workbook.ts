// Renders the report model (src/core/report/model.ts) into an .xlsx with exceljs: values only,
// never formulas, so it opens the same in Excel, WPS and LibreOffice. The cells, styles and
// formats come from src/workbook/report-layout.ts, the layout the Office.js writer draws too;
// this file adds what only a file has (print setup, footer, workbook properties).
import ExcelJS from 'exceljs';
import { ReportModel, ReportSheet } from '../core/report/model';
import { dateFromStamp, stampFromSerial } from '../core/time';
import { ReportSheetLayout, layoutReportSheet } from '../workbook/report-layout';
import { CellStyle, DATA_BAR, OVERDUE_FILL, OVERDUE_FONT, REPORT_STYLES, argb } from '../workbook/style';

const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } });

/** Every cell of an A1 range ("B5:B9" or "A1"). */
function eachCell(ws: ExcelJS.Worksheet, range: string, f: (cell: ExcelJS.Cell) => void): void {
  const [from, to = from] = range.split(':');
  const a = ws.getCell(from);
  const b = ws.getCell(to);
  for (let r = Number(a.row); r <= Number(b.row); r++) for (let c = Number(a.col); c <= Number(b.col); c++) f(ws.getCell(r, c));
}

function applyStyle(cell: ExcelJS.Cell, st: CellStyle): void {
  const font: Partial<ExcelJS.Font> = {};
  if (st.bold !== undefined) font.bold = st.bold;
  if (st.italic !== undefined) font.italic = st.italic;
  if (st.size !== undefined) font.size = st.size;
  if (st.color !== undefined) font.color = { argb: argb(st.color) };
  cell.font = font;
  if (st.fill !== undefined) cell.fill = solid(st.fill);
}

function renderLayout(ws: ExcelJS.Worksheet, l: ReportSheetLayout): void {
  l.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    // A string is written as a shared string, never parsed: text starting with = + - @ stays text.
    row.forEach((v, c) => v !== null && (xr.getCell(c + 1).value = v));
  });
  for (const f of l.formats) {
    const date = f.kind === 'datetime' || f.kind === 'date';
    eachCell(ws, f.range, (cell) => {
      cell.numFmt = f.format;
      // The layout's dates are wall-clock serials; exceljs writes a Date whose UTC fields are that wall clock.
      if (date && typeof cell.value === 'number') cell.value = dateFromStamp(stampFromSerial(cell.value));
    });
  }
  for (const s of l.styles) eachCell(ws, s.range, (cell) => applyStyle(cell, REPORT_STYLES[s.style]));
  for (const ref of l.dataBars) {
    ws.addConditionalFormatting({
      ref,
      // exceljs' typings lack the dataBar rule it writes.
      rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: argb(DATA_BAR) } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  for (const red of l.redWhen) {
    ws.addConditionalFormatting({
      ref: red.range,
      rules: red.texts.map((text) => ({ type: 'cellIs', operator: 'equal', priority: 2, formulae: [JSON.stringify(text)], style: { fill: solid(OVERDUE_FILL), font: { color: { argb: argb(OVERDUE_FONT) } } } }) as ExcelJS.ConditionalFormattingRule),
    });
  }
  l.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: l.freezeRows, xSplit: 0 }];
}

function renderSheet(wb: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  const l = layoutReportSheet(sheet);
  renderLayout(ws, l);
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${l.freezeRows}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `${sheet.name} &P / &N` };
}

export function appraisalWorkbook(model: ReportModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const p = model.properties;
  wb.creator = 'complaint-register';
  wb.title = p.title;
  wb.subject = p.subject;
  wb.keywords = `complaints appraisal ${p.period}`;
  wb.description = `register: ${p.register}; policy: ${p.policy}; as of: ${p.asOf}; contacts ${p.contactsIncluded ? 'included' : 'masked'}`;
  for (const s of model.sheets) renderSheet(wb, s);
  return wb;
}
