// exceljs' full reader into plain grids of cells the core understands, for the browser's file mode
// (src/taskpane/file-backend.ts). The CLI reads with src/reader. exceljs hands dates over as UTC
// instants whose UTC fields are the wall clock, which is what core expects.
import ExcelJS from 'exceljs';
import { CellValue, errorValue } from '../core/register/cells';

export interface SheetGrid {
  name: string;
  /** rows[0] is sheet row 1. */
  rows: CellValue[][];
}

/** One exceljs cell value as a plain value: rich text, hyperlinks and formula results unwrapped. */
export function plainCell(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? plainCell(o.result as ExcelJS.CellValue) : null;
  if (typeof o.text === 'string') return o.text;
  if (typeof o.error === 'string') return errorValue(o.error);
  return String(v);
}

export function sheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plainCell(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { name: ws.name, rows };
}

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
