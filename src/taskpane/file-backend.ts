// The workbook backend outside Excel: an .xlsx the user picked (or the demo register), held in
// memory with exceljs in the browser. Everything but live custom functions works: the computed
// columns hold values worked out now, and results download as .xlsx.
import ExcelJS from 'exceljs';
import type { Policy } from '../core/policy/types';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import { checkRegister } from '../core/check';
import { STATUS_LABELS } from '../core/sla';
import { CellValue } from '../core/register/cells';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../core/demo/generate';
import { preset } from '../core/policy/presets';
import { sheetGrid } from '../export/read-workbook';
import { addPolicySheet, addRegisterSheet } from '../export/write-register';
import { appraisalWorkbook } from '../export/appraisal-workbook';
import {
  ColumnMapping, DATETIME_FORMAT, NEW_REGISTER_HEADERS, REGISTER_SHEET, previewAdopt, setupPlan, columnLetter, a1Range, computedColumns,
  OVERDUE_FILL, DUE_SOON_FILL, STATUS_OVERDUE, STATUS_DUE_SOON, headerAliases,
} from '../excel/plan';
import type { InspectResult } from '../excel/adapter';
import { Aliases, CheckEntry, CheckView, GridSheet, checkView, monthModel, policyOf, policyProblemsText, readRegisterGrid, surveyOf, POLICY_SHEET, SURVEY_SHEET } from '../excel/workbook-model';
import { OpContext, PolicyLoad, WorkbookBackend, downloadBytes } from './backend';
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

  constructor(private readonly wb: ExcelJS.Workbook, readonly label: string) {}

  static async open(name: string, data: ArrayBuffer): Promise<FileBackend> {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data);
    } catch (e) {
      throw new Error(`无法读取 ${name}：不是有效的 .xlsx 文件 (cannot read ${name}: ${(e as Error).message})`);
    }
    return new FileBackend(wb, name);
  }

  /** The demo register (320 complaints, the severity policy, a survey), as `complaints demo` writes it. */
  static demo(): FileBackend {
    const demo = demoRegister();
    const wb = new ExcelJS.Workbook();
    addRegisterSheet(wb, demo.headers, demo.rows);
    addPolicySheet(wb, preset('severity')!);
    addRegisterSheet(wb, DEMO_SURVEY_HEADERS, demoSurvey(), SURVEY_SHEET);
    return new FileBackend(wb, 'demo-register.xlsx');
  }

  private registerWorksheet(): ExcelJS.Worksheet {
    const named = this.registerSheet ? this.wb.getWorksheet(this.registerSheet) : undefined;
    if (named) return named;
    for (const ws of this.wb.worksheets) {
      if (ws.name === POLICY_SHEET || ws.name === SURVEY_SHEET) continue;
      if (readRegisterGrid(grid(ws)).ok) return ws;
    }
    const first = this.wb.worksheets.find((w) => w.name !== POLICY_SHEET && w.name !== SURVEY_SHEET);
    if (!first) throw new Error('工作簿中没有工作表 (the workbook has no sheet)');
    return first;
  }

  async inspect(): Promise<InspectResult> {
    const ws = this.registerWorksheet();
    const g = grid(ws);
    if (!g.rows.length) throw new Error(`「${ws.name}」是空表 (the sheet is empty)`);
    const width = Math.max(...g.rows.slice(0, 10).map((r) => r.length));
    const top = g.rows.slice(0, 10).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    const p = previewAdopt(ws.name, top, 0, 0, g.rows.length - 1);
    return { ...p, headers: (top[p.headerRow] ?? []).map((v) => (v === null || v === undefined ? '' : String(v).trim())) };
  }

  async setUpNew(policy: Policy, ctx: OpContext): Promise<string> {
    let name = REGISTER_SHEET;
    for (let i = 2; this.wb.getWorksheet(name); i++) name = `${REGISTER_SHEET} (${i})`;
    addRegisterSheet(this.wb, [...NEW_REGISTER_HEADERS], [], name);
    const preview = await this.inspectSheet(name);
    return this.adopt(preview, preview.columns, policy, ctx);
  }

  private async inspectSheet(name: string): Promise<InspectResult> {
    this.registerSheet = name;
    return this.inspect();
  }

  async adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<string> {
    const ws = this.wb.getWorksheet(preview.sheet);
    if (!ws) throw new Error(`no sheet ${preview.sheet}`);
    ctx.progress(0.1, 'plan');
    const plan = setupPlan({ sheet: preview.sheet, headerRow: preview.headerRow, firstCol: preview.firstCol, headers: preview.headers, lastRow: preview.lastRow, columns, policy });
    this.registerSheet = preview.sheet;
    this.aliases = headerAliases(columns);
    for (const c of columns) if (!c.field && preview.columns.find((x) => x.col === c.col)?.field) this.aliases[c.header] = null;
    for (const h of plan.newHeaders) {
      const cell = ws.getCell(preview.headerRow + 1, h.col + 1);
      cell.value = h.header;
      cell.font = { bold: true };
    }
    // Custom functions do not run outside Excel: the computed columns get today's values.
    await tick();
    cancelled(ctx);
    ctx.progress(0.4, 'compute');
    const reg = readRegisterGrid(grid(ws), this.aliases);
    const policyResult = policyOf(this.policyRows());
    if (reg.ok && policyResult.result.ok) {
      const report = checkRegister(reg.value.read, policyResult.result.value, wallClockNow());
      const cp = policyResult.result.value;
      const cols = computedColumns(policy);
      for (const r of report.rows) {
        const row = ws.getRow(r.row);
        plan.formulas.forEach((f, i) => {
          const what = cols[i].what;
          const cell = row.getCell(f.col + 1);
          if (what.kind === 'tier') cell.value = cp.policy.tiers.find((t) => t.key === r.tier)?.zh ?? '';
          else if (what.kind === 'status') cell.value = STATUS_LABELS[r.status].zh;
          else {
            const d = r.due[what.milestone];
            cell.value = d ? toDate(d) : null;
          }
        });
      }
    }
    ctx.progress(0.8, 'format');
    for (const c of plan.dateColumns) {
      for (let r = plan.firstDataRow; r <= plan.lastDataRow; r++) ws.getCell(r + 1, c + 1).numFmt = DATETIME_FORMAT;
    }
    for (const v of plan.validations) {
      const letter = columnLetter(v.col + 1);
      const ref = `${letter}${plan.firstDataRow + 1}:${letter}${Math.max(plan.lastDataRow + 1, plan.firstDataRow + 500)}`;
      (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(ref, {
        type: 'list', allowBlank: true, formulae: [`"${v.list.join(',')}"`], showErrorMessage: v.alert !== 'none', errorStyle: v.alert === 'stop' ? 'stop' : 'warning',
      });
    }
    const statusCol = plan.formulas[plan.formulas.length - 1].col;
    const ref = a1Range(plan.firstDataRow, preview.firstCol, plan.lastDataRow, plan.formulas[plan.formulas.length - 1].col);
    const s = `$${columnLetter(statusCol + 1)}${plan.firstDataRow + 1}`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        { type: 'expression', priority: 1, formulae: [`${s}="${STATUS_OVERDUE}"`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${OVERDUE_FILL.slice(1)}` } } } },
        { type: 'expression', priority: 2, formulae: [`${s}="${STATUS_DUE_SOON}"`], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${DUE_SOON_FILL.slice(1)}` } } } },
      ],
    });
    ctx.progress(1, 'done');
    return `${preview.sheet}: ${plan.validations.length} validation lists, ${plan.formulas.length} computed columns (values as of now; live formulas need Excel)`;
  }

  private policyRows(): CellValue[][] | undefined {
    const ws = this.wb.getWorksheet(POLICY_SHEET);
    return ws ? sheetGrid(ws).rows : undefined;
  }

  async readPolicy(): Promise<PolicyLoad> {
    const rows = this.policyRows();
    const lp = policyOf(rows);
    return { policy: lp.result.ok ? lp.result.value.policy : undefined, source: rows ? 'sheet' : 'preset', problems: policyProblemsText(lp) };
  }

  async writePolicy(policy: Policy): Promise<string> {
    const old = this.wb.getWorksheet(POLICY_SHEET);
    if (old) this.wb.removeWorksheet(old.id);
    addPolicySheet(this.wb, policy);
    return `${POLICY_SHEET} ✓`;
  }

  private registerFound() {
    const reg = readRegisterGrid(grid(this.registerWorksheet()), this.aliases);
    if (!reg.ok) throw new Error(reg.error);
    return reg.value;
  }

  async check(asOf: Stamp, ctx: OpContext): Promise<CheckView> {
    ctx.progress(undefined, 'read');
    await tick();
    const reg = this.registerFound();
    cancelled(ctx);
    const v = checkView(reg, policyOf(this.policyRows()), asOf);
    if (!v.ok) throw new Error(v.error);
    return v.value;
  }

  async select(_entry: CheckEntry): Promise<void> {
    // No sheet to select in: the page shows the row and column.
  }

  private async build(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext): Promise<{ name: string; bytes: ArrayBuffer; sheets: string[] }> {
    ctx.progress(0.1, 'read');
    await tick();
    const reg = this.registerFound();
    cancelled(ctx);
    ctx.progress(0.4, 'figures');
    await tick();
    const survey = this.wb.getWorksheet(SURVEY_SHEET);
    const model = monthModel({ reg, policy: policyOf(this.policyRows()), survey: surveyOf(survey ? sheetGrid(survey).rows : undefined), period, asOf: asOf ?? period.end, includeContacts, registerLabel: `${this.label} [${reg.sheet}]` });
    if (!model.ok) throw new Error(model.error);
    cancelled(ctx);
    ctx.progress(0.7, 'write');
    await tick();
    const bytes = (await appraisalWorkbook(model.value).xlsx.writeBuffer()) as ArrayBuffer;
    cancelled(ctx);
    ctx.progress(1, 'done');
    return { name: `appraisal-${period.label}.xlsx`, bytes, sheets: model.value.sheets.map((s) => s.name) };
  }

  async generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext): Promise<string> {
    const out = await this.build(period, includeContacts, asOf, ctx);
    downloadBytes(out.name, out.bytes);
    return `${out.name}: ${out.sheets.join(', ')}`;
  }

  exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext): Promise<string> {
    return this.generate(period, includeContacts, asOf, ctx);
  }

  async save(): Promise<string> {
    const bytes = (await this.wb.xlsx.writeBuffer()) as ArrayBuffer;
    const name = this.label.replace(/\.xlsx$/i, '') + '-登记表.xlsx';
    downloadBytes(name, bytes);
    return name;
  }
}

/** "2026-11-04" or "2026-11-04T14:00" as a Date carrying that wall clock in its UTC fields. */
function toDate(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (!m) return new Date(NaN);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], m[4] ? +m[4] : 0, m[5] ? +m[5] : 0));
}
