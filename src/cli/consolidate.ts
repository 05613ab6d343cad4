// `complaints report a.xlsx b.xlsx …` or a folder: several registers (one per branch or month),
// each read with its own saved mapping, one appraisal with a 分公司 dimension. Registers are read
// one at a time with the streaming reader; only their complaints are kept.
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { ReportFigures } from '../core/report/figures';
import { SurveyResponse } from '../core/report/survey';
import { branchLabels, consolidate, consolidatedReport, RegisterPart } from '../core/report/consolidate';
import { readoutLines } from '../core/register/readout';
import { lang, m, say, sayJson } from './lang';
import { POLICY_SHEET } from '../core/policy/table';
import { loadSheets, resolvePolicy, UserError } from './load';
import { mappingFromOptions, registerFor } from './mapping-args';
import { outFor, ReportIO, ReportOptions, reportInputs, reportPeriod, reportSummary, reportUnread, runReport, surveyFrom, writeAppraisal } from './report';
import { figuresForOutput } from '../core/report/sheets';
import { maskDeep } from '../core/privacy';
import { statIfAny } from './fs-probe';

const isRegisterFile = (name: string) => extname(name).toLowerCase() === '.xlsx' && !name.startsWith('~$') && !name.startsWith('.');

/** The files named, a folder standing for the .xlsx files in it (not its subfolders), in name order. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const st = await statIfAny(input);
    if (!st) throw new UserError(m('err.noInput', { input }));
    if (!st.isDirectory()) {
      files.push(input);
      continue;
    }
    const inside = (await readdir(input)).filter(isRegisterFile).sort((a, b) => a.localeCompare(b));
    if (inside.length === 0) throw new UserError(m('err.emptyFolder', { input }));
    files.push(...inside.map((f) => join(input, f)));
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(resolve(f)) && seen.add(resolve(f)) !== undefined);
}

/** A branch label per file: its name without .xlsx, or its path where two files share a name. */
const fileLabels = (files: readonly string[]): string[] =>
  branchLabels(files.map((f) => ({ short: basename(f, extname(f)), long: relative('.', f).replace(/\.xlsx$/i, '') })));

export interface ManyOptions extends ReportOptions {
  /** The registers are parts of one register (one per month), not branches. */
  merge?: boolean;
}

export async function runReportMany(inputs: readonly string[], opts: ManyOptions, io: ReportIO): Promise<{ figures: ReportFigures; outFile: string }> {
  const files = await expandInputs(inputs);
  if (files.length === 1) return runReport(files[0], opts, io);
  const { period, asOf } = reportPeriod(opts, io.err);
  const mapping = mappingFromOptions(opts);
  const outFile = await outFor(period, opts, reportInputs(files, opts));
  const labels = fileLabels(files);

  let policyOf: Awaited<ReturnType<typeof resolvePolicy>> | undefined;
  const parts: RegisterPart[] = [];
  const survey: SurveyResponse[] = [];
  for (const [i, file] of files.entries()) {
    const sheets = await loadSheets(file);
    // One appraisal, one policy: --policy, else the first register's 投诉政策 sheet, else the default.
    const ownPolicy = policyOf !== undefined && opts.policy === undefined && sheets.some((s) => s.name === POLICY_SHEET);
    policyOf ??= await resolvePolicy(sheets, opts.policy);
    const reg = registerFor(sheets, file, opts, policyOf.policy, mapping);
    parts.push({ label: labels[i], source: file, sheet: reg.sheet, read: reg.read, ownPolicy });
    survey.push(...surveyFrom(sheets, io.err, `${file} 满意度调查`));
    reportUnread(reg.read.complaints, `${file} [${reg.sheet}]`, io.err);
  }
  const policy = (policyOf as NonNullable<typeof policyOf>);
  // --merge: the registers are parts of one (one per month): no branch, one history across them.
  const consolidation = consolidate(parts, policy, !!opts.merge);
  const { readNotes, clashes, notes } = consolidation;
  const { figures, model } = consolidatedReport({ consolidation, policy, survey, period, asOf, includeContacts: !!opts.includeContacts, registerLabel: files.join(', ') });
  await writeAppraisal(model, outFile, opts.out === undefined);
  // Each register's own readout sits with it; `read` (one register's, as in a single report) is not repeated.
  const contacts = !!opts.includeContacts;
  const shown = figuresForOutput(figures, contacts);
  // notes: the lines in --lang as before, their codes and parameters beside (as warnings are).
  const extra = { registers: files.map((f, i) => ({ file: f, branch: opts.merge ? '' : labels[i], read: readNotes[i].readout })), clashes, notes: notes.map(say), noteCodes: notes.map((n) => ({ code: n.code, params: sayJson(n).params })) };
  if (opts.json) io.out(JSON.stringify({ ...shown, ...(contacts ? extra : maskDeep(extra)) }));
  else {
    io.out(m('report.wroteRegisters', { file: outFile, sheets: model.sheets.map((s) => s.name).join(lang() === 'zh' ? '、' : ', '), n: files.length, how: opts.merge ? m('report.merged') : m('report.branchCount', { n: figures.byBranch.length }) }));
    io.out(reportSummary(shown));
    const branches = figures.appraisal.branches.map((b) => m('report.branch', { unit: b.unit, received: b.received, resolved: b.resolved, score: b.score ?? '—', grade: b.grade }));
    if (branches.length) io.out(m('report.branches', { list: branches.join(lang() === 'zh' ? '；' : '; ') }));
    for (const n of readNotes) {
      io.out(`— ${n.label}`);
      for (const line of readoutLines(n.readout, lang())) io.out(`  ${line}`);
    }
    for (const n of notes) io.out(m('report.note', { note: say(n) }));
  }
  return { figures, outFile };
}
