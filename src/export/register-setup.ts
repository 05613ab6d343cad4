// Applies a register set-up plan (src/workbook/setup-plan.ts) to an exceljs worksheet: the same
// plan src/excel/adapter.ts applies through Office.js. A file has no live custom functions, so
// the computed columns get the values the caller worked out; and no table grows with the
// register, so lists reach EXTRA_ROWS below the last row for the rows the user adds next.
import ExcelJS from 'exceljs';
import { CellValue } from '../core/register/cells';
import { DATETIME_FORMAT, REGISTER_SHEET, SetupPlan } from '../workbook/setup-plan';
import { a1Range } from '../workbook/address';
import { argb } from '../workbook/style';
import { fitColumns } from './column-widths';

export const EXTRA_ROWS = 500;

/** One computed cell: 0-based sheet row and column, and its value. */
export interface ComputedCell {
  row: number;
  col: number;
  value: CellValue;
}

export function applySetupPlan(ws: ExcelJS.Worksheet, plan: SetupPlan, headerRow: number, computed: readonly ComputedCell[]): void {
  for (const h of plan.newHeaders) {
    const cell = ws.getCell(headerRow + 1, h.col + 1);
    cell.value = h.header;
    cell.font = { bold: true };
  }
  // Core's error value { error: '#N/A' } is exceljs' error cell shape; exceljs types it as a closed union.
  for (const c of computed) ws.getCell(c.row + 1, c.col + 1).value = (c.value ?? null) as ExcelJS.CellValue;
  for (const c of plan.dateColumns) {
    for (let r = plan.firstDataRow; r <= plan.lastDataRow; r++) ws.getCell(r + 1, c + 1).numFmt = DATETIME_FORMAT;
  }
  const lastListRow = Math.max(plan.lastDataRow, plan.firstDataRow + EXTRA_ROWS - 1);
  for (const v of plan.validations) {
    // exceljs' typings lack worksheet.dataValidations, which it reads and writes.
    (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(a1Range(plan.firstDataRow, v.col, lastListRow, v.col), {
      type: 'list', allowBlank: true, formulae: [`"${v.list.join(',')}"`], showErrorMessage: v.alert !== 'none', errorStyle: v.alert === 'stop' ? 'stop' : 'warning', errorTitle: REGISTER_SHEET, error: v.message,
    });
  }
  // Every column at least as wide as what it shows, the added ones included: the register opens
  // without "###" and with whole headers; a column the user made wider stays as it is.
  fitColumns(ws, Array.from({ length: ws.columnCount }, (_, i) => i + 1), true, headerRow + 1);
  plan.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{
        type: 'expression', priority: i + 1, formulae: [cf.formula.replace(/^=/, '')],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } }, font: { color: { argb: argb(cf.font) } } },
      }],
    });
  });
}
