// A worksheet part (ECMA-376 Part 1, 18.3.1.99 sheetData) as plain cell values, row by row.
// Cells and rows without r= are placed by order (18.3.1.4 c, 18.3.1.73 row: r is optional).
import { CellValue, errorValue } from '../core/register/cells';
import { XmlHandler, ownString, unescapeXstring } from './xml';
import { RichText } from './parts';
import { refuse } from './errors';
import { msg } from '../core/messages/msg';

/** Rows of a sheet: rows[i] is sheet row first + i; a row with no cells is []. */
export interface RowBlock {
  first: number;
  rows: CellValue[][];
  /**
   * Only when the strings are deferred (SheetContext.sharedStrings undefined): the shared-string
   * cells as (sheet row, 0-based column, string index) triples, their cells left null.
   */
  refs?: Int32Array;
}

export interface SheetContext {
  sheet: string;
  /** Undefined: shared-string cells are handed on as RowBlock.refs (the reading thread has no table). */
  sharedStrings: readonly string[] | undefined;
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 systems' day 0 (ECMA-376 Part 1, 18.17.4.1). */
const DAYS_1904 = 1462;

/**
 * A serial in a date-formatted cell as a Date whose UTC fields are the wall clock. Serials before
 * 1900-03-01 stay numbers in the 1900 system, where the date parser knows Excel's phantom
 * 1900-02-29; a date past 9999 becomes a Date the parser refuses as out of range.
 */
export function dateFromSerial(serial: number, date1904: boolean): CellValue {
  const s = date1904 ? serial + DAYS_1904 : serial;
  if (s < 61) return s;
  return new Date(Math.round((s - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

const ISO = /^(-?\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d(?:\.\d+)?))?)?/;

/** A t="d" cell: ISO 8601 text (18.17.4); its fields are the wall clock whatever zone it names. */
function isoDate(text: string): CellValue {
  const m = ISO.exec(text);
  if (!m) return text;
  const sec = m[6] === undefined ? 0 : Number(m[6]);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Math.floor(sec), Math.round((sec % 1) * 1000)));
  if (Number(m[1]) < 100) d.setUTCFullYear(Number(m[1]));
  return d;
}

/** "AB12" -> 27 (0-based column); -1 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === 0 ? -1 : col - 1;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 0x39) i++;
  return Number(ref.slice(i));
}

const missingString = (sheet: string, row: number, v: string) => refuse('corrupt', msg('reader.missingString', { sheet, row, index: v }));

/** A block read with deferred strings, its shared-string cells filled from the table (refs dropped). */
export function resolveStrings(b: RowBlock, strings: readonly string[], sheet: string): RowBlock {
  const refs = b.refs;
  if (refs) {
    for (let k = 0; k < refs.length; k += 3) {
      const row = refs[k];
      const col = refs[k + 1];
      const i = refs[k + 2];
      const cells = b.rows[row - b.first];
      const s = i < 0 ? undefined : strings[i];
      if (s === undefined) throw missingString(sheet, row, i < 0 ? String(cells[col]) : String(i));
      cells[col] = s;
    }
  }
  return { first: b.first, rows: b.rows };
}

/** Collects completed rows; the caller takes them with take() between inflated chunks. */
export class SheetRows implements XmlHandler {
  private inData = false;
  private row = 0;
  private cells: CellValue[] = [];
  private col = -1;
  private type = 'n';
  private style = 0;
  private v = '';
  private inV = false;
  private inIs = false;
  private readonly rich = new RichText();
  private pending: CellValue[][] = [];
  /** Deferred shared-string cells of the pending rows: sheet row, column, index. */
  private refs: number[] = [];
  private next = 1;
  private inRow = false;
  private cellRef = '';

  constructor(private readonly ctx: SheetContext) {}

  open(n: string, a: Record<string, string>): void {
    if (!this.inData) {
      if (n === 'sheetData') this.inData = true;
      return;
    }
    switch (n) {
      case 'c': {
        const r = a.r;
        this.cellRef = r ?? '';
        const col = r === undefined ? -1 : columnOf(r);
        this.col = col >= 0 ? col : this.col + 1;
        this.type = a.t ?? 'n';
        this.style = a.s === undefined ? 0 : Number(a.s);
        this.v = '';
        this.inIs = false;
        this.rich.reset();
        break;
      }
      case 'v':
        this.inV = true;
        break;
      case 'is':
        this.inIs = true;
        break;
      case 'row': {
        const r = a.r === undefined ? this.row + 1 : Number(a.r);
        if (!(r > this.row)) throw refuse('corrupt', msg('reader.rowOrder', { sheet: this.ctx.sheet, row: a.r, after: this.row }));
        this.openRow(r);
        break;
      }
      default:
        if (this.inIs) this.rich.open(n);
    }
  }

  private openRow(r: number): void {
    this.row = r;
    this.cells = [];
    this.col = -1;
    this.inRow = true;
  }

  close(n: string): void {
    if (!this.inData) return;
    switch (n) {
      case 'v':
        this.inV = false;
        break;
      case 'is':
        this.inIs = false;
        break;
      case 'c':
        // A cell outside any <row> element (never valid, but seen) belongs to the row its r= names.
        if (!this.inRow) this.openRow(this.cellRef ? rowOf(this.cellRef) : this.row + 1);
        this.cells[this.col] = this.value();
        break;
      case 'row':
        this.endRow();
        break;
      case 'sheetData':
        this.inData = false;
        break;
      default:
        if (this.inIs) this.rich.close(n);
    }
  }

  text(t: string): void {
    if (this.inV) this.v += t;
    else if (this.inIs) this.rich.text(t);
  }

  private endRow(): void {
    while (this.next < this.row) {
      this.pending.push([]);
      this.next++;
    }
    this.pending.push(this.cells);
    this.next = this.row + 1;
    this.inRow = false;
  }

  private value(): CellValue {
    const v = this.v;
    switch (this.type) {
      case 's': {
        if (v === '') return null;
        if (this.ctx.sharedStrings === undefined) {
          // An index that is not a plain one ("1.5", "x", "012") goes as -1 with its text in the
          // cell, so the refusal can quote it as the one-thread reader does.
          const n = Number(v);
          const plain = Number.isInteger(n) && n >= 0 && n < 0x7fffffff && String(n) === v;
          this.refs.push(this.row, this.col, plain ? n : -1);
          return plain ? null : v;
        }
        const s = this.ctx.sharedStrings[Number(v)];
        if (s === undefined) throw missingString(this.ctx.sheet, this.row, v);
        return s;
      }
      case 'inlineStr':
        return ownString(unescapeXstring(this.inIs ? this.rich.value : this.rich.value || v));
      case 'str':
        return ownString(unescapeXstring(v));
      case 'b':
        return v === '' ? null : v === '1' || v === 'true';
      case 'e':
        return errorValue(v || '#VALUE!');
      case 'd':
        return v === '' ? null : isoDate(v);
      default: {
        if (v === '') return null;
        const num = Number(v);
        if (Number.isNaN(num)) return ownString(v);
        return this.ctx.dateStyles[this.style] ? dateFromSerial(num, this.ctx.date1904) : num;
      }
    }
  }

  /** Up to `max` of the rows completed and not yet taken, as a block; undefined when there are none. */
  take(max: number, final = false): RowBlock | undefined {
    if (final && this.inRow) this.endRow();
    if (this.pending.length === 0) return undefined;
    const first = this.next - this.pending.length;
    if (this.pending.length <= max) {
      const rows = this.pending;
      this.pending = [];
      return this.withRefs({ first, rows });
    }
    return this.withRefs({ first, rows: this.pending.splice(0, max) });
  }

  /** The block with its deferred shared-string cells (those of its rows: refs are in row order). */
  private withRefs(b: RowBlock): RowBlock {
    if (this.ctx.sharedStrings !== undefined) return b;
    const end = b.first + b.rows.length;
    let k = 0;
    while (k < this.refs.length && this.refs[k] < end) k += 3;
    b.refs = Int32Array.from(this.refs.slice(0, k));
    this.refs = this.refs.slice(k);
    return b;
  }

  /** Rows completed but not yet taken. */
  get waiting(): number {
    return this.pending.length;
  }
}
