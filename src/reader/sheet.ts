// A worksheet part (ECMA-376 Part 1, 18.3.1.99 sheetData) as plain cell values, row by row.
// Cells and rows without r= are placed by order (18.3.1.4 c, 18.3.1.73 row: r is optional).
import { CellValue } from '../core/register/cells';
import { XmlHandler, ownString, unescapeXstring } from './xml';
import { RichText } from './parts';
import { refuse } from './errors';
import { Kind, PackedBlock, PackedRows } from './packed';
import { msg } from '../core/messages/msg';
import type { CellSpan } from './cell-path';

/** Rows of a sheet: rows[i] is sheet row first + i; a row with no cells is []. */
export interface RowBlock {
  first: number;
  rows: CellValue[][];
}

export interface SheetContext {
  sheet: string;
  dateStyles: readonly boolean[];
  date1904: boolean;
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

/** The reference s[from, to) ("AB12") as a 0-based column (27); -1 when it has no letters. */
function columnAt(s: string, from: number, to: number): number {
  let col = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === from ? -1 : col - 1;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 0x39) i++;
  return Number(ref.slice(i));
}

/** s[from, to) as a shared-string index as the writer gives it ("0", "17"): plain digits, no leading zero; else -1. */
function canonicalIndex(s: string, from: number, to: number): number {
  const n = to - from;
  if (n === 0 || n > 9 || (n > 1 && s.charCodeAt(from) === 0x30)) return -1;
  let x = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    x = x * 10 + d;
  }
  return x;
}

/** Collects completed rows, packed (see packed.ts); the caller takes them with take() between inflated chunks. */
export class SheetRows implements XmlHandler {
  private inData = false;
  private row = 0;
  private col = -1;
  private type = 'n';
  private style = 0;
  private v = '';
  private inV = false;
  private inIs = false;
  private readonly rich = new RichText();
  private readonly packed = new PackedRows();
  /** The row after the last completed one. */
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
        const col = r === undefined ? -1 : columnAt(r, 0, r.length);
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
        this.pack();
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
    this.packed.endRow(this.row - this.next);
    this.next = this.row + 1;
    this.inRow = false;
  }

  /**
   * A whole cell from the tokenizer's fast path: what open('c'), open('v'), text(v), close('v'),
   * close('c') do (the <v> ones only when it has one), without the attribute object; a shared
   * string's index and a one-digit style are read in place, with no slice.
   */
  cell(text: string, at: CellSpan): void {
    if (!this.inData) return;
    const { r0, s0, t0, v0 } = at;
    const col = r0 < 0 ? -1 : columnAt(text, r0, at.r1);
    this.col = col >= 0 ? col : this.col + 1;
    this.inIs = false;
    this.rich.reset();
    if (v0 >= 0) this.inV = false;
    if (!this.inRow) this.openRow(r0 >= 0 && at.r1 > r0 ? rowOf(text.slice(r0, at.r1)) : this.row + 1);
    const shared = t0 >= 0 && at.t1 === t0 + 1 && text.charCodeAt(t0) === 0x73;
    if (shared && v0 >= 0 && at.v1 > v0) {
      const i = canonicalIndex(text, v0, at.v1);
      if (i >= 0) return this.packed.cell(this.col, Kind.Shared, i);
    }
    this.cellRef = r0 < 0 ? '' : text.slice(r0, at.r1);
    this.type = t0 < 0 ? 'n' : shared ? 's' : text.slice(t0, at.t1);
    this.style = s0 < 0 ? 0 : at.s1 === s0 + 1 && text.charCodeAt(s0) >= 0x30 && text.charCodeAt(s0) <= 0x39 ? text.charCodeAt(s0) - 0x30 : Number(text.slice(s0, at.s1));
    this.v = v0 < 0 ? '' : text.slice(v0, at.v1);
    this.pack();
  }

  /** The cell just closed, packed; shared strings stay indices (unpack resolves them). */
  private pack(): void {
    const v = this.v;
    const p = this.packed;
    const col = this.col;
    switch (this.type) {
      case 's': {
        if (v === '') return p.cell(col, Kind.Null, 0);
        const i = canonicalIndex(v, 0, v.length);
        return i < 0 ? p.cell(col, Kind.SharedText, 0, v) : p.cell(col, Kind.Shared, i);
      }
      case 'inlineStr':
        return p.cell(col, Kind.Text, 0, ownString(unescapeXstring(this.inIs ? this.rich.value : this.rich.value || v)));
      case 'str':
        return p.cell(col, Kind.Text, 0, ownString(unescapeXstring(v)));
      case 'b':
        return p.cell(col, v === '' ? Kind.Null : v === '1' || v === 'true' ? Kind.True : Kind.False, 0);
      case 'e':
        return p.cell(col, Kind.Error, 0, v || '#VALUE!');
      case 'd': {
        const d = v === '' ? null : isoDate(v);
        return d === null ? p.cell(col, Kind.Null, 0) : typeof d === 'string' ? p.cell(col, Kind.Text, 0, d) : p.cell(col, Kind.Time, (d as Date).getTime());
      }
      default: {
        if (v === '') return p.cell(col, Kind.Null, 0);
        const num = Number(v);
        if (Number.isNaN(num)) return p.cell(col, Kind.Text, 0, ownString(v));
        return p.cell(col, this.ctx.dateStyles[this.style] ? Kind.Serial : Kind.Number, num);
      }
    }
  }

  /** Up to `max` of the rows completed and not yet taken, as a packed block; undefined when there are none. */
  take(max: number, final = false): PackedBlock | undefined {
    if (final && this.inRow) this.endRow();
    const count = Math.min(max, this.packed.rows);
    if (count === 0) return undefined;
    return this.packed.take(this.next - this.packed.rows, count);
  }

  /** Rows completed but not yet taken. */
  get waiting(): number {
    return this.packed.rows;
  }
}
