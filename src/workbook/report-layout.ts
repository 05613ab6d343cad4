// The report sheets laid out once, for both renderers: src/excel/report-writer.ts (Office.js, the
// open workbook) and src/export/appraisal-workbook.ts (exceljs, a downloaded .xlsx) draw the same
// cells, styles, formats, conditional formats, widths and frozen rows from this description.
// Layout: title in A1, subtitle in A2, then each block (title, note, zh header row, en header row,
// data or （无 none）, a blank row).
import { parseDateTime } from '../core/register/cells';
import { NUMBER_FORMATS, ReportSheet, ReportValue, ValueKind } from '../core/report/model';
import { REPORT_SHEETS } from '../core/report/sheets';
import { serialFromStamp } from '../core/time';
import { a1Range } from './address';
import { ReportStyleKey } from './style';

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
  redWhen: { range: string; texts: string[] }[];
  /** Column widths in characters. */
  widths: number[];
  /** Blocks by title: where their data lies (0-based rows), for charts. */
  blocks: { title: string; headerRow: number; firstRow: number; lastRow: number; cols: number }[];
  /** Rows frozen at the top and repeated on every printed page. */
  freezeRows: number;
}

/** What an empty block shows. */
export const NO_ROWS = '（无 none）';

/** A date or date-time report value ("2026-11-03 14:00", "2026-11-03") as an Excel serial, else the text. */
function dateCell(v: string): LayoutValue {
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
  const out: ReportSheetLayout = { name: sheet.name, values, width, styles: [], formats: [], dataBars: [], redWhen: [], widths: [], blocks: [], freezeRows: 2 };
  const style = (row: number, cols: number, s: ReportStyleKey) => out.styles.push({ range: a1Range(row, 0, row, cols - 1), style: s });
  style(put([sheet.title]), 1, 'title');
  style(put([sheet.subtitle]), 1, 'subtitle');
  put([]);
  for (const block of sheet.blocks) {
    style(put([block.title]), 1, 'blockTitle');
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
        if (c.redWhen?.length) out.redWhen.push({ range, texts: c.redWhen });
      });
    } else put([NO_ROWS]);
    out.blocks.push({ title: block.title, headerRow, firstRow: first, lastRow: last, cols: block.columns.length });
    put([]);
  }
  for (const b of sheet.blocks) b.columns.forEach((c, i) => (out.widths[i] = Math.max(out.widths[i] ?? 0, c.width)));
  // A one-table sheet freezes its title and both header rows; a sheet of several tables its title.
  if (sheet.blocks.length === 1) out.freezeRows = out.blocks[0].headerRow + 2;
  return out;
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
