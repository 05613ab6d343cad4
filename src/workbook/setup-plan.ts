// The register's set-up, planned once for both hosts: the computed columns and their formulas,
// drop-down lists, date formats and the overdue colouring. src/excel/adapter.ts applies a plan
// through Office.js, src/export/register-setup.ts with exceljs (the browser fallback).
import { FIELDS, FieldKey } from '../core/register/fields';
import { Policy, MILESTONES, MILESTONE_LABELS, MilestoneKey } from '../core/policy/types';
import { STATUS_LABELS } from '../core/sla';
import { NUMBER_FORMATS } from '../core/report/model';
import { CATEGORIES, CHANNELS, SATISFACTION_WORDS, VALID_WORDS } from '../core/register/words';
import { a1Range, columnLetter } from './address';
import { ColumnMapping, headerAliases } from './mapping';
import { DUE_SOON_FILL, DUE_SOON_FONT, OVERDUE_FILL, OVERDUE_FONT } from './style';
import { FunctionParam, callFormula } from '../core/functions/table';

export const REGISTER_SHEET = '投诉登记表';
export const REGISTER_TABLE = 'ComplaintRegister';
/**
 * The hidden sheet the add-in owns for the register's tiers: one whole-column COMPLAINTS.TIER call
 * in A1 spills every row's tier (with repeat escalation, which needs every row), and the table's
 * 计算等级 reads its row from there. Spilled arrays are not allowed inside a table.
 */
export const TIER_SHEET = '_计算等级';
/** Worksheet custom property keys: a sheet the add-in generated, and the register it set up. */
export const GENERATED_MARK = 'complaints-generated';
export const REGISTER_MARK = 'complaints-register';

export const DATETIME_FORMAT = NUMBER_FORMATS.datetime as string;
export const STATUS_OVERDUE = STATUS_LABELS.overdue.zh;
export const STATUS_DUE_SOON = STATUS_LABELS['due-soon'].zh;

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

/** A column name inside a structured reference: ' escapes [ ] # ' @. */
const escapeColumn = (header: string): string => header.replace(/(['[\]#@])/g, "'$1");

/** A structured reference to this row's cell of a table column: [@[损失金额（元）]]. */
export function thisRow(header: string): string {
  return `[@[${escapeColumn(header)}]]`;
}

/** The formula of a computed column, per row, with structured references (spills are not allowed in tables). */
export function computedFormula(c: ComputedColumn, headers: Partial<Record<FieldKey, string>>, tierHeader: string): string {
  const ref = (p: FunctionParam) => (p.field && headers[p.field] !== undefined ? thisRow(headers[p.field] as string) : undefined);
  const what = c.what;
  if (what.kind === 'tier') return callFormula('TIER', ref);
  const tier = thisRow(tierHeader);
  if (what.kind === 'due') return callFormula('DUE', (p) => (p.name === 'milestone' ? `"${what.milestone}"` : p.name === 'tier' ? tier : ref(p)));
  return callFormula('STATUS', (p) => (p.name === 'tier' ? tier : ref(p)));
}

/** A table column as a whole (its data body), from outside the table: ComplaintRegister[受理时间]. */
export function wholeColumn(table: string, header: string): string {
  return `${table}[${escapeColumn(header)}]`;
}

/**
 * The one whole-column TIER call of the tier sheet: every row's tier in table order, escalated by
 * the repeat rules exactly as the CLI's assignTiers (test/functions.tier-spill.spec.ts).
 */
export function tierSpillFormula(headers: Partial<Record<FieldKey, string>>, table: string): string {
  return callFormula('TIER', (p) => (p.field && headers[p.field] !== undefined ? wholeColumn(table, headers[p.field] as string) : undefined));
}

/** 计算等级 of one row: its line of the tier sheet's spill, by the row's place in the table (English names, as range.formulas takes them). */
export function tierIndexFormula(table: string): string {
  return `=INDEX('${TIER_SHEET}'!$A:$A,ROW()-ROW(${table}[#Headers]))`;
}

export interface ValidationPlan {
  field: FieldKey;
  /** 0-based sheet column. */
  col: number;
  list: string[];
  /** stop: refuse other values; warning: allow them after a warning; none: a drop-down only (factors: several words per cell). */
  alert: 'stop' | 'warning' | 'none';
  /** What the refusal or warning says. */
  message: string;
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
  /**
   * The existing table covers fewer columns than the header row: it is resized to `tableRange`
   * (over the user's headed columns and the computed ones written after them), so no column is
   * added inside the old table's edge, where the user's headed columns are.
   */
  resizeTable?: boolean;
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
  /** The tier sheet's formula (A1 of TIER_SHEET), when the table's name is known: 计算等级 reads from it. */
  tierSpill?: { sheet: string; formula: string };
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
  /** The existing table's 0-based first and last sheet columns. */
  existingTableCols?: { c0: number; c1: number };
  /**
   * The register table's name once set up (Office.js): 计算等级 then reads the tier sheet's
   * whole-column TIER, which sees repeat escalation. Without it (exceljs), each row calls TIER itself.
   */
  tableName?: string;
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
  const table = inp.tableName;
  const formulas = computed.map((c) => ({
    col: colOf.get(c.header) as number,
    header: c.header,
    formula: table !== undefined && c.what.kind === 'tier' ? tierIndexFormula(table) : computedFormula(c, fieldHeaders, tierHeader),
  }));
  const lists = policyLists(inp.policy);
  const validations: ValidationPlan[] = [];
  for (const [k, v] of Object.entries(lists) as [FieldKey, { list: string[]; alert: ValidationPlan['alert'] }][]) {
    const col = fieldCols[k];
    if (col !== undefined && v.list.length) validations.push({ field: k, col, list: v.list, alert: v.alert, message: `可选：${v.list.join('、')}` });
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
    ...(inp.existingTable && inp.existingTableCols && (inp.existingTableCols.c0 > inp.firstCol || inp.existingTableCols.c1 < lastCol - newHeaders.length) ? { resizeTable: true } : {}),
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
    ...(table !== undefined ? { tierSpill: { sheet: TIER_SHEET, formula: tierSpillFormula(fieldHeaders, table) } } : {}),
  };
}

/** The name a new register table gets: ComplaintRegister, or ComplaintRegister2 … when taken (table names are workbook-wide). */
export function freeTableName(taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  let name = REGISTER_TABLE;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${REGISTER_TABLE}${i}`;
  return name;
}

/** The headers of a new register: every field's canonical Chinese header. */
export const NEW_REGISTER_HEADERS: readonly string[] = FIELDS.map((f) => f.zh);
