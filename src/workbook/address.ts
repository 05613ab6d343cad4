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
