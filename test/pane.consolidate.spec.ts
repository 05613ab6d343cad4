// Issue 15, consolidation in the pane: the three outside-tool registers (a CRM export, a helpdesk
// export with a clashing id, a WPS template with a title block and a 列映射) as three sheets of one
// workbook. The pane lists them as register sheets and, with all three chosen, makes one appraisal
// with a 分公司 per sheet — through the FileBackend and through the Office backend on the strict
// fake. Its figures must be the CLI's over the same three registers as files
// (`complaints report crm-export.xlsx helpdesk-export.xlsx wps-template.xlsx`).
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { StrictExcel } from './helpers/excel-strict';
import { FileBackend } from '../src/taskpane/file-backend';
import { OfficeBackend } from '../src/excel/office-backend';
import { runReportMany } from '../src/cli/consolidate';
import { sheetGrid } from '../src/export/read-workbook';
import { monthPeriod } from '../src/core/report/period';
import { MAPPING_SHEET } from '../src/core/register/mapping';
import { NOTES_SHEET } from '../src/core/report/notes';
import type { OpContext } from '../src/workbook/backend';
import { at } from './helpers/build';
import { monthSummary } from '../src/core/report/summary';
import type { ReportFigures } from '../src/core/report/figures-types';

jest.setTimeout(60_000);
const FILES = ['crm-export', 'helpdesk-export', 'wps-template'];
const AS_OF = '2026-11-30 18:00';
const ctx: OpContext = { signal: new AbortController().signal, progress: () => undefined };
const dir = mkdtempSync(join(tmpdir(), 'pane-consolidate-'));

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** One workbook holding each fixture's register as a sheet named after its file, and the WPS template's 列映射. */
async function combined(): Promise<ExcelJS.Workbook> {
  const out = new ExcelJS.Workbook();
  for (const f of FILES) {
    const src = await load(join(__dirname, 'fixtures', 'outside', `${f}.xlsx`));
    for (const ws of src.worksheets) {
      const name = ws.name === MAPPING_SHEET ? MAPPING_SHEET : f;
      const to = out.addWorksheet(name);
      ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
        const t = to.getCell(r, c);
        t.value = cell.value;
        t.numFmt = cell.numFmt;
      }));
    }
  }
  return out;
}

/** Every cell of the appraisal's figure sheets; the 读取说明 sheet names the files or the sheets, so it is compared apart. */
function figureCells(wb: ExcelJS.Workbook): Record<string, (string | null)[][]> {
  const out: Record<string, (string | null)[][]> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === NOTES_SHEET) continue;
    const rows: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : JSON.stringify(v)))));
    out[ws.name] = rows;
  }
  return out;
}

let cli: { json: { population: number; byBranch: { key: string; count: number }[]; clashes: unknown[] }; wb: ExcelJS.Workbook };
let bytes: Buffer;

beforeAll(async () => {
  for (const f of FILES) copyFileSync(join(__dirname, 'fixtures', 'outside', `${f}.xlsx`), join(dir, `${f}.xlsx`));
  const lines: string[] = [];
  const out = join(dir, 'group.xlsx');
  await runReportMany(FILES.map((f) => join(dir, `${f}.xlsx`)), { month: '2026-11', asOf: AS_OF, json: true, out }, { out: (s) => lines.push(s), err: () => undefined });
  cli = { json: JSON.parse(lines[0]), wb: await load(out) };
  bytes = Buffer.from(await (await combined()).xlsx.writeBuffer());
});

const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

async function paneAppraisal(b: { registerSheets: FileBackend['registerSheets']; exportWorkbook: FileBackend['exportWorkbook'] }, got: { bytes?: ArrayBuffer | Uint8Array }) {
  expect(await b.registerSheets(ctx)).toEqual(FILES);
  await b.exportWorkbook(monthPeriod(2026, 11), false, at(AS_OF), ctx, FILES);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(got.bytes as ArrayBuffer);
  return wb;
}

test('the CLI side: 11 complaints in three branches, one clashing id (what the pane must match)', () => {
  expect(cli.json.population).toBe(11);
  expect(cli.json.byBranch.filter((b) => b.count > 0).map((b) => b.key).sort()).toEqual([...FILES].sort());
  expect(cli.json.clashes).toHaveLength(1);
});

test('FileBackend: the three sheets consolidated give the CLI\'s figures, sheet by sheet and cell by cell', async () => {
  const got: { bytes?: ArrayBuffer | Uint8Array } = {};
  const b = await FileBackend.open('group.xlsx', arrayBuffer(bytes), (_n, x) => void (got.bytes = x));
  const pane = await paneAppraisal(b, got);
  expect(pane.worksheets.map((w) => w.name)).toEqual(cli.wb.worksheets.map((w) => w.name));
  expect(figureCells(pane)).toEqual(figureCells(cli.wb));
  expect(JSON.stringify(figureCells(pane)['月度考核'])).toContain('分公司考核 Appraisal by branch');
  // The notes name each sheet as its branch and the clash, as the CLI's name each file.
  const notes: string[] = [];
  pane.getWorksheet(NOTES_SHEET)?.eachRow((row) => row.eachCell((c) => notes.push(String(c.value))));
  for (const f of FILES) expect(notes.some((t) => t.startsWith(`${f}: group.xlsx [${f}]`))).toBe(true);
  expect(notes.some((t) => /^编号 KS-2026-0012 出现在多个登记表：crm-export 第 2 行、helpdesk-export 第 4 行/.test(t))).toBe(true);
});

/** The group workbook on the strict Office fake, as Excel.run sees it, while `f` runs. */
async function onStrictExcel(f: () => Promise<void>): Promise<void> {
  const src = new ExcelJS.Workbook();
  await src.xlsx.load(arrayBuffer(bytes));
  const x = new StrictExcel();
  for (const ws of src.worksheets) x.addSheet(ws.name, sheetGrid(ws).rows.map((r) => Array.from({ length: r.length }, (_, i) => r[i] ?? null)));
  const g = globalThis as { Excel?: unknown };
  g.Excel = { run: (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  try {
    await f();
  } finally {
    delete g.Excel;
  }
}

test('Office backend on the strict fake: the same figures', async () => {
  await onStrictExcel(async () => {
    const got: { bytes?: ArrayBuffer | Uint8Array } = {};
    const pane = await paneAppraisal(new OfficeBackend((_n, b) => void (got.bytes = b)), got);
    expect(figureCells(pane)).toEqual(figureCells(cli.wb));
  });
});

test('one sheet chosen: that register alone, as `complaints report helpdesk-export.xlsx` gives it', async () => {
  const out = join(dir, 'helpdesk-alone.xlsx');
  await runReportMany([join(dir, 'helpdesk-export.xlsx')], { month: '2026-11', asOf: AS_OF, json: true, out }, { out: () => undefined, err: () => undefined });
  const got: { bytes?: ArrayBuffer | Uint8Array } = {};
  const b = await FileBackend.open('group.xlsx', arrayBuffer(bytes), (_n, x) => void (got.bytes = x));
  await b.exportWorkbook(monthPeriod(2026, 11), false, at(AS_OF), ctx, ['helpdesk-export']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(got.bytes as ArrayBuffer);
  expect(figureCells(wb)).toEqual(figureCells(await load(out)));
  expect(figureCells(wb)).not.toEqual(figureCells(cli.wb));
});

// Issue 12: after generating, the pane's figures are those of what was generated: consolidated over
// the sheets chosen, not the first sheet's.
describe('the pane\'s month summary over the three sheets is the CLI\'s consolidated figures', () => {
  const cliSummary = () => monthSummary(cli.json as unknown as ReportFigures);

  test('FileBackend', async () => {
    const b = await FileBackend.open('group.xlsx', arrayBuffer(bytes), () => undefined);
    const pane = await b.monthSummary(monthPeriod(2026, 11), at(AS_OF), ctx, FILES);
    expect(pane).toEqual(cliSummary());
    expect(pane.complaints).toBe(11);
    // Not the first sheet's alone: that is fewer complaints, fewer departments.
    const first = await b.monthSummary(monthPeriod(2026, 11), at(AS_OF), ctx, FILES.slice(0, 1));
    expect(first.complaints).toBeLessThan(11);
    expect(pane.departments.length).toBeGreaterThan(first.departments.length);
  });

  test('Office backend on the strict fake', async () => {
    await onStrictExcel(async () => {
      expect(await new OfficeBackend(() => undefined).monthSummary(monthPeriod(2026, 11), at(AS_OF), ctx, FILES)).toEqual(cliSummary());
    });
  });
});

