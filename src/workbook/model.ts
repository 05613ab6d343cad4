// What both workbook backends (Office.js in Excel, exceljs in a browser) compute from plain grids:
// the register with the user's header corrections, the policy, the check list and the month's
// report model. Pure: the core plus the header mapping of ./mapping.ts.
import { CellValue } from '../core/register/cells';
import { FIELD_BY_KEY } from '../core/register/fields';
import { readRegister, ReadOptions, RegisterRead, UnreadColumn } from '../core/register/read';
import { Readout, readout } from '../core/register/readout';
import { MAPPING_SHEET } from '../core/register/mapping';
import { LoadedPolicy, RegisterHint, chooseRegister, policyForWorkbook, readOptionsFor } from '../core/workbook';
import { POLICY_SHEET, problemAt } from '../core/policy/table';
import { checkRegister, CheckReport, urgencyOrder } from '../core/check';
import { Status } from '../core/sla';
import { Stamp } from '../core/time';
import { Period } from '../core/report/period';
import { reportFigures } from '../core/report/figures';
import { reportModel } from '../core/report/sheets';
import { ReportModel } from '../core/report/model';
import { readSurvey, SurveyResponse } from '../core/report/survey';
import { Aliases, applyAliases } from './mapping';
import { QueueEntry, buildQueue } from '../core/queue';
import { Result, err, ok } from '../core/result';
import { Msg, msg } from '../core/messages';
import type { PolicyLoad } from './backend';

export interface GridSheet {
  name: string;
  /** rows[0] is sheet row `firstRow` (0-based), cells[0] is column `firstCol` (0-based). */
  rows: CellValue[][];
  firstRow: number;
  firstCol: number;
}

export interface RegisterFound {
  sheet: string;
  read: RegisterRead;
  /** 0-based sheet column of each header text, to point at a cell. */
  columnOf: Record<string, number>;
}

/**
 * What the register is read with, as `complaints check` reads it: the workbook's saved 列映射 sheet
 * (core's savedMapping, via readOptionsFor) and the policy's tiers (a Priority column is read
 * through them). A 列映射 sheet that cannot be read is the one clear line saying why.
 */
export function registerReadOptions(mappingRows: readonly (readonly CellValue[])[] | undefined, policy: LoadedPolicy): Result<ReadOptions> {
  const tiers = policy.result.ok ? policy.result.value.policy.tiers.map((t) => t.key) : undefined;
  return readOptionsFor(mappingRows ? [{ name: MAPPING_SHEET, rows: mappingRows }] : [], { tiers });
}

/** Reads the register on a grid with the stored header corrections and the read options (the error does not name the sheet: findRegisterGrid does). */
export function readRegisterGrid(g: GridSheet, aliases: Aliases = {}, opts: ReadOptions = {}): Result<RegisterFound> {
  // The corrected headers are on the first of the top rows that holds one of them.
  const keys = new Set(Object.keys(aliases));
  let headerIndex = -1;
  for (let i = 0; i < Math.min(10, g.rows.length) && keys.size && headerIndex < 0; i++) {
    if ((g.rows[i] ?? []).some((v) => v !== null && v !== undefined && keys.has(String(v).trim()))) headerIndex = i;
  }
  const grid = headerIndex < 0 ? g.rows : applyAliases(g.rows, headerIndex, aliases);
  const r = readRegister(grid, g.firstRow + 1, { ...opts, firstCol: g.firstCol });
  if (!r.ok) return r;
  const columnOf: Record<string, number> = {};
  (g.rows[r.value.headerRow - g.firstRow - 1] ?? []).forEach((v, i) => {
    if (v !== null && v !== undefined && String(v).trim() !== '') columnOf[String(v).trim()] = g.firstCol + i;
  });
  // Headers as the reader knows them (canonical after an alias) point at the user's column.
  for (const [h, f] of Object.entries(aliases)) if (f && columnOf[h] !== undefined) columnOf[FIELD_BY_KEY[f].zh] = columnOf[h];
  return ok({ sheet: g.name, read: r.value, columnOf });
}

/** The register among the sheets read, by core's one rule (chooseRegister), each read with the stored header corrections. */
export function findRegisterGrid(grids: readonly GridSheet[], hint: RegisterHint, aliases: Aliases = {}, opts: ReadOptions = {}): Result<RegisterFound> {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const r = chooseRegister(grids.map((g) => g.name), hint, (n) => readRegisterGrid(byName.get(n) as GridSheet, aliases, opts));
  return r.ok ? ok(r.value.value) : r;
}

/** The policy from the 投诉政策 sheet's rows, by core's one rule (policyForWorkbook): the default preset when there is no sheet. */
export function policyOf(policyRows: CellValue[][] | undefined): LoadedPolicy {
  return policyForWorkbook(policyRows ? [{ name: POLICY_SHEET, rows: policyRows }] : []);
}

/** The policy's problems, each with its place, as catalogued messages: the page that shows them renders them in its language. */
export function policyProblems(p: LoadedPolicy): Msg[] {
  return p.result.ok ? [] : p.result.problems.map(problemAt);
}

/** Why a policy cannot be used: its first problem, as a catalogued message. */
export const policyProblem = (p: LoadedPolicy): Msg => msg('policy.problem', { why: p.result.ok || !p.result.problems[0] ? '' : problemAt(p.result.problems[0]) });

/** What the policy page is told about the workbook's policy: it, where it came from, its problems. */
export function policyLoad(policyRows: CellValue[][] | undefined): PolicyLoad {
  const lp = policyOf(policyRows);
  return { policy: lp.result.ok ? lp.result.value.policy : undefined, source: policyRows ? 'sheet' : 'preset', problems: policyProblems(lp) };
}

/**
 * What the pane says it read: core's readout (what `check --json` gives as `read`), with each
 * column left unread carrying its reason as a kind, so the pane says it in the user's language.
 */
export interface ReadView extends Omit<Readout, 'unread'> {
  unread: UnreadColumn[];
}

/** The readout of a register found, with the steps the policy clocks (to warn about missing columns). */
export function readViewOf(reg: RegisterFound, policy: LoadedPolicy): ReadView {
  const milestones = policy.result.ok ? policy.result.value.policy.clocks.map((c) => c.milestone) : [];
  return { ...readout(reg.sheet, reg.read, milestones), unread: reg.read.unread };
}

export interface CheckEntry {
  kind: 'cell' | 'overdue' | 'due-soon';
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based sheet column, when the entry is about one cell. */
  col?: number;
  id: string;
  column?: string;
  /** What is wrong or due, rendered in the pane's language (absent on a queue pick, which names no problem). */
  msg?: Msg;
  status: Status;
}

export interface CheckView {
  sheet: string;
  summary: CheckReport['summary'];
  /** Every row as core's check gives it (tier, deadlines, status), the same as `complaints check --json`. */
  rows: CheckReport['rows'];
  /** What was read: the mapping and the columns left unread. */
  read: ReadView;
  entries: CheckEntry[];
  counts: { badCells: number; overdue: number; dueSoon: number; rows: number };
  /** The SLA queue (core's buildQueue): open rows by time left in their clock's unit. */
  queue: QueueEntry[];
  /** The 0-based column a queue entry selects in its row (受理时间). */
  queueCol?: number;
  /** Tier key → its Chinese and English names in the policy, for showing a tier by name. */
  tierNames: Record<string, { zh: string; en: string }>;
}

export function checkView(reg: RegisterFound, policy: LoadedPolicy, asOf: Stamp): Result<CheckView> {
  if (!policy.result.ok) return err(policyProblem(policy));
  const report = checkRegister(reg.read, policy.result.value, asOf);
  const entries: CheckEntry[] = [];
  const statusCol = reg.columnOf[FIELD_BY_KEY.received.zh] ?? reg.columnOf[reg.read.map.headers.received ?? ''];
  for (const r of [...report.rows].sort(urgencyOrder)) {
    for (const e of r.errors) entries.push({ kind: 'cell', sheet: reg.sheet, row: r.row, col: reg.columnOf[e.column], id: r.id, column: e.column, msg: e.msg, status: r.status });
    if (r.status === 'overdue' || r.status === 'due-soon') {
      const parts: Msg[] = [];
      if (r.breached.length) parts.push(msg('entry.breached', { list: r.breached.map((k) => msg(`milestone.${k}`)) }));
      if (r.hoursLeft !== undefined) parts.push(msg(r.hoursLeft < 0 ? 'entry.over' : 'entry.left', { h: Math.abs(r.hoursLeft).toFixed(1) }));
      entries.push({ kind: r.status, sheet: reg.sheet, row: r.row, col: statusCol, id: r.id, msg: msg('entry.status', { parts }), status: r.status });
    }
  }
  const s = report.summary;
  return ok({
    sheet: reg.sheet,
    summary: s,
    rows: report.rows,
    read: readViewOf(reg, policy),
    entries,
    counts: { badCells: s.errors, overdue: s.byStatus.overdue, dueSoon: s.byStatus['due-soon'], rows: s.rows },
    queue: buildQueue(report.rows, reg.read.complaints, policy.result.value.calendar, asOf),
    queueCol: statusCol,
    tierNames: Object.fromEntries(policy.result.value.policy.tiers.map((t) => [t.key, { zh: t.zh || t.key, en: t.en || t.zh || t.key }])),
  });
}

export function surveyOf(rows: CellValue[][] | undefined): SurveyResponse[] {
  return rows ? readSurvey(rows).responses : [];
}

export interface MonthInput {
  reg: RegisterFound;
  policy: LoadedPolicy;
  survey: SurveyResponse[];
  period: Period;
  asOf: Stamp;
  includeContacts: boolean;
  registerLabel: string;
}

export function monthModel(m: MonthInput): Result<ReportModel> {
  if (!m.policy.result.ok) return err(policyProblem(m.policy));
  const figures = reportFigures({ policy: m.policy.result.value, complaints: m.reg.read.complaints, survey: m.survey, period: m.period, asOf: m.asOf });
  return ok(reportModel(figures, m.policy.result.value.policy, { register: m.registerLabel, policyLabel: m.policy.label, includeContacts: m.includeContacts }));
}

