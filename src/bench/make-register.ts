// Writes an n-row demo register with exceljs' streaming writer (shared strings and date formats,
// as Excel saves them), 100,000 rows per generated chunk so a million rows never sit in memory.
// Usage: node dist/bench/make-register.js <rows> <out.xlsx>
import ExcelJS from 'exceljs';
import { demoRegister, DEMO_HEADERS } from '../core/demo/generate';
import { matchHeader } from '../core/register/headers';
import { FIELD_BY_KEY } from '../core/register/fields';
import { REGISTER_SHEET } from '../workbook/setup-plan';

const CHUNK = 100_000;

export async function makeRegister(rows: number, out: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(REGISTER_SHEET);
  ws.columns = DEMO_HEADERS.map((h) => {
    const k = matchHeader(h);
    const date = k !== undefined && FIELD_BY_KEY[k].type === 'datetime';
    return { header: h, width: date ? 17 : 14, style: date ? { numFmt: 'yyyy-mm-dd hh:mm' } : {} };
  });
  for (let done = 0, seed = 11; done < rows; done += CHUNK, seed++) {
    const demo = demoRegister(seed, Math.min(CHUNK, rows - done));
    for (const r of demo.rows) ws.addRow(r.map((v) => (v === undefined ? null : v))).commit();
  }
  ws.commit();
  await wb.commit();
}

if (require.main === module) {
  const [rows, out] = process.argv.slice(2);
  makeRegister(Number(rows), out).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
