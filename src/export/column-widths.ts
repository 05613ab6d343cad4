// Column widths from what the cells show, for the registers the browser mode writes (the demo, a
// new register, a set-up's added columns): a date or number narrower than its shown text opens as
// "###" in Excel; CJK text counts double (src/workbook/text-width.ts).
import ExcelJS from 'exceljs';
import { shownWidth } from '../workbook/text-width';

/** The widest a register column gets from its content; longer text spills over or is cut, never "###". */
export const MAX_REGISTER_WIDTH = 50;
/** Excel's 5 px cell padding at a 7 px digit (ECMA-376 Part 1, 18.3.1.13), and a digit for a bold header. */
const PADDING = 1 + 5 / 7;

/** What a cell shows, in digit widths: its value under its number format (a formula by its result). */
function cellWidth(cell: ExcelJS.Cell): number {
  const v = cell.value;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return shownWidth((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''), undefined);
    if ('result' in o) return shownWidth(o.result as string | number | Date | null, cell.numFmt);
    if (typeof o.error === 'string') return o.error.length;
    if (typeof o.text === 'string') return shownWidth(o.text, undefined);
    return 0;
  }
  return shownWidth(v, cell.numFmt);
}

/**
 * Sets each of `columns` (1-based) as wide as its widest cell, header included; a column with a
 * date format at least as wide as a date shows, before the first is typed. With `widenOnly` a
 * column the user made wider stays as it is. Rows above `fromRow` (1-based: a title over the
 * headers, which spills over) do not count.
 */
export function fitColumns(ws: ExcelJS.Worksheet, columns: readonly number[], widenOnly = false, fromRow = 1): void {
  const widest = new Map<number, number>(columns.map((c) => {
    const fmt = ws.getColumn(c).numFmt;
    return [c, fmt && /y/.test(fmt) ? shownWidth(new Date(0), fmt) : 0];
  }));
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r < fromRow) return;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (widest.has(col)) widest.set(col, Math.max(widest.get(col) ?? 0, cellWidth(cell)));
    });
  });
  for (const [col, w] of widest) {
    const want = Math.round((Math.min(MAX_REGISTER_WIDTH, Math.max(w, 4)) + PADDING) * 100) / 100;
    const c = ws.getColumn(col);
    c.width = widenOnly ? Math.max(c.width ?? 0, want) : want;
  }
}
