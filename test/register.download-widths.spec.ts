// A register downloaded from the browser mode (the demo, a new register, a sheet set up) opens
// without "###": every number and date column is at least as wide as what its cells show, every
// header shows whole. Widths are counted here independently of src/workbook/text-width.ts: a
// column of width w shows w digits (ECMA-376 Part 1, 18.3.1.13); a CJK character takes two.
import ExcelJS from 'exceljs';
import { FileBackend } from '../src/taskpane/file-backend';
import type { OpContext } from '../src/workbook/backend';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';

const ctx = (): OpContext => ({ signal: new AbortController().signal, progress: () => undefined });
const digits = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);

/** What Excel shows of a number or date cell (text spills into the next cell, it never shows ###). */
function shownNumber(c: ExcelJS.Cell): string | undefined {
  const v = c.value;
  const fmt = c.numFmt ?? '';
  if (v instanceof Date) return fmt.includes('h') ? '2026-10-21 11:03' : '2026-10-21';
  if (typeof v !== 'number') return undefined;
  if (/y/.test(fmt)) return fmt.includes('h') ? '2026-10-21 11:03' : '2026-10-21';
  return String(v);
}

function tooNarrow(wb: ExcelJS.Workbook, sheet: string, headerRow = 1): string[] {
  const ws = wb.getWorksheet(sheet)!;
  const out: string[] = [];
  ws.eachRow((row, r) => row.eachCell((c) => {
    const width = ws.getColumn(c.col).width ?? 8.43;
    const text = r === headerRow ? String(c.value ?? '') : shownNumber(c);
    if (text !== undefined && digits(text) > width) out.push(`${sheet}!${c.address} "${text}" (${digits(text)}) in width ${width}`);
  }));
  // A date column is wide enough for the first date typed into it.
  ws.getRow(headerRow).eachCell((_c, col) => {
    const fmt = ws.getColumn(col).numFmt ?? '';
    if (/y/.test(fmt) && (ws.getColumn(col).width ?? 8.43) < 16) out.push(`${sheet} column ${col}: date format in width ${ws.getColumn(col).width}`);
  });
  return out;
}

async function saved(b: FileBackend, got: ArrayBuffer[]): Promise<ExcelJS.Workbook> {
  await b.save!();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(got[got.length - 1]);
  return wb;
}

test('the demo register: no column of the register, the policy or the survey opens as ###', async () => {
  const got: ArrayBuffer[] = [];
  const wb = await saved(FileBackend.demo((_n, bytes) => void got.push(bytes as ArrayBuffer)), got);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['投诉登记表', '投诉政策', '满意度调查']);
  for (const ws of wb.worksheets) expect(tooNarrow(wb, ws.name)).toEqual([]);
  // Not every column at one width: a short column stays short.
  const widths = wb.getWorksheet('投诉登记表')!.columns.map((c) => c.width ?? 0);
  expect(new Set(widths).size).toBeGreaterThan(3);
});

test('a new register: the date columns are as wide as a date-time before the first is typed; the computed columns show', async () => {
  const got: ArrayBuffer[] = [];
  const b = await FileBackend.open('empty.xlsx', await new ExcelJS.Workbook().xlsx.writeBuffer() as ArrayBuffer, (_n, bytes) => void got.push(bytes as ArrayBuffer));
  await b.setUpNew(preset('severity')!, ctx());
  const wb = await saved(b, got);
  expect(tooNarrow(wb, '投诉登记表')).toEqual([]);
});

test('a sheet of the user\'s set up: added and date columns widened to what they show, a wider column of the user\'s kept', async () => {
  const demo = demoRegister(5, 12);
  const user = new ExcelJS.Workbook();
  const ws = user.addWorksheet('我的登记');
  ws.addRow(demo.headers);
  for (const r of demo.rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  const wide = demo.headers.indexOf('客户') + 1;
  ws.getColumn(wide).width = 30;
  const got: ArrayBuffer[] = [];
  const b = await FileBackend.open('mine.xlsx', (await user.xlsx.writeBuffer()) as ArrayBuffer, (_n, bytes) => void got.push(bytes as ArrayBuffer));
  const preview = await b.inspect();
  await b.adopt(preview, preview.columns, preset('severity')!, ctx());
  const wb = await saved(b, got);
  expect(tooNarrow(wb, '我的登记')).toEqual([]);
  expect(wb.getWorksheet('我的登记')!.getColumn(wide).width).toBe(30);
});
