// `complaints report`: the month's (or quarter's) figures and the appraisal workbook.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { parsePeriod, Period } from '../core/report/period';
import { reportFigures, ReportFigures } from '../core/report/figures';
import { figuresForOutput, reportModel } from '../core/report/sheets';
import { readSurvey, SURVEY_SHEET, SurveyResponse } from '../core/report/survey';
import { formatStamp, Stamp } from '../core/time';
import { Complaint } from '../core/register/complaint';
import { wallClockNow } from '../core/now';
import { PRESET_NAMES } from '../core/policy/presets';
import { appraisalWorkbook } from '../export/appraisal-workbook';
import { loadSheets, parseAsOf, requireRegister, resolvePolicy, UserError } from './load';
import { clashingInput, writeFileAtomic } from './atomic-write';
import { humanTime } from './format';
import { m } from './lang';

export interface ReportOptions {
  month?: string;
  quarter?: string;
  policy?: string;
  asOf?: string;
  out?: string;
  includeContacts?: boolean;
  json?: boolean;
  sheet?: string;
  tz?: string;
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

/** The output file, refused before anything is read when it could not be a report or is an input. */
async function outFor(period: Period, opts: ReportOptions, inputs: string[]): Promise<string> {
  const out = opts.out ?? join(REPORTS_DIR, `appraisal-${period.label}.xlsx`);
  if (extname(out).toLowerCase() !== '.xlsx') throw new UserError(m('err.outExt', { out }));
  const input = await clashingInput(out, inputs);
  if (input !== undefined) throw new UserError(m('err.outIsInput', { out, input }));
  if ((await stat(out).catch(() => undefined))?.isDirectory()) throw new UserError(m('err.write', { file: out, why: m('err.isDirShort') }));
  if (opts.out !== undefined && !(await stat(dirname(resolve(out))).catch(() => undefined))?.isDirectory()) throw new UserError(m('err.write', { file: out, why: m('err.noFolder', { dir: dirname(out) }) }));
  return out;
}

export async function runReport(file: string, opts: ReportOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<{ figures: ReportFigures; outFile: string }> {
  const period = periodOf(opts);
  const asOf = asOfFor(period, opts, io.err);
  const inputs = [file, ...(opts.policy !== undefined && !PRESET_NAMES.includes(opts.policy) ? [opts.policy] : [])];
  const outFile = await outFor(period, opts, inputs);

  const t0 = Date.now();
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size > 2_000_000) io.err(`reading ${file} (${(size / 1e6).toFixed(1)} MB)…`);
  const sheets = await loadSheets(file);
  const reg = requireRegister(sheets, file, opts.sheet);
  const complaints = reg.read.complaints;
  const progress = complaints.length > PROGRESS_ABOVE ? io.err : () => undefined;
  progress(`read ${complaints.length.toLocaleString('en-US')} rows from sheet "${reg.sheet}" in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { policy, label } = await resolvePolicy(sheets, opts.policy);

  let survey: SurveyResponse[] = [];
  const surveySheet = sheets.find((s) => s.name === SURVEY_SHEET);
  if (surveySheet) {
    const s = readSurvey(surveySheet.rows);
    survey = s.responses;
    for (const e of s.errors.slice(0, 20)) io.err(m('report.survey', { sheet: SURVEY_SHEET, row: e.row, column: e.column, message: e.message }));
    if (s.errors.length > 20) io.err(m('report.surveyMore', { sheet: SURVEY_SHEET, n: s.errors.length - 20 }));
  }

  progress('computing figures…');
  const t1 = Date.now();
  const figures = reportFigures({ policy, complaints, survey, period, asOf });
  progress(`figures in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  reportBadRows(figures, reg.sheet, io.err);
  reportBadCells(complaints, reg.sheet, io.err);

  const includeContacts = !!opts.includeContacts;
  const model = reportModel(figures, policy.policy, { register: `${file} [${reg.sheet}]`, policyLabel: label, includeContacts });
  progress(`writing ${outFile}…`);
  try {
    if (opts.out === undefined) await mkdir(dirname(outFile), { recursive: true });
    const bytes = await appraisalWorkbook(model).xlsx.writeBuffer();
    await writeFileAtomic(outFile, new Uint8Array(bytes as ArrayBuffer));
  } catch (e) {
    throw new UserError(m('err.write', { file: outFile, why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  const shown = figuresForOutput(figures, includeContacts);
  if (opts.json) io.out(JSON.stringify(shown));
  else {
    io.out(m('report.wrote', { file: outFile, sheets: model.sheets.map((s) => s.name).join(', ') }));
    io.out(reportSummary(shown));
  }
  return { figures, outFile };
}

function reportBadRows(f: ReportFigures, sheet: string, err: (s: string) => void): void {
  if (!f.badRows.length) return;
  err(m('report.badRows', { n: f.badRows.length, sheet }));
  for (const b of f.badRows.slice(0, 20)) err(m('report.badRow', { row: b.row, errors: b.errors.map((e) => `[${e.column}] ${e.message}`).join('; ') }));
  if (f.badRows.length > 20) err(m('report.more', { n: f.badRows.length - 20 }));
}

/** Cells that could not be read in rows that still count (a bad amount, a bad rating): named, not hidden. */
function reportBadCells(complaints: readonly Complaint[], sheet: string, err: (s: string) => void): void {
  const rows = complaints.filter((c) => !c.broken && c.errors.length > 0);
  if (!rows.length) return;
  err(m('report.badCells', { n: rows.length, sheet }));
  for (const c of rows.slice(0, 20)) err(m('report.badRow', { row: c.row, errors: c.errors.map((e) => `[${e.column}] ${e.message}`).join('; ') }));
  if (rows.length > 20) err(m('report.more', { n: rows.length - 20 }));
}

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
  ].join('\n');
}
