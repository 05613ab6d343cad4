// The task pane's workbook backend inside Excel: each operation is one Excel.run over the
// adapter's batched functions. Office errors become Error messages the pane shows.
import type { Policy } from '../core/policy/types';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import type { Download, OpContext, PolicyLoad, WorkbookBackend } from '../workbook/backend';
import type { ColumnMapping, InspectResult } from '../workbook/mapping';
import { CheckEntry, CheckView, RegisterFound, checkView, findRegisterGrid, monthModel, policyLoad, policyOf, registerReadOptions, readViewOf, surveyOf, ReadView } from '../workbook/model';
import type { ReportModel } from '../core/report/model';
import {
  inspectActiveSheet, officeErrorMessage, readPolicyRows, selectCell, setUpNewRegister, setUpRegister, writePolicySheet,
} from './adapter';
import { writeReportSheets } from './report-writer';
import { WorkbookRead, readRegisterTops, readWorkbook } from './register-read';
import { consolidatedMonthModel, readRegisterSheets, registerSheetNames } from '../workbook/consolidate';

async function run<T>(f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(f);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new Error(officeErrorMessage(e));
  }
}

/** Base64 of bytes without a stack-busting spread (Excel.createWorkbook wants base64). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The register of a workbook read with its saved mapping and the policy's tiers, or the one line saying why there is none. */
function registerOf(wb: WorkbookRead): RegisterFound {
  const reg = findRegisterGrid(wb.candidates, wb.hint, wb.aliases, optionsOf(wb));
  if (!reg.ok) throw new Error(reg.error);
  return reg.value;
}

/** The read options of a workbook read: its saved 列映射 and the policy's tiers. */
function optionsOf(wb: WorkbookRead) {
  const opts = registerReadOptions(wb.mappingRows, policyOf(wb.policyRows));
  if (!opts.ok) throw new Error(opts.error);
  return opts.value;
}

const aliasesOf = (wb: WorkbookRead) => (sheet: string) => (sheet === wb.state.register?.sheet ? wb.aliases : {});

/** The period's report model of a workbook read: of its register, of the one sheet chosen, or consolidated over the sheets chosen. */
function modelOf(wb: WorkbookRead, period: Period, includeContacts: boolean, asOf: Stamp | undefined, sheets?: readonly string[]): ReportModel {
  const common = { policy: policyOf(wb.policyRows), survey: surveyOf(wb.surveyRows), period, asOf: asOf ?? period.end, includeContacts };
  let model;
  if (sheets?.length) {
    const regs = readRegisterSheets(wb.candidates, sheets, aliasesOf(wb), optionsOf(wb));
    if (!regs.ok) throw new Error(regs.error);
    model = regs.value.length > 1 ? consolidatedMonthModel({ ...common, regs: regs.value, workbook: 'Excel' }) : monthModel({ ...common, reg: regs.value[0], registerLabel: regs.value[0].sheet });
  } else {
    const reg = registerOf(wb);
    model = monthModel({ ...common, reg, registerLabel: reg.sheet });
  }
  if (!model.ok) throw new Error(model.error);
  return model.value;
}

/** The sheets to read for an operation: the chosen ones, else (none chosen) the register. */
const toRead = (sheets?: readonly string[]) => (sheets?.length ? sheets : undefined);

export class OfficeBackend implements WorkbookBackend {
  readonly kind = 'excel' as const;
  readonly label = 'Excel';

  /** `download` saves the exported workbook where Excel cannot open it as a new workbook. */
  constructor(private readonly download: Download) {}

  inspect(): Promise<InspectResult> {
    return run((ctx) => inspectActiveSheet(ctx));
  }

  async setUpNew(policy: Policy, ctx: OpContext): Promise<string> {
    ctx.progress(undefined, 'setup');
    const plan = await run((c) => setUpNewRegister(c, policy, ctx.signal));
    return `${plan.sheet}: ${plan.tableRange}`;
  }

  async adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<string> {
    ctx.progress(undefined, 'setup');
    const plan = await run((c) => setUpRegister(c, { policy, preview, columns }, ctx.signal));
    return `${plan.sheet}: ${plan.tableRange} (${plan.formulas.length} computed columns, ${plan.validations.length} lists)`;
  }

  async readPolicy(): Promise<PolicyLoad> {
    const rows = await run((ctx) => readPolicyRows(ctx));
    return policyLoad(rows);
  }

  async writePolicy(policy: Policy): Promise<string> {
    await run((ctx) => writePolicySheet(ctx, policy));
    return '投诉政策 ✓';
  }

  async check(asOf: Stamp, ctx: OpContext): Promise<CheckView> {
    ctx.progress(undefined, 'read');
    const wb = await run((c) => readWorkbook(c, ctx.signal));
    const v = checkView(registerOf(wb), policyOf(wb.policyRows), asOf);
    if (!v.ok) throw new Error(v.error);
    return v.value;
  }

  async whatIsRead(ctx: OpContext): Promise<ReadView> {
    ctx.progress(undefined, 'read');
    const wb = await run((c) => readWorkbook(c, ctx.signal));
    return readViewOf(registerOf(wb), policyOf(wb.policyRows));
  }

  select(entry: CheckEntry): Promise<void> {
    return run((ctx) => selectCell(ctx, entry.sheet, entry.row, entry.col ?? 0));
  }

  async registerSheets(ctx: OpContext): Promise<string[]> {
    ctx.progress(undefined, 'read');
    const wb = await run((c) => readRegisterTops(c, ctx.signal));
    return registerSheetNames(wb.candidates, aliasesOf(wb), optionsOf(wb));
  }

  async generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<string> {
    ctx.progress(0.1, 'read');
    const out = await run(async (c) => {
      const wb = await readWorkbook(c, ctx.signal, toRead(sheets));
      ctx.progress(0.4, 'figures');
      const model = modelOf(wb, period, includeContacts, asOf, sheets);
      ctx.progress(0.6, 'write');
      return writeReportSheets(c, model, wb.state, ctx.signal);
    });
    ctx.progress(1, 'done');
    const renamed = out.renamed.map((r) => `${r.wanted} → ${r.used}`).join(', ');
    return `${out.sheets.join(', ')}${renamed ? ` (${renamed})` : ''}; ${out.charts} charts`;
  }

  async exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<string> {
    ctx.progress(0.1, 'read');
    const model = modelOf(await run((c) => readWorkbook(c, ctx.signal, toRead(sheets))), period, includeContacts, asOf, sheets);
    ctx.progress(0.5, 'write');
    // exceljs is loaded only when a workbook is exported: it is most of the pane's code and the first paint has a budget.
    const { appraisalWorkbook } = await import(/* webpackChunkName: "appraisal-workbook" */ '../export/appraisal-workbook');
    const bytes = new Uint8Array((await appraisalWorkbook(model).xlsx.writeBuffer()) as ArrayBuffer);
    const name = `appraisal-${period.label}.xlsx`;
    if (ctx.signal.aborted) throw new DOMException('cancelled', 'AbortError');
    const canCreate = typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported?.('ExcelApi', '1.8');
    if (canCreate) {
      try {
        await Excel.createWorkbook(toBase64(bytes));
        ctx.progress(1, 'done');
        return `${name} → new workbook`;
      } catch (e) {
        throw new Error(officeErrorMessage(e));
      }
    }
    this.download(name, bytes);
    ctx.progress(1, 'done');
    return `${name} ↓`;
  }
}
