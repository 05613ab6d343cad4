// The task pane's workbook backend inside Excel: each operation is one Excel.run over the
// adapter's batched functions. Office.js calls stay on the page (Excel.run needs it); what was
// read goes to the core worker (src/worker), block by block as it is read, for the check and the figures, and only once they are
// computed does anything get written, so a cancelled operation leaves the workbook as it was.
// Office errors become Error messages the pane shows.
import { MsgError, msg } from '../core/messages';
import type { Msg } from '../core/messages';
import type { Policy } from '../core/policy/types';
import { POLICY_SHEET } from '../core/policy/table';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import type { Download, OpContext, PolicyLoad, WorkbookBackend } from '../workbook/backend';
import type { ColumnMapping, InspectResult } from '../workbook/mapping';
import { CheckEntry, CheckView, policyLoad, ReadView } from '../workbook/model';
import type { Answers, JobKind, WorkbookGrids } from '../worker/protocol';
import { CoreRunner, StreamJobOf, abortError, inlineRunner, reportStep } from '../worker/runner';
import type { BlockCount } from './blocks';
import {
  inspectActiveSheet, officeError, readPolicyRows, selectCell, setUpNewRegister, setUpRegister, writePolicySheet,
} from './adapter';
import { WorkbookRead, readRegisterTops, readWorkbook } from './register-read';
import { writeIds } from './ids';
import { afterSetUp, loadOnOpen, setLoadOnOpen, watchWorkbookRegister } from './startup';
import type { StatusCard } from '../core/status';
import type { MonthSummary } from '../core/report/summary';

async function run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return guarded(() => Excel.run(f));
}

/** Office errors as messages, for a step that makes its own Excel.run (startup.ts). */
async function guarded<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    // The engine's own refusal keeps its catalogued message, so the pane says it in its language.
    if (e instanceof MsgError) throw e;
    throw new MsgError(officeError(e));
  }
}

/** Base64 of bytes without a stack-busting spread (Excel.createWorkbook wants base64). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A workbook read, as the core worker takes it (./protocol): the register's corrections belong to the sheet set up as the register. */
function gridsOf(wb: WorkbookRead): WorkbookGrids {
  const { candidates, hint, aliases, policyRows, surveyRows, mappingRows } = wb;
  return { candidates, hint, aliases, aliasesSheet: wb.state.register?.sheet, policyRows, surveyRows, mappingRows, workbook: 'Excel', qualify: false };
}

/** Hands the blocks read from Excel to the operation's progress: blocks read, of about how many. */
const blocksRead = (ctx: OpContext) => (_rows: number, _total: number, blocks: BlockCount) => reportStep(ctx, 'read', { ...blocks, unit: 'blocks' });

/**
 * Reads the workbook from Excel into a core job: each block of the register goes to the worker as
 * it is read (the worker parses and keeps it while Excel reads the next; the page keeps none), the
 * rest of the workbook with `end`. `answer` is left pending for the caller (outside Excel.run, or
 * inside it where the answer is written); a failed or cancelled read drops the job.
 */
async function readInto<K extends JobKind>(core: CoreRunner, c: Excel.RequestContext, job: StreamJobOf<K>, ctx: OpContext, sheets?: readonly string[]): Promise<{ read: WorkbookRead; answer: Promise<Answers[K]> }> {
  const s = core.stream(job, ctx);
  let read: WorkbookRead;
  try {
    read = await readWorkbook(c, ctx.signal, sheets, blocksRead(ctx), (sheet, rows) => s.rows(sheet, rows));
  } catch (e) {
    s.close();
    throw e;
  }
  const answer = s.end(gridsOf(read));
  // Awaited by the caller right after; until then a rejection is not an unhandled one.
  answer.catch(() => undefined);
  return { read, answer };
}

/** The sheets to read for an operation: the chosen ones, else (none chosen) the register. */
const toRead = (sheets?: readonly string[]) => (sheets?.length ? sheets : undefined);

export class OfficeBackend implements WorkbookBackend {
  readonly kind = 'excel' as const;
  readonly label = 'Excel';

  /** `download` saves the exported workbook where Excel cannot open it as a new workbook; `core` runs the check and the figures (a worker in the pane). */
  constructor(private readonly download: Download, private readonly core: CoreRunner = inlineRunner) {}

  inspect(): Promise<InspectResult> {
    return run((ctx) => inspectActiveSheet(ctx));
  }

  async setUpNew(policy: Policy, ctx: OpContext): Promise<Msg> {
    ctx.progress(undefined, 'setup');
    const plan = await run((c) => setUpNewRegister(c, policy, ctx.signal));
    await guarded(afterSetUp);
    return msg('done.setUp', { sheet: plan.sheet, range: plan.tableRange });
  }

  async adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<Msg> {
    ctx.progress(undefined, 'setup');
    const plan = await run((c) => setUpRegister(c, { policy, preview, columns }, ctx.signal));
    await guarded(afterSetUp);
    return msg('done.adopted', { sheet: plan.sheet, range: plan.tableRange, formulas: plan.formulas.length, lists: plan.validations.length });
  }

  async readPolicy(): Promise<PolicyLoad> {
    const rows = await run((ctx) => readPolicyRows(ctx));
    return policyLoad(rows);
  }

  async writePolicy(policy: Policy): Promise<Msg> {
    await run((ctx) => writePolicySheet(ctx, policy));
    return msg('done.policySaved', { sheet: POLICY_SHEET });
  }

  async check(asOf: Stamp, ctx: OpContext): Promise<CheckView> {
    ctx.progress(undefined, 'read');
    const { answer } = await run((c) => readInto(this.core, c, { kind: 'check', asOf }, ctx));
    return answer;
  }

  async whatIsRead(ctx: OpContext): Promise<ReadView> {
    ctx.progress(undefined, 'read');
    const { answer } = await run((c) => readInto(this.core, c, { kind: 'read-view' }, ctx));
    return answer;
  }

  select(entry: CheckEntry): Promise<void> {
    return run((ctx) => selectCell(ctx, entry.sheet, entry.row, entry.col ?? 0));
  }

  // The runtime watches the register from its start (startup.ts); the pane asking again adds no second handler.
  watchChanges(): Promise<string> {
    return guarded(watchWorkbookRegister);
  }

  loadOnOpen(): Promise<boolean | undefined> {
    return guarded(loadOnOpen);
  }

  setLoadOnOpen(on: boolean): Promise<boolean | undefined> {
    return guarded(() => setLoadOnOpen(on));
  }

  async fillIds(now: Stamp, ctx: OpContext): Promise<Msg> {
    ctx.progress(undefined, 'read');
    const n = await run(async (c) => {
      const plan = await (await readInto(this.core, c, { kind: 'id-plan', now }, ctx)).answer;
      ctx.progress(0.9, 'write');
      return writeIds(c, plan);
    });
    return msg('done.ids', { n });
  }

  async registerSheets(ctx: OpContext): Promise<string[]> {
    ctx.progress(undefined, 'read');
    const wb = await run((c) => readRegisterTops(c, ctx.signal));
    return this.core.run({ kind: 'register-sheets', wb: gridsOf(wb) }, ctx);
  }

  async generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<Msg> {
    ctx.progress(undefined, 'read');
    const out = await run(async (c) => {
      const { read: wb, answer } = await readInto(this.core, c, { kind: 'month', period, includeContacts, asOf, sheets: toRead(sheets) }, ctx, toRead(sheets));
      const model = await answer;
      if (ctx.signal.aborted) throw abortError();
      // From here the add-in's report sheets are replaced: no signal, so a Cancel cannot leave them half written (the pane disables it in this step).
      ctx.progress(0.9, 'write');
      // The report writer (layout, styles, charts) is loaded when a month is generated, not with the pane.
      const { writeReportSheets } = await import(/* webpackChunkName: "report-writer" */ './report-writer');
      return writeReportSheets(c, model, wb.state);
    });
    ctx.progress(1, 'done');
    const renamed = out.renamed.map((r) => `${r.wanted} → ${r.used}`).join(', ');
    return msg('done.generated', { sheets: out.sheets.join(', '), renamed: renamed ? msg('done.renamed', { list: renamed }) : '', charts: out.charts });
  }

  async exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<Msg> {
    ctx.progress(undefined, 'read');
    const { answer } = await run((c) => readInto(this.core, c, { kind: 'month', period, includeContacts, asOf, sheets: toRead(sheets) }, ctx, toRead(sheets)));
    const model = await answer;
    if (ctx.signal.aborted) throw abortError();
    ctx.progress(0.9, 'write');
    // exceljs is loaded only when a workbook is exported: it is most of the pane's code and the first paint has a budget.
    const { appraisalWorkbookBytes } = await import(/* webpackChunkName: "appraisal-workbook" */ '../export/appraisal-workbook');
    const bytes = await appraisalWorkbookBytes(model);
    const name = `appraisal-${period.label}.xlsx`;
    if (ctx.signal.aborted) throw abortError();
    const canCreate = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported?.('ExcelApi', '1.8');
    if (canCreate) {
      try {
        await Excel.createWorkbook(toBase64(bytes));
        ctx.progress(1, 'done');
        return msg('done.exportedNew', { name });
      } catch (e) {
        throw new MsgError(officeError(e));
      }
    }
    this.download(name, bytes);
    ctx.progress(1, 'done');
    return msg('done.downloaded', { name });
  }

  // The pane's home card and monthly figures: one read of the workbook, then the core worker (workbook/pane-views.ts).
  async status(asOf: Stamp, ctx: OpContext): Promise<StatusCard> {
    ctx.progress(undefined, 'read');
    const { answer } = await run((c) => readInto(this.core, c, { kind: 'status', asOf }, ctx));
    return answer;
  }

  async monthSummary(period: Period, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<MonthSummary> {
    ctx.progress(undefined, 'read');
    const { answer } = await run((c) => readInto(this.core, c, { kind: 'month-summary', period, asOf, sheets: toRead(sheets) }, ctx, toRead(sheets)));
    return answer;
  }
}
