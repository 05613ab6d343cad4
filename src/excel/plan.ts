// Pure planning for the Office.js adapter (src/excel/adapter.ts): which ranges, which values,
// which formulas, validation lists and conditional formats, how a report sheet is laid out and how a
// big write is cut into requests below Excel on the web's 5 MB limit. Nothing here touches Office,
// so every decision is tested directly in Node.
import { CellValue } from '../core/register/cells';
import { FIELDS, FIELD_BY_KEY, FieldKey } from '../core/register/fields';
import { HeaderMap, findHeaderRow, mapHeaders, matchHeader } from '../core/register/headers';
import { Policy, MILESTONES, MILESTONE_LABELS, MilestoneKey } from '../core/policy/types';
import { NUMBER_FORMATS, ReportSheet, ReportValue } from '../core/report/model';
import { REPORT_SHEETS } from '../core/report/sheets';
import { FunctionParam, callFormula } from '../functions/table';

export const REGISTER_SHEET = '投诉登记表';
export const REGISTER_TABLE = 'ComplaintRegister';
/** Worksheet custom property keys: a sheet the add-in generated, and the register it set up. */
export const GENERATED_MARK = 'complaints-generated';
export const REGISTER_MARK = 'complaints-register';
/** Excel on the web refuses requests over 5 MB; stay well below it (the JSON of the values is not all of a request). */
export const MAX_REQUEST_BYTES = 4_000_000;

export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const STATUS_OVERDUE = '已超期';
export const STATUS_DUE_SOON = '即将到期';
export const OVERDUE_FILL = '#FFC7CE';
export const OVERDUE_FONT = '#9C0006';
export const DUE_SOON_FILL = '#FFEB9C';
export const DUE_SOON_FONT = '#9C5700';

export const CHANNELS = ['电话', '邮件', '信函', '来访', '在线', '社交媒体', '媒体'];
export const CATEGORIES = ['产品质量', '服务质量', '合同履行', '项目进度', '付款结算', '质量验收', '售后服务', '其他'];
export const VALID_WORDS = ['是', '否'];
export const SATISFACTION_WORDS = ['非常满意', '满意', '一般', '不满意', '非常不满意'];

/** 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A1 address from 0-based row and column. */
export const a1 = (row: number, col: number): string => `${columnLetter(col + 1)}${row + 1}`;
/** A1 range address from 0-based corners (inclusive). */
export const a1Range = (r0: number, c0: number, r1: number, c1: number): string => (r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`);

/** A sheet name quoted for a formula or address: 'My sheet'!A1. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

// ---- Adopting a sheet: the header mapping ---------------------------------------------------

export interface ColumnMapping {
  /** 0-based column within the sheet. */
  col: number;
  header: string;
  /** The field the column holds, or null for a column the register does not use. */
  field: FieldKey | null;
}

export interface AdoptPreview {
  sheet: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the first column of the used range. */
  firstCol: number;
  /** 0-based sheet row of the last used row. */
  lastRow: number;
  columns: ColumnMapping[];
  missingRequired: FieldKey[];
  /** True when no header row was recognised: the first row is proposed and every column must be mapped by hand. */
  guessed: boolean;
}

/** The proposed mapping of a sheet's top rows (values from firstRow/firstCol of the used range). */
export function previewAdopt(sheet: string, top: readonly (readonly CellValue[])[], firstRow: number, firstCol: number, lastRow: number): AdoptPreview {
  const found = findHeaderRow(top);
  const rowIndex = found?.rowIndex ?? 0;
  const cells = top[rowIndex] ?? [];
  const map: HeaderMap = found?.map ?? mapHeaders(cells);
  const columns: ColumnMapping[] = [];
  const byIndex = new Map<number, FieldKey>();
  for (const [k, i] of Object.entries(map.columns)) byIndex.set(i as number, k as FieldKey);
  cells.forEach((v, i) => {
    const header = v === null || v === undefined ? '' : String(v).trim();
    if (header === '') return;
    columns.push({ col: firstCol + i, header, field: byIndex.get(i) ?? null });
  });
  return { sheet, headerRow: firstRow + rowIndex, firstCol, lastRow, columns, missingRequired: missingRequired(columns), guessed: !found };
}

export function missingRequired(columns: readonly ColumnMapping[]): FieldKey[] {
  return FIELDS.filter((f) => f.required && !columns.some((c) => c.field === f.key)).map((f) => f.key);
}

/** Problems with a mapping the user corrected: a field taken twice, a required field missing. */
export function mappingProblems(columns: readonly ColumnMapping[]): string[] {
  const out: string[] = [];
  const seen = new Map<FieldKey, string>();
  for (const c of columns) {
    if (!c.field) continue;
    const prev = seen.get(c.field);
    if (prev !== undefined) out.push(`「${c.header}」与「${prev}」都映射为 ${FIELD_BY_KEY[c.field].zh} (two columns map to ${FIELD_BY_KEY[c.field].en})`);
    else seen.set(c.field, c.header);
  }
  for (const k of missingRequired(columns)) out.push(`缺少必填列 ${FIELD_BY_KEY[k].zh} (missing required column ${FIELD_BY_KEY[k].en})`);
  return out;
}

/**
 * The columns whose header does not already name the field the user chose for it: the register
 * reader is told about them (stored with the register, never written over the user's headers).
 */
export function headerAliases(columns: readonly ColumnMapping[]): Record<string, FieldKey> {
  const out: Record<string, FieldKey> = {};
  for (const c of columns) if (c.field && matchHeader(c.header) !== c.field) out[c.header] = c.field;
  return out;
}

/**
 * The grid as the core reader should see it: header cells named by an alias replaced by the
 * field's canonical header, and headers the user unmapped blanked. In memory only.
 */
export function applyAliases(grid: CellValue[][], headerRowIndex: number, aliases: Record<string, FieldKey | null>): CellValue[][] {
  const row = grid[headerRowIndex];
  if (!row || Object.keys(aliases).length === 0) return grid;
  const fixed = row.map((v) => {
    const h = v === null || v === undefined ? '' : String(v).trim();
    if (!(h in aliases)) return v;
    const f = aliases[h];
    return f ? FIELD_BY_KEY[f].zh : null;
  });
  const out = grid.slice();
  out[headerRowIndex] = fixed;
  return out;
}

// ---- Setting up: table, validation, formats, computed columns, conditional formats ------------

export type ComputedKind = { kind: 'tier' } | { kind: 'due'; milestone: MilestoneKey } | { kind: 'status' };
export interface ComputedColumn {
  header: string;
  what: ComputedKind;
}

/**
 * The computed columns for a policy: 计算等级, one deadline per milestone some tier has a clock for,
 * 处理状态. Their headers name no register field (等级 alone would be read as the manual tier).
 */
export function computedColumns(policy: Policy): ComputedColumn[] {
  const used = new Set(policy.clocks.map((c) => c.milestone));
  return [
    { header: '计算等级', what: { kind: 'tier' } },
    ...MILESTONES.filter((m) => used.has(m)).map((m): ComputedColumn => ({ header: `${MILESTONE_LABELS[m].zh.split('/')[0]}时限`, what: { kind: 'due', milestone: m } })),
    { header: '处理状态', what: { kind: 'status' } },
  ];
}

/** A structured reference to this row's cell of a table column: [@[损失金额（元）]]. */
export function thisRow(header: string): string {
  return `[@[${header.replace(/(['[\]#@])/g, "'$1")}]]`;
}

/**
 * The formula of a computed column, per row, with structured references (spills are not allowed in
 * tables). Argument order comes from the function table (src/functions/table.json).
 */
export function computedFormula(c: ComputedColumn, headers: Partial<Record<FieldKey, string>>, tierHeader: string): string {
  const ref = (p: FunctionParam) => (p.field && headers[p.field] !== undefined ? thisRow(headers[p.field] as string) : undefined);
  const what = c.what;
  if (what.kind === 'tier') return callFormula('TIER', ref);
  const tier = thisRow(tierHeader);
  if (what.kind === 'due') return callFormula('DUE', (p) => (p.name === 'milestone' ? `"${what.milestone}"` : p.name === 'tier' ? tier : ref(p)));
  return callFormula('STATUS', (p) => (p.name === 'tier' ? tier : ref(p)));
}

export interface ValidationPlan {
  field: FieldKey;
  /** 0-based sheet column. */
  col: number;
  list: string[];
  /** stop: refuse other values; warning: allow them after a warning; none: a drop-down only (factors: several words per cell). */
  alert: 'stop' | 'warning' | 'none';
}

export interface ConditionalFormatPlan {
  /** A1 address of the data rows, on the register sheet. */
  range: string;
  formula: string;
  fill: string;
  font: string;
}

export interface SetupPlan {
  sheet: string;
  /** Headers to write to the right of the user's columns (the computed columns not there yet). */
  newHeaders: { col: number; header: string }[];
  /** The table's whole range (header row to the last data row, the computed columns included). */
  tableRange: string;
  /** True when the range already is a table (adopting a sheet that has one keeps it). */
  existingTable?: string;
  /** 0-based sheet rows of the data (first > last when the register has no rows yet). */
  firstDataRow: number;
  lastDataRow: number;
  validations: ValidationPlan[];
  /** 0-based columns to format as date-times. */
  dateColumns: number[];
  /** Column header → the per-row formula, set once for the whole table column. */
  formulas: { col: number; header: string; formula: string }[];
  conditionalFormats: ConditionalFormatPlan[];
  /** Stored with the register: headers the reader must see as another field's. */
  aliases: Record<string, FieldKey>;
}

/** Excel list validation sources are at most 255 characters. */
function listSource(words: readonly string[]): string[] {
  const out: string[] = [];
  let len = 0;
  for (const w of words) {
    const clean = w.replace(/,/g, '，');
    if (out.includes(clean)) continue;
    if (len + clean.length + 1 > 255) break;
    out.push(clean);
    len += clean.length + 1;
  }
  return out;
}

export function policyLists(policy: Policy): Partial<Record<FieldKey, { list: string[]; alert: ValidationPlan['alert'] }>> {
  const factors = policy.rules.flatMap((r) => (r.kind === 'factor' ? [r.factor] : []));
  return {
    channel: { list: listSource(CHANNELS), alert: 'warning' },
    category: { list: listSource(CATEGORIES), alert: 'warning' },
    factors: { list: listSource(factors), alert: 'none' },
    tierOverride: { list: listSource(policy.tiers.map((t) => t.zh)), alert: 'stop' },
    valid: { list: listSource(VALID_WORDS), alert: 'warning' },
    satisfaction: { list: listSource(SATISFACTION_WORDS), alert: 'warning' },
  };
}

export interface SetupInput {
  sheet: string;
  /** The header row as it is in the sheet (0-based sheet row) and its first column. */
  headerRow: number;
  firstCol: number;
  headers: readonly string[];
  /** 0-based sheet row of the last used row (headerRow when there is no data). */
  lastRow: number;
  columns: readonly ColumnMapping[];
  policy: Policy;
  existingTable?: string;
}

export function setupPlan(inp: SetupInput): SetupPlan {
  const fieldHeaders: Partial<Record<FieldKey, string>> = {};
  const fieldCols: Partial<Record<FieldKey, number>> = {};
  for (const c of inp.columns) {
    if (c.field && fieldHeaders[c.field] === undefined) {
      fieldHeaders[c.field] = c.header;
      fieldCols[c.field] = c.col;
    }
  }
  const present = new Map<string, number>();
  inp.headers.forEach((h, i) => {
    if (h.trim() !== '') present.set(h.trim(), inp.firstCol + i);
  });
  let lastCol = inp.firstCol + inp.headers.length - 1;
  while (lastCol >= inp.firstCol && (inp.headers[lastCol - inp.firstCol] ?? '').trim() === '') lastCol--;
  const computed = computedColumns(inp.policy);
  const newHeaders: { col: number; header: string }[] = [];
  const colOf = new Map<string, number>();
  for (const c of computed) {
    const at = present.get(c.header);
    if (at !== undefined) colOf.set(c.header, at);
    else {
      lastCol++;
      newHeaders.push({ col: lastCol, header: c.header });
      colOf.set(c.header, lastCol);
    }
  }
  const firstDataRow = inp.headerRow + 1;
  const lastDataRow = Math.max(inp.lastRow, inp.headerRow + 1);
  const tierHeader = computed[0].header;
  const formulas = computed.map((c) => ({ col: colOf.get(c.header) as number, header: c.header, formula: computedFormula(c, fieldHeaders, tierHeader) }));
  const lists = policyLists(inp.policy);
  const validations: ValidationPlan[] = [];
  for (const [k, v] of Object.entries(lists) as [FieldKey, { list: string[]; alert: ValidationPlan['alert'] }][]) {
    const col = fieldCols[k];
    if (col !== undefined && v.list.length) validations.push({ field: k, col, list: v.list, alert: v.alert });
  }
  const dateColumns = FIELDS.filter((f) => f.type === 'datetime' && fieldCols[f.key] !== undefined).map((f) => fieldCols[f.key] as number);
  for (const c of computed) if (c.what.kind === 'due') dateColumns.push(colOf.get(c.header) as number);
  const statusCol = colOf.get(computed[computed.length - 1].header) as number;
  const body = a1Range(firstDataRow, inp.firstCol, lastDataRow, lastCol);
  const statusRef = `$${columnLetter(statusCol + 1)}${firstDataRow + 1}`;
  return {
    sheet: inp.sheet,
    newHeaders,
    tableRange: a1Range(inp.headerRow, inp.firstCol, lastDataRow, lastCol),
    existingTable: inp.existingTable,
    firstDataRow,
    lastDataRow,
    validations,
    dateColumns,
    formulas,
    conditionalFormats: [
      { range: body, formula: `=${statusRef}="${STATUS_OVERDUE}"`, fill: OVERDUE_FILL, font: OVERDUE_FONT },
      { range: body, formula: `=${statusRef}="${STATUS_DUE_SOON}"`, fill: DUE_SOON_FILL, font: DUE_SOON_FONT },
    ],
    aliases: headerAliases(inp.columns),
  };
}

/** The headers of a new register: every field's canonical Chinese header. */
export const NEW_REGISTER_HEADERS: readonly string[] = FIELDS.map((f) => f.zh);

// ---- Chunking big writes -----------------------------------------------------------------

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

// ---- Report sheets in the workbook ----------------------------------------------------------

export interface ReportSheetLayout {
  name: string;
  /** Every cell from A1, rectangular (width = widest block). */
  values: (string | number | null)[][];
  width: number;
  /** [row, col] of cells to set bold/large (titles) and the header rows of each block. */
  titles: { row: number; size: number }[];
  notes: number[];
  headerRows: { row: number; cols: number }[];
  /** Per block and column: the data rows and their number format. */
  formats: { range: string; format: string }[];
  dataBars: string[];
  redWhen: { range: string; texts: string[] }[];
  widths: number[];
  /** Blocks by title: where their data lies, for charts. */
  blocks: { title: string; headerRow: number; firstRow: number; lastRow: number; cols: number }[];
  /** Rows to freeze at the top. */
  freezeRows: number;
}

/** "2026-11-03 14:00" or "2026-11-03" as an Excel serial (wall clock), else undefined. */
export function serialOfText(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 + 25569;
  return day + (m[4] ? (Number(m[4]) * 60 + Number(m[5])) / 1440 : 0);
}

/**
 * A report sheet of the core's model laid out as the exceljs exporter lays it out: title in A1,
 * subtitle in A2, then each block (title, note, zh header row, en header row, data, a blank row).
 */
export function layoutReportSheet(sheet: ReportSheet): ReportSheetLayout {
  const width = Math.max(1, ...sheet.blocks.map((b) => b.columns.length));
  const values: (string | number | null)[][] = [];
  const blank = () => new Array<string | number | null>(width).fill(null);
  const put = (cells: (string | number | null)[]) => {
    const row = blank();
    cells.forEach((v, i) => (row[i] = v));
    values.push(row);
    return values.length - 1;
  };
  const out: ReportSheetLayout = { name: sheet.name, values, width, titles: [], notes: [], headerRows: [], formats: [], dataBars: [], redWhen: [], widths: [], blocks: [], freezeRows: 2 };
  out.titles.push({ row: put([sheet.title]), size: 14 });
  put([sheet.subtitle]);
  put([]);
  for (const block of sheet.blocks) {
    out.titles.push({ row: put([block.title]), size: 12 });
    if (block.note) out.notes.push(put([block.note]));
    const headerRow = put(block.columns.map((c) => c.zh));
    put(block.columns.map((c) => c.en));
    out.headerRows.push({ row: headerRow, cols: block.columns.length });
    const first = values.length;
    for (const r of block.rows) {
      put(block.columns.map((c, i) => {
        const v: ReportValue = r[i] ?? null;
        if ((c.kind === 'datetime' || c.kind === 'date') && typeof v === 'string') return serialOfText(v) ?? v;
        return v;
      }));
    }
    const last = values.length - 1;
    if (last >= first) {
      block.columns.forEach((c, i) => {
        const range = a1Range(first, i, last, i);
        const fmt = NUMBER_FORMATS[c.kind];
        if (fmt) out.formats.push({ range, format: fmt });
        if (c.dataBar) out.dataBars.push(range);
        if (c.redWhen?.length) out.redWhen.push({ range, texts: c.redWhen });
      });
    } else put(['（无 none）']);
    out.blocks.push({ title: block.title, headerRow, firstRow: first, lastRow: last, cols: block.columns.length });
    put([]);
  }
  for (const b of sheet.blocks) b.columns.forEach((c, i) => (out.widths[i] = Math.max(out.widths[i] ?? 0, c.width)));
  if (sheet.blocks.length === 1) out.freezeRows = out.headerRows[0].row + 2;
  return out;
}

export interface ChartPlan {
  sheet: string;
  title: string;
  type: 'columnClustered' | 'line';
  /** Source data: a category column and one value column, header row included. */
  categories: string;
  values: string;
  /** Top-left anchor cell of the chart. */
  at: string;
}

/** The charts of the month: on-time rate per department (月度考核) and complaints per day (月度统计). */
export function reportCharts(layouts: readonly ReportSheetLayout[]): ChartPlan[] {
  const out: ChartPlan[] = [];
  const stats = layouts.find((l) => l.name === REPORT_SHEETS.stats);
  const perDay = stats?.blocks.find((b) => /^按日|^按月/.test(b.title));
  if (stats && perDay && perDay.lastRow >= perDay.firstRow) {
    out.push({
      sheet: stats.name,
      title: perDay.title.startsWith('按日') ? '每日投诉量 Complaints per day' : '每月投诉量 Complaints per month',
      type: 'columnClustered',
      categories: a1Range(perDay.firstRow, 0, perDay.lastRow, 0),
      values: a1Range(perDay.firstRow, 1, perDay.lastRow, 1),
      at: a1(3, stats.width + 1),
    });
  }
  const appraisal = layouts.find((l) => l.name === REPORT_SHEETS.appraisal);
  const depts = appraisal?.blocks[0];
  if (appraisal && depts && depts.lastRow >= depts.firstRow) {
    // Column 4 (E) of the appraisal block is 及时率 On-time rate.
    out.push({
      sheet: appraisal.name,
      title: '各部门及时率 On-time rate per department',
      type: 'columnClustered',
      categories: a1Range(depts.firstRow, 0, depts.lastRow, 0),
      values: a1Range(depts.firstRow, 4, depts.lastRow, 4),
      at: a1(3, appraisal.width + 1),
    });
  }
  return out;
}

/**
 * The name a generated sheet gets: its own name when free or already the add-in's, else the name
 * with " (2)", " (3)" … that is free. A sheet of the user's is never reused.
 */
export function generatedSheetName(wanted: string, existing: readonly string[], generated: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const ours = new Set(generated.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase()) || ours.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const n = `${wanted} (${i})`;
    if (!taken.has(n.toLowerCase()) || ours.has(n.toLowerCase())) return n;
  }
}

/** The report sheet names in the order the add-in writes them. */
export const REPORT_SHEET_NAMES: readonly string[] = Object.values(REPORT_SHEETS);
