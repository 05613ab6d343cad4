// Cutting a big write into requests: Excel on the web refuses a request over 5 MB, so the report
// writer sends its values in row slices whose estimated size stays below that.

/**
 * Bytes of one request or response the add-in aims at. Excel on the web refuses either over 5 MB
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * the JSON of the values is not all of a request, so stay well below.
 */
export const MAX_REQUEST_BYTES = 1_500_000;

/** A rough size in bytes of a row of values in a request (JSON, UTF-8). */
export function estimateRowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) {
    if (v === null || v === undefined) n += 5;
    else if (typeof v === 'string') n += 3 + utf8Length(v);
    else n += String(v).length + 1;
  }
  return n;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Consecutive row slices [start, end) whose estimated size stays under maxBytes (a row larger than that alone). */
export function chunkRows(rows: readonly (readonly unknown[])[], maxBytes = MAX_REQUEST_BYTES): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let size = 0;
  rows.forEach((r, i) => {
    const b = estimateRowBytes(r);
    if (i > start && size + b > maxBytes) {
      out.push([start, i]);
      start = i;
      size = 0;
    }
    size += b;
  });
  if (rows.length > start) out.push([start, rows.length]);
  return out;
}
