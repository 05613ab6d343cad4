// Writes a register workbook (the demo, test fixtures): the 投诉登记表 sheet and a 投诉政策 sheet.
import ExcelJS from 'exceljs';
import { CellValue } from '../core/register/cells';
import { matchHeader } from '../core/register/headers';
import { FIELD_BY_KEY } from '../core/register/fields';
import { Policy } from '../core/policy/types';
import { POLICY_SHEET, policyToTable } from '../core/policy/table';
import { DATETIME_FORMAT, REGISTER_SHEET } from '../workbook/setup-plan';
import { fitColumns } from './column-widths';

export function addRegisterSheet(wb: ExcelJS.Workbook, headers: string[], rows: CellValue[][], name = REGISTER_SHEET): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(headers);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  headers.forEach((h, i) => {
    const k = matchHeader(h);
    if (k && FIELD_BY_KEY[k].type === 'datetime') ws.getColumn(i + 1).numFmt = DATETIME_FORMAT;
  });
  fitColumns(ws, headers.map((_, i) => i + 1));
  return ws;
}

export function addPolicySheet(wb: ExcelJS.Workbook, policy: Policy): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(POLICY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const r of policyToTable(policy)) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  fitColumns(ws, policyToTable(policy)[0].map((_, i) => i + 1));
  return ws;
}
