// `complaints report`: the month's (or quarter's) figures and the appraisal workbook.
import { stat } from 'node:fs/promises';
import { parsePeriod, Period } from '../core/report/period';
import { reportFigures, ReportFigures } from '../core/report/figures';
import { reportModel } from '../core/report/sheets';
import { readSurvey, SURVEY_SHEET, SurveyResponse } from '../core/report/survey';
import { appraisalWorkbook } from '../export/appraisal-workbook';
import { loadRegister, parseAsOf, resolvePolicy, UserError } from './load';

export interface ReportOptions {
  month?: string;
  quarter?: string;
  policy?: string;
  asOf?: string;
  out?: string;
  includeContacts?: boolean;
  json?: boolean;
  sheet?: string;
}

const PROGRESS_ABOVE = 10_000;

export async function runReport(file: string, opts: ReportOptions, io: { out: (s: string) => void; err: (s: string) => void }): Promise<{ figures: ReportFigures; outFile: string }> {
  if ((opts.month === undefined) === (opts.quarter === undefined)) throw new UserError('give exactly one of --month YYYY-MM or --quarter YYYY-Qn');
  const p = parsePeriod((opts.month ?? opts.quarter) as string);
  if (!p.ok) throw new UserError(p.error);
  if (opts.month !== undefined && p.value.kind !== 'month') throw new UserError(`--month ${opts.month}: expected YYYY-MM`);
  if (opts.quarter !== undefined && p.value.kind !== 'quarter') throw new UserError(`--quarter ${opts.quarter}: expected YYYY-Qn`);
  const period: Period = p.value;
  const asOf = opts.asOf === undefined ? period.end : parseAsOf(opts.asOf);

  const t0 = Date.now();
  const size = (await stat(file).catch(() => undefined))?.size ?? 0;
  if (size > 2_000_000) io.err(`reading ${file} (${(size / 1e6).toFixed(1)} MB)…`);
  const { sheets, register: reg } = await loadRegister(file, opts.sheet);
  const complaints = reg.read.complaints;
  const progress = complaints.length > PROGRESS_ABOVE ? io.err : () => undefined;
  progress(`read ${complaints.length.toLocaleString('en-US')} rows from sheet "${reg.sheet}" in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const { policy, label } = await resolvePolicy(sheets, opts.policy);

  let survey: SurveyResponse[] = [];
  const surveySheet = sheets.find((s) => s.name === SURVEY_SHEET);
  if (surveySheet) {
    const s = readSurvey(surveySheet.rows);
    survey = s.responses;
    for (const e of s.errors.slice(0, 20)) io.err(`${SURVEY_SHEET} row ${e.row} [${e.column}]: ${e.message}`);
    if (s.errors.length > 20) io.err(`${SURVEY_SHEET}: …and ${s.errors.length - 20} more problem(s)`);
  }

  progress('computing figures…');
  const t1 = Date.now();
  const figures = reportFigures({ policy, complaints, survey, period, asOf });
  progress(`figures in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  reportBadRows(figures, io.err);
  // The figures hold all the workbook needs: a million complaints need not stay alive while it is written.
  complaints.length = 0;

  const outFile = opts.out ?? `appraisal-${period.label}.xlsx`;
  const model = reportModel(figures, policy.policy, { register: `${file} [${reg.sheet}]`, policyLabel: label, includeContacts: !!opts.includeContacts });
  progress(`writing ${outFile}…`);
  try {
    await appraisalWorkbook(model).xlsx.writeFile(outFile);
  } catch (e) {
    throw new UserError(`cannot write ${outFile}: ${(e as Error).message}`);
  }
  if (opts.json) io.out(JSON.stringify(figures));
  else {
    io.out(`wrote ${outFile}: ${model.sheets.map((s) => s.name).join(', ')}`);
    io.out(reportSummary(figures));
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
