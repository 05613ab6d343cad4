// Reading the register for check and report: every sheet that may be the register in row blocks
// of its mapped columns, the policy, the survey and the 列映射 sheet, dates moved to the 1900
// system in a 1904 workbook; and, for consolidation, only the top rows of every candidate sheet.
import { CellValue } from '../core/register/cells';
import { MsgError, msg } from '../core/messages';
import { POLICY_SHEET } from '../core/policy/table';
import { SURVEY_SHEET } from '../core/report/survey';
import { MAPPING_SHEET } from '../core/register/mapping';
import { HEADER_SCAN_ROWS } from '../core/register/read';
import { RegisterHint, registerCandidates, savedMapping } from '../core/workbook';
import { Aliases, statedAliases } from '../workbook/mapping';
import { GridSheet } from '../workbook/model';
import { BlockCount, UsedGrid, readGrids, registerColumns } from './blocks';
import { dateSystemOffset, registerTo1900, surveyTo1900 } from './dates';
import { SheetsState, fromA1, readPolicyRows, readSheetsState, throwIfCancelled } from './adapter';

type Ctx = Excel.RequestContext;

// ---- Reading the register for check and report ----------------------------------------------

export interface WorkbookRead {
  state: SheetsState;
  /** The sheets that may be the register, in the order core's rule tries them (findRegisterGrid picks). */
  candidates: GridSheet[];
  /** What that rule needs to know: the sheet set up as the register, the active one, the generated ones. */
  hint: RegisterHint;
  /** The stored header corrections of the sheet set up as the register. */
  aliases: Aliases;
  policyRows?: CellValue[][];
  surveyRows?: CellValue[][];
  /** The 列映射 sheet's cells from A1, when the workbook has one (the mapping saved with it). */
  mappingRows?: CellValue[][];
}


/**
 * The sheets that may be the register (only the one set up as such, once there is one, in the
 * order of core's registerCandidates), the policy and the survey. Each candidate is read in row
 * blocks of only the columns the reader maps (src/excel/blocks.ts): two syncs for the sheets state,
 * two for the sizes and top rows, then one per block, never one per row. `onRows`: rows read so far, of all.
 */
export async function readWorkbook(ctx: Ctx, signal?: AbortSignal, sheets?: readonly string[], onRows?: (done: number, total: number, blocks: BlockCount) => void, sink?: RowSink): Promise<WorkbookRead> {
  const state = await readSheetsState(ctx);
  throwIfCancelled(signal);
  const hint: RegisterHint = { named: state.register?.sheet, prefer: state.active, generated: state.generated };
  // Consolidation reads the sheets chosen, whichever is set up as the register.
  const names = sheets ? state.names.filter((n) => sheets.includes(n)) : registerCandidates(state.names, hint);
  if (!names.length) throw new MsgError(msg('excel.noRegister', { sheets: state.names.join(', ') }));
  const aliases = state.register?.aliases ?? {};
  // The stored corrections belong to the sheet set up as the register only.
  const aliasesOf = (name: string): Aliases => (name === state.register?.sheet ? aliases : {});
  const hasPolicy = state.names.includes(POLICY_SHEET);
  const hasSurvey = state.names.includes(SURVEY_SHEET);
  // The saved mapping decides which columns are read, so its small sheet comes first (two syncs, only when there is one).
  const mappingRows = await readMappingRows(ctx, state.names, signal);
  const saved = mappingRows ? savedMapping([{ name: MAPPING_SHEET, rows: mappingRows }]) : undefined;
  const stated = saved?.ok ? saved.value?.columns : undefined;
  // Dates of a 1904 workbook are read as the core's 1900 serials (src/excel/dates.ts): known before the rows, so each block is converted as it goes.
  const dateOffset = await dateSystemOffset(ctx);
  state.dateOffset = dateOffset;
  const grids = await readGrids(ctx, [
    ...names.map((name) => ({ name, pick: (top: CellValue[][]) => registerColumns(statedAliases(aliasesOf(name), stated, top))(top), sink: sink && sheetSink(name, sink, (top) => statedAliases(aliasesOf(name), stated, top), dateOffset) })),
    ...(hasPolicy ? [{ name: POLICY_SHEET }] : []),
    ...(hasSurvey ? [{ name: SURVEY_SHEET }] : []),
  ], signal, onRows);
  const pol = hasPolicy ? grids[names.length] : undefined;
  const sur = hasSurvey ? grids[names.length + (hasPolicy ? 1 : 0)] : undefined;
  const grid = (g: UsedGrid | undefined) => (g ? fromA1(g.rows, g.firstRow, g.firstCol) : undefined);
  const candidates = names.map((name, i): GridSheet => {
    const g = grids[i];
    return g ? { name, rows: registerTo1900(g.rows, statedAliases(aliasesOf(name), stated, g.rows), dateOffset), firstRow: g.firstRow, firstCol: g.firstCol } : { name, rows: [], firstRow: 0, firstCol: 0 };
  });
  const survey = grid(sur);
  return { state, candidates, hint, aliases, policyRows: hasPolicy ? grid(pol) ?? [] : undefined, surveyRows: survey && surveyTo1900(survey, dateOffset), mappingRows };
}

/** A register sheet's rows as they are read, from A1 of its used range: the sheet, the rows, where they start. */
export type RowSink = (sheet: string, rows: CellValue[][]) => void;

/**
 * One sheet's sink for readGrids: its top rows (the header among them) first, then each block with
 * its dates in the 1900 system, found by the header in those top rows.
 */
function sheetSink(name: string, sink: RowSink, aliasesFor: (top: CellValue[][]) => Aliases, offset: number): (rows: CellValue[][]) => void {
  let head: CellValue[][] | undefined;
  return (rows) => {
    if (!head) {
      head = rows;
      return sink(name, registerTo1900(rows, aliasesFor(rows), offset));
    }
    const h = head;
    sink(name, offset ? registerTo1900([...h, ...rows], aliasesFor(h), offset).slice(h.length) : rows);
  };
}

/** The 列映射 sheet's cells from A1, or undefined without one: two syncs when there is one. */
async function readMappingRows(ctx: Ctx, names: readonly string[], signal?: AbortSignal): Promise<CellValue[][] | undefined> {
  if (!names.includes(MAPPING_SHEET)) return undefined;
  const g = (await readGrids(ctx, [{ name: MAPPING_SHEET }], signal))[0];
  return g ? fromA1(g.rows, g.firstRow, g.firstCol) : [];
}

/**
 * What consolidation chooses from, cheaply: every sheet that may be a register with only its top
 * rows (where the header row is looked for), the 列映射 and the policy. Four to six syncs, whatever
 * the sizes; the chosen sheets are then read whole by readWorkbook.
 */
export async function readRegisterTops(ctx: Ctx, signal?: AbortSignal): Promise<WorkbookRead> {
  const state = await readSheetsState(ctx);
  throwIfCancelled(signal);
  const names = registerCandidates(state.names, { generated: state.generated });
  const mappingRows = await readMappingRows(ctx, state.names, signal);
  const used = names.map((n) => {
    const u = ctx.workbook.worksheets.getItem(n).getUsedRangeOrNullObject(true);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    return u;
  });
  await ctx.sync();
  const tops = used.map((u, i) => {
    if (u.isNullObject) return undefined;
    const r = ctx.workbook.worksheets.getItem(names[i]).getRangeByIndexes(u.rowIndex, u.columnIndex, Math.min(HEADER_SCAN_ROWS, u.rowCount), u.columnCount);
    r.load('values');
    return r;
  });
  await ctx.sync();
  throwIfCancelled(signal);
  const candidates = names.map((name, i): GridSheet => ({ name, rows: (tops[i]?.values as CellValue[][] | undefined) ?? [], firstRow: used[i].isNullObject ? 0 : used[i].rowIndex, firstCol: used[i].isNullObject ? 0 : used[i].columnIndex }));
  const policyRows = state.names.includes(POLICY_SHEET) ? await readPolicyRows(ctx) : undefined;
  return { state, candidates, hint: { generated: state.generated }, aliases: state.register?.aliases ?? {}, policyRows, mappingRows };
}
