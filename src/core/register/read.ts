// A grid of cells (any source: exceljs, Office.js values, CSV) to complaints. A cell that cannot
// be read becomes an error naming its row and column; the rest of the row still goes through.
// What was read is part of the result: which column feeds which field, which columns were left
// unread (and whether they look like dates or a status), which rows were not complaints.
import { Result, ok, err } from '../result';
import { Msg, msg } from '../messages/msg';
import { CellValue, parseDateTime } from './cells';
import { FIELDS, FIELD_BY_KEY, FieldKey, REQUIRED_FIELDS } from './fields';
import { HeaderMap, findHeaderRow, headerText, normalizeHeader, stripHeaderNotes } from './headers';
import { Complaint } from './complaint';
import { Mapping } from './mapping';
import { isEmpty, rowReader } from './read-row';
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
  warnings: Msg[];
}

export { TIME_ORDER } from './read-row';

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

/** How many rows from the top the header row is looked for in (a title may sit above it). */
export const HEADER_SCAN_ROWS = 10;

/** How many data rows a column is judged by (values repeat; the first few hundred tell). */
/** Data rows under the header that judge the columns (yes/no, units row, what an unread column holds). */
export const SAMPLE_ROWS = 500;

function duplicateMessage(map: HeaderMap, letter: (i: number) => string, row: number): Msg {
  const parts = map.duplicates.map((d) => {
    const f = FIELD_BY_KEY[d.key];
    return msg('sheet.duplicatePair', { a: letter(d.first), aText: d.firstText, b: letter(d.index), bText: d.text, field: f });
  });
  const d = map.duplicates[0];
  return msg('sheet.duplicateColumns', { row, pairs: parts, header: d.text });
}

/**
 * Reads a register from a grid. `firstRow` is the sheet row number of grid[0]; the header row is
 * found within the first rows (a title may sit above it).
 */
export function readRegister(grid: readonly (readonly CellValue[])[], firstRow = 1, opts: ReadOptions = {}): Result<RegisterRead> {
  const reader = new RegisterRows(opts);
  for (let i = 0; i < grid.length; i++) reader.push(grid[i] ?? [], firstRow + i);
  return reader.end();
}

interface Head {
  rowIndex: number;
  map: HeaderMap;
  cells: readonly CellValue[];
  letter: (i: number) => string;
}

/** What the first data rows decided: the columns, the row reader, the status columns to check closed rows against. */
interface Analysis {
  columns: ColumnRead[];
  unread: UnreadColumn[];
  headerCells: string[];
  read: (cells: readonly CellValue[], row: number) => Complaint;
  /** Per unread status column: its index in the row, how many closed rows have no resolution time, the first of them. */
  closed: { unread: UnreadColumn; index: number; count: number; rows: number[] }[];
}

/**
 * A register read row by row, in sheet order: the header row is looked for in the first
 * HEADER_SCAN_ROWS rows, the columns are judged by the first SAMPLE_ROWS data rows (held until
 * then), and every later row is read into a complaint as it comes, its cells not kept.
 */
class RegisterRows {
  private head: (readonly CellValue[])[] = [];
  private firstRow = 0;
  private found?: Head;
  /** Set when the sheet is not a register (no header row, a field named twice): the rest need not be read. */
  refused?: Msg;
  private readonly skipped: SkippedRow[] = [];
  private dataRows = 0;
  private sample: { cells: readonly CellValue[]; row: number }[] = [];
  private analysis?: Analysis;
  private readonly complaints: Complaint[] = [];

  constructor(private readonly opts: ReadOptions) {}

  push(cells: readonly CellValue[], row: number): void {
    if (this.refused !== undefined) return;
    if (!this.found) {
      if (this.head.length === 0) this.firstRow = row;
      while (this.firstRow + this.head.length < row) this.head.push([]);
      this.head.push(cells);
      if (this.head.length >= HEADER_SCAN_ROWS) this.findHead();
      return;
    }
    this.dataRow(cells, row);
  }

  private findHead(): void {
    const letter = (i: number) => columnLetter((this.opts.firstCol ?? 0) + i + 1);
    const f = findHeaderRow(this.head, HEADER_SCAN_ROWS, this.opts.mapping?.columns);
    if (!f) this.refused = msg('sheet.noHeader', { n: HEADER_SCAN_ROWS });
    else if (f.map.duplicates.length) this.refused = duplicateMessage(f.map, letter, this.firstRow + f.rowIndex);
    if (!f || this.refused !== undefined) return;
    this.found = { ...f, cells: this.head[f.rowIndex], letter };
    const rows = this.head;
    this.head = [];
    for (let i = f.rowIndex + 1; i < rows.length; i++) this.dataRow(rows[i], this.firstRow + i);
  }

  /** A row under the header: a units row first, then complaints, totals and signature lines. */
  private dataRow(cells: readonly CellValue[], row: number): void {
    const { rowIndex, map } = this.found as Head;
    if (cells.every(isEmpty)) return;
    // A row with a readable 受理时间 is a complaint, whatever its first cell says (合计科技, Total Gas Ltd).
    const kind = footerKind(cells);
    const receivedAt = map.columns.received;
    const footer = kind && receivedAt !== undefined && hasTime(cells[receivedAt]) ? undefined : kind;
    if (this.dataRows === 0 && row <= this.firstRow + rowIndex + 2 && isUnitsRow(cells)) this.skipped.push({ row, why: 'units' });
    else if (footer) this.skipped.push({ row, why: footer });
    else {
      this.dataRows++;
      if (this.analysis) this.complaint(cells, row);
      else {
        this.sample.push({ cells, row });
        if (this.sample.length >= SAMPLE_ROWS) this.analyse();
      }
    }
  }

  private complaint(cells: readonly CellValue[], row: number): void {
    const a = this.analysis as Analysis;
    const c = a.read(cells, row);
    this.complaints.push(c);
    if (c.resolved !== undefined || c.broken) return;
    for (const x of a.closed) {
      if (!saysClosed(cells[x.index])) continue;
      x.count++;
      if (x.rows.length < CLOSED_ROWS_SHOWN) x.rows.push(row);
    }
  }

  private analyse(): void {
    const { map, cells, letter } = this.found as Head;
    const sample = (index: number): CellValue[] => this.sample.map((s) => s.cells[index]);
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

    const headerCells = cells.map((c) => normalizeHeader(headerText(c).trim()));
    const closed = unread.filter((u) => u.looks === 'status').map((u) => ({ unread: u, index: headerCells.indexOf(normalizeHeader(u.header)), count: 0, rows: [] as number[] })).filter((x) => x.index >= 0);
    this.analysis = { columns, unread, headerCells, read: rowReader(map, this.opts), closed };
    const held = this.sample;
    this.sample = [];
    for (const s of held) this.complaint(s.cells, s.row);
  }

  end(): Result<RegisterRead> {
    if (!this.found && this.refused === undefined) this.findHead();
    if (this.refused !== undefined) return err(this.refused);
    if (!this.analysis) this.analyse();
    const { rowIndex, map } = this.found as Head;
    const a = this.analysis as Analysis;
    return ok({ headerRow: this.firstRow + rowIndex, map, complaints: this.complaints, columns: a.columns, unread: a.unread, skipped: this.skipped, warnings: readWarnings(a, this.opts) });
  }
}

/** How many of the closed rows without a resolution time a warning names. */
const CLOSED_ROWS_SHOWN = 10;

function readWarnings(a: Analysis, opts: ReadOptions): Msg[] {
  const warnings: Msg[] = [];
  for (const u of a.unread) {
    if (!u.looks) continue;
    warnings.push(msg('warn.unreadLooks', { column: u.column, header: u.header, looks: msg(u.looks === 'date' ? 'looks.date' : 'looks.status') }));
    const x = a.closed.find((c) => c.unread === u);
    if (x?.count) {
      warnings.push(msg('warn.closedNoTime', { n: x.count, header: u.header, rows: `${x.rows.join(', ')}${x.count > CLOSED_ROWS_SHOWN ? ', …' : ''}` }));
    }
  }
  for (const [n, field] of opts.mapping?.columns ?? []) {
    const written = opts.mapping?.written.get(n);
    if (written === undefined || a.headerCells.includes(n) || a.headerCells.some((h) => stripHeaderNotes(h) === n)) continue;
    warnings.push(msg('warn.mappingMissing', { written: `${written}${field ? `=${field}` : ''}` }));
  }
  return warnings;
}

/** Rows of a sheet handed over in blocks by a streaming reader: rows[i] is sheet row first + i. */
export interface RowBlockInput {
  first: number;
  rows: readonly (readonly CellValue[])[];
}


/**
 * Reads a register from blocks of rows as the streaming reader hands them over, row by row: the
 * first rows decide whether the sheet is a register at all, so a sheet that is not one is left
 * after them; the rows of one that is are read into complaints as they come (see RegisterRows).
 */
export async function readRegisterBlocks(blocks: AsyncIterable<RowBlockInput>, opts: ReadOptions = {}): Promise<Result<RegisterRead>> {
  const reader = new RegisterRows(opts);
  for await (const block of blocks) {
    block.rows.forEach((cells, i) => reader.push(cells, block.first + i));
    if (reader.refused !== undefined) break;
  }
  return reader.end();
}
