// A grid of cells (any source: exceljs, Office.js values, CSV) to complaints. A cell that cannot
// be read becomes an error naming its row and column; the rest of the row still goes through.
import { Result, ok, err } from '../result';
import { Stamp } from '../time';
import { CellValue, FIELD_PARSERS } from './cells';
import { FIELDS, FIELD_BY_KEY } from './fields';
import { HeaderMap, findHeaderRow } from './headers';
import { CellError, Complaint } from './complaint';

export interface RegisterRead {
  /** Sheet row number of the header row. */
  headerRow: number;
  map: HeaderMap;
  complaints: Complaint[];
}

const isEmpty = (v: CellValue): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Times that must not come before another one of the same complaint (the functions check them too). */
export const TIME_ORDER: ReadonlyArray<readonly ['contacted' | 'reported' | 'planned' | 'resolved' | 'followedUp', 'received' | 'resolved']> = [
  ['contacted', 'received'],
  ['reported', 'received'],
  ['planned', 'received'],
  ['resolved', 'received'],
  ['followedUp', 'resolved'],
];

/** How many rows from the top the header row is looked for in (a title may sit above it). */
export const HEADER_SCAN_ROWS = 10;

const NO_HEADER = 'no register header row found: need at least 受理时间 (Received) and 客户 (Customer) columns in the first 10 rows';

/** Rows of a sheet handed over in blocks: rows[i] is sheet row first + i. */
export interface RowBlockInput {
  first: number;
  rows: readonly (readonly CellValue[])[];
}

/** Complaints row by row once the header is known; only the complaints are kept, not the cells. */
class RegisterBuilder {
  readonly complaints: Complaint[] = [];
  private readonly fields: typeof FIELDS;
  constructor(readonly headerRow: number, readonly map: HeaderMap) {
    this.fields = FIELDS.filter((f) => map.columns[f.key] !== undefined);
  }
  add(cells: readonly CellValue[] | undefined, row: number): void {
    if (!cells || row <= this.headerRow || cells.every(isEmpty)) return;
    this.complaints.push(readRow(cells, row, this.map, this.fields));
  }
  result(): RegisterRead {
    return { headerRow: this.headerRow, map: this.map, complaints: this.complaints };
  }
}

function startRegister(head: readonly (readonly CellValue[])[], firstRow: number): RegisterBuilder | undefined {
  const found = findHeaderRow(head, HEADER_SCAN_ROWS);
  return found ? new RegisterBuilder(firstRow + found.rowIndex, found.map) : undefined;
}

/**
 * Reads a register from a grid. `firstRow` is the sheet row number of grid[0]; the header row is
 * found within the first rows (a title may sit above it).
 */
export function readRegister(grid: readonly (readonly CellValue[])[], firstRow = 1): Result<RegisterRead> {
  const b = startRegister(grid, firstRow);
  if (!b) return err(NO_HEADER);
  for (let i = b.headerRow - firstRow + 1; i < grid.length; i++) b.add(grid[i], firstRow + i);
  return ok(b.result());
}

/**
 * Reads a register from blocks of rows as a streaming reader hands them over: each block becomes
 * complaints before the next is read, so a million-row sheet is never held as cells. Stops reading
 * (leaves the loop) as soon as the first rows show it is not a register.
 */
export async function readRegisterBlocks(blocks: AsyncIterable<RowBlockInput>): Promise<Result<RegisterRead>> {
  const head: (readonly CellValue[])[] = [];
  let b: RegisterBuilder | undefined;
  const feed = (block: RowBlockInput) => {
    for (let i = 0; i < block.rows.length; i++) (b as RegisterBuilder).add(block.rows[i], block.first + i);
  };
  for await (const block of blocks) {
    if (b) {
      feed(block);
      continue;
    }
    while (head.length < block.first - 1) head.push([]);
    head.push(...block.rows);
    if (head.length < HEADER_SCAN_ROWS) continue;
    b = startRegister(head, 1);
    if (!b) return err(NO_HEADER);
    feed({ first: 1, rows: head });
    head.length = 0;
  }
  if (!b) {
    b = startRegister(head, 1);
    if (!b) return err(NO_HEADER);
    feed({ first: 1, rows: head });
  }
  return ok(b.result());
}

// A million complaints are held at once: rows without factors or problems share one empty array
// (nothing appends to a complaint's arrays after it is read), and lists are kept at their length.
const NO_FACTORS: string[] = Object.freeze([]) as unknown as string[];
const NO_ERRORS: CellError[] = Object.freeze([]) as unknown as CellError[];

function readRow(cells: readonly CellValue[], row: number, map: HeaderMap, fields: typeof FIELDS): Complaint {
  // Every field present from the start: one object shape for all rows keeps the clocks fast.
  const c: Complaint = {
    row, id: undefined, received: undefined, channel: undefined, customer: undefined, contact: undefined, category: undefined,
    subject: undefined, description: undefined, department: undefined, handler: undefined, staff: undefined, loss: undefined,
    factors: NO_FACTORS, tierOverride: undefined, valid: undefined, contacted: undefined, reported: undefined, planned: undefined,
    resolved: undefined, followedUp: undefined, satisfaction: undefined, resolution: undefined, paused: undefined,
    errors: NO_ERRORS, broken: false,
  };
  const rec = c as unknown as Record<string, unknown>;
  const errors: CellError[] = [];
  for (const f of fields) {
    const v = cells[map.columns[f.key] as number];
    const r = FIELD_PARSERS[f.type](v) as Result<unknown>;
    if (!r.ok) errors.push({ row, column: map.headers[f.key] as string, message: r.error });
    else if (r.value !== undefined) rec[f.key] = Array.isArray(r.value) ? r.value.slice() : r.value;
  }
  for (const [later, earlier] of TIME_ORDER) {
    const a = rec[later] as Stamp | undefined;
    const b = rec[earlier] as Stamp | undefined;
    if (a !== undefined && b !== undefined && a < b) {
      errors.push({ row, column: map.headers[later] as string, message: `${FIELD_BY_KEY[later].zh} 早于 ${FIELD_BY_KEY[earlier].zh} (${FIELD_BY_KEY[later].en} is before ${FIELD_BY_KEY[earlier].en})` });
      rec[later] = undefined;
    }
  }
  for (const key of ['received', 'customer'] as const) {
    if (c[key] !== undefined) continue;
    c.broken = true;
    const column = map.headers[key];
    const def = FIELD_BY_KEY[key];
    const unreadable = column !== undefined && errors.some((e) => e.column === column);
    if (column === undefined) errors.push({ row, column: def.zh, message: `缺少必填列 ${def.zh} (missing required column ${def.en})` });
    else if (!unreadable) errors.push({ row, column, message: `${def.zh} 为必填项 (${def.en} is required)` });
  }
  if (errors.length) c.errors = errors;
  return c;
}
