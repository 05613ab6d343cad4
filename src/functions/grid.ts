// Shapes for the workbook functions that take a cell or a whole column: each argument is a scalar,
// omitted (null / undefined, as Excel passes a missing optional argument) or a matrix (any[][]).
// The result has the largest shape among the matrix arguments; an argument with one row (or one
// column) is repeated along that side, as Excel's array arithmetic does. Pure: no Office here, so
// the bench (tsconfig.cli.json: no DOM, no Office types) and jest can use it.

/** A bad input cell, as a value in the result: functions.ts turns it into #VALUE! with this message. */
export class CellFault {
  constructor(readonly message: string) {}
}

export type CellOut = string | number | CellFault;
/** One value for scalar arguments, a matrix when any argument was a matrix. */
export type Out = CellOut | CellOut[][];

/** What a position outside a smaller matrix argument reads as. */
export const OUTSIDE: unique symbol = Symbol('outside');

export interface ArgCells {
  /** The argument's name, for messages. */
  readonly name: string;
  /** False when omitted (null / undefined). */
  readonly given: boolean;
  readonly matrix: boolean;
  readonly rows: number;
  readonly cols: number;
  /** The cell for result position (i, j); OUTSIDE when this argument is too small to reach it. */
  get(i: number, j: number): unknown;
}

const omitted = (name: string): ArgCells => ({ name, given: false, matrix: false, rows: 1, cols: 1, get: () => undefined });

export function argCells(name: string, v: unknown): ArgCells {
  if (v === null || v === undefined) return omitted(name);
  if (!Array.isArray(v)) return { name, given: true, matrix: false, rows: 1, cols: 1, get: () => v };
  // Excel always passes rows of cells; a flat list is taken as one row.
  const m: unknown[][] = v.length > 0 && v.every(Array.isArray) ? (v as unknown[][]) : [v];
  const rows = m.length;
  const cols = m.reduce((n, r) => Math.max(n, r.length), 0);
  if (rows === 0 || cols === 0) return { name, given: true, matrix: true, rows: 1, cols: 1, get: () => undefined };
  return {
    name,
    given: true,
    matrix: true,
    rows,
    cols,
    get(i, j) {
      const r = rows === 1 ? 0 : i;
      const c = cols === 1 ? 0 : j;
      if (r >= rows || c >= cols) return OUTSIDE;
      return m[r][c];
    },
  };
}

export interface Shape {
  rows: number;
  cols: number;
  matrix: boolean;
}

export function resultShape(args: readonly ArgCells[]): Shape {
  let rows = 1;
  let cols = 1;
  let matrix = false;
  for (const a of args) {
    if (!a.matrix) continue;
    matrix = true;
    rows = Math.max(rows, a.rows);
    cols = Math.max(cols, a.cols);
  }
  return { rows, cols, matrix };
}

/** The result: cell(k) for k = i * cols + j, as a matrix when any argument was one. */
export function build(shape: Shape, cell: (k: number) => CellOut): Out {
  if (!shape.matrix) return cell(0);
  const out: CellOut[][] = new Array(shape.rows);
  for (let i = 0, k = 0; i < shape.rows; i++) {
    const row: CellOut[] = new Array(shape.cols);
    for (let j = 0; j < shape.cols; j++, k++) row[j] = cell(k);
    out[i] = row;
  }
  return out;
}

/**
 * The error an input cell holds: Excel hands error cells over as CustomFunctions.Error objects
 * ({ code: "#N/A", message? }); a JS Error counts too. Undefined for every other value.
 */
export function inputErrorText(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Date) return undefined;
  const o = v as { code?: unknown; message?: unknown };
  if (typeof o.code === 'string' && o.code.startsWith('#')) return typeof o.message === 'string' && o.message ? `${o.code} ${o.message}` : o.code;
  if (v instanceof Error) return v.message || v.name;
  return undefined;
}

/** Every cell of a result, as a matrix (a scalar result is 1×1). */
export const asMatrix = (out: Out): CellOut[][] => (Array.isArray(out) ? out : [[out]]);
