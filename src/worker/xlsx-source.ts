// A workbook the worker reads itself: the bytes of an .xlsx (the browser's file, or the file
// backend's current state) through the streaming reader (src/reader: fflate + saxes, as the CLI
// reads), so neither exceljs nor a 100,000-row grid ever sits on the pane's thread. The sheets
// read are the ones the backend would read: the register candidates, the policy, survey and 列映射.
import { CellValue } from '../core/register/cells';
import { registerCandidates } from '../core/workbook';
import { POLICY_SHEET } from '../core/policy/table';
import { SURVEY_SHEET } from '../core/report/survey';
import { MAPPING_SHEET } from '../core/register/mapping';
import { XlsxWorkbook, ReaderRefusal } from '../reader';
import { bytesSource } from '../reader/source';
import { Msg, MsgError, msg } from '../core/messages';
import type { GridSheet } from '../workbook/model';
import type { Report } from './jobs';
import type { WorkbookGrids, WorkbookSource, XlsxSource } from './protocol';

export const isXlsxSource = (s: WorkbookSource): s is XlsxSource => 'xlsx' in s;

/** Rows of a sheet, block by block; `onRows` hears the running count. rows[0] is sheet row 1. */
async function sheetRows(wb: XlsxWorkbook, name: string, onRows: (n: number) => void): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  for await (const b of wb.blocks(name)) {
    while (out.length < b.first - 1) out.push([]);
    for (const r of b.rows) out.push(r);
    onRows(out.length);
  }
  return out;
}

/** The grids of an .xlsx as a backend reads them; a file the reader refuses is one line naming it. */
export async function gridsOfXlsx(src: XlsxSource, report: Report): Promise<WorkbookGrids> {
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.open(bytesSource(src.xlsx));
  } catch (e) {
    throw new MsgError(refusalLine(src.workbook, e));
  }
  try {
    const names = wb.sheetNames;
    const wanted = src.sheets ? registerCandidates(names).filter((n) => src.sheets?.includes(n)) : registerCandidates(names, src.hint);
    const candidates: GridSheet[] = [];
    let before = 0;
    for (const name of wanted) {
      const rows = await sheetRows(wb, name, (n) => report('read', { done: before + n, total: before + n, unit: 'rows' }));
      before += rows.length;
      candidates.push({ name, rows, firstRow: 0, firstCol: 0 });
    }
    const small = async (name: string) => (names.includes(name) ? wb.grid(name) : undefined);
    const { hint, aliases, aliasesSheet, workbook, qualify } = src;
    return { candidates, hint, aliases, aliasesSheet, workbook, qualify, policyRows: await small(POLICY_SHEET), surveyRows: await small(SURVEY_SHEET), mappingRows: await small(MAPPING_SHEET) };
  } catch (e) {
    throw new MsgError(refusalLine(src.workbook, e));
  } finally {
    await wb.close();
  }
}

/**
 * Why an .xlsx cannot be read, as the CLI says it (what, which file, why, what to do), as a value
 * the pane renders in its language: the reader's reason, never a library's stack.
 */
export function refusalLine(file: string, e: unknown): Msg {
  if (e instanceof ReaderRefusal) return msg('file.notXlsx', { file, why: e.why, hint: msg(`refuse.${e.kind}`) });
  return msg('file.cannotRead', { file, why: e instanceof MsgError ? e.msg : e instanceof Error ? e.message : String(e) });
}

/** Opens the .xlsx just far enough to know it is one (its directory and workbook part), or throws the one line. */
export async function probeXlsx(file: string, bytes: Uint8Array): Promise<string[]> {
  try {
    const wb = await XlsxWorkbook.open(bytesSource(bytes));
    const names = wb.sheetNames;
    await wb.close();
    return names;
  } catch (e) {
    throw new MsgError(refusalLine(file, e));
  }
}

/** One small sheet of the .xlsx (the policy, say) as a grid, or undefined when there is no such sheet. */
export async function readSmallSheet(file: string, bytes: Uint8Array, name: string): Promise<CellValue[][] | undefined> {
  let wb: XlsxWorkbook | undefined;
  try {
    wb = await XlsxWorkbook.open(bytesSource(bytes));
    return wb.sheetNames.includes(name) ? await wb.grid(name) : undefined;
  } catch (e) {
    throw new MsgError(refusalLine(file, e));
  } finally {
    await wb?.close();
  }
}
