// `complaints report`: the month's (or quarter's) figures and the appraisal workbook.
import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { parsePeriod, Period } from '../core/report/period';
import { reportFigures, ReportFigures } from '../core/report/figures';
import { figuresForOutput, reportModel } from '../core/report/sheets';
import { readSurvey, SURVEY_SHEET, SurveyResponse } from '../core/report/survey';
import { notesSheet } from '../core/report/notes';
import { coverageWarnings, reportCoverage } from '../core/calendar/coverage';
import { ReportModel } from '../core/report/model';
import { readoutJson, readoutLines } from '../core/register/readout';
import { CellValue } from '../core/register/cells';
import { formatStamp, Stamp } from '../core/time';
import { Complaint } from '../core/register/complaint';
import { wallClockNow } from '../core/now';
import { PRESET_NAMES } from '../core/policy/presets';
import { maskDeep } from '../core/privacy';
import { appraisalStreamBytes } from '../export/appraisal-stream';
import { loadRegister, parseAsOf, resolvePolicy, UserError } from './load';
import { findOptions, MappingOptions, readoutFor } from './mapping-args';
import { clashingInput, writeFileAtomic } from './atomic-write';
import { statIfAny } from './fs-probe';
import { humanTime } from './format';
import { errorsJson, lang, m, say } from './lang';

export interface ReportOptions extends MappingOptions {
  month?: string;
  quarter?: string;
  policy?: string;
  asOf?: string;
  out?: string;
  includeContacts?: boolean;
  json?: boolean;
  tz?: string;
  /** 1: read the register on this thread; 2: on a second one (default: two for a big register). */
  threads?: number;
}

export interface ReportIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Where a report goes without --out (git-ignored; the README names it). */
export const REPORTS_DIR = 'reports';

const PROGRESS_ABOVE = 10_000;

function periodOf(opts: ReportOptions): Period {
  if ((opts.month === undefined) === (opts.quarter === undefined)) throw new UserError(m('err.onePeriod'));
  const text = (opts.month ?? opts.quarter) as string;
  const p = parsePeriod(text);
  if (!p.ok) throw new UserError(m('err.period', { value: text }));
  if (opts.month !== undefined && p.value.kind !== 'month') throw new UserError(m('err.month', { value: opts.month }));
  if (opts.quarter !== undefined && p.value.kind !== 'quarter') throw new UserError(m('err.quarter', { value: opts.quarter }));
  return p.value;
}

/**
 * The snapshot time: --as-of, else the end of the period, else (the period not being over) now.
 * Before the period began there is nothing to report: refused. After its end: allowed (later
 * resolutions count), and said.
 */
function asOfFor(period: Period, opts: ReportOptions, err: (s: string) => void): Stamp {
  const now = wallClockNow(opts.tz);
  const asOf = opts.asOf === undefined ? Math.min(period.end, now) : parseAsOf(opts.asOf, opts.tz);
  const params = { asOf: humanTime(formatStamp(asOf)), period: period.label, start: humanTime(formatStamp(period.start)), end: humanTime(formatStamp(period.end)) };
  if (asOf < period.start) throw new UserError(m(opts.asOf === undefined ? 'err.periodFuture' : 'err.asOfBefore', params));
  if (asOf > period.end) err(m('warn.asOfAfter', params));
  return asOf;
}

/** The period and the as-of time the options ask for, or the one clear line why not. */
export function reportPeriod(opts: ReportOptions, err: (s: string) => void): { period: Period; asOf: Stamp } {
  const period = periodOf(opts);
  return { period, asOf: asOfFor(period, opts, err) };
}

/** The files a report reads: the registers and a policy workbook, none of which it may overwrite. */
export const reportInputs = (registers: readonly string[], opts: ReportOptions): string[] =>
  [...registers, ...(opts.policy !== undefined && !PRESET_NAMES.includes(opts.policy) ? [opts.policy] : [])];

/** The output file, refused before anything is read when it could not be a report or is an input. */
export async function outFor(period: Period, opts: ReportOptions, inputs: readonly string[]): Promise<string> {
  const out = opts.out ?? join(REPORTS_DIR, `appraisal-${period.label}.xlsx`);
  if (extname(out).toLowerCase() !== '.xlsx') throw new UserError(m('err.outExt', { out }));
  const input = await clashingInput(out, [...inputs]);
  if (input !== undefined) throw new UserError(m('err.outIsInput', { out, input }));
  if ((await statIfAny(out))?.isDirectory()) throw new UserError(m('err.write', { file: out, why: m('err.isDirShort') }));
  if (opts.out !== undefined && !(await statIfAny(dirname(resolve(out))))?.isDirectory()) throw new UserError(m('err.write', { file: out, why: m('err.noFolder', { dir: dirname(out) }) }));
  return out;
}

/** The 满意度调查 responses of a workbook, its problems said on stderr. */
export function surveyFrom(sheets: readonly { name: string; rows: readonly (readonly CellValue[])[] }[], err: (s: string) => void, label = SURVEY_SHEET): SurveyResponse[] {
  const surveySheet = sheets.find((s) => s.name === SURVEY_SHEET);
  if (!surveySheet) return [];
  const s = readSurvey(surveySheet.rows);
  for (const e of s.errors.slice(0, 20)) err(m('report.survey', { sheet: label, row: e.row, column: e.column, message: say(e.msg) }));
  if (s.errors.length > 20) err(m('report.surveyMore', { sheet: label, n: s.errors.length - 20 }));
  return s.responses;
}

/** The appraisal workbook's bytes from exceljs' streaming writer (charts added): the zip is kept, not a cell model of every row. */
export const appraisalBytes = (model: ReportModel): Promise<Uint8Array> => appraisalStreamBytes(model);

/** Writes the appraisal workbook atomically; the default reports/ folder is made when missing. */
export async function writeAppraisal(model: ReportModel, outFile: string, madeFolder: boolean): Promise<void> {
  try {
    if (madeFolder) await mkdir(dirname(outFile), { recursive: true });
    await writeFileAtomic(outFile, await appraisalBytes(model));
  } catch (e) {
    throw new UserError(m('err.write', { file: outFile, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}

export async function runReport(file: string, opts: ReportOptions, io: ReportIO): Promise<{ figures: ReportFigures; outFile: string }> {
  const { period, asOf } = reportPeriod(opts, io.err);
  const outFile = await outFor(period, opts, reportInputs([file], opts));

  const t0 = Date.now();
  const size = (await statIfAny(file))?.size ?? 0;
  if (size > 2_000_000) io.err(m('report.reading', { file, mb: (size / 1e6).toFixed(1) }));
  let resolved: Awaited<ReturnType<typeof resolvePolicy>> | undefined;
  const { sheets, register: reg } = await loadRegister(file, async (small) => {
    resolved = await resolvePolicy(small, opts.policy);
    return findOptions(opts, resolved.policy);
  }, opts.threads);
  if (!resolved) throw new Error('loadRegister returned before the policy was resolved');
  const { policy, label } = resolved;
  const complaints = reg.read.complaints;
  const progress = complaints.length > PROGRESS_ABOVE ? io.err : () => undefined;
  progress(`read ${complaints.length.toLocaleString('en-US')} rows from sheet "${reg.sheet}" in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const survey = surveyFrom(sheets, io.err);

  // Deadlines counted through a year the calendar has no holiday notice for (issue 13); counted
  // before the figures, whose evaluations a million-row register cannot hold beside these too.
  const coverage = reportCoverage(policy, complaints, asOf);
  progress('computing figures…');
  const t1 = Date.now();
  const figures = reportFigures({ policy, complaints, survey, period, asOf });
  progress(`figures in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  reportUnread(complaints, reg.sheet, io.err);
  const read = readoutFor(reg, policy);
  read.warnings.push(...coverageWarnings(policy, coverage));
  // The figures hold all the workbook needs: a million complaints need not stay alive while it is written.
  complaints.length = 0;

  const includeContacts = !!opts.includeContacts;
  // Masked once: the workbook and the stdout output show the same figures (a deep copy of them all).
  const shown = figuresForOutput(figures, includeContacts);
  const model = reportModel(figures, policy.policy, { register: `${file} [${reg.sheet}]`, policyLabel: label, includeContacts }, shown);
  model.sheets.push(notesSheet(model.properties.title, [{ label: `${file} [${reg.sheet}]`, readout: read }], [], includeContacts));
  progress(`writing ${outFile}…`);
  await writeAppraisal(model, outFile, opts.out === undefined);
  if (opts.json) io.out(JSON.stringify({ ...shownJson(shown), read: readoutJson(includeContacts ? read : maskDeep(read), lang()) }));
  else {
    io.out(m('report.wrote', { file: outFile, sheets: model.sheets.map((s) => s.name).join(', ') }));
    io.out(reportSummary(shown));
    for (const line of readoutLines(read, lang())) io.out(line);
  }
  return { figures, outFile };
}

/**
 * What could not be read, named rather than hidden: rows left out of every figure (no readable
 * 受理时间 or 客户), then cells that could not be read in rows that still count (a bad amount or rating).
 */
export function reportUnread(complaints: readonly Complaint[], sheet: string, err: (s: string) => void): void {
  listRows(complaints.filter((c) => c.broken), 'report.badRows', sheet, err);
  listRows(complaints.filter((c) => !c.broken && c.errors.length > 0), 'report.badCells', sheet, err);
}

function listRows(rows: readonly Complaint[], head: 'report.badRows' | 'report.badCells', sheet: string, err: (s: string) => void): void {
  if (!rows.length) return;
  err(m(head, { n: rows.length, sheet }));
  for (const c of rows.slice(0, 20)) err(m('report.badRow', { row: c.row, errors: c.errors.map((e) => `[${e.column}] ${say(e.msg)}`).join('; ') }));
  if (rows.length > 20) err(m('report.more', { n: rows.length - 20 }));
}

/** The figures for --json: bad rows' problems rendered in the CLI's language, with their codes. */
const shownJson = (f: ReportFigures) => ({ ...f, badRows: f.badRows.map((b) => ({ row: b.row, errors: errorsJson(b.errors) })) });

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export function reportSummary(f: ReportFigures): string {
  const period = f.period.label;
  const asOf = humanTime(f.period.asOf);
  return [
    m('report.head', { period, asOf, population: f.population, invalid: f.invalid, bad: f.badRows.length }),
    ...(f.period.asOf < f.period.end ? [m('report.notOver', { period, asOf })] : []),
    ...(f.population === 0 && f.invalid === 0 ? [m('report.empty', { period })] : []),
    m('report.rates', { resolution: pct(f.resolution.value), onTime: pct(f.onTime.all.value), secondary: pct(f.secondary.value) }),
    m('report.departments', { list: f.appraisal.departments.map((d) => `${d.unit} ${d.score ?? '—'} ${d.grade}`).join(', ') || '—' }),
    m('report.lists', { overdue: f.overdue.length, unsatisfied: f.satisfaction.unsatisfied.length, penalties: f.penalties.length }),
    m('report.indicators', {
      resolution: f.indicators.overall.meanResolutionHours ?? '—',
      repeat: pct(f.indicators.overall.repeatRate),
      response: f.indicators.overall.meanResponseHours ?? '—',
      ratio: pct(f.indicators.overall.responseRatio),
      adoption: pct(f.indicators.overall.adoptionRate),
    }),
    ...(f.products ? [m('report.products', {
      n: f.products.productComplaints,
      categories: f.products.byProductCategory.map((c) => `${c.key} ${c.count}`).join(', '),
      batches: f.products.batches.filter((b) => b.flagged).map((b) => `${b.batch} (${b.count})`).join(', ') || '—',
    })] : []),
    ...(f.qualityFines.length ? [m('report.qualityFines', { n: f.qualityFines.length, total: f.qualityFines.reduce((a, q) => a + q.fine, 0) })] : []),
  ].join('\n');
}
