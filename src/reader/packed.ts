// A block of sheet rows as a few typed arrays and a list of texts, not as arrays of cell values:
// the report's reading thread hands these over as transferred buffers (a structured clone of a
// block of rows, Dates and strings cost the worker more than reading them), and the thread that
// holds the shared-string table turns them into cell values (unpack). The one-thread reader goes
// through the same two steps, so both give the same values by construction.
import { CellValue, errorValue } from '../core/register/cells';
import { refuse } from './errors';
import { msg } from '../core/messages/msg';

/** What a packed cell holds; texts are taken from PackedBlock.texts in cell order. */
export const enum Kind {
  Null,
  Number,
  /** A serial in a date-formatted cell (see dateFromSerial). */
  Serial,
  /** A t="d" cell: Unix milliseconds of its wall clock. */
  Time,
  True,
  False,
  /** num: a canonical shared-string index. */
  Shared,
  /** Any text kind from here on takes the next text. */
  Text,
  /** A shared-string index that is not canonical ("012", "1.5"): looked up as the one-thread reader always did. */
  SharedText,
  Error,
}

export interface PackedBlock {
  /** Sheet row number of the first row; rows are consecutive, an empty one has no cells. */
  first: number;
  /** Cells of each row. */
  counts: Int32Array;
  /** Per cell: its 0-based column, kind and number. */
  cols: Float64Array;
  kinds: Uint8Array;
  nums: Float64Array;
  texts: string[];
}

/** The buffers of a block, for postMessage's transfer list. */
export const transferables = (b: PackedBlock): ArrayBuffer[] => [b.counts.buffer, b.cols.buffer, b.kinds.buffer, b.nums.buffer] as ArrayBuffer[];

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

export const missingString = (sheet: string, row: number, v: string) => refuse('corrupt', msg('reader.missingString', { sheet, row, index: v }));

/** Completed rows and the cells of the row being read, appended as the sheet is tokenized. */
export class PackedRows {
  private cols = new Float64Array(1024);
  private kinds = new Uint8Array(1024);
  private nums = new Float64Array(1024);
  private n = 0;
  private texts: string[] = [];
  /** Cells of each completed row not yet taken. */
  private counts: number[] = [];
  /** Cells of the completed rows not yet taken (the open row's follow them). */
  private done = 0;

  cell(col: number, kind: Kind, num: number, text?: string): void {
    if (this.n === this.cols.length) this.grow();
    const i = this.n++;
    this.cols[i] = col;
    this.kinds[i] = kind;
    this.nums[i] = num;
    if (text !== undefined) this.texts.push(text);
  }

  /** Ends the open row (its cells so far); empty rows before it are ended with `empty`. */
  endRow(empty = 0): void {
    for (let k = 0; k < empty; k++) this.counts.push(0);
    this.counts.push(this.n - this.done);
    this.done = this.n;
  }

  get rows(): number {
    return this.counts.length;
  }

  /** The first `count` completed rows as a block starting at sheet row `first`; the rest stay. */
  take(first: number, count: number): PackedBlock {
    const counts = Int32Array.from(this.counts.slice(0, count));
    let cells = 0;
    for (let k = 0; k < counts.length; k++) cells += counts[k];
    let texts = 0;
    for (let k = 0; k < cells; k++) if (this.kinds[k] >= Kind.Text) texts++;
    const b: PackedBlock = { first, counts, cols: this.cols.slice(0, cells), kinds: this.kinds.slice(0, cells), nums: this.nums.slice(0, cells), texts: this.texts.slice(0, texts) };
    this.counts = this.counts.slice(count);
    this.cols.copyWithin(0, cells, this.n);
    this.kinds.copyWithin(0, cells, this.n);
    this.nums.copyWithin(0, cells, this.n);
    this.texts = this.texts.slice(texts);
    this.n -= cells;
    this.done -= cells;
    return b;
  }

  private grow(): void {
    const size = this.cols.length * 2;
    const cols = new Float64Array(size);
    const kinds = new Uint8Array(size);
    const nums = new Float64Array(size);
    cols.set(this.cols);
    kinds.set(this.kinds);
    nums.set(this.nums);
    this.cols = cols;
    this.kinds = kinds;
    this.nums = nums;
  }
}

/**
 * A packed block's rows as cell values, shared strings taken from `strings`. Rows are sparse
 * arrays as the sheet places its cells (a cell the sheet does not have is a hole).
 */
export function unpack(b: PackedBlock, strings: readonly string[], sheet: string, date1904: boolean): { first: number; rows: CellValue[][] } {
  const rows: CellValue[][] = [];
  const { cols, kinds, nums, texts } = b;
  let i = 0;
  let t = 0;
  for (let r = 0; r < b.counts.length; r++) {
    const cells: CellValue[] = [];
    for (const end = i + b.counts[r]; i < end; i++) {
      const num = nums[i];
      let v: CellValue;
      switch (kinds[i] as Kind) {
        case Kind.Null:
          v = null;
          break;
        case Kind.Number:
          v = num;
          break;
        case Kind.Serial:
          v = dateFromSerial(num, date1904);
          break;
        case Kind.Time:
          v = new Date(num);
          break;
        case Kind.True:
          v = true;
          break;
        case Kind.False:
          v = false;
          break;
        case Kind.Shared:
          v = strings[num];
          if (v === undefined) throw missingString(sheet, b.first + r, String(num));
          break;
        case Kind.Text:
          v = texts[t++];
          break;
        case Kind.SharedText: {
          const text = texts[t++];
          v = strings[Number(text)];
          if (v === undefined) throw missingString(sheet, b.first + r, text);
          break;
        }
        case Kind.Error:
          v = errorValue(texts[t++]);
          break;
      }
      cells[cols[i]] = v;
    }
    rows.push(cells);
  }
  return { first: b.first, rows };
}
