// Renders the report model (src/core/report/model.ts) into an .xlsx with exceljs: values only,
// never formulas, so it opens the same in Excel, WPS and LibreOffice.
import ExcelJS from 'exceljs';
import { NUMBER_FORMATS, ReportBlock, ReportModel, ReportSheet, ReportValue } from '../core/report/model';
import { parseIsoDay } from '../core/time';

const RED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' }, fgColor: { argb: 'FFFFC7CE' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** "2026-11-03 14:00" or "2026-11-03T14:00" as a Date whose UTC fields are that wall clock. */
function wallClockDate(text: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const day = parseIsoDay(m[1]);
  if (day === undefined) return undefined;
  return new Date((day * 1440 + (m[2] ? Number(m[2]) * 60 + Number(m[3]) : 0)) * 60000);
}

function cellValue(v: ReportValue, kind: string): ExcelJS.CellValue {
  if (v === null) return null;
  if ((kind === 'datetime' || kind === 'date') && typeof v === 'string') return wallClockDate(v) ?? v;
  // A string is written as a shared string, never parsed: text starting with = + - @ stays text.
  return v;
}

const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

function renderBlock(ws: ExcelJS.Worksheet, block: ReportBlock, startRow: number): { next: number; headerRows: [number, number] } {
  let r = startRow;
  const titleRow = ws.getRow(r++);
  titleRow.getCell(1).value = block.title;
  titleRow.getCell(1).font = { bold: true, size: 12 };
  if (block.note) {
    const noteRow = ws.getRow(r++);
    noteRow.getCell(1).value = block.note;
    noteRow.getCell(1).font = { italic: true, color: { argb: 'FF595959' } };
  }
  const zhRow = ws.getRow(r);
  const enRow = ws.getRow(r + 1);
  block.columns.forEach((c, i) => {
    zhRow.getCell(i + 1).value = c.zh;
    enRow.getCell(i + 1).value = c.en;
    for (const row of [zhRow, enRow]) {
      row.getCell(i + 1).fill = HEADER_FILL;
      row.getCell(i + 1).font = { bold: row === zhRow, color: row === enRow ? { argb: 'FF595959' } : undefined };
      row.getCell(i + 1).border = { bottom: row === enRow ? { style: 'thin' } : undefined };
    }
  });
  const headerRows: [number, number] = [r, r + 1];
  r += 2;
  const first = r;
  for (const values of block.rows) {
    const row = ws.getRow(r++);
    block.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(values[i] ?? null, c.kind);
      const fmt = NUMBER_FORMATS[c.kind];
      if (fmt && c.kind !== 'text') cell.numFmt = fmt;
    });
  }
  const last = r - 1;
  if (last >= first) {
    block.columns.forEach((c, i) => {
      const ref = `${colLetter(i + 1)}${first}:${colLetter(i + 1)}${last}`;
      if (c.dataBar) {
        ws.addConditionalFormatting({
          ref,
          rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: 'FF5B9BD5' } } as unknown as ExcelJS.ConditionalFormattingRule],
        });
      }
      if (c.redWhen?.length) {
        ws.addConditionalFormatting({
          ref,
          rules: c.redWhen.map((text) => ({ type: 'cellIs', operator: 'equal', priority: 2, formulae: [JSON.stringify(text)], style: { fill: RED_FILL, font: { color: { argb: 'FF9C0006' } } } }) as ExcelJS.ConditionalFormattingRule),
        });
      }
    });
  } else {
    ws.getRow(r++).getCell(1).value = '（无 none）';
  }
  return { next: r + 1, headerRows };
}

function renderSheet(wb: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  ws.getCell('A1').value = sheet.title;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = sheet.subtitle;
  ws.getCell('A2').font = { color: { argb: 'FF595959' } };
  let r = 4;
  let firstHeader: [number, number] | undefined;
  for (const block of sheet.blocks) {
    const out = renderBlock(ws, block, r);
    firstHeader ??= out.headerRows;
    r = out.next;
  }
  const widths: number[] = [];
  for (const b of sheet.blocks) b.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // A one-table sheet freezes and repeats its header; a sheet of several tables its title.
  const single = sheet.blocks.length === 1 && firstHeader;
  const titleEnd = single ? firstHeader![1] : 2;
  ws.views = [{ state: 'frozen', ySplit: titleEnd, xSplit: 0 }];
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `1:${titleEnd}`,
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
