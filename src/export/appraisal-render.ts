// Renders the report model (src/core/report/model.ts) into an exceljs workbook, either of them (the
// document model, appraisal-workbook.ts; the streaming writer, appraisal-stream.ts): values only,
// never formulas, so it opens the same in Excel, WPS and LibreOffice. The cells, styles and
// formats come from src/workbook/report-layout.ts, the layout the Office.js writer draws too;
// this file adds what only a file has (print setup, footer, workbook properties). exceljs' types
// only: the workbook is handed in, so loading this file does not load exceljs (the CLI loads it
// when it writes, not before it reads).
import type ExcelJS from 'exceljs';
import { ReportModel, ReportSheet } from '../core/report/model';
import { dateFromStamp, stampFromSerial } from '../core/time';
import { ReportSheetLayout, layoutReportSheet } from '../workbook/report-layout';
import { rangeBounds } from '../workbook/address';
import { reportCharts } from '../workbook/charts';
import { addCharts } from './charts';
import type { Zipper } from './charts/package';
import { BODY_SIZE, CellStyle, DATA_BAR, REPORT_FONT, REPORT_STYLES, argb } from '../workbook/style';

const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } });

/** 0-based bounds of a layout's A1 range; the layout only makes A1 ranges. */
function bounds(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const b = rangeBounds(range);
  if (!b) throw new Error(`not an A1 range: ${range}`);
  return b;
}

/** A cell's look: the report font at body size, then its role's style (merged in the layout's order). */
function styleOf(numFmt: string | undefined, st: CellStyle | undefined): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (numFmt !== undefined) style.numFmt = numFmt;
  if (!st) return style;
  const font: Partial<ExcelJS.Font> = { ...REPORT_FONT, size: st.size ?? BODY_SIZE };
  if (st.bold !== undefined) font.bold = st.bold;
  if (st.italic !== undefined) font.italic = st.italic;
  if (st.color !== undefined) font.color = { argb: argb(st.color) };
  style.font = font;
  if (st.fill !== undefined) style.fill = solid(st.fill);
  // Top-aligned: a line's cells start level with its wrapped text (bottom, the default, sets an ID
  // beside the last line of a two-line cell, which then reads as the next line's on paper).
  style.alignment = st.wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
  return style;
}

/**
 * One style object per distinct look: exceljs' writer remembers a style object it has seen (a
 * WeakMap to its id) and otherwise renders its font and xf XML to find the id, per cell. A date
 * and a number without a format get different ids (mm-dd-yy vs General), hence the kind in the key.
 */
function styleCache(): (numFmt: string | undefined, st: CellStyle | undefined, date: boolean) => Partial<ExcelJS.Style> {
  const seen = new Map<string, Partial<ExcelJS.Style>>();
  return (numFmt, st, date) => {
    const key = JSON.stringify([numFmt ?? null, st ?? null, date]);
    let style = seen.get(key);
    if (!style) seen.set(key, (style = styleOf(numFmt, st)));
    return style;
  };
}

type Bounds = ReturnType<typeof bounds>;

/** Points per line of BODY_SIZE text: CJK fonts (等线, Noto Sans CJK) set 10 pt on about 13.5 pt. */
const LINE_HEIGHT = 14;

/**
 * For rows asked in order 0, 1, 2 …: the ranges covering that row, in the layout's order (a later
 * style wins). Ranges are a block's column or one row, so only the live ones are looked at. The
 * same array comes back while the ranges stay the same (every data row of a block), so what
 * follows from them is worked out once per run of rows.
 */
function covering<T extends Bounds>(ranges: T[]): (row: number) => readonly T[] {
  const order = ranges.map((x, i) => ({ x, i })).sort((a, b) => a.x.r0 - b.x.r0 || a.i - b.i);
  let next = 0;
  let live: { x: T; i: number }[] = [];
  let out: T[] = [];
  return (row) => {
    const kept = live.filter((l) => l.x.r1 >= row);
    const changed = kept.length < live.length;
    live = kept;
    const before = live.length;
    for (; next < order.length && order[next].x.r0 <= row; next++) if (order[next].x.r1 >= row) live.push(order[next]);
    if (live.length > before) live.sort((a, b) => a.i - b.i);
    if (changed || live.length > before) out = live.map((l) => l.x);
    return out;
  };
}

/** What a row's covering formats and styles give each column: its format, whether it holds dates, its merged look. */
interface ColumnPlan {
  numFmt: (string | undefined)[];
  date: boolean[];
  look: (CellStyle | undefined)[];
  /** The style objects found so far, per column and (valued or not, date or not). */
  memo: Partial<ExcelJS.Style>[][];
}

function columnPlan(width: number, formats: readonly { c0: number; c1: number; format: string; date: boolean }[], styles: readonly { c0: number; c1: number; style: CellStyle }[]): ColumnPlan {
  const plan: ColumnPlan = { numFmt: new Array<string | undefined>(width).fill(undefined), date: new Array<boolean>(width).fill(false), look: new Array<CellStyle | undefined>(width).fill(undefined), memo: Array.from({ length: width }, () => []) };
  for (const f of formats) {
    for (let c = f.c0; c <= f.c1; c++) {
      plan.numFmt[c] = f.format;
      plan.date[c] ||= f.date;
    }
  }
  for (const s of styles) for (let c = s.c0; c <= s.c1; c++) plan.look[c] = { ...plan.look[c], ...s.style };
  return plan;
}

/** What both exceljs workbooks (the document model and the streaming writer) offer a renderer. */
type SheetOptions = Partial<Pick<ExcelJS.Worksheet, 'views' | 'pageSetup' | 'headerFooter'>>;
export interface BookTarget {
  creator: string;
  title: string;
  subject: string;
  keywords: string;
  description: string;
  addWorksheet(name: string, options: SheetOptions): SheetTarget;
}
interface SheetTarget {
  getRow(n: number): ExcelJS.Row;
  getColumn(n: number): ExcelJS.Column;
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
  /** The streaming writer's: writes the sheet out (the document model has none). */
  commit?: () => void;
}

/**
 * The layout's cells written row by row, each row committed once complete: the streaming writer
 * then holds one row at a time, the document model every row (commit does nothing there).
 */
function renderLayout(ws: SheetTarget, l: ReportSheetLayout): void {
  // Columns go out before the first row (the streaming writer writes <cols> then).
  l.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const formats = covering(l.formats.map((f) => ({ ...bounds(f.range), format: f.format, date: f.kind === 'datetime' || f.kind === 'date' })));
  const styles = covering(l.styles.map((s) => ({ ...bounds(s.range), style: REPORT_STYLES[s.style] })));
  const lines = new Map(l.lines.map((x) => [x.row, x.lines]));
  const style = styleCache();
  const width = l.width;
  // Every data row gets its height: LibreOffice grows a 10-pt CJK row to 15 pt on its own, 14 pt
  // (what the wrapped rows get per line) keeps a month's overdue list on one page (issue 12).
  const blocks = [...l.blocks].sort((a, b) => a.firstRow - b.firstRow);
  let block = 0;
  let plan: ColumnPlan | undefined;
  let planOf: [readonly unknown[], readonly unknown[]] | undefined;
  l.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    while (block < blocks.length && blocks[block].lastRow < r) block++;
    const data = block < blocks.length && blocks[block].firstRow <= r;
    const n = lines.get(r) ?? (data ? 1 : 0);
    if (n) xr.height = n * LINE_HEIGHT;
    const f = formats(r);
    const s = styles(r);
    if (!plan || !planOf || planOf[0] !== f || planOf[1] !== s) {
      plan = columnPlan(width, f, s);
      planOf = [f, s];
    }
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? null;
      const look = plan.look[c] ?? (v !== null ? {} : undefined);
      const numFmt = plan.numFmt[c];
      if (v === null && numFmt === undefined && look === undefined) continue;
      const cell = xr.getCell(c + 1);
      // A string is written as a shared string, never parsed: text starting with = + - @ stays text.
      // The layout's dates are wall-clock serials; exceljs writes a Date whose UTC fields are that wall clock.
      if (v !== null) cell.value = plan.date[c] && typeof v === 'number' ? dateFromStamp(stampFromSerial(v)) : v;
      const date = cell.value instanceof Date;
      const k = (v !== null ? 2 : 0) + (date ? 1 : 0);
      cell.style = plan.memo[c][k] ??= style(numFmt, look, date);
    }
    xr.commit();
  });
  // Each rule of a sheet has its own priority (ECMA-376 Part 1, 18.3.1.10 cfRule@priority): LibreOffice applies only the first of equal ones.
  let priority = 0;
  for (const ref of l.dataBars) {
    ws.addConditionalFormatting({
      ref,
      // exceljs' typings lack the dataBar rule it writes.
      rules: [{ type: 'dataBar', priority: ++priority, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: argb(DATA_BAR) } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
  for (const h of l.highlights) {
    ws.addConditionalFormatting({
      ref: h.range,
      rules: h.rules.map((x) => ({ type: 'cellIs', operator: 'equal', priority: ++priority, formulae: [JSON.stringify(x.text)], style: { fill: solid(x.fill), font: { color: { argb: argb(x.font) } } } }) as ExcelJS.ConditionalFormattingRule),
    });
  }
}

function renderSheet(wb: BookTarget, sheet: ReportSheet): ReportSheetLayout {
  const l = layoutReportSheet(sheet);
  // The streaming writer writes views and page setup as the sheet opens: they are given up front.
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: l.freezeRows, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${l.freezeRows}`,
      // Excel's "Narrow" sides (0.25 in); no header is printed, so the top margin only clears the
      // paper's edge, and the bottom one the "sheet x / y" footer: more rows and width per page.
      margins: { left: 0.25, right: 0.25, top: 0.3, bottom: 0.5, header: 0.2, footer: 0.3 },
    } as ExcelJS.PageSetup,
    headerFooter: { oddFooter: `${sheet.name} &P / &N` } as ExcelJS.HeaderFooter,
  });
  renderLayout(ws, l);
  ws.commit?.();
  return l;
}

/** Renders the model's sheets into `wb` and returns their layouts (for the charts). */
export function render(wb: BookTarget, model: ReportModel): ReportSheetLayout[] {
  const p = model.properties;
  wb.creator = 'complaint-register';
  wb.title = p.title;
  wb.subject = p.subject;
  wb.keywords = `complaints appraisal ${p.period}`;
  wb.description = `register: ${p.register}; policy: ${p.policy}; as of: ${p.asOf}; contacts ${p.contactsIncluded ? 'included' : 'masked'}`;
  return model.sheets.map((s) => renderSheet(wb, s));
}

/** The written package with the report's charts (and default font) added: exceljs writes neither. */
export const withCharts = (bytes: Uint8Array | Readonly<Record<string, Uint8Array>>, layouts: readonly ReportSheetLayout[], zip?: Zipper): Uint8Array => addCharts(bytes, reportCharts(layouts), zip);

