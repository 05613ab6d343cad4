// The rules Excel enforces on an add-in, as data and small pure checks, each citing the Microsoft
// page it comes from. The strict fake (excel-strict.ts) applies them; test/excel.rules.spec.ts has
// one spec per rule; test/excel.api-sets.spec.ts checks src/excel's API use against API_SETS and
// the manifest's declared ExcelApi MinVersion.
import fs from 'fs';
import path from 'path';

/**
 * An error as Office.js raises it from context.sync(): OfficeExtension.Error with a code from
 * Excel.ErrorCodes and debugInfo.errorLocation.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; errorLocation?: string; message: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, errorLocation, message };
  }
}

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error is
 * triggered if the limit is exceeded." and "A range is limited to five million cells for get
 * operations." — Resource limits and performance optimization for Office Add-ins, Excel add-ins:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * Error codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded / RangeExceedsLimit:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling#error-codes
 */
export interface Limits {
  /** Bytes of one request (everything queued between two syncs), undefined: no limit (desktop). */
  requestBytes?: number;
  responseBytes?: number;
  /** Cells of one range read or written. */
  rangeCells: number;
}
export const WEB_LIMITS: Limits = { requestBytes: 5_000_000, responseBytes: 5_000_000, rangeCells: 5_000_000 };
export const DESKTOP_LIMITS: Limits = { rangeCells: 5_000_000 };

/**
 * The ExcelApi requirement set of each Office.js member the add-in uses ("Class.member"), from the
 * API reference pages (each member's "API set" remark) and the requirement-set overview:
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * e.g. https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-customproperties-member
 * ("API set: ExcelApi 1.12"). A member missing here is refused by the fake, so a new API must be
 * looked up and added before it can be used.
 */
export const API_SETS: Readonly<Record<string, string>> = {
  'Application.calculate': '1.1',
  'AutoFilter.isDataFiltered': '1.9',
  'Application.calculationMode': '1.1',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Application.suspendScreenUpdatingUntilNextSync': '1.9',
  'Chart.legend': '1.1',
  'Chart.setPosition': '1.1',
  'Chart.title': '1.1',
  'Chart.width': '1.1',
  'Chart.height': '1.1',
  'Chart.series': '1.1',
  'ChartSeries.setXAxisValues': '1.7',
  'ChartTitle.text': '1.1',
  'ChartLegend.visible': '1.1',
  'CellValueConditionalFormat.rule': '1.6',
  'CellValueConditionalFormat.format': '1.6',
  'ConditionalFormat.custom': '1.6',
  'ConditionalFormat.dataBar': '1.6',
  'ConditionalFormat.cellValue': '1.6',
  'ConditionalFormatRule.formula': '1.6',
  'CustomConditionalFormat.rule': '1.6',
  'CustomConditionalFormat.format': '1.6',
  'DataBarConditionalFormat.barDirection': '1.6',
  'ChartCollection.add': '1.1',
  'ConditionalFormatCollection.add': '1.6',
  'DataValidation.clear': '1.8',
  'DataValidation.rule': '1.8',
  'DataValidation.errorAlert': '1.8',
  'Range.calculate': '1.6',
  'Range.clear': '1.1',
  'Range.columnCount': '1.1',
  'Range.columnIndex': '1.1',
  'Range.conditionalFormats': '1.6',
  'Range.dataValidation': '1.8',
  'Range.format': '1.1',
  'Range.formulas': '1.1',
  'Range.formulasLocal': '1.1',
  'Range.getBoundingRect': '1.1',
  'Range.getEntireColumn': '1.1',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.getResizedRange': '1.2',
  'Range.getRow': '1.1',
  'Range.numberFormat': '1.1',
  'Range.rowCount': '1.1',
  'Range.rowIndex': '1.1',
  'Range.select': '1.1',
  'Range.values': '1.1',
  'RangeFill.color': '1.1',
  'RangeFont.bold': '1.1',
  'RangeFont.color': '1.1',
  'RangeFont.italic': '1.1',
  'RangeFont.name': '1.1',
  'RangeFont.size': '1.1',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.font': '1.1',
  'RangeFormat.fill': '1.1',
  'RangeFormat.wrapText': '1.1',
  'Table.columns': '1.1',
  'Table.getDataBodyRange': '1.1',
  'Table.getHeaderRowRange': '1.1',
  'Table.getRange': '1.1',
  'Table.name': '1.1',
  'Table.style': '1.1',
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.table#excel-excel-table-resize-member(1) ("API set: ExcelApi 1.13")
  'Table.resize': '1.13',
  'Table.autoFilter': '1.9',
  'Table.worksheet': '1.2',
  'TableCollection.add': '1.1',
  'TableCollection.getItem': '1.1',
  'TableCollection.items': '1.1',
  'TableColumn.getDataBodyRange': '1.1',
  'TableColumnCollection.add': '1.4',
  'TableColumnCollection.getItem': '1.1',
  'TableColumnCollection.getItemAt': '1.1',
  'Workbook.application': '1.1',
  'Workbook.tables': '1.1',
  'Workbook.use1904DateSystem': '1.16',
  'Workbook.worksheets': '1.1',
  'Worksheet.activate': '1.1',
  'Worksheet.charts': '1.1',
  'Worksheet.customProperties': '1.12',
  'Worksheet.delete': '1.1',
  'Worksheet.freezePanes': '1.7',
  'Worksheet.getRange': '1.1',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.id': '1.1',
  'Worksheet.name': '1.1',
  'Worksheet.onChanged': '1.7',
  'Worksheet.protection': '1.2',
  'Worksheet.tables': '1.1',
  'Worksheet.visibility': '1.1',
  'WorksheetCollection.add': '1.1',
  'WorksheetCollection.getActiveWorksheet': '1.1',
  'WorksheetCollection.getItem': '1.1',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'WorksheetCollection.items': '1.1',
  'WorksheetCollection.onAdded': '1.7',
  'WorksheetCollection.onDeleted': '1.7',
  'WorksheetCustomPropertyCollection.add': '1.12',
  'WorksheetCustomPropertyCollection.getItemOrNullObject': '1.12',
  'WorksheetCustomProperty.value': '1.12',
  'WorksheetFreezePanes.freezeRows': '1.7',
};

/** "1.12" > "1.9": requirement-set versions compare by their numeric parts. */
export function versionAbove(a: string, b: string): boolean {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am > bm || (am === bm && an > bn);
}

/**
 * The ExcelApi MinVersion manifest.xml declares under <Requirements><Sets>; "1.1" when none is
 * declared (every Excel host that runs add-ins has 1.1).
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
 */
export function declaredExcelApi(manifestXml = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8')): string {
  const req = /<Requirements>[\s\S]*?<\/Requirements>/.exec(manifestXml)?.[0] ?? '';
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(req);
  return m ? m[1] : '1.1';
}

/**
 * Worksheet names: at most 31 characters, none of [ ] : * ? / \, not blank.
 * https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > 31) return `a sheet name has at most 31 characters (${name.length})`;
  if (/[[\]:*?/\\]/.test(name)) return 'a sheet name cannot contain [ ] : * ? / \\';
  if (/^'|'$/.test(name)) return 'a sheet name cannot begin or end with an apostrophe';
  return undefined;
}

/**
 * What a string written through Range.values becomes: "If the value starts with a plus ("+"),
 * minus ("-"), or equal sign ("="), Excel interprets this value as a formula", and a numeric-looking
 * string is stored as a number — unless the cell's number format is text ("@"), set before.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values-member
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 */
export type Coerced = { kind: 'value'; value: unknown } | { kind: 'formula'; formula: string };
export function coerceValue(v: unknown, textFormat: boolean): Coerced {
  if (typeof v !== 'string' || textFormat || v === '') return { kind: 'value', value: v };
  if (/^[=+-]/.test(v)) return { kind: 'formula', formula: v.startsWith('=') ? v : `=${v}` };
  const t = v.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    const n = Number(t.replace(/%$/, ''));
    return { kind: 'value', value: t.endsWith('%') ? n / 100 : n };
  }
  return { kind: 'value', value: v };
}

/**
 * Excel's invariant (en-US) function names the add-in may write through Range.formulas: "Represents
 * the formula in A1-style notation" with English function names; Range.formulasLocal takes the user's
 * language. https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-formulas-member
 */
export const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set(['SUM', 'IF', 'AND', 'OR', 'NOT', 'COUNTIF', 'COUNTIFS', 'IFERROR', 'ISBLANK', 'NOW', 'TODAY', 'DATE', 'ROW', 'INDEX', 'MATCH', 'LEN', 'TRIM']);

/**
 * The function names a formula calls (NAME( or NS.NAME( outside string literals). A name Excel does
 * not know evaluates to #NAME?; custom functions are known by NAMESPACE.name as their metadata for
 * the user's locale gives it.
 * https://learn.microsoft.com/en-us/office/dev/add-ins/excel/custom-functions-naming
 */
export function calledFunctions(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\[(?:[^[\]']|'.|\[[^\]]*\])*\]/g, '[]');
  return [...code.matchAll(/([\p{L}_][\p{L}\p{N}_.]*)\s*\(/gu)].map((m) => m[1].toUpperCase());
}

/**
 * The column names of a formula's structured references: [@[Name]], [@Name], Table[Name], with ' as
 * Excel's escape for [ ] # ' @. Names must equal a table column's name exactly (no trimming).
 * https://support.microsoft.com/en-us/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e
 */
export function structuredColumns(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(QUALIFIED, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\[@\[((?:[^'\]]|'.)*)\]\]|\[@((?:[^'\][]|'.)+)\]|\[((?:[^'\]@[]|'.)+)\]/g)) {
    const name = m[1] ?? m[2] ?? m[3];
    if (name !== undefined && !name.startsWith('#')) out.push(unescapeColumn(name));
  }
  return out;
}

const unescapeColumn = (s: string) => s.replace(/'(.)/g, '$1');
/** Table[Column] (a whole column's data body) or Table[#Headers]: a reference that names its table, valid anywhere in the workbook. */
const QUALIFIED = /([\p{L}_\\][\p{L}\p{N}_.]*)\[((?:[^'\][]|'.)+)\]/gu;

/**
 * The qualified structured references of a formula, Table[Column], with the table they name
 * (special items such as [#Headers] have column undefined). From the structured-references page
 * above: "Table1[Sales Amount]" refers to the column's data, from any cell of the workbook.
 */
export function qualifiedReferences(formula: string): { table: string; column?: string }[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...code.matchAll(QUALIFIED)].map((m) => (m[2].startsWith('#') ? { table: m[1] } : { table: m[1], column: unescapeColumn(m[2]) }));
}

/**
 * Custom property values: "limited to 255 characters outside of Excel on the web (larger values are
 * automatically trimmed to 255 characters on other platforms)"; keys over 255 characters throw
 * InvalidArgument.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.customproperty#excel-excel-customproperty-value-member
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetcustomproperty#excel-excel-worksheetcustomproperty-key-member
 */
export const MAX_PROPERTY_CHARS = 255;
