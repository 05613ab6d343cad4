// Issue 15: the pane reads a register as `complaints check` does. One workbook — a CRM export whose
// headers are synonyms only (编码, 客户, 开始日期, 服务人员, 紧急程度), a column named only by the
// workbook's 列映射 sheet (处理完成 = resolved) and a value word of its own (红色 → 重大投诉) — is read
// by the CLI engine (runCheck over the streaming reader), by the Office backend on the strict fake
// and by the browser's FileBackend. All three must find the same complaints, tiers and statuses.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { StrictExcel } from './helpers/excel-strict';
import { OfficeBackend } from '../src/excel/office-backend';
import { FileBackend } from '../src/taskpane/file-backend';
import { runCheck } from '../src/cli/check';
import type { CheckView } from '../src/workbook/model';
import type { OpContext } from '../src/workbook/backend';
import type { CellValue } from '../src/core/register/cells';
import { MAPPING_SHEET } from '../src/core/register/mapping';
import { at } from './helpers/build';

const ctx: OpContext = { signal: new AbortController().signal, progress: () => undefined };
const AS_OF = '2026-11-20 10:00';
/** A wall-clock time as exceljs writes it (the wall clock in the UTC fields). */
const d = (s: string) => new Date(`${s.replace(' ', 'T')}:00Z`);

const REGISTER: CellValue[][] = [
  ['编码', '投诉主题', '客户', '服务人员', '联系人', '电话', '投诉类型', '紧急程度', '开始日期', '处理完成', '备注'],
  ['C-001', '送货延误', '华强贸易', '吴敏', '王先生', '13800001111', '物流', '高', d('2026-11-03 09:00'), '2026-11-04 10:00', null],
  ['C-002', '安装漏水', '远航科技', '郑华', '李女士', '13500004444', '售后', '红色', d('2026-11-10 14:00'), null, '待厂家'],
  ['C-003', '发票错误', '东方物业', '吴敏', '赵经理', '13600003333', '财务', '低', d('2026-11-18 16:30'), null, null],
  ['C-004', '态度差', '新城置业', '郑华', '钱先生', '13900002222', '服务', '中', d('2026-11-02 08:15'), null, null],
];
const MAPPING: CellValue[][] = [
  ['类型 Type', '表头/字段 Header or field', '字段/原值 Field or value', '映射为 Means', '说明 Note'],
  ['列', '处理完成', 'resolved', '', 'CRM 的完成时间'],
  ['值', 'tier', '红色', '重大投诉', ''],
];

async function xlsx(withMapping: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('CRM导出');
  for (const r of REGISTER) ws.addRow(r);
  ws.getColumn(9).numFmt = 'yyyy-mm-dd hh:mm';
  if (withMapping) wb.addWorksheet(MAPPING_SHEET).addRows(MAPPING);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What a check found: the summary and every row with its tier, deadlines, status and cell errors. */
const found = (v: Pick<CheckView, 'summary' | 'rows'> & { read: Pick<CheckView['read'], 'sheet' | 'headerRow' | 'columns'> }) =>
  ({ summary: v.summary, rows: v.rows, read: { sheet: v.read.sheet, headerRow: v.read.headerRow, columns: v.read.columns } });
const brief = (v: Pick<CheckView, 'rows'>) => v.rows.map((x) => ({ row: x.row, id: x.id, tier: x.tier, resolved: x.done.resolve }));

async function viaCli(withMapping: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'pane-same-read-'));
  const file = join(dir, 'crm.xlsx');
  writeFileSync(file, await xlsx(withMapping));
  const r = await runCheck(file, { asOf: AS_OF });
  return found(r);
}


async function viaFile(withMapping: boolean) {
  const bytes = await xlsx(withMapping);
  const b = await FileBackend.open('crm.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, () => undefined);
  const v = await b.check(at(AS_OF), ctx);
  return found(v);
}

async function viaOffice(withMapping: boolean) {
  const x = new StrictExcel();
  x.addSheet('CRM导出', REGISTER.map((r) => r.slice()));
  if (withMapping) x.addSheet(MAPPING_SHEET, MAPPING.map((r) => r.slice()));
  const g = globalThis as { Excel?: unknown };
  g.Excel = { run: (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  try {
    const v = await new OfficeBackend(() => undefined).check(at(AS_OF), ctx);
    return found(v);
  } finally {
    delete g.Excel;
  }
}

test('CLI, Office backend and FileBackend read the CRM export with its 列映射 alike', async () => {
  const cli = await viaCli(true);
  // The mapping and the policy's tiers were applied: C-001 is resolved, 红色 is major, 高 is important.
  expect(brief(cli)).toEqual([
    { row: 2, id: 'C-001', tier: 'important', resolved: '2026-11-04T10:00' },
    { row: 3, id: 'C-002', tier: 'major', resolved: undefined },
    { row: 4, id: 'C-003', tier: 'general', resolved: undefined },
    { row: 5, id: 'C-004', tier: 'general', resolved: undefined },
  ]);
  expect(await viaOffice(true)).toEqual(cli);
  expect(await viaFile(true)).toEqual(cli);
});

test('without the 列映射 sheet C-001 is open again in all three: the saved mapping is what closes it', async () => {
  const cli = await viaCli(false);
  expect(brief(cli)[0]).toEqual({ row: 2, id: 'C-001', tier: 'important', resolved: undefined });
  // 红色 is no word of the priority scale without the saved value map.
  expect(brief(cli)[1].tier).not.toBe('major');
  expect(await viaOffice(false)).toEqual(cli);
  expect(await viaFile(false)).toEqual(cli);
});
