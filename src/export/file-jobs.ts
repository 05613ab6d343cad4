// What changes a workbook in browser mode, on its bytes: set-up (a new register, or adopting a
// sheet), the policy sheet, filled-in 编号, the demo workbook and the appraisal download. exceljs
// does it, in the file worker (./file.worker.ts), never on the pane's thread: the pane holds the
// bytes and hands them over with the job, and takes the new bytes back (issue 12).
import ExcelJS from 'exceljs';
import type { Policy } from '../core/policy/types';
import type { ReportModel } from '../core/report/model';
import { checkRegister } from '../core/check';
import { compilePolicy } from '../core/policy/compile';
import { STATUS_LABELS } from '../core/sla';
import { CellValue, parseDateTime } from '../core/register/cells';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../core/demo/generate';
import { preset } from '../core/policy/presets';
import { dateFromStamp } from '../core/time';
import { POLICY_SHEET } from '../core/policy/table';
import { MsgError, msg } from '../core/messages';
import type { Msg } from '../core/messages';
import { SURVEY_SHEET } from '../core/report/survey';
import { MAPPING_SHEET } from '../core/register/mapping';
import { registerCandidates } from '../core/workbook';
import { ReadOptions } from '../core/register/read';
import { Result } from '../core/result';
import { wallClockNow } from '../core/now';
import { sheetGrid } from './read-workbook';
import { addPolicySheet, addRegisterSheet } from './write-register';
import { appraisalWorkbookBytes } from './appraisal-workbook';
import { ComputedCell, applySetupPlan } from './register-setup';
import { Aliases, ColumnMapping, InspectResult, previewAdopt } from '../workbook/mapping';
import { NEW_REGISTER_HEADERS, REGISTER_SHEET, SetupPlan, computedColumns, setupPlan } from '../workbook/setup-plan';
import { GridSheet, RegisterFound, findRegisterGrid, policyOf, readRegisterGrid, registerReadOptions } from '../workbook/model';
import type { IdFillPlan } from '../workbook/ids-plan';

/** The register as the pane knows it: the sheet set up as such and its header corrections. */
export interface RegisterAt {
  sheet?: string;
  aliases: Aliases;
}

export type FileJob =
  | { kind: 'demo' }
  | { kind: 'inspect'; xlsx: Uint8Array; at: RegisterAt }
  | { kind: 'set-up-new'; xlsx: Uint8Array; policy: Policy }
  | { kind: 'adopt'; xlsx: Uint8Array; preview: InspectResult; columns: ColumnMapping[]; policy: Policy; at: RegisterAt }
  | { kind: 'write-policy'; xlsx: Uint8Array; policy: Policy }
  | { kind: 'fill-ids'; xlsx: Uint8Array; plan: IdFillPlan }
  | { kind: 'appraisal'; model: ReportModel };

export type FileJobKind = FileJob['kind'];
export type FileJobOf<K extends FileJobKind> = Extract<FileJob, { kind: K }>;

export interface FileAnswers {
  demo: Uint8Array;
  inspect: InspectResult;
  /** The new sheet added (empty, under NEW_REGISTER_HEADERS) and its preview, to adopt next. */
  'set-up-new': { xlsx: Uint8Array; preview: InspectResult };
  adopt: { xlsx: Uint8Array; message: Msg };
  'write-policy': Uint8Array;
  'fill-ids': Uint8Array;
  appraisal: Uint8Array;
}

async function load(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  return wb;
}

const bytesOf = async (wb: ExcelJS.Workbook): Promise<Uint8Array> => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);

const grid = (ws: ExcelJS.Worksheet): GridSheet => ({ name: ws.name, rows: sheetGrid(ws).rows, firstRow: 0, firstCol: 0 });

const policyRows = (wb: ExcelJS.Workbook): CellValue[][] | undefined => {
  const ws = wb.getWorksheet(POLICY_SHEET);
  return ws ? sheetGrid(ws).rows : undefined;
};

/** The saved 列映射 sheet and the policy's tiers, as `complaints check` reads the file. */
function readOptions(wb: ExcelJS.Workbook): Result<ReadOptions> {
  const ws = wb.getWorksheet(MAPPING_SHEET);
  return registerReadOptions(ws ? sheetGrid(ws).rows : undefined, policyOf(policyRows(wb)));
}

/** The sheet to adopt: the register when one reads as such, else the first sheet that may be one. */
function sheetToAdopt(wb: ExcelJS.Workbook, at: RegisterAt): GridSheet {
  const cands = registerCandidates(wb.worksheets.map((w) => w.name), { named: at.sheet }).map((n) => grid(wb.getWorksheet(n) as ExcelJS.Worksheet));
  const opts = readOptions(wb);
  const found: Result<RegisterFound> = opts.ok ? findRegisterGrid(cands, { named: at.sheet }, at.aliases, opts.value) : opts;
  const g = found.ok ? cands.find((c) => c.name === found.value.sheet) : cands[0];
  if (!g) throw new MsgError(msg('file.noRegisterSheet'));
  return g;
}

function inspect(wb: ExcelJS.Workbook, at: RegisterAt): InspectResult {
  const g = sheetToAdopt(wb, at);
  if (!g.rows.length) throw new MsgError(msg('excel.emptySheet', { sheet: g.name }));
  const width = Math.max(...g.rows.slice(0, 10).map((r) => r.length));
  const top = g.rows.slice(0, 10).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
  const p = previewAdopt(g.name, top, 0, 0, g.rows.length - 1);
  return { ...p, headers: (top[p.headerRow] ?? []).map((v) => (v === null || v === undefined ? '' : String(v).trim())) };
}

/** A deadline as a Date carrying its wall clock in the UTC fields (what exceljs writes), else as it is. */
function dateCell(text: string | undefined): CellValue {
  if (text === undefined) return null;
  const t = parseDateTime(text);
  return t.ok && t.value !== undefined ? dateFromStamp(t.value) : text;
}

/** Custom functions do not run outside Excel: the computed columns get the values worked out now. */
function computedNow(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plan: SetupPlan, policy: Policy, aliases: Aliases): ComputedCell[] {
  const opts = readOptions(wb);
  const reg = readRegisterGrid(grid(ws), aliases, opts.ok ? opts.value : {});
  const cp = compilePolicy(policy);
  if (!reg.ok || !cp.ok) return [];
  const report = checkRegister(reg.value.read, cp.value, wallClockNow());
  const cols = computedColumns(policy);
  const out: ComputedCell[] = [];
  for (const r of report.rows) {
    plan.formulas.forEach((f, i) => {
      const what = cols[i].what;
      let value: CellValue;
      if (what.kind === 'tier') value = policy.tiers.find((t) => t.key === r.tier)?.zh ?? '';
      else if (what.kind === 'status') value = STATUS_LABELS[r.status].zh;
      else value = dateCell(r.due[what.milestone]);
      out.push({ row: r.row - 1, col: f.col, value });
    });
  }
  return out;
}

type Run<K extends FileJobKind> = (job: FileJobOf<K>) => Promise<FileAnswers[K]>;

const RUN: { [K in FileJobKind]: Run<K> } = {
  // The demo register (320 complaints, the severity policy, a survey), as `complaints demo` writes it.
  demo: async () => {
    const d = demoRegister();
    const wb = new ExcelJS.Workbook();
    addRegisterSheet(wb, d.headers, d.rows);
    addPolicySheet(wb, preset('severity')!);
    addRegisterSheet(wb, DEMO_SURVEY_HEADERS, demoSurvey(), SURVEY_SHEET);
    return bytesOf(wb);
  },
  inspect: async (job) => inspect(await load(job.xlsx), job.at),
  'set-up-new': async (job) => {
    const wb = await load(job.xlsx);
    let name = REGISTER_SHEET;
    for (let i = 2; wb.getWorksheet(name); i++) name = `${REGISTER_SHEET} (${i})`;
    addRegisterSheet(wb, [...NEW_REGISTER_HEADERS], [], name);
    return { xlsx: await bytesOf(wb), preview: inspect(wb, { sheet: name, aliases: {} }) };
  },
  adopt: async (job) => {
    const wb = await load(job.xlsx);
    const { preview, columns, policy } = job;
    const ws = wb.getWorksheet(preview.sheet);
    if (!ws) throw new MsgError(msg('file.noSheet', { sheet: preview.sheet }));
    const plan = setupPlan({ sheet: preview.sheet, headerRow: preview.headerRow, firstCol: preview.firstCol, headers: preview.headers, lastRow: preview.lastRow, columns, policy });
    applySetupPlan(ws, plan, preview.headerRow, computedNow(wb, ws, plan, policy, job.at.aliases));
    return { xlsx: await bytesOf(wb), message: msg('done.adoptedFile', { sheet: preview.sheet, lists: plan.validations.length, formulas: plan.formulas.length }) };
  },
  'write-policy': async (job) => {
    const wb = await load(job.xlsx);
    const old = wb.getWorksheet(POLICY_SHEET);
    if (old) wb.removeWorksheet(old.id);
    addPolicySheet(wb, job.policy);
    return bytesOf(wb);
  },
  // Empty 编号 cells filled as text: exceljs numFmt "@".
  'fill-ids': async (job) => {
    const wb = await load(job.xlsx);
    const ws = wb.getWorksheet(job.plan.sheet) as ExcelJS.Worksheet;
    for (const c of job.plan.cells) {
      const cell = ws.getCell(c.row, job.plan.col + 1);
      cell.numFmt = '@';
      cell.value = c.id;
    }
    return bytesOf(wb);
  },
  appraisal: (job) => appraisalWorkbookBytes(job.model),
};

/** Runs one file job; the reading of a bad file is one line naming it (never a stack). */
export async function runFileJob<K extends FileJobKind>(job: FileJobOf<K>, label = 'the workbook'): Promise<FileAnswers[K]> {
  try {
    return await (RUN[job.kind as K] as Run<K>)(job);
  } catch (e) {
    // The jobs' own messages pass as they are; exceljs' refusals of the bytes name the file.
    if (e instanceof MsgError) throw e;
    throw new MsgError(msg('file.cannotRead', { file: label, why: e instanceof Error ? e.message : String(e) }));
  }
}
