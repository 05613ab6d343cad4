// What every cell parser shares: the cell value types (formula errors included), quoting a value
// for a message, empty and placeholder cells, and the year range Excel's dates cover.
import { Result, err } from '../result';
import { msg } from '../messages/msg';
import { toHalfWidth } from '../text';

/**
 * A formula whose cached result is an error (#DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, #NUM!, #NULL!,
 * #SPILL!, ...). It is not empty and not text: every parser refuses it, so the cell is named.
 */
export interface ErrorValue {
  readonly error: string;
}

/** What a reader hands over for one cell (exceljs and Office.js values, already unwrapped). */
export type CellValue = string | number | boolean | Date | ErrorValue | null | undefined;

export const errorValue = (code: string): ErrorValue => ({ error: code });

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as { error?: unknown }).error === 'string';
}

/** The message for a formula error cell, the same whichever field it is in. */
export const formulaError = (v: ErrorValue): Result<never> =>
  err(msg('cell.formulaError', { value: v.error }));

export type CellParser<T> = (v: CellValue) => Result<T | undefined>;

/** Excel's largest date serial, 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

// ---------------------------------------------------------------------------------------------
// Helpers

/** The value in double quotes for a message; long text is cut. */
export function quoteCell(v: unknown): string {
  let s: string;
  if (v instanceof Date) s = Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  else if (typeof v === 'boolean') s = v ? 'TRUE' : 'FALSE';
  else if (isErrorValue(v)) s = v.error;
  else s = String(v);
  if (s.length > 80) s = `${s.slice(0, 77)}…`;
  return JSON.stringify(s);
}

export function isEmpty(v: CellValue): v is null | undefined | '' {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Half-width, no white space, lower case: the form typed values are recognised in. */
export function squash(s: string): string {
  return toHalfWidth(s).replace(/[\s\u200B-\u200D\uFEFF]+/g, '').toLowerCase();
}

/** "Nothing here" marks in typed columns: a dash or slash, N/A, 无. */
export const PLACEHOLDERS = new Set(['-', '--', '---', '—', '——', '/', '\\', 'n/a', 'na', '无', '暂无']);
/** In a yes/no column 无 could mean 无效, so only dashes and slashes count as empty there. */
export const BOOL_PLACEHOLDERS = new Set(['-', '--', '---', '—', '——', '/', '\\']);

/** "2 3" or "5 000": two numbers, not one; squash would glue them together. */
export const DIGITS_APART = /\d\s+[\d.]/;

export const isPlaceholder = (v: CellValue, set = PLACEHOLDERS): boolean => typeof v === 'string' && set.has(squash(v));

/**
 * A number as plain decimal text, as Excel's General format shows it: at most 15 significant digits
 * (0.1 + 0.2 is 0.3) and never an exponent (1e21 is 1000000000000000000000).
 */
export function plainDecimal(n: number): string {
  const r = Number(n.toPrecision(15)) + 0; // + 0 turns -0 into 0
  const s = String(r);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2] + (m[3] ?? '');
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${m[1]}${digits}${'0'.repeat(point - digits.length)}`;
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** What a parser reads, for the unsupported-value message. */
export type CellKind = 'amount' | 'rating' | 'bool' | 'list' | 'text' | 'hours' | 'pauses';

export const unsupported = <T>(what: CellKind, v: unknown): Result<T> => err(msg('cell.unsupported', { what: msg(`what.${what}`), value: quoteCell(v) }));
