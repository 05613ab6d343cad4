// Reading and writing big ranges within Excel's request limits: Excel on the web refuses a request
// or a response over 5 MB, and every platform a range of more than 5,000,000 cells
// (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
// A sheet is read in row blocks of only the columns needed, each block one request of at most
// BLOCK_BYTES; the number of syncs grows with the number of blocks, never with the rows.
import { CellValue } from '../core/register/cells';
import { findHeaderRow, matchHeader } from '../core/register/headers';
import { SAMPLE_ROWS } from '../core/register/read';
import { MAX_REQUEST_BYTES, estimateRowBytes } from '../workbook/chunking';
import { Aliases } from '../workbook/mapping';

type Ctx = Excel.RequestContext;

/** Bytes of one request or response the add-in aims at (the one budget of src/workbook/chunking.ts). */
export const BLOCK_BYTES = MAX_REQUEST_BYTES;
/** Cells of one range read or written (Excel's limit is 5,000,000). */
export const BLOCK_CELLS = 1_000_000;
/** Rows looked at to find the header row. */
const TOP_ROWS = 10;


/** How many rows of about `rowBytes` bytes and `cols` cells fit one block. */
export function rowsPerBlock(rowBytes: number, cols: number, budget = BLOCK_BYTES): number {
  return Math.max(1, Math.min(Math.floor(budget / Math.max(1, rowBytes)), Math.floor(BLOCK_CELLS / Math.max(1, cols))));
}

/** Sorted column indexes as runs of consecutive columns: [2,3,4,7] → [[2,4],[7,7]]. */
export function columnRuns(cols: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

export interface UsedGrid {
  name: string;
  /** rows[0] is sheet row firstRow, cells[0] column firstCol (0-based); columns not read are null. */
  rows: CellValue[][];
  firstRow: number;
  firstCol: number;
  /** Requests made for this sheet's blocks. */
  blocks: number;
}

/** Which rows and columns of a sheet to read, decided on its top rows. */
export interface Pick {
  headerIndex: number;
  /** The 0-based columns (relative to the used range) to read below the sample. */
  cols: number[];
  /**
   * Data rows right under the header read whole, so that the reader judges the columns it leaves
   * unread by their values (dates, a status) and not by their header alone.
   */
  sampleRows?: number;
}

export interface GridRequest {
  name: string;
  /**
   * What to read below the top rows, given those top rows; undefined: every column. Top rows (up to
   * the returned headerIndex) are read whole.
   */
  pick?: (top: CellValue[][]) => Pick;
  /**
   * Where the sheet's rows go as they are read (its top rows first, then each block), instead of
   * into the grid: the Office backend posts them to the core worker, so the page never holds the
   * whole register. The grid then comes back without rows.
   */
  sink?: (rows: CellValue[][]) => void;
}

/** Blocks read so far, and of about how many: the count so far plus the rows left at the last block's size. */
export interface BlockCount {
  done: number;
  total: number;
}

const isCancelled = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
};

/**
 * The used ranges of several sheets (missing sheets and empty ones give undefined): one sync for
 * their sizes, one for their top rows, then one per block of each sheet. `onRows` hears, after each
 * block, how many of the sheets' rows have been read (for the pane's progress bar).
 */
export async function readGrids(ctx: Ctx, requests: readonly GridRequest[], signal?: AbortSignal, onRows?: (done: number, total: number, blocks: BlockCount) => void): Promise<(UsedGrid | undefined)[]> {
  const used = requests.map((r) => {
    const u = ctx.workbook.worksheets.getItem(r.name).getUsedRangeOrNullObject(true);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    return u;
  });
  await ctx.sync();
  isCancelled(signal);
  const tops = requests.map((r, i) => {
    const u = used[i];
    if (u.isNullObject) return undefined;
    const t = ctx.workbook.worksheets.getItem(r.name).getRangeByIndexes(u.rowIndex, u.columnIndex, Math.min(TOP_ROWS, u.rowCount), u.columnCount);
    t.load('values');
    return t;
  });
  await ctx.sync();
  isCancelled(signal);
  const total = used.reduce((n, u) => n + (u.isNullObject ? 0 : u.rowCount), 0);
  let done = 0;
  let blocks = 0;
  const out: (UsedGrid | undefined)[] = [];
  for (let i = 0; i < requests.length; i++) {
    const u = used[i];
    const t = tops[i];
    if (!t) {
      out.push(undefined);
      continue;
    }
    const top = t.values as CellValue[][];
    const all = Array.from({ length: u.columnCount }, (_, c) => c);
    const pick: Pick = requests[i].pick?.(top) ?? { headerIndex: top.length - 1, cols: all };
    const headerIndex = Math.min(pick.headerIndex, top.length - 1);
    const rows = top.slice(0, headerIndex + 1);
    done += rows.length;
    const sink = requests[i].sink;
    sink?.(rows);
    const grid: UsedGrid = { name: requests[i].name, rows: sink ? [] : rows, firstRow: u.rowIndex, firstCol: u.columnIndex, blocks: 0 };
    let next = headerIndex + 1;
    const wholeUntil = Math.min(u.rowCount, next + (pick.sampleRows ?? 0));
    // The sample is read whole, the rest in the chosen columns.
    for (const [cols, end] of [[all, wholeUntil], [pick.cols, u.rowCount]] as const) {
      // Sized on the widest of the top rows in these columns, then on the widest row read so far.
      let rowBytes = Math.max(64, ...top.map((r) => estimateRowBytes(cols.map((c) => r[c]))));
      const runs = columnRuns(cols);
      while (next < end) {
        const n = Math.min(end - next, rowsPerBlock(rowBytes * 1.25, cols.length));
        const block = await readBlock(ctx, requests[i].name, u.rowIndex + next, u.columnIndex, n, runs, u.columnCount);
        grid.blocks += block.requests;
        if (sink) sink(block.rows);
        else for (const r of block.rows) rows.push(r);
        rowBytes = Math.max(rowBytes, block.maxRowBytes);
        next += block.rows.length;
        done += block.rows.length;
        blocks++;
        onRows?.(done, total, { done: blocks, total: blocks + Math.ceil((total - done) / Math.max(1, block.rows.length)) });
        isCancelled(signal);
      }
    }
    out.push(grid);
  }
  return out;
}

/**
 * One block of rows, each run of columns its own range in one request. Should the rows be larger
 * than estimated and the response exceed Excel's limit, the block is read again in halves.
 */
async function readBlock(ctx: Ctx, sheet: string, row: number, col: number, count: number, runs: [number, number][], width: number): Promise<{ rows: CellValue[][]; maxRowBytes: number; requests: number }> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const ranges = runs.map(([a, b]) => {
    const r = ws.getRangeByIndexes(row, col + a, count, b - a + 1);
    r.load('values');
    return r;
  });
  try {
    await ctx.sync();
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (count > 1 && (code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit')) {
      const half = Math.ceil(count / 2);
      const a = await readBlock(ctx, sheet, row, col, half, runs, width);
      const b = await readBlock(ctx, sheet, row + half, col, count - half, runs, width);
      return { rows: [...a.rows, ...b.rows], maxRowBytes: Math.max(a.maxRowBytes, b.maxRowBytes), requests: 1 + a.requests + b.requests };
    }
    throw e;
  }
  const rows: CellValue[][] = [];
  let maxRowBytes = 0;
  for (let i = 0; i < count; i++) {
    const cells = new Array<CellValue>(width).fill(null);
    let bytes = 2;
    runs.forEach(([a], k) => {
      const src = (ranges[k].values as CellValue[][])[i];
      for (let j = 0; j < src.length; j++) cells[a + j] = src[j];
      bytes += estimateRowBytes(src);
    });
    maxRowBytes = Math.max(maxRowBytes, bytes);
    rows.push(cells);
  }
  return { rows, maxRowBytes, requests: 1 };
}

/**
 * The register's header row among its top rows and the columns the reader needs: those whose header
 * names a field, by the stored corrections first. Without a recognisable header row every column
 * with a header is read.
 */
export function registerColumns(aliases: Aliases): (top: CellValue[][]) => Pick {
  const keys = new Set(Object.keys(aliases));
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  return (top) => {
    let headerIndex = keys.size ? top.findIndex((r) => r.some((v) => keys.has(text(v)))) : -1;
    if (headerIndex < 0) headerIndex = findHeaderRow(top)?.rowIndex ?? -1;
    if (headerIndex < 0) {
      const first = top.findIndex((r) => r.some((v) => text(v) !== ''));
      return { headerIndex: Math.max(0, first), cols: (top[Math.max(0, first)] ?? []).map((_, i) => i) };
    }
    const cols: number[] = [];
    top[headerIndex].forEach((v, i) => {
      const h = text(v);
      if (h === '') return;
      const f = h in aliases ? aliases[h] : matchHeader(h);
      if (f) cols.push(i);
    });
    return { headerIndex, cols, sampleRows: SAMPLE_ROWS };
  };
}
