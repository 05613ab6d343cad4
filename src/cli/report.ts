// `complaints report`: the month's (or quarter's) figures and the appraisal workbook.
import { stat } from 'node:fs/promises';
import { parsePeriod, Period } from '../core/report/period';
import { reportFigures, ReportFigures } from '../core/report/figures';
import { reportModel } from '../core/report/sheets';
import { readSurvey, SURVEY_SHEET, SurveyResponse } from '../core/report/survey';
import { appraisalWorkbook } from '../export/appraisal-workbook';
import { loadSheets, parseAsOf, resolvePolicy, UserError } from './load';
import { MappingOptions, readoutFor, registerFor } from './mapping-args';
import { readoutLines } from '../core/register/readout';
import { notesSheet } from '../core/report/notes';
import { ReportModel } from '../core/report/model';
import { CellValue } from '../core/register/cells';
import { Stamp } from '../core/time';

export interface ReportOptions extends MappingOptions {
  month?: string;
  quarter?: string;
  policy?: string;
  asOf?: string;
  out?: string;
  includeContacts?: boolean;
  json?: boolean;
}

const PROGRESS_ABOVE = 10_000;

export interface ReportIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The period and the as-of time the options ask for, or the one clear line why not. */
export function reportPeriod(opts: ReportOptions): { period: Period; asOf: Stamp } {
  if ((opts.month === undefined) === (opts.quarter === undefined)) throw new UserError('give exactly one of --month YYYY-MM or --quarter YYYY-Qn');
  const p = parsePeriod((opts.month ?? opts.quarter) as string);
  if (!p.ok) throw new UserError(p.error);
  if (opts.month !== undefined && p.value.kind !== 'month') throw new UserError(`--month ${opts.month}: expected YYYY-MM`);
  if (opts.quarter !== undefined && p.value.kind !== 'quarter') throw new UserError(`--quarter ${opts.quarter}: expected YYYY-Qn`);
  return { period: p.value, asOf: opts.asOf === undefined ? p.value.end : parseAsOf(opts.asOf) };
}

/** The 满意度调查 responses of a workbook, its problems said on stderr. */
export function surveyFrom(sheets: readonly { name: string; rows: readonly (readonly CellValue[])[] }[], err: (s: string) => void, label = SURVEY_SHEET): SurveyResponse[] {
  const surveySheet = sheets.find((s) => s.name === SURVEY_SHEET);
  if (!surveySheet) return [];
  const s = readSurvey(surveySheet.rows);
  for (const e of s.errors.slice(0, 20)) err(`${label} row ${e.row} [${e.column}]: ${e.message}`);
  if (s.errors.length > 20) err(`${label}: …and ${s.errors.length - 20} more problem(s)`);
  return s.responses;
}

export async function writeAppraisal(model: ReportModel, outFile: string): Promise<void> {
  try {
    await appraisalWorkbook(model).xlsx.writeFile(outFile);
  } catch (e) {
    throw new UserError(`cannot write ${outFile}: ${(e as Error).message}`);
  }
}

export async function runReport(file: string, opts: ReportOptions, io: ReportIO): Promise<{ figures: ReportFigures; outFile: string }> {
  const { period, asOf } = reportPeriod(opts);

  const t0 = Date.now();
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size > 2_000_000) io.err(`reading ${file} (${(size / 1e6).toFixed(1)} MB)…`);
  const sheets = await loadSheets(file);
  const { policy, label } = await resolvePolicy(sheets, opts.policy);
  const reg = registerFor(sheets, file, opts, policy);
  const complaints = reg.read.complaints;
  const progress = complaints.length > PROGRESS_ABOVE ? io.err : () => undefined;
  progress(`read ${complaints.length.toLocaleString('en-US')} rows from sheet "${reg.sheet}" in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const survey = surveyFrom(sheets, io.err);

  progress('computing figures…');
  const t1 = Date.now();
  const figures = reportFigures({ policy, complaints, survey, period, asOf });
  progress(`figures in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  reportBadRows(figures, io.err);

  const outFile = opts.out ?? `appraisal-${period.label}.xlsx`;
  const model = reportModel(figures, policy.policy, { register: `${file} [${reg.sheet}]`, policyLabel: label, includeContacts: !!opts.includeContacts });
  const read = readoutFor(reg, policy);
  model.sheets.push(notesSheet(model.properties.title, [{ label: `${file} [${reg.sheet}]`, readout: read }], [], !!opts.includeContacts));
  progress(`writing ${outFile}…`);
  await writeAppraisal(model, outFile);
  if (opts.json) io.out(JSON.stringify({ ...figures, read }));
  else {
    io.out(`wrote ${outFile}: ${model.sheets.map((s) => s.name).join(', ')}`);
    io.out(reportSummary(figures));
    for (const line of readoutLines(read)) io.out(line);
  }
  return { figures, outFile };
}

function reportBadRows(f: ReportFigures, err: (s: string) => void): void {
  if (!f.badRows.length) return;
  err(`${f.badRows.length} row(s) cannot be read and are left out of every figure:`);
  for (const b of f.badRows.slice(0, 20)) err(`  row ${b.row}: ${b.errors.map((e) => `[${e.column}] ${e.message}`).join('; ')}`);
  if (f.badRows.length > 20) err(`  …and ${f.badRows.length - 20} more`);
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export function reportSummary(f: ReportFigures): string {
  return [
    `${f.period.label} as of ${f.period.asOf}: ${f.population} valid complaints (${f.invalid} invalid, ${f.badRows.length} unreadable left out)`,
    `resolution rate ${pct(f.resolution.value)}, on-time rate ${pct(f.onTime.all.value)}, secondary complaints ${pct(f.secondary.value)}`,
    `departments: ${f.appraisal.departments.map((d) => `${d.unit} ${d.score ?? '—'} ${d.grade}`).join(', ')}`,
    `overdue list: ${f.overdue.length}; to reopen (rated 1–2): ${f.satisfaction.unsatisfied.length}; penalties: ${f.penalties.length}`,
  ].join('\n');
}
