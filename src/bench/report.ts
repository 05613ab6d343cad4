// A 100,000-row register file through `complaints report`, beside the time exceljs alone takes to
// read the same file. Aim: report ≤ 1.3× the bare read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { demoRegister } from '../core/demo/generate';
import { addRegisterSheet } from '../export/write-register';
import { runReport } from '../cli/report';

export interface ReportBench {
  rows: number;
  /** exceljs Workbook.xlsx.readFile: the usual way to read a file with exceljs. */
  readMs: number;
  /** exceljs' streaming reader alone (what report reads with), iterating every row. */
  streamMs: number;
  reportMs: number;
}

export async function benchReport(rows = 100_000): Promise<ReportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
  const file = join(dir, 'register.xlsx');
  const demo = demoRegister(11, rows);
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  await wb.xlsx.writeFile(file);

  const t0 = performance.now();
  await new ExcelJS.Workbook().xlsx.readFile(file);
  const readMs = performance.now() - t0;

  const ts = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  for await (const ws of reader) for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) void row.values;
  const streamMs = performance.now() - ts;

  const quiet = () => undefined;
  const t1 = performance.now();
  await runReport(file, { month: '2026-10', out: join(dir, 'appraisal.xlsx') }, { out: quiet, err: quiet });
  const reportMs = performance.now() - t1;
  return { rows, readMs, streamMs, reportMs };
}
