// Reads an .xlsx with exceljs into plain grids of cells the core understands. exceljs hands
// dates over as UTC instants whose UTC fields are the wall clock, which is what core expects.
import ExcelJS from 'exceljs';
import { CellValue } from '../core/register/cells';

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
  if (typeof o.error === 'string') return o.error;
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

/**
 * exceljs' streaming reader sometimes hands a cell over as its shared-string index instead of the
 * text (a race in its zip piping: exceljs issues #683 and #2915). Such a value is never data.
 */
export function isUnresolvedSharedString(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'sharedString' in v;
}

/**
 * Every sheet of a file as grids, read with exceljs' streaming reader: it never builds the full
 * workbook model, so a 100,000-row register costs little more than unzipping and parsing it.
 * When the streaming reader leaves a shared string unresolved, the file is read again with the
 * full reader, so a register is never misread.
 */
export async function readSheetsStreaming(path: string): Promise<SheetGrid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  const sheets: SheetGrid[] = [];
  let unresolved = false;
  for await (const ws of reader) {
    const rows: CellValue[][] = [];
    // The streaming reader's worksheet knows its name only through its workbook's sheet list.
    const name = (ws as unknown as { name?: string }).name ?? `Sheet${sheets.length + 1}`;
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as ExcelJS.CellValue[];
      const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
      for (let i = 1; i < values.length; i++) {
        if (isUnresolvedSharedString(values[i])) unresolved = true;
        cells[i - 1] = plainCell(values[i]);
      }
      rows[row.number - 1] = cells;
    }
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    sheets.push({ name, rows });
  }
  if (unresolved) return (await readWorkbookFile(path)).worksheets.map(sheetGrid);
  return sheets;
}

export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs' typings want a Node Buffer; an ArrayBuffer works in both Node and the browser.
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}
