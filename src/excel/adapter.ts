// The Office.js side of the task pane's operations: the sheets state, setting up a register, the
// policy sheet, selecting a cell (with register-read.ts, report-writer.ts and policy-source.ts, the
// only code that talks to Excel). Every function takes the Excel.run request context, so tests drive
// it with the strict Excel fake (test/helpers/excel-strict.ts). Syncs grow with blocks of rows
// (blocks.ts keeps each request under Excel's limits), never with rows; writes go back in bulk
// (one value applied to a whole column). What to write is planned in src/workbook.
import { CellValue } from '../core/register/cells';
import { MsgError, msg } from '../core/messages';
import type { MessageKey, Msg } from '../core/messages';
import { Policy } from '../core/policy/types';
import { POLICY_SHEET, policyToTable } from '../core/policy/table';
import { FieldKey } from '../core/register/fields';
import { a1Range, quoteSheet } from '../workbook/address';
import { Aliases, ColumnMapping, InspectResult, previewAdopt } from '../workbook/mapping';
import { DATETIME_FORMAT, GENERATED_MARK, NEW_REGISTER_HEADERS, REGISTER_MARK, REGISTER_SHEET, SetupPlan, TIER_SHEET, freeTableName, setupPlan } from '../workbook/setup-plan';
import { generatedSheetName } from '../workbook/report-layout';
import { registerTable } from './tables';

type Ctx = Excel.RequestContext;

/** What the user can do about the Office errors a register runs into (catalogued, in the pane's language). */
const OFFICE_HINTS: Readonly<Record<string, MessageKey>> = {
  MergedRangeConflict: 'office.merged',
  AccessDenied: 'office.protected',
  RequestPayloadSizeLimitExceeded: 'office.tooMuchWritten',
  ResponsePayloadSizeLimitExceeded: 'office.tooMuchRead',
};

/** An Office error as one line for the user: what to do (when known), then Excel's own words (in Excel's language), code and place. */
export function officeError(e: unknown): Msg {
  if (e && typeof e === 'object') {
    const o = e as { code?: string; message?: string; debugInfo?: { errorLocation?: string; message?: string } };
    const where = o.debugInfo?.errorLocation ? ` (${o.debugInfo.errorLocation})` : '';
    const hint = o.code ? OFFICE_HINTS[o.code] : undefined;
    if (hint) return msg('office.hinted', { hint: msg(hint), message: o.message ?? o.code ?? '', code: o.code ?? '', where });
    if (o.code && o.message) return msg('office.error', { message: o.message, code: o.code, where });
    if (o.message) return msg('office.plain', { message: o.message + where });
  }
  return msg('office.plain', { message: String(e) });
}

/** Cancellation between requests: the operation stops at the next sync. */
export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
}

/** Calculation and screen updating stop until the next sync (big writes). Older hosts lack them. */
export function suspend(ctx: Ctx): void {
  const app = ctx.workbook.application as Partial<Excel.Application>;
  app.suspendApiCalculationUntilNextSync?.();
  app.suspendScreenUpdatingUntilNextSync?.();
}

export interface SheetsState {
  names: string[];
  active: string;
  /** Sheets the add-in generated (report sheets), by name. */
  generated: string[];
  /** The sheet set up as the register, with its stored header corrections. */
  register?: { sheet: string; aliases: Aliases };
  /** 1462 when the workbook uses the 1904 date system (set by readWorkbook), else 0 or absent. */
  dateOffset?: number;
}

/** Stored with the register sheet: "header=field;header=-" (a dash for a column not used). */
export function encodeAliases(aliases: Aliases): string {
  return Object.entries(aliases).map(([h, f]) => `${h.replace(/[=;]/g, ' ')}=${f ?? '-'}`).join(';');
}
export function decodeAliases(text: string): Aliases {
  const out: Aliases = {};
  for (const part of text.split(';')) {
    const i = part.lastIndexOf('=');
    if (i <= 0) continue;
    const f = part.slice(i + 1);
    out[part.slice(0, i)] = f === '-' ? null : (f as FieldKey);
  }
  return out;
}

/** The worksheets, the active one and the add-in's marks on them: two syncs. */
export async function readSheetsState(ctx: Ctx): Promise<SheetsState> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  await ctx.sync();
  const names = sheets.items.map((s) => s.name);
  const marks = sheets.items.map((s) => {
    const gen = s.customProperties.getItemOrNullObject(GENERATED_MARK);
    const reg = s.customProperties.getItemOrNullObject(REGISTER_MARK);
    gen.load('value');
    reg.load('value');
    return { name: s.name, gen, reg };
  });
  await ctx.sync();
  const state: SheetsState = { names, active: active.name, generated: marks.filter((m) => !m.gen.isNullObject).map((m) => m.name) };
  const reg = marks.find((m) => !m.reg.isNullObject);
  if (reg) state.register = { sheet: reg.name, aliases: decodeAliases(String(reg.reg.value ?? '')) };
  return state;
}

// ---- Set up -----------------------------------------------------------------------------------

/** The active sheet's used range and its top rows, mapped to the register's fields: two syncs. */
export async function inspectActiveSheet(ctx: Ctx): Promise<InspectResult> {
  const ws = ctx.workbook.worksheets.getActiveWorksheet();
  ws.load('name');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  ws.tables.load('items/name');
  await ctx.sync();
  if (used.isNullObject) throw new MsgError(msg('excel.emptySheet', { sheet: ws.name }));
  const rows = Math.min(10, used.rowCount);
  const top = ws.getRangeByIndexes(used.rowIndex, used.columnIndex, rows, used.columnCount);
  top.load('values');
  const spans = ws.tables.items.map((t) => {
    const r = t.getRange();
    r.load('rowIndex,columnIndex,rowCount,columnCount');
    const filter = t.autoFilter;
    filter.load('isDataFiltered');
    return { name: t.name, r, filter };
  });
  await ctx.sync();
  const lastRow = used.rowIndex + used.rowCount - 1;
  const preview = previewAdopt(ws.name, top.values as CellValue[][], used.rowIndex, used.columnIndex, lastRow);
  // Header cells exactly as typed: table column names keep the user's spaces, and structured
  // references must name them exactly. Matching to fields trims (previewAdopt).
  const raw = (top.values[preview.headerRow - used.rowIndex] ?? []).map((v) => (v === null || v === undefined ? '' : String(v)));
  const columns = preview.columns.map((c) => ({ ...c, header: raw[c.col - used.columnIndex] ?? c.header }));
  const tables = spans.map((s) => ({ name: s.name, r0: s.r.rowIndex, c0: s.r.columnIndex, r1: s.r.rowIndex + s.r.rowCount - 1, c1: s.r.columnIndex + s.r.columnCount - 1, filtered: s.filter.isDataFiltered }));
  const existingTable = registerTable(ws.name, tables, preview.headerRow, used.columnIndex, used.columnIndex + used.columnCount - 1);
  // An existing table decides where the register ends (other tables or notes may sit below it).
  const lastOfTable = tables.find((t) => t.name === existingTable)?.r1;
  return { ...preview, lastRow: lastOfTable ?? preview.lastRow, columns, headers: raw, existingTable };
}

export interface SetupOptions {
  policy: Policy;
  /** The (corrected) mapping of the adopted sheet. */
  preview: InspectResult;
  columns?: ColumnMapping[];
}

/** Sets up the register on an inspected sheet: one sync (plus one to check table names). No register cell is written. */
export async function setUpRegister(ctx: Ctx, opts: SetupOptions, signal?: AbortSignal): Promise<SetupPlan> {
  const p = opts.preview;
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  const ws = ctx.workbook.worksheets.getItem(p.sheet);
  const existing = p.existingTable ? ws.tables.getItem(p.existingTable).getRange() : undefined;
  existing?.load('columnIndex,columnCount');
  const tierWs = ctx.workbook.worksheets.getItemOrNullObject(TIER_SHEET);
  await ctx.sync();
  throwIfCancelled(signal);
  const tableName = p.existingTable ?? freeTableName(tables.items.map((x) => x.name));
  const planned = setupPlan({
    sheet: p.sheet, headerRow: p.headerRow, firstCol: p.firstCol, headers: p.headers, lastRow: p.lastRow,
    columns: opts.columns ?? p.columns, policy: opts.policy, existingTable: p.existingTable, tableName,
    ...(existing ? { existingTableCols: { c0: existing.columnIndex, c1: existing.columnIndex + existing.columnCount - 1 } } : {}),
  });
  // Table.resize is ExcelApi 1.13, above the declared set: without it, stop before writing anything.
  if (planned.resizeTable && !(typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported?.('ExcelApi', '1.13'))) {
    throw new Error(tableNarrowerMessage(p.existingTable as string, planned.tableRange));
  }
  // Formulas name the exact (untrimmed) headers; the stored corrections are looked up trimmed.
  const plan = { ...planned, aliases: Object.fromEntries(Object.entries(planned.aliases).map(([h, f]) => [h.trim(), f])) };
  suspend(ctx);
  let table: Excel.Table | undefined = plan.existingTable ? ws.tables.getItem(plan.existingTable) : undefined;
  if (plan.newHeaders.length) {
    if (table && !plan.resizeTable) {
      for (const h of plan.newHeaders) table.columns.add(undefined, undefined, h.header);
    } else {
      const first = plan.newHeaders[0].col;
      const last = plan.newHeaders[plan.newHeaders.length - 1].col;
      ws.getRange(a1Range(p.headerRow, first, p.headerRow, last)).values = [plan.newHeaders.map((h) => h.header)];
    }
  }
  // The table grows over the user's headed columns beyond its edge and the computed ones after them.
  if (table && plan.resizeTable) table.resize(`${quoteSheet(p.sheet)}!${plan.tableRange}`);
  if (!table) {
    table = ws.tables.add(`${quoteSheet(p.sheet)}!${plan.tableRange}`, true);
    table.name = tableName;
    table.style = 'TableStyleLight9';
  }
  writeTierSheet(ctx, tierWs, plan);
  const headerAt = (c: number) => plan.newHeaders.find((h) => h.col === c)?.header ?? p.headers[c - p.firstCol];
  applyComputedColumns(table, plan, headerAt);
  ws.customProperties.add(REGISTER_MARK, encodeAliases(plan.aliases).slice(0, 255));
  ws.activate();
  await ctx.sync();
  return plan;
}

/**
 * The tier sheet (hidden, the add-in's): its A1 holds the one whole-column TIER call whose spill
 * 计算等级 reads (queued, no sync). A workbook set up before had a TIER call per row; setting it up
 * again replaces those with the lookup and makes this sheet. Column A below A1 is left empty for
 * the spill (a value there would make it #SPILL!).
 */
function writeTierSheet(ctx: Ctx, found: Excel.Worksheet, plan: SetupPlan): void {
  if (!plan.tierSpill) return;
  let sheet = found;
  if (found.isNullObject) {
    sheet = ctx.workbook.worksheets.add(TIER_SHEET);
    // Hidden, not very hidden: a reviewer can unhide it and see the formula. Worksheet.visibility, ExcelApi 1.1.
    sheet.visibility = 'Hidden';
    sheet.customProperties.add(GENERATED_MARK, 'tiers');
  }
  sheet.getRange('A1').formulas = [[plan.tierSpill.formula]];
}

/** An existing table narrower than the header row, on a host without Table.resize: what the user does. */
const tableNarrowerMessage = (table: string, range: string): string =>
  `表格 ${table} 没有覆盖全部表头列：请先在“表设计 > 调整表格大小”中把它扩展到 ${range} 的表头列，再设置 (table ${table} does not cover every headed column: resize it over them first, Table Design > Resize Table)`;

/**
 * The computed columns' formulas, date formats, drop-down lists and overdue colouring, queued on
 * the table (no sync). One value per column: a structured-reference formula is right on every row,
 * so the request does not grow with the register. Everything is set on the table's own ranges (a
 * column's data body, the table's data body), which Excel extends as rows are added to the table,
 * so rows typed below the register get the formulas, lists and colours too.
 */
function applyComputedColumns(table: Excel.Table, plan: SetupPlan, headerAt: (col: number) => string): void {
  // Office.js accepts one value for a whole range; its typings only describe the 2-D form.
  const col = (c: number) => table.columns.getItem(headerAt(c)).getDataBodyRange() as unknown as Omit<Excel.Range, 'formulas' | 'numberFormat'> & { formulas: unknown; numberFormat: unknown };
  for (const f of plan.formulas) col(f.col).formulas = f.formula;
  for (const c of plan.dateColumns) col(c).numberFormat = DATETIME_FORMAT;
  for (const v of plan.validations) {
    const dv = col(v.col).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    dv.errorAlert = { showAlert: v.alert !== 'none', style: v.alert === 'stop' ? 'Stop' : 'Warning', title: REGISTER_SHEET, message: v.message } as Excel.DataValidationErrorAlert;
  }
  // The rule's relative row ($Z3) is the table's first data row, as the plan's range starts there.
  for (const cf of plan.conditionalFormats) {
    const fmt = table.getDataBodyRange().conditionalFormats.add('Custom' as Excel.ConditionalFormatType.custom);
    fmt.custom.rule.formula = cf.formula;
    fmt.custom.format.fill.color = cf.fill;
    fmt.custom.format.font.color = cf.font;
  }
}

/** A new register sheet (投诉登记表, or 投诉登记表 (2) …) with every canonical header, set up: two syncs. */
export async function setUpNewRegister(ctx: Ctx, policy: Policy, signal?: AbortSignal): Promise<SetupPlan> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  const tierWs = ctx.workbook.worksheets.getItemOrNullObject(TIER_SHEET);
  await ctx.sync();
  throwIfCancelled(signal);
  const name = generatedSheetName(REGISTER_SHEET, sheets.items.map((s) => s.name), []);
  const tableName = freeTableName(tables.items.map((x) => x.name));
  const ws = sheets.add(name);
  const headers = [...NEW_REGISTER_HEADERS];
  ws.getRange(a1Range(0, 0, 0, headers.length - 1)).values = [headers];
  const preview = previewAdopt(name, [headers], 0, 0, 0);
  const plan = setupPlan({ sheet: name, headerRow: 0, firstCol: 0, headers, lastRow: 0, columns: preview.columns, policy, tableName });
  const all = [...headers, ...plan.newHeaders.map((h) => h.header)];
  ws.getRange(a1Range(0, 0, 0, all.length - 1)).values = [all];
  const t = ws.tables.add(`${quoteSheet(name)}!${plan.tableRange}`, true);
  t.name = tableName;
  t.style = 'TableStyleLight9';
  writeTierSheet(ctx, tierWs, plan);
  applyComputedColumns(t, plan, (c) => all[c]);
  ws.freezePanes.freezeRows(1);
  ws.customProperties.add(REGISTER_MARK, '');
  ws.activate();
  await ctx.sync();
  return plan;
}

// ---- Policy sheet -------------------------------------------------------------------------

/** The 投诉政策 sheet's cells from A1, or undefined when there is no such sheet: two syncs. */
export async function readPolicyRows(ctx: Ctx): Promise<CellValue[][] | undefined> {
  const ws = ctx.workbook.worksheets.getItemOrNullObject(POLICY_SHEET);
  ws.load('name');
  await ctx.sync();
  if (ws.isNullObject) return undefined;
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  await ctx.sync();
  if (used.isNullObject) return [];
  return fromA1(used.values as CellValue[][], used.rowIndex, used.columnIndex);
}

/** Pads a used range's values so rows[0] is row 1 and cells[0] is column A. */
export function fromA1(values: CellValue[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const pad = new Array<CellValue>(columnIndex).fill(null);
  const rows: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  for (const r of values) rows.push(columnIndex ? [...pad, ...r] : r);
  return rows;
}

/** Writes the policy as the core's table to 投诉政策 (created when missing), replacing its contents: two syncs. */
export async function writePolicySheet(ctx: Ctx, policy: Policy): Promise<void> {
  const sheets = ctx.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(POLICY_SHEET);
  existing.load('name');
  await ctx.sync();
  const ws = existing.isNullObject ? sheets.add(POLICY_SHEET) : sheets.getItem(POLICY_SHEET);
  if (!existing.isNullObject) ws.getRange().clear('Contents');
  const rows = policyToTable(policy);
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  const range = ws.getRange(a1Range(0, 0, grid.length - 1, width - 1));
  // Text cells stay text (a weekend mask 0000011 must not become 11).
  (range as unknown as { numberFormat: unknown }).numberFormat = '@';
  range.values = grid;
  ws.getRange(a1Range(0, 0, 0, width - 1)).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
  await ctx.sync();
}

/** Selects a cell (1-based row, 0-based column) on a sheet: one sync. */
export async function selectCell(ctx: Ctx, sheet: string, row: number, col: number): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(a1Range(row - 1, col, row - 1, col)).select();
  await ctx.sync();
}
