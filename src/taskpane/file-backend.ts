// The workbook backend outside Excel: an .xlsx the user picked (or the demo register), held in
// memory as its bytes. The core worker reads them, the file worker (src/export/file-jobs.ts)
// changes them with exceljs, so the page thread never loads exceljs. Everything but live custom
// functions works: the computed columns hold values worked out now, and results download as .xlsx.
import type { Policy } from '../core/policy/types';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import { Aliases, ColumnMapping, InspectResult, headerAliases } from '../workbook/mapping';
import { CheckEntry, CheckView, policyLoad, ReadView } from '../workbook/model';
import type { StatusCard } from '../core/status';
import type { MonthSummary } from '../core/report/summary';
import { POLICY_SHEET } from '../core/policy/table';
import { msg } from '../core/messages';
import type { Msg } from '../core/messages';
import type { Download, OpContext, PolicyLoad, WorkbookBackend } from '../workbook/backend';
import type { XlsxSource } from '../worker/protocol';
import { probeXlsx, readSmallSheet } from '../worker/xlsx-source';
import { CoreRunner, inlineRunner } from '../worker/runner';
import { FileRunner, inlineFileRunner } from './file-runner';
import type { RegisterAt } from '../export/file-jobs';

const cancelled = (ctx: OpContext) => {
  if (ctx.signal.aborted) throw new DOMException('cancelled', 'AbortError');
};
/** Lets the page paint the progress bar between steps. */
const tick = () => new Promise((r) => setTimeout(r, 0));
/** What the demo's making runs under: nothing cancels it. */
const quiet: OpContext = { signal: new AbortController().signal, progress: () => undefined };

export class FileBackend implements WorkbookBackend {
  readonly kind = 'file' as const;
  private registerSheet: string | undefined;
  private aliases: Aliases = {};
  /**
   * The workbook: its bytes, all the pane holds. The core worker reads them (check, figures); the
   * file worker changes them (set-up, policy, ids) and gives back new bytes, which replace these
   * only once complete, so a cancelled or failed change leaves the workbook as it was.
   */
  private bytes: Promise<Uint8Array>;

  /**
   * `core` runs the reading, the check and the figures, `files` the changes and the downloads made
   * with exceljs (workers in the browser, in line in jest), so neither a large register nor exceljs
   * is ever on the pane's thread.
   */
  private constructor(bytes: Promise<Uint8Array>, readonly label: string, private readonly download: Download, private readonly core: CoreRunner = inlineRunner, private readonly files: FileRunner = inlineFileRunner) {
    this.bytes = bytes;
    // Awaited by every operation; a demo that could not be made says so there, not as an unhandled rejection.
    bytes.catch(() => undefined);
  }

  /** A picked file: refused at once, with one line, when it is not an .xlsx (read by the reader, not loaded whole). */
  static async open(name: string, data: ArrayBuffer, download: Download, core?: CoreRunner, files?: FileRunner): Promise<FileBackend> {
    const bytes = new Uint8Array(data);
    await probeXlsx(name, bytes);
    return new FileBackend(Promise.resolve(bytes), name, download, core, files);
  }

  /** The demo register (320 complaints, the severity policy, a survey), as `complaints demo` writes it: made by the file worker. */
  static demo(download: Download, core?: CoreRunner, files: FileRunner = inlineFileRunner): FileBackend {
    return new FileBackend(files.run({ kind: 'demo' }, quiet, 'demo-register.xlsx'), 'demo-register.xlsx', download, core, files);
  }

  /** The bytes as they are now. */
  private current(): Promise<Uint8Array> {
    return this.bytes;
  }

  private at(): RegisterAt {
    return { sheet: this.registerSheet, aliases: this.aliases };
  }

  /** The workbook for the worker: its bytes, the sheet set up as the register and its corrections; `sheets` to consolidate. */
  private async source(sheets?: readonly string[]): Promise<XlsxSource> {
    return {
      xlsx: await this.current(), hint: sheets ? {} : { named: this.registerSheet }, aliases: this.aliases, aliasesSheet: this.registerSheet,
      workbook: this.label, qualify: true, sheets,
    };
  }

  async inspect(): Promise<InspectResult> {
    return this.files.run({ kind: 'inspect', xlsx: await this.current(), at: this.at() }, quiet, this.label);
  }

  async setUpNew(policy: Policy, ctx: OpContext): Promise<Msg> {
    ctx.progress(undefined, 'compute');
    const made = await this.files.run({ kind: 'set-up-new', xlsx: await this.current(), policy }, ctx, this.label);
    cancelled(ctx);
    this.bytes = Promise.resolve(made.xlsx);
    this.registerSheet = made.preview.sheet;
    return this.adopt(made.preview, made.preview.columns, policy, ctx);
  }

  async adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<Msg> {
    ctx.progress(0.1, 'plan');
    const aliases: Aliases = headerAliases(columns);
    for (const c of columns) if (!c.field && preview.columns.find((x) => x.col === c.col)?.field) aliases[c.header] = null;
    await tick();
    cancelled(ctx);
    ctx.progress(0.4, 'compute');
    const out = await this.files.run({ kind: 'adopt', xlsx: await this.current(), preview, columns, policy, at: { sheet: preview.sheet, aliases } }, ctx, this.label);
    // The new bytes, the sheet and its corrections, all at once: a Cancel before this changed nothing.
    this.bytes = Promise.resolve(out.xlsx);
    this.registerSheet = preview.sheet;
    this.aliases = aliases;
    ctx.progress(1, 'done');
    return out.message;
  }

  async readPolicy(): Promise<PolicyLoad> {
    // The small policy sheet is read from the bytes by the reader, not the whole workbook into exceljs.
    return policyLoad(await readSmallSheet(this.label, await this.current(), POLICY_SHEET));
  }

  async writePolicy(policy: Policy): Promise<Msg> {
    this.bytes = Promise.resolve(await this.files.run({ kind: 'write-policy', xlsx: await this.current(), policy }, quiet, this.label));
    return msg('done.policySaved', { sheet: POLICY_SHEET });
  }

  /** Fills empty 编号 cells in the file (download it with save), as text: exceljs numFmt "@". */
  async fillIds(now: Stamp, ctx: OpContext): Promise<Msg> {
    ctx.progress(undefined, 'read');
    await tick();
    const plan = await this.core.run({ kind: 'id-plan', wb: await this.source(), now }, ctx);
    cancelled(ctx);
    ctx.progress(0.9, 'write');
    this.bytes = Promise.resolve(await this.files.run({ kind: 'fill-ids', xlsx: await this.current(), plan }, ctx, this.label));
    return msg('done.ids', { n: plan.cells.length });
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
    const written = await this.files.run({ kind: 'appraisal', model }, ctx, this.label);
    const bytes = written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength) as ArrayBuffer;
    cancelled(ctx);
    ctx.progress(1, 'done');
    return { name: `appraisal-${period.label}.xlsx`, bytes, sheets: model.sheets.map((s) => s.name) };
  }

  async generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<Msg> {
    const out = await this.build(period, includeContacts, asOf, ctx, sheets);
    this.download(out.name, out.bytes);
    return msg('done.downloadedSheets', { name: out.name, sheets: out.sheets.join(', ') });
  }

  exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<Msg> {
    return this.generate(period, includeContacts, asOf, ctx, sheets);
  }

  async save(): Promise<string> {
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
