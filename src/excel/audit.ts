// The audit trail in Excel: a change event on the register becomes log entries (core's
// register/audit.ts) appended to the hidden 操作记录 sheet the add-in owns; a resolution typed into
// 办结时间 also fills 办结人 with the handler of that moment.
// Office.js facts this relies on (https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs):
// Worksheet.onChanged (ExcelApi 1.7) gives the changed address; `details` (valueBefore/valueAfter,
// ExcelApi 1.9) only for a single cell; `triggerSource` (ExcelApi 1.14) says whether this add-in made
// the change. Excel exposes no signed-in user in its released API sets (Excel.Identity is preview
// only, https://learn.microsoft.com/javascript/api/excel/excel.identity), so `who` is the 操作人 the
// pane asked for (workbook/operator.ts), else core's UNKNOWN_USER. The handlers are added when the
// add-in's runtime starts (startup.ts), so changes are logged while the pane is closed too.
import { AUDIT_HEADERS, AUDIT_SHEET, AuditEntry, CellChange, UNKNOWN_VALUE, auditEntry, auditRow, resolvedByOnResolution } from '../core/register/audit';
import { CellValue } from '../core/register/cells';
import { findHeaderRow } from '../core/register/headers';
import { allocateIds, parseIdPattern } from '../core/register/ids';
import { parseDateTime } from '../core/register/cells';
import { Stamp, stampFromSerial } from '../core/time';
import { GENERATED_MARK } from '../workbook/setup-plan';
import { readOperator } from '../workbook/operator';

type Ctx = Excel.RequestContext;

/** The parts of Excel.WorksheetChangedEventArgs read here; details and triggerSource may be absent (older hosts). */
export interface RegisterChange {
  worksheetId: string;
  address: string;
  triggerSource?: string;
  details?: { valueBefore?: unknown; valueAfter?: unknown };
}

/** A paste over a whole sheet is not a review of it: changes past this many cells are logged as one range. */
const MAX_CELLS = 2000;
const TOP_ROWS = 10;

export interface WatchOptions {
  /** Give a new row (one that now has a 受理时间 or 客户 but no 编号) the next id of this pattern. */
  idPattern?: string;
}

/** Logs a change to the register, fills 办结人 on resolution and 编号 on a new row; returns the entries written. */
export async function recordChange(ctx: Ctx, ev: RegisterChange, who: string | undefined, now: Stamp, opts: WatchOptions = {}): Promise<AuditEntry[]> {
  if (ev.triggerSource === 'ThisLocalAddin') return [];
  const sheet = ctx.workbook.worksheets.getItem(ev.worksheetId);
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('columnCount');
  const changed = sheet.getRange(ev.address.includes('!') ? ev.address.split('!').pop() : ev.address);
  changed.load('rowIndex,columnIndex,rowCount,columnCount,values');
  await ctx.sync();
  if (used.isNullObject || changed.rowCount * changed.columnCount > MAX_CELLS) return [];
  const width = used.columnCount;
  const top = sheet.getRangeByIndexes(0, 0, TOP_ROWS, width);
  top.load('values');
  const rows = sheet.getRangeByIndexes(changed.rowIndex, 0, changed.rowCount, width);
  rows.load('values');
  await ctx.sync();
  const head = findHeaderRow(top.values as CellValue[][], TOP_ROWS);
  if (!head || changed.rowIndex <= head.rowIndex) return [];
  const headerCells = (top.values[head.rowIndex] as CellValue[]).map((v) => String(v ?? '').trim());
  const fieldAt = new Map<number, keyof typeof head.map.columns>();
  for (const [k, i] of Object.entries(head.map.columns)) fieldAt.set(i as number, k as keyof typeof head.map.columns);
  const single = changed.rowCount === 1 && changed.columnCount === 1;
  const entries: AuditEntry[] = [];
  const fills: { row: number; col: number; value: string }[] = [];
  for (let r = 0; r < changed.rowCount; r++) {
    const line = rows.values[r] as CellValue[];
    const cell = (k: 'id' | 'handler' | 'resolvedBy'): string | undefined => {
      const i = head.map.columns[k];
      return i === undefined || line[i] === null || line[i] === undefined ? undefined : String(line[i]).trim();
    };
    for (let c = 0; c < changed.columnCount; c++) {
      const col = changed.columnIndex + c;
      const change: CellChange = {
        sheet: sheet.name,
        row: changed.rowIndex + r + 1,
        header: headerCells[col] ?? '',
        field: fieldAt.get(col),
        // Excel gives the value before only for a single cell; a range's earlier values are unknown.
        before: single && ev.details ? (ev.details.valueBefore as CellValue) : UNKNOWN_VALUE,
        after: changed.values[r][c] as CellValue,
        id: cell('id'),
      };
      const e = auditEntry(change, who, now);
      if (e) entries.push(e);
      const by = resolvedByOnResolution(change, cell('handler'), cell('resolvedBy'));
      const byCol = head.map.columns.resolvedBy;
      if (by !== undefined && byCol !== undefined) {
        fills.push({ row: changed.rowIndex + r, col: byCol, value: by });
        const logged = auditEntry({ ...change, header: headerCells[byCol] ?? '', field: 'resolvedBy', before: '', after: by }, who, now);
        if (logged) entries.push(logged);
      }
    }
  }
  if (opts.idPattern !== undefined) fills.push(...(await newRowIds(ctx, sheet, head, changed, rows.values as CellValue[][], opts.idPattern, now)));
  for (const f of fills) {
    const target = sheet.getRangeByIndexes(f.row, f.col, 1, 1);
    target.numberFormat = [['@']];
    target.values = [[f.value]];
  }
  if (entries.length) await appendAudit(ctx, entries);
  else await ctx.sync();
  return entries;
}

/**
 * 编号 for the changed rows that became complaints (a 受理时间 or 客户 typed in) without one: the next
 * numbers after every id of the column (read once), never one already held.
 */
async function newRowIds(
  ctx: Ctx, sheet: Excel.Worksheet, head: NonNullable<ReturnType<typeof findHeaderRow>>, changed: Excel.Range, lines: CellValue[][], pattern: string, now: Stamp,
): Promise<{ row: number; col: number; value: string }[]> {
  const p = parseIdPattern(pattern);
  const { id: idCol, received: recCol, customer: custCol } = head.map.columns;
  if (!p.ok || idCol === undefined) return [];
  const filled = (v: CellValue | undefined) => v !== null && v !== undefined && String(v).trim() !== '';
  const fresh = lines.map((l, r) => ({ r, l })).filter(({ l }) => !filled(l[idCol]) && ((recCol !== undefined && filled(l[recCol])) || (custCol !== undefined && filled(l[custCol]))));
  if (fresh.length === 0) return [];
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,rowCount');
  await ctx.sync();
  const last = used.isNullObject ? changed.rowIndex + changed.rowCount : used.rowIndex + used.rowCount;
  const column = sheet.getRangeByIndexes(head.rowIndex + 1, idCol, Math.max(1, last - head.rowIndex - 1), 1);
  column.load('values');
  await ctx.sync();
  const existing = (column.values as CellValue[][]).flatMap((v) => (filled(v[0]) ? [{ id: String(v[0]) }] : []));
  // Every id of the column counts as taken; each fresh row asks for one, dated by its 受理时间 when readable.
  const requests = [...existing, ...fresh.map(({ l }) => ({ received: recCol === undefined ? undefined : receivedOf(l[recCol]) }))];
  const ids = allocateIds(requests, p.value, now).slice(requests.length - fresh.length);
  return fresh.map(({ r }, i) => ({ row: changed.rowIndex + r, col: idCol, value: ids[i] as string }));
}

function receivedOf(v: CellValue | undefined): Stamp | undefined {
  if (typeof v === 'number') return stampFromSerial(v);
  const t = parseDateTime(v ?? null);
  return t.ok ? t.value : undefined;
}

/** Appends entries to 操作记录, making the sheet (hidden, marked as the add-in's) the first time. */
export async function appendAudit(ctx: Ctx, entries: readonly AuditEntry[]): Promise<void> {
  let log = ctx.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
  await ctx.sync();
  let next = 1;
  if (log.isNullObject) {
    log = ctx.workbook.worksheets.add(AUDIT_SHEET);
    const head = log.getRangeByIndexes(0, 0, 1, AUDIT_HEADERS.length);
    head.numberFormat = [AUDIT_HEADERS.map(() => '@')];
    head.values = [[...AUDIT_HEADERS]];
    // Hidden, not very hidden: a reviewer can unhide it from Excel's sheet tabs. Worksheet.visibility, ExcelApi 1.1.
    log.visibility = 'Hidden';
    log.customProperties.add(GENERATED_MARK, 'audit');
  } else {
    const used = log.getUsedRangeOrNullObject(true);
    used.load('rowCount,rowIndex');
    await ctx.sync();
    next = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  }
  const body = log.getRangeByIndexes(next, 0, entries.length, AUDIT_HEADERS.length);
  const values = entries.map(auditRow);
  body.numberFormat = values.map((r) => r.map(() => '@'));
  body.values = values;
  await ctx.sync();
}

/** What a watched sheet's handler reads at each change: the latest options given. */
interface Watch {
  who: () => string | undefined;
  now: () => Stamp;
  opts: WatchOptions;
}
/**
 * The sheets watched in this runtime. Excel keeps a handler added with onChanged.add until it is
 * removed or the runtime ends, and calls every handler added, so a second add would log each change
 * twice: the runtime's start (startup.ts) and the pane both ask, and only the first adds one.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events (handlers do not outlive the runtime)
 */
const watched = new Map<string, Watch>();

/** A runtime ends with its document; specs start a new one for each workbook they fake. */
export function forgetWatches(): void {
  watched.clear();
}

/** True when the register sheet already has this runtime's handler. */
export const isWatched = (sheetName: string): boolean => watched.has(sheetName);

/**
 * Watches the register sheet: each change is handled in its own Excel.run. Once per sheet and
 * runtime; a later call only updates who, the clock and the options (a new 编号格式, say). Returns
 * whether a handler was added. The person is `who()` when it names one, else the 操作人 kept on this
 * machine (workbook/operator.ts), else core's UNKNOWN_USER.
 */
export function watchRegister(ctx: Ctx, sheetName: string, who: () => string | undefined, now: () => Stamp, opts: WatchOptions = {}): boolean {
  const known = watched.get(sheetName);
  if (known) {
    Object.assign(known, { who, now, opts });
    return false;
  }
  const w: Watch = { who, now, opts };
  watched.set(sheetName, w);
  ctx.workbook.worksheets.getItem(sheetName).onChanged.add(async (ev) => {
    await Excel.run((c) => recordChange(c, ev as unknown as RegisterChange, w.who() ?? readOperator(), w.now(), w.opts));
  });
  return true;
}
