// The workbook's date system. A workbook using the 1904 date system stores a date as the days since
// 1904-01-01, 1462 fewer than the 1900 system the core reads and writes; cells arriving through
// Range.values are those raw numbers. Workbook.use1904DateSystem needs ExcelApi 1.16, above the set
// the add-in requires, so it is asked only where the host supports it (elsewhere: 1900, Excel's
// default). https://learn.microsoft.com/en-us/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member
// https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system
import { CellValue } from '../core/register/cells';
import { FIELDS } from '../core/register/fields';
import { matchHeader } from '../core/register/headers';
import { Aliases } from '../workbook/mapping';
import { rangeBounds } from '../workbook/address';
import { isSurveyDateHeader } from '../core/report/survey';

/** Days between the 1900 and the 1904 date systems' serial 0. */
export const DAYS_1904 = 1462;

/** 1462 in a 1904 workbook, else 0: one sync where the host has ExcelApi 1.16, none elsewhere. */
export async function dateSystemOffset(ctx: Excel.RequestContext): Promise<number> {
  const supported = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported?.('ExcelApi', '1.16');
  if (!supported) return 0;
  const wb = ctx.workbook as Excel.Workbook & { use1904DateSystem: boolean };
  wb.load('use1904DateSystem');
  await ctx.sync();
  return wb.use1904DateSystem ? DAYS_1904 : 0;
}

const DATE_FIELDS = new Set(FIELDS.filter((f) => f.type === 'datetime').map((f) => f.key));

/**
 * A copy of a grid with the numbers of its date columns moved to the 1900 system (in memory only;
 * the sheet is not touched). The header row is the first of the top rows with a date header.
 */
function datesTo1900(rows: CellValue[][], isDate: (header: string) => boolean, offset: number): CellValue[][] {
  if (!offset) return rows;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const headerIndex = rows.slice(0, 10).findIndex((r) => r.some((v) => isDate(text(v))));
  if (headerIndex < 0) return rows;
  const cols = rows[headerIndex].flatMap((v, i) => (isDate(text(v)) ? [i] : []));
  return rows.map((r, i) => {
    if (i <= headerIndex) return r;
    const out = r.slice();
    for (const c of cols) if (typeof out[c] === 'number') out[c] = (out[c] as number) + offset;
    return out;
  });
}

/** The register grid with its date-time columns in the 1900 system, by the stored corrections first. */
export function registerTo1900(rows: CellValue[][], aliases: Aliases, offset: number): CellValue[][] {
  return datesTo1900(rows, (h) => DATE_FIELDS.has((h in aliases ? aliases[h] : matchHeader(h)) as never), offset);
}

/** The 满意度调查 grid with its date column in the 1900 system. */
export function surveyTo1900(rows: CellValue[][], offset: number): CellValue[][] {
  return datesTo1900(rows, isSurveyDateHeader, offset);
}

/** Date formats of the report layout (the cells whose numbers are date serials). */
const DATE_FORMATS = new Set(['yyyy-mm-dd hh:mm', 'yyyy-mm-dd']);

/**
 * A report layout's values with its date cells moved from the 1900 system to the workbook's, for
 * writing: `formats` are the layout's { range: "C5:C9", format } entries.
 */
export function reportValuesFor(values: (string | number | null)[][], formats: readonly { range: string; format: string }[], offset: number): (string | number | null)[][] {
  if (!offset) return values;
  const out = values.map((r) => r.slice());
  for (const f of formats) {
    if (!DATE_FORMATS.has(f.format)) continue;
    const b = rangeBounds(f.range);
    if (!b) continue;
    const { r0, c0, r1, c1 } = b;
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (typeof out[r]?.[c] === 'number') out[r][c] = (out[r][c] as number) - offset;
  }
  return out;
}
