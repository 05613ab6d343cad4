// A1 addresses for both renderers (Office.js ranges, exceljs refs and conditional formats).
// 0-based rows and columns in, Excel's letters and 1-based rows out.
import { columnLetter } from '../core/register/read';

/** 1-based column number to letters: 1 → A, 27 → AA. */
export { columnLetter };

/** A1 address from 0-based row and column. */
export const a1 = (row: number, col: number): string => `${columnLetter(col + 1)}${row + 1}`;
/** A1 range address from 0-based corners (inclusive). */
export const a1Range = (r0: number, c0: number, r1: number, c1: number): string => (r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`);

/** A sheet name quoted for a formula or address: 'My sheet'!A1. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** 0-based bounds of an A1 range ("B5:B9" or "A1"), or undefined when it is not one. */
export function rangeBounds(range: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) return undefined;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { r0: Number(m[2]) - 1, c0: col(m[1]), r1: Number(m[4] ?? m[2]) - 1, c1: col(m[3] ?? m[1]) };
}
