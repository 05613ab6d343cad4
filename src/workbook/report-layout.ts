// The report sheets laid out once, for both renderers: src/excel/report-writer.ts (Office.js, the
// open workbook) and src/export/appraisal-workbook.ts (exceljs, a downloaded .xlsx) draw the same
// cells, styles, formats, conditional formats, widths and frozen rows from this description.
// Layout: title in A1, subtitle in A2, then each block (title, note, zh header row, en header row,
// data or （无 none）, a blank row); a one-table sheet's table (note, headers, data) follows A2.
import { parseDateTime } from '../core/register/cells';
import { NUMBER_FORMATS, ReportColumn, ReportSheet, ReportValue, ValueKind } from '../core/report/model';
import { REPORT_SHEETS } from '../core/report/sheets';
import { dayOf, isValidYmd, serialFromStamp, stampOf } from '../core/time';
import { MAX_YEAR, MIN_YEAR } from '../core/register/cell-basics';
import { a1Range, rangeBounds } from './address';
import { CellStyle, GRADE_LOOKS, OVERDUE_FILL, OVERDUE_FONT, REPORT_STYLES, ReportStyleKey } from './style';
import { shownWidth, shownWidthOf, wrappedHeaderWidth, wrappedLines } from './text-width';

/** A conditional colour: the cell's fill and font where it equals `text`. */
export interface Highlight {
  text: string;
  fill: string;
  font: string;
}

/** The widest a column gets; longer text wraps (说明, 意见). */
export const MAX_WIDTH = 40;
/**
 * The widest a column's data makes it: text wraps at the column's designed width (ReportColumn.width,
 * e.g. 超期节点 16, 说明 40), a number or date is never cut (Excel would show ###).
 */
const textCap = (c: ReportColumn): number => (c.kind === 'text' ? Math.min(MAX_WIDTH, c.width) : MAX_WIDTH);
/** A header wraps onto at most this many lines before its column widens instead. */
const HEADER_LINES = 3;
/**
 * Excel adds 5 px of cell padding to a width of n digits (ECMA-376 Part 1, 18.3.1.13 col/@width:
 * n + 5/7 at a 7 px digit); one digit more leaves room for a bold header.
 */
const PADDING = 1 + 5 / 7;

/** A cell of the layout: dates are wall-clock Excel serials, formatted by `formats`. */
export type LayoutValue = string | number | null;

export interface ReportSheetLayout {
  name: string;
  /** Every cell from A1, rectangular (width = widest block). */
  values: LayoutValue[][];
  width: number;
  /** Styled ranges (A1 addresses) by role, in the order they are applied. */
  styles: { range: string; style: ReportStyleKey }[];
  /** Per block and column: the data rows, their number format and the kind of value they hold. */
  formats: { range: string; format: string; kind: ValueKind }[];
  dataBars: string[];
  /** Cells coloured by their text: 已超期 and the like red, grades by GRADE_LOOKS. */
  highlights: { range: string; rules: Highlight[] }[];
  /** Column widths in characters, from the content (see columnWidths). */
  widths: number[];
  /** Rows whose wrapped text takes more than one line: how many (a file sets their height; Excel and LibreOffice do not grow rows on open). */
  lines: { row: number; lines: number }[];
  /** Blocks by title: where their data lies (0-based rows), for charts. */
  blocks: { title: string; headerRow: number; firstRow: number; lastRow: number; cols: number }[];
  /** Rows frozen at the top and repeated on every printed page. */
  freezeRows: number;
}

/** What an empty block shows. */
export const NO_ROWS = '（无 none）';

/** The report's own date and date-time text (formatDay; formatStamp, with a T or a space). */
const CANONICAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/**
 * A date or date-time report value ("2026-11-03 14:00", "2026-11-03") as an Excel serial, else the
 * text. The report's own form is read directly (a list has a few dates on each of its rows); any
 * other text goes through the register's reader, which accepts what a user types.
 */
export function dateCell(v: string): LayoutValue {
  const m = CANONICAL.exec(v);
  if (m) {
    const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)];
    if (y >= MIN_YEAR && y <= MAX_YEAR && isValidYmd(y, mo, d) && h < 24 && mi < 60) return serialFromStamp(stampOf(dayOf(y, mo, d), h * 60 + mi));
  }
  const t = parseDateTime(v);
  return t.ok && t.value !== undefined ? serialFromStamp(t.value) : v;
}

export function layoutReportSheet(sheet: ReportSheet): ReportSheetLayout {
  const width = Math.max(1, ...sheet.blocks.map((b) => b.columns.length));
  const values: LayoutValue[][] = [];
  const put = (cells: LayoutValue[]) => {
    const row = new Array<LayoutValue>(width).fill(null);
    cells.forEach((v, i) => (row[i] = v));
    values.push(row);
    return values.length - 1;
  };
  const out: ReportSheetLayout = { name: sheet.name, values, width, styles: [], formats: [], dataBars: [], highlights: [], widths: [], lines: [], blocks: [], freezeRows: 2 };
  const style = (row: number, cols: number, s: ReportStyleKey) => out.styles.push({ range: a1Range(row, 0, row, cols - 1), style: s });
  style(put([sheet.title]), 1, 'title');
  style(put([sheet.subtitle]), 1, 'subtitle');
  // A one-table sheet (the overdue list) is a list to print: its subtitle names the table, so the
  // table starts under it, without a blank row and a title saying the same again (issue 12: the
  // demo month's list on one A4 page).
  const list = sheet.blocks.length === 1;
  if (!list) put([]);
  for (const block of sheet.blocks) {
    if (!list) style(put([block.title]), 1, 'blockTitle');
    if (block.note) style(put([block.note]), 1, 'note');
    const headerRow = put(block.columns.map((c) => c.zh));
    style(headerRow, block.columns.length, 'headerZh');
    style(put(block.columns.map((c) => c.en)), block.columns.length, 'headerEn');
    const first = values.length;
    for (const r of block.rows) {
      put(block.columns.map((c, i) => {
        const v: ReportValue = r[i] ?? null;
        return (c.kind === 'datetime' || c.kind === 'date') && typeof v === 'string' ? dateCell(v) : v;
      }));
    }
    const last = values.length - 1;
    if (last >= first) {
      block.columns.forEach((c, i) => {
        const range = a1Range(first, i, last, i);
        const format = NUMBER_FORMATS[c.kind];
        if (format) out.formats.push({ range, format, kind: c.kind });
        if (c.dataBar) out.dataBars.push(range);
        const rules = [...(c.redWhen ?? []).map((text) => ({ text, fill: OVERDUE_FILL, font: OVERDUE_FONT })), ...(c.grade ? GRADE_LOOKS : [])];
        if (rules.length) out.highlights.push({ range, rules });
        if (c.kind === 'text' && block.rows.some((r) => typeof r[i] === 'string' && shownWidth(r[i], undefined) > textCap(c))) out.styles.push({ range, style: 'longText' });
      });
    } else put([NO_ROWS]);
    out.blocks.push({ title: block.title, headerRow, firstRow: first, lastRow: last, cols: block.columns.length });
    put([]);
  }
  out.widths = columnWidths(sheet, out.values, out.blocks);
  out.lines = wrappedRows(out);
  // A one-table sheet freezes its title and both header rows; a sheet of several tables its title.
  if (sheet.blocks.length === 1) out.freezeRows = out.blocks[0].headerRow + 2;
  return out;
}

/**
 * Each column as wide as its widest shown value (CJK counted double, numbers as their format shows
 * them, so nothing opens as ###) or its header wrapped onto HEADER_LINES lines, whichever is wider,
 * at most MAX_WIDTH, plus PADDING. Titles and notes in column A spill over and do not count.
 */
function columnWidths(sheet: ReportSheet, values: LayoutValue[][], blocks: ReportSheetLayout['blocks']): number[] {
  const widths: number[] = [];
  sheet.blocks.forEach((block, b) => {
    const at = blocks[b];
    block.columns.forEach((c, i) => {
      const header = Math.max(...[c.zh, c.en].map((h) => Math.max(wrappedHeaderWidth(h), Math.ceil(shownWidth(h, undefined) / HEADER_LINES))));
      // Only min(data, cap) counts: a column's data stops being measured once it reaches the cap.
      const cap = textCap(c);
      const shown = shownWidthOf(NUMBER_FORMATS[c.kind]);
      let data = 0;
      for (let r = at.firstRow; r <= at.lastRow && data < cap; r++) data = Math.max(data, shown(values[r][i]));
      widths[i] = Math.max(widths[i] ?? 0, Math.round((Math.min(MAX_WIDTH, Math.max(header, Math.min(data, cap))) + PADDING) * 100) / 100);
    });
  });
  return widths;
}

/** The line count of every row with a wrapped cell that needs more than one line at its column's width. */
function wrappedRows(l: ReportSheetLayout): { row: number; lines: number }[] {
  const lines = new Map<number, number>();
  for (const s of l.styles) {
    if (!(REPORT_STYLES[s.style] as CellStyle).wrap) continue;
    const b = rangeBounds(s.range);
    if (!b) continue;
    for (let c = b.c0; c <= b.c1; c++) {
      const width = Math.floor(l.widths[c] - PADDING + 1);
      for (let r = b.r0; r <= b.r1; r++) {
        const v = l.values[r][c];
        const n = typeof v === 'string' ? wrappedLines(v, width) : 1;
        if (n > (lines.get(r) ?? 1)) lines.set(r, n);
      }
    }
  }
  return [...lines].sort((a, b) => a[0] - b[0]).map(([row, n]) => ({ row, lines: n }));
}

/**
 * The name a generated sheet gets: its own name when free or already the add-in's, else the name
 * with " (2)", " (3)" … that is free. A sheet of the user's is never reused.
 */
export function generatedSheetName(wanted: string, existing: readonly string[], generated: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const ours = new Set(generated.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase()) || ours.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const n = `${wanted} (${i})`;
    if (!taken.has(n.toLowerCase()) || ours.has(n.toLowerCase())) return n;
  }
}

/** The report sheet names in the order the add-in writes them. */
export const REPORT_SHEET_NAMES: readonly string[] = Object.values(REPORT_SHEETS);
