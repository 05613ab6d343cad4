// Number formats the Office writer sets before values. Range.values reads a string that starts with
// = + or - as a formula and a numeric-looking one as a number, unless the cell is formatted as text
// ("@") first (https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member),
// so every cell that holds text — a customer's words, a masked phone number, a "-" — gets "@" in the
// same request, before its value.

/** 0-based inclusive rectangle. */
export interface CellRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * The cells of `rows` (from row `rowOffset`) that hold a string, as vertical runs per column (empty
 * cells between strings join a run: "@" on an empty cell changes nothing), then merged side by side
 * when runs of neighbouring columns cover the same rows: a handful of rectangles per block of a
 * report, not one per cell.
 */
export function textRects(rows: readonly (readonly unknown[])[], rowOffset = 0): CellRect[] {
  const width = rows.reduce((n, r) => Math.max(n, r.length), 0);
  const runs: CellRect[] = [];
  for (let c = 0; c < width; c++) {
    let start = -1;
    let lastText = -1;
    for (let i = 0; i <= rows.length; i++) {
      const v = i < rows.length ? rows[i][c] : 0;
      if (typeof v === 'string') {
        if (start < 0) start = i;
        lastText = i;
      } else if (v !== null && v !== undefined && start >= 0) {
        runs.push({ r0: rowOffset + start, c0: c, r1: rowOffset + lastText, c1: c });
        start = -1;
      }
    }
  }
  const out: CellRect[] = [];
  for (const r of runs) {
    const left = out.find((o) => o.c1 === r.c0 - 1 && o.r0 === r.r0 && o.r1 === r.r1);
    if (left) left.c1 = r.c1;
    else out.push({ ...r });
  }
  return out;
}
