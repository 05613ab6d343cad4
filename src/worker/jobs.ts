// What the core worker does with a job: find and read the register on the grids, then check it,
// describe what was read, list the register sheets or compute the month's report model, by the
// same functions both backends used in the page (workbook/model.ts, workbook/consolidate.ts).
// Pure: the worker file posts what this returns; jest runs it in line.
import { MsgError, msg } from '../core/messages';
import { Result, err, ok } from '../core/result';
import { Aliases } from '../workbook/mapping';
import { RegisterFound, checkView, findRegisterGrid, monthModel, policyOf, readViewOf, registerReadOptions, surveyOf } from '../workbook/model';
import { consolidatedMonth, consolidatedMonthModel, readRegisterSheets, registerSheetNames } from '../workbook/consolidate';
import { monthSummary } from '../core/report/summary';
import { isStreamedSource } from './protocol';
import type { Answers, Count, JobKind, JobOf, Step, WorkbookGrids } from './protocol';
import { gridsOfXlsx, isXlsxSource } from './xlsx-source';
import { monthSummaryOf, statusView } from '../workbook/pane-views';
import { idFillPlan, idPatternOf } from '../workbook/ids-plan';

export type Report = (step: Step, count?: Count) => void;

function options(wb: WorkbookGrids) {
  return registerReadOptions(wb.mappingRows, policyOf(wb.policyRows));
}

const aliasesOf = (wb: WorkbookGrids) => (sheet: string): Aliases => (sheet === wb.aliasesSheet ? wb.aliases : {});

/** The register among the grids (the read itself was counted where the rows came from: Excel's blocks, or the .xlsx). */
function register(wb: WorkbookGrids): Result<RegisterFound> {
  const opts = options(wb);
  return opts.ok ? findRegisterGrid(wb.candidates, wb.hint, wb.aliases, opts.value) : opts;
}

/** The chosen register sheets (consolidation), else the register: each read once. */
function chosenRegisters(wb: WorkbookGrids, sheets?: readonly string[]): Result<RegisterFound[]> {
  if (!sheets?.length) {
    const reg = register(wb);
    return reg.ok ? ok([reg.value]) : reg;
  }
  const opts = options(wb);
  return opts.ok ? readRegisterSheets(wb.candidates, sheets, aliasesOf(wb), opts.value) : opts;
}

/** A job whose workbook is read into grids already. */
export type GridJobOf<K extends JobKind> = Omit<JobOf<K>, 'wb'> & { wb: WorkbookGrids };

type Run<K extends JobKind> = (job: GridJobOf<K>, report: Report) => Result<Answers[K]>;

const RUN: { [K in JobKind]: Run<K> } = {
  check: (job, report) => {
    const reg = register(job.wb);
    if (!reg.ok) return reg;
    const n = reg.value.read.complaints.length;
    report('check', { done: 0, total: n, unit: 'rows' });
    const v = checkView(reg.value, policyOf(job.wb.policyRows), job.asOf);
    if (v.ok) report('check', { done: n, total: n, unit: 'rows' });
    return v;
  },
  'read-view': (job) => {
    const reg = register(job.wb);
    return reg.ok ? ok(readViewOf(reg.value, policyOf(job.wb.policyRows))) : reg;
  },
  'register-sheets': (job, report) => {
    const opts = options(job.wb);
    if (!opts.ok) return opts;
    const total = job.wb.candidates.length;
    report('read', { done: 0, total, unit: 'sheets' });
    return ok(registerSheetNames(job.wb.candidates, aliasesOf(job.wb), opts.value));
  },
  month: (job, report) => {
    const { wb } = job;
    const common = { policy: policyOf(wb.policyRows), survey: surveyOf(wb.surveyRows), period: job.period, asOf: job.asOf ?? job.period.end, includeContacts: job.includeContacts };
    const label = (sheet: string) => (wb.qualify ? `${wb.workbook} [${sheet}]` : sheet);
    const regs = chosenRegisters(wb, job.sheets);
    if (!regs.ok) return regs;
    report('figures', { done: 0, total: regs.value.reduce((n, r) => n + r.read.complaints.length, 0), unit: 'rows' });
    const [one] = regs.value;
    return regs.value.length > 1 ? consolidatedMonthModel({ ...common, regs: regs.value, workbook: wb.workbook }) : monthModel({ ...common, reg: one, registerLabel: label(one.sheet) });
  },
  status: (job) => ok(statusView(register(job.wb), job.wb.policyRows, job.asOf)),
  // The pane's figures after generating: of the register, or consolidated over the sheets chosen
  // (the figures the exported workbook is written from, as `complaints report a.xlsx b.xlsx` gives them).
  'month-summary': (job, report) => {
    const { wb } = job;
    const regs = chosenRegisters(wb, job.sheets);
    if (!regs.ok) return regs;
    report('figures', { done: 0, total: regs.value.reduce((n, r) => n + r.read.complaints.length, 0), unit: 'rows' });
    const common = { policy: policyOf(wb.policyRows), survey: surveyOf(wb.surveyRows), period: job.period, asOf: job.asOf ?? job.period.end };
    if (regs.value.length === 1) return monthSummaryOf({ ...common, reg: regs.value[0] });
    const c = consolidatedMonth({ ...common, regs: regs.value, workbook: wb.workbook, includeContacts: false });
    return c.ok ? ok(monthSummary(c.value.figures)) : c;
  },
  'id-plan': (job) => {
    const reg = register(job.wb);
    return reg.ok ? idFillPlan(reg.value, idPatternOf(policyOf(job.wb.policyRows)), job.now) : reg;
  },
};

/** Runs one job, reading its .xlsx first when it brings one; an error is the one line the pane shows. */
export async function runJob<K extends JobKind>(job: JobOf<K>, report: Report = () => undefined): Promise<Result<Answers[K]>> {
  try {
    if (isStreamedSource(job.wb)) return err(msg('err.plain', { text: 'streamed job without its rows' }));
    const wb = isXlsxSource(job.wb) ? await gridsOfXlsx(job.wb, report) : job.wb;
    return (RUN[job.kind as K] as Run<K>)({ ...job, wb } as GridJobOf<K>, report);
  } catch (e) {
    // The core returns errors as values and the reader's refusals are lines already; anything else is still one line, never a stack.
    return err(e instanceof MsgError ? e.msg : msg('err.plain', { text: e instanceof Error ? e.message : String(e) }));
  }
}
