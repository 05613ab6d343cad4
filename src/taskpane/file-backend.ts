// The workbook backend outside Excel: an .xlsx the user picked (or the demo register), held in
// memory with exceljs in the browser. Everything but live custom functions works: the computed
// columns hold values worked out now, and results download as .xlsx.
import ExcelJS from 'exceljs';
import type { Policy } from '../core/policy/types';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import { dateFromStamp } from '../core/time';
import { checkRegister } from '../core/check';
import { compilePolicy } from '../core/policy/compile';
import { STATUS_LABELS } from '../core/sla';
import { CellValue, parseDateTime } from '../core/register/cells';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../core/demo/generate';
import { preset } from '../core/policy/presets';
import { sheetGrid } from '../export/read-workbook';
import { addPolicySheet, addRegisterSheet } from '../export/write-register';
import { appraisalWorkbookBytes } from '../export/appraisal-workbook';
import { ComputedCell, applySetupPlan } from '../export/register-setup';
import { Aliases, ColumnMapping, InspectResult, headerAliases, previewAdopt } from '../workbook/mapping';
import { NEW_REGISTER_HEADERS, REGISTER_SHEET, SetupPlan, computedColumns, setupPlan } from '../workbook/setup-plan';
import { CheckEntry, CheckView, GridSheet, RegisterFound, findRegisterGrid, policyLoad, policyOf, readRegisterGrid, registerReadOptions, ReadView } from '../workbook/model';
import { ReadOptions } from '../core/register/read';
import { MAPPING_SHEET } from '../core/register/mapping';
import { registerCandidates } from '../core/workbook';
import type { StatusCard } from '../core/status';
import type { MonthSummary } from '../core/report/summary';
import { Result } from '../core/result';
import { POLICY_SHEET } from '../core/policy/table';
import { SURVEY_SHEET } from '../core/report/survey';
import type { Download, OpContext, PolicyLoad, WorkbookBackend } from '../workbook/backend';
import type { XlsxSource } from '../worker/protocol';
import { probeXlsx, readSmallSheet } from '../worker/xlsx-source';
import { CoreRunner, inlineRunner } from '../worker/runner';
import { wallClockNow } from '../core/now';

const cancelled = (ctx: OpContext) => {
  if (ctx.signal.aborted) throw new DOMException('cancelled', 'AbortError');
};
/** Lets the page paint the progress bar between steps. */
const tick = () => new Promise((r) => setTimeout(r, 0));

const grid = (ws: ExcelJS.Worksheet): GridSheet => ({ name: ws.name, rows: sheetGrid(ws).rows, firstRow: 0, firstCol: 0 });

export class FileBackend implements WorkbookBackend {
  readonly kind = 'file' as const;
  private registerSheet: string | undefined;
  private aliases: Aliases = {};
  /** The workbook as exceljs holds it: loaded only for what changes it (set-up, policy) or saves it. */
  private book: ExcelJS.Workbook | undefined;
  /** The workbook's bytes as the worker reads them; stale once `book` was changed (made again from it). */
  private bytes: Uint8Array | undefined;

  /**
   * `core` runs the reading, the check and the figures (a worker in the browser, in line in jest) on
   * the bytes, so a large register is never parsed on the pane's thread.
   */
  private constructor(source: { bytes: Uint8Array } | { book: ExcelJS.Workbook }, readonly label: string, private readonly download: Download, private readonly core: CoreRunner = inlineRunner) {
    if ('bytes' in source) this.bytes = source.bytes;
    else this.book = source.book;
  }

  /** A picked file: refused at once, with one line, when it is not an .xlsx (read by the reader, not loaded whole). */
  static async open(name: string, data: ArrayBuffer, download: Download, core?: CoreRunner): Promise<FileBackend> {
    const bytes = new Uint8Array(data);
    await probeXlsx(name, bytes);
    return new FileBackend({ bytes }, name, download, core);
  }

  /** The demo register (320 complaints, the severity policy, a survey), as `complaints demo` writes it. */
  static demo(download: Download, core?: CoreRunner): FileBackend {
    const demo = demoRegister();
    const wb = new ExcelJS.Workbook();
    addRegisterSheet(wb, demo.headers, demo.rows);
    addPolicySheet(wb, preset('severity')!);
    addRegisterSheet(wb, DEMO_SURVEY_HEADERS, demoSurvey(), SURVEY_SHEET);
    return new FileBackend({ book: wb }, 'demo-register.xlsx', download, core);
  }

  private get wb(): ExcelJS.Workbook {
    if (!this.book) throw new Error('the workbook is not loaded');
    return this.book;
  }

  /** exceljs' workbook of the bytes, loaded on first use. */
  private async load(): Promise<ExcelJS.Workbook> {
    if (this.book) return this.book;
    const wb = new ExcelJS.Workbook();
    try {
      const b = this.bytes as Uint8Array;
      await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    } catch (e) {
      throw new Error(`无法读取 ${this.label}：不是有效的 .xlsx 文件 (cannot read ${this.label}: ${(e as Error).message})`);
    }
    return (this.book = wb);
  }

  /** Called after every change to the exceljs workbook: the worker must read it as it is now. */
  private changed(): void {
    this.bytes = undefined;
  }

  /** The bytes as they are now (written again from exceljs after a change). */
  private async current(): Promise<Uint8Array> {
    this.bytes ??= new Uint8Array((await this.wb.xlsx.writeBuffer()) as ArrayBuffer);
    return this.bytes;
  }

  /** The workbook for the worker: its bytes, the sheet set up as the register and its corrections; `sheets` to consolidate. */
  private async source(sheets?: readonly string[]): Promise<XlsxSource> {
    return {
      xlsx: await this.current(), hint: sheets ? {} : { named: this.registerSheet }, aliases: this.aliases, aliasesSheet: this.registerSheet,
      workbook: this.label, qualify: true, sheets,
    };
  }

  /** The sheets that may be the register, read as grids, in the order core's rule tries them. */
  private candidates(): GridSheet[] {
    const names = registerCandidates(this.wb.worksheets.map((w) => w.name), { named: this.registerSheet });
    return names.map((n) => grid(this.wb.getWorksheet(n) as ExcelJS.Worksheet));
  }

  /** The saved 列映射 sheet and the policy's tiers, as `complaints check` reads the file. */
  private readOptions(): Result<ReadOptions> {
    const ws = this.wb.getWorksheet(MAPPING_SHEET);
    return registerReadOptions(ws ? sheetGrid(ws).rows : undefined, policyOf(this.policyRows()));
  }

  private registerFound(): Result<RegisterFound> {
    const opts = this.readOptions();
    return opts.ok ? findRegisterGrid(this.candidates(), { named: this.registerSheet }, this.aliases, opts.value) : opts;
  }

  /** The sheet to adopt: the register when one reads as such, else the first sheet that may be one. */
  private sheetToAdopt(): GridSheet {
    const cands = this.candidates();
    const found = this.registerFound();
    const g = found.ok ? cands.find((c) => c.name === found.value.sheet) : cands[0];
    if (!g) throw new Error('工作簿中没有可作登记表的工作表 (the workbook has no sheet that could be the register)');
    return g;
  }

  async inspect(): Promise<InspectResult> {
    await this.load();
    const g = this.sheetToAdopt();
    if (!g.rows.length) throw new Error(`「${g.name}」是空表 (the sheet is empty)`);
    const width = Math.max(...g.rows.slice(0, 10).map((r) => r.length));
    const top = g.rows.slice(0, 10).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    const p = previewAdopt(g.name, top, 0, 0, g.rows.length - 1);
    return { ...p, headers: (top[p.headerRow] ?? []).map((v) => (v === null || v === undefined ? '' : String(v).trim())) };
  }

  async setUpNew(policy: Policy, ctx: OpContext): Promise<string> {
    await this.load();
    let name = REGISTER_SHEET;
    for (let i = 2; this.wb.getWorksheet(name); i++) name = `${REGISTER_SHEET} (${i})`;
    addRegisterSheet(this.wb, [...NEW_REGISTER_HEADERS], [], name);
    this.changed();
    const preview = await this.inspectSheet(name);
    return this.adopt(preview, preview.columns, policy, ctx);
  }

  private async inspectSheet(name: string): Promise<InspectResult> {
    this.registerSheet = name;
    return this.inspect();
  }

  async adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<string> {
    await this.load();
    const ws = this.wb.getWorksheet(preview.sheet);
    if (!ws) throw new Error(`「${preview.sheet}」不存在 (no sheet ${preview.sheet})`);
    ctx.progress(0.1, 'plan');
    const plan = setupPlan({ sheet: preview.sheet, headerRow: preview.headerRow, firstCol: preview.firstCol, headers: preview.headers, lastRow: preview.lastRow, columns, policy });
    this.registerSheet = preview.sheet;
    this.aliases = headerAliases(columns);
    for (const c of columns) if (!c.field && preview.columns.find((x) => x.col === c.col)?.field) this.aliases[c.header] = null;
    await tick();
    cancelled(ctx);
    ctx.progress(0.4, 'compute');
    applySetupPlan(ws, plan, preview.headerRow, this.computedNow(ws, plan, policy));
    this.changed();
    ctx.progress(1, 'done');
    return `${preview.sheet}: ${plan.validations.length} validation lists, ${plan.formulas.length} computed columns (values as of now; live formulas need Excel)`;
  }

  /** Custom functions do not run outside Excel: the computed columns get the values worked out now. */
  private computedNow(ws: ExcelJS.Worksheet, plan: SetupPlan, policy: Policy): ComputedCell[] {
    const opts = this.readOptions();
    const reg = readRegisterGrid(grid(ws), this.aliases, opts.ok ? opts.value : {});
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

  private policyRows(): CellValue[][] | undefined {
    const ws = this.wb.getWorksheet(POLICY_SHEET);
    return ws ? sheetGrid(ws).rows : undefined;
  }

  async readPolicy(): Promise<PolicyLoad> {
    // Before anything was changed the small policy sheet is read from the bytes, not the whole workbook into exceljs.
    const rows = this.book ? this.policyRows() : await readSmallSheet(this.label, this.bytes as Uint8Array, POLICY_SHEET);
    return policyLoad(rows);
  }

  async writePolicy(policy: Policy): Promise<string> {
    await this.load();
    const old = this.wb.getWorksheet(POLICY_SHEET);
    if (old) this.wb.removeWorksheet(old.id);
    addPolicySheet(this.wb, policy);
    this.changed();
    return `${POLICY_SHEET} ✓`;
  }

  /** Fills empty 编号 cells in the file (download it with save), as text: exceljs numFmt "@". */
  async fillIds(now: Stamp, ctx: OpContext): Promise<string> {
    ctx.progress(undefined, 'read');
    await tick();
    const plan = await this.core.run({ kind: 'id-plan', wb: await this.source(), now }, ctx);
    cancelled(ctx);
    await this.load();
    const ws = this.wb.getWorksheet(plan.sheet) as ExcelJS.Worksheet;
    for (const c of plan.cells) {
      const cell = ws.getCell(c.row, plan.col + 1);
      cell.numFmt = '@';
      cell.value = c.id;
    }
    this.changed();
    return `编号 +${plan.cells.length}`;
  }

  async check(asOf: Stamp, ctx: OpContext): Promise<CheckView> {
    ctx.progress(undefined, 'read');
    await tick();
    return this.core.run({ kind: 'check', wb: await this.source(), asOf }, ctx);
  }

  async whatIsRead(ctx: OpContext): Promise<ReadView> {
    ctx.progress(undefined, 'read');
    await tick();
    return this.core.run({ kind: 'read-view', wb: await this.source() }, ctx);
  }

  async select(_entry: CheckEntry): Promise<void> {
    // No sheet to select in: the page shows the row and column.
  }

  async registerSheets(ctx: OpContext): Promise<string[]> {
    ctx.progress(undefined, 'read');
    await tick();
    return this.core.run({ kind: 'register-sheets', wb: { ...(await this.source()), hint: {} } }, ctx);
  }

  private async build(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<{ name: string; bytes: ArrayBuffer; sheets: string[] }> {
    ctx.progress(undefined, 'read');
    await tick();
    const chosen = sheets?.length ? sheets : undefined;
    const model = await this.core.run({ kind: 'month', wb: await this.source(chosen), period, includeContacts, asOf, sheets: chosen }, ctx);
    cancelled(ctx);
    ctx.progress(0.9, 'write');
    await tick();
    const written = await appraisalWorkbookBytes(model);
    const bytes = written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer;
    cancelled(ctx);
    ctx.progress(1, 'done');
    return { name: `appraisal-${period.label}.xlsx`, bytes, sheets: model.sheets.map((s) => s.name) };
  }

  async generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<string> {
    const out = await this.build(period, includeContacts, asOf, ctx, sheets);
    this.download(out.name, out.bytes);
    return `${out.name}: ${out.sheets.join(', ')}`;
  }

  exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<string> {
    return this.generate(period, includeContacts, asOf, ctx, sheets);
  }

  async save(): Promise<string> {
    await this.load();
    const bytes = await this.current();
    const name = this.label.replace(/\.xlsx$/i, '') + '-登记表.xlsx';
    this.download(name, bytes);
    return name;
  }

  // The pane's home card and monthly figures, by the core worker (workbook/pane-views.ts) on the bytes held here.
  async status(asOf: Stamp, ctx: OpContext): Promise<StatusCard> {
    ctx.progress(undefined, 'read');
    await tick();
    return this.core.run({ kind: 'status', wb: await this.source(), asOf }, ctx);
  }

  async monthSummary(period: Period, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<MonthSummary> {
    ctx.progress(undefined, 'figures');
    await tick();
    const chosen = sheets?.length ? sheets : undefined;
    return this.core.run({ kind: 'month-summary', wb: await this.source(chosen), period, asOf, sheets: chosen }, ctx);
  }
}

/** A deadline as a Date carrying its wall clock in the UTC fields (what exceljs writes), else as it is. */
function dateCell(text: string | undefined): CellValue {
  if (text === undefined) return null;
  const t = parseDateTime(text);
  return t.ok && t.value !== undefined ? dateFromStamp(t.value) : text;
}
