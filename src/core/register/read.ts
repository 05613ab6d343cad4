// A grid of cells (any source: exceljs, Office.js values, CSV) to complaints. A cell that cannot
// be read becomes an error naming its row and column; the rest of the row still goes through.
// What was read is part of the result: which column feeds which field, which columns were left
// unread (and whether they look like dates or a status), which rows were not complaints.
import { Result, ok, err } from '../result';
import { Stamp } from '../time';
import { CellValue, FIELD_PARSERS, parseDateTime } from './cells';
import { FIELDS, FIELD_BY_KEY, FieldKey, REQUIRED_FIELDS } from './fields';
import { HeaderMap, findHeaderRow, headerText, normalizeHeader, stripHeaderNotes } from './headers';
import { CellError, Complaint, blankComplaint } from './complaint';
import { Mapping, squashValue } from './mapping';
import { scaledTier } from './scales';
import { Looks, footerKind, isUnitsRow, looksYesNo, saysClosed, sniffColumn } from './sniff';

export interface ReadOptions {
  /** The user's stated mapping (--map, --value-map, the 列映射 sheet). */
  mapping?: Mapping;
  /** The policy's tier keys, lowest first: a Priority column's words are read through them. */
  tiers?: readonly string[];
  /** 0-based sheet column of grid cells[0], for column letters (the pane reads a used range). */
  firstCol?: number;
}

/** A column read into a field. */
export interface ColumnRead {
  /** Column letter in the sheet (A, B, …). */
  column: string;
  header: string;
  field: FieldKey;
  /** table: the header is a known name; mapping: the user said so; joined: a further column of a field several columns hold. */
  by: 'table' | 'mapping' | 'joined';
  /** The value scale applied (Priority → tier). */
  scale?: string;
}

/** A column with a header that no field reads. */
export interface UnreadColumn {
  column: string;
  header: string;
  /** unknown: no field has that header; stated: the mapping says not to read it; taken: the mapping gave its field to another column; yes-no: a time field's header over yes/no values. */
  why: 'unknown' | 'stated' | 'taken' | 'yes-no';
  /** The field its header would name, when it has one. */
  field?: FieldKey;
  looks?: Looks;
}

export interface SkippedRow {
  row: number;
  why: 'units' | 'totals' | 'note';
}

export interface RegisterRead {
  /** Sheet row number of the header row. */
  headerRow: number;
  map: HeaderMap;
  complaints: Complaint[];
  columns: ColumnRead[];
  unread: UnreadColumn[];
  skipped: SkippedRow[];
  /** Things the user should look at: unread date or status columns, closed rows without a resolution time, mapping entries that named no column. */
  warnings: string[];
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

/** 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const hasTime = (v: CellValue): boolean => {
  const r = parseDateTime(v);
  return r.ok && r.value !== undefined;
};

/** Sheet order of column letters: B before AA. */
const byColumn = (a: { column: string }, b: { column: string }): number => a.column.length - b.column.length || a.column.localeCompare(b.column);

/** How many data rows a column is judged by (values repeat; the first few hundred tell). */
const SAMPLE_ROWS = 500;

function duplicateMessage(map: HeaderMap, letter: (i: number) => string): string {
  const parts = map.duplicates.map((d) => {
    const f = FIELD_BY_KEY[d.key];
    return `列 ${letter(d.first)}「${d.firstText}」与列 ${letter(d.index)}「${d.text}」都是 ${f.zh} (columns ${letter(d.first)} "${d.firstText}" and ${letter(d.index)} "${d.text}" both read as ${f.en})`;
  });
  const d = map.duplicates[0];
  return `${parts.join('; ')}: rename one, or leave one unread with --map "${d.text}=-" or a 列映射 line`;
}

/**
 * Reads a register from a grid. `firstRow` is the sheet row number of grid[0]; the header row is
 * found within the first rows (a title may sit above it).
 */
export function readRegister(grid: readonly (readonly CellValue[])[], firstRow = 1, opts: ReadOptions = {}): Result<RegisterRead> {
  const letter = (i: number) => columnLetter((opts.firstCol ?? 0) + i + 1);
  const found = findHeaderRow(grid, 10, opts.mapping?.columns);
  if (!found) return err('no register header row found: need at least 受理时间 (Received) and 客户 (Customer) columns in the first 10 rows');
  const { rowIndex, map } = found;
  if (map.duplicates.length) return err(`header row ${firstRow + rowIndex}: ${duplicateMessage(map, letter)}`);

  // Rows under the header: a units row first, then complaints, totals and signature lines.
  const skipped: SkippedRow[] = [];
  const receivedAt = map.columns.received;
  const data: number[] = [];
  for (let i = rowIndex + 1; i < grid.length; i++) {
    const cells = grid[i];
    if (!cells || cells.every(isEmpty)) continue;
    // A row with a readable 受理时间 is a complaint, whatever its first cell says (合计科技, Total Gas Ltd).
    const kind = footerKind(cells);
    const footer = kind && receivedAt !== undefined && hasTime(cells[receivedAt]) ? undefined : kind;
    if (data.length === 0 && i <= rowIndex + 2 && isUnitsRow(cells)) skipped.push({ row: firstRow + i, why: 'units' });
    else if (footer) skipped.push({ row: firstRow + i, why: footer });
    else data.push(i);
  }
  const sample = (index: number): CellValue[] => data.slice(0, SAMPLE_ROWS).map((i) => grid[i][index]);

  const unread: UnreadColumn[] = [];
  // A time column recognised by name whose values are all yes/no is a status flag ("Closed": Y/N).
  for (const f of FIELDS) {
    const index = map.columns[f.key];
    if (f.type !== 'datetime' || index === undefined || map.stated.includes(f.key) || !looksYesNo(sample(index))) continue;
    unread.push({ column: letter(index), header: map.headers[f.key] as string, why: 'yes-no', field: f.key, looks: 'status' });
    delete map.columns[f.key];
    delete map.headers[f.key];
  }
  map.missingRequired = REQUIRED_FIELDS.filter((k) => map.columns[k] === undefined);
  for (const u of map.unknown) unread.push({ column: letter(u.index), header: u.text, why: 'unknown', looks: sniffColumn(u.text, sample(u.index)) });
  for (const u of map.ignored) unread.push({ column: letter(u.index), header: u.text, why: u.why, field: u.key, looks: sniffColumn(u.text, sample(u.index)) });
  unread.sort(byColumn);

  const columns: ColumnRead[] = [];
  for (const f of FIELDS) {
    const index = map.columns[f.key];
    if (index === undefined) continue;
    columns.push({ column: letter(index), header: map.headers[f.key] as string, field: f.key, by: map.stated.includes(f.key) ? 'mapping' : 'table', scale: map.scales[f.key] });
  }
  for (const j of map.joined) columns.push({ column: letter(j.index), header: j.text, field: j.key, by: 'joined' });
  columns.sort(byColumn);

  const reader = rowReader(map, opts);
  const complaints = data.map((i) => reader(grid[i], firstRow + i));
  const warnings = readWarnings(grid, firstRow, rowIndex, data, unread, complaints, opts);
  return ok({ headerRow: firstRow + rowIndex, map, complaints, columns, unread, skipped, warnings });
}

function readWarnings(
  grid: readonly (readonly CellValue[])[], firstRow: number, rowIndex: number, data: number[], unread: UnreadColumn[], complaints: Complaint[], opts: ReadOptions,
): string[] {
  const warnings: string[] = [];
  const headerCells = (grid[rowIndex] ?? []).map((c) => normalizeHeader(headerText(c).trim()));
  for (const u of unread) {
    if (!u.looks) continue;
    const what = u.looks === 'date' ? '日期 dates' : '状态 a status';
    warnings.push(`列 ${u.column}「${u.header}」未读取，但看起来是${what} (column ${u.column} "${u.header}" is not read but looks like ${u.looks === 'date' ? 'dates' : 'a status'}): map it with --map "${u.header}=<field>" or a 列映射 line if it matters`);
    if (u.looks !== 'status') continue;
    const index = headerCells.indexOf(normalizeHeader(u.header));
    const closedOpen = index < 0 ? [] : data.filter((i, k) => saysClosed(grid[i][index]) && complaints[k].resolved === undefined && !complaints[k].broken).map((i) => firstRow + i);
    if (closedOpen.length) {
      warnings.push(`${closedOpen.length} 行的「${u.header}」表示已办结却没有办结时间，按未办结计时 (${closedOpen.length} row(s) say closed in "${u.header}" but have no resolution time, so their clocks still run): rows ${closedOpen.slice(0, 10).join(', ')}${closedOpen.length > 10 ? ', …' : ''}`);
    }
  }
  for (const [n, field] of opts.mapping?.columns ?? []) {
    const written = opts.mapping?.written.get(n);
    if (written === undefined || headerCells.includes(n) || headerCells.some((h) => stripHeaderNotes(h) === n)) continue;
    warnings.push(`映射中的「${written}」${field ? `=${field}` : ''} 在表头中不存在 (the mapping names "${written}" but the header row has no such column)`);
  }
  return warnings;
}

/** How one field is read from a row: its column (and further joined columns), its parser, its value map. */
interface FieldPlan {
  key: FieldKey;
  header: string;
  index: number;
  more?: number[];
  parse: (v: CellValue) => Result<unknown>;
  translate?: (v: string) => CellValue | undefined;
}

/** Reads one data row into a complaint with the header map and the user's value maps. */
function rowReader(map: HeaderMap, opts: ReadOptions): (cells: readonly CellValue[], row: number) => Complaint {
  const values = opts.mapping?.values;
  const plan: FieldPlan[] = FIELDS.filter((f) => map.columns[f.key] !== undefined).map((f) => {
    const said = values?.get(f.key);
    const scale = map.scales[f.key];
    const more = map.joined.filter((j) => j.key === f.key).map((j) => j.index);
    return {
      key: f.key,
      header: map.headers[f.key] as string,
      index: map.columns[f.key] as number,
      more: more.length ? more : undefined,
      parse: FIELD_PARSERS[f.type] as (v: CellValue) => Result<unknown>,
      // Only fields with a value map or a scale pay for looking words up.
      translate: said || scale ? (v) => said?.get(squashValue(v)) ?? (scale ? scaledTier(scale, v, opts.tiers ?? []) : undefined) : undefined,
    };
  });
  return (cells, row) => readRow(cells, row, map, plan);
}

function cellFor(p: FieldPlan, cells: readonly CellValue[]): CellValue {
  let v = cells[p.index];
  if (p.more) v = [v, ...p.more.map((i) => cells[i])].filter((x) => !isEmpty(x)).map((x) => String(x).trim()).join(' / ') || null;
  return p.translate && (typeof v === 'string' || typeof v === 'number') ? p.translate(String(v)) ?? v : v;
}

function readRow(cells: readonly CellValue[], row: number, map: HeaderMap, plan: readonly FieldPlan[]): Complaint {
  const c = blankComplaint(row);
  const rec = c as unknown as Record<string, unknown>;
  const errors: CellError[] = c.errors;
  for (const p of plan) {
    const r = p.parse(p.more || p.translate ? cellFor(p, cells) : cells[p.index]);
    if (!r.ok) errors.push({ row, column: p.header, message: r.error });
    else if (r.value !== undefined) rec[p.key] = r.value;
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
  return c;
}

/** Rows of a sheet handed over in blocks by a streaming reader: rows[i] is sheet row first + i. */
export interface RowBlockInput {
  first: number;
  rows: readonly (readonly CellValue[])[];
}

/** How many rows from the top the header row is looked for in (a title may sit above it). */
export const HEADER_SCAN_ROWS = 10;

/**
 * Reads a register from blocks of rows as the streaming reader hands them over. The first block
 * decides whether the sheet is a register at all, so a sheet that is not one is left after its first
 * rows; a register's rows are then gathered and read as one grid, because the header analysis (units
 * row, yes/no columns, closed-but-open warnings) looks at the data rows as a whole.
 */
export async function readRegisterBlocks(blocks: AsyncIterable<RowBlockInput>, opts: ReadOptions = {}): Promise<Result<RegisterRead>> {
  const grid: (readonly CellValue[])[] = [];
  let checked = false;
  for await (const block of blocks) {
    while (grid.length < block.first - 1) grid.push([]);
    for (const r of block.rows) grid.push(r);
    if (!checked && grid.length >= HEADER_SCAN_ROWS) {
      checked = true;
      if (!findHeaderRow(grid.slice(0, HEADER_SCAN_ROWS), HEADER_SCAN_ROWS, opts.mapping?.columns)) break;
    }
  }
  return readRegister(grid, 1, opts);
}
