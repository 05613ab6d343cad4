// The worker reads the file backend's .xlsx itself (src/reader, block by block): the grids are
// those exceljs reads (a second, independent reader), the read is counted in rows as the blocks
// come, and a file that is not an .xlsx is one line naming it.
import ExcelJS from 'exceljs';
import { gridsOfXlsx, probeXlsx } from '../src/worker/xlsx-source';
import { demoRegister } from '../src/core/demo/generate';
import { addPolicySheet, addRegisterSheet } from '../src/export/write-register';
import { preset } from '../src/core/policy/presets';
import { sheetGrid } from '../src/export/read-workbook';
import { BLOCK_ROWS } from '../src/reader';
import type { Count } from '../src/worker/protocol';
import { MsgError, render } from '../src/core/messages';

const ROWS = BLOCK_ROWS + 50;

jest.setTimeout(60_000);

let made: Promise<{ bytes: Uint8Array; wb: ExcelJS.Workbook }> | undefined;
/** The workbook, written once for every test here. */
const file = () => (made ??= write());

async function write(): Promise<{ bytes: Uint8Array; wb: ExcelJS.Workbook }> {
  const demo = demoRegister(3, ROWS);
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  addPolicySheet(wb, preset('severity')!);
  wb.addWorksheet('备注').addRow(['not a register']);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { bytes, wb: back };
}

test('the grids of the bytes are the ones exceljs reads; the read is counted block by block', async () => {
  const { bytes, wb } = await file();
  const counts: Count[] = [];
  const g = await gridsOfXlsx({ xlsx: bytes, hint: {}, aliases: {}, workbook: 'big.xlsx', qualify: true }, (step, c) => {
    expect(step).toBe('read');
    if (c) counts.push(c);
  });
  const register = g.candidates[0];
  const viaExceljs = sheetGrid(wb.getWorksheet(register.name) as ExcelJS.Worksheet).rows;
  expect(register.rows.length).toBe(ROWS + 1);
  // Cell for cell (empty cells aside: the reader leaves holes where exceljs puts null, and rows end where their last value is).
  const trim = (r: unknown[]) => { const x = Array.from(r, (v) => v ?? null); while (x.length && (x[x.length - 1] === null || x[x.length - 1] === undefined)) x.pop(); return x; };
  expect(register.rows.map(trim)).toEqual(viaExceljs.map(trim));
  expect(g.policyRows?.length).toBeGreaterThan(5);
  expect(g.surveyRows).toBeUndefined();
  // Running counts, one per block, ending at every row of the sheets read.
  const register1 = counts.filter((c) => c.done <= ROWS + 1);
  expect(register1.map((c) => c.done)).toEqual([BLOCK_ROWS, ROWS + 1]);
  expect(counts.every((c) => c.unit === 'rows')).toBe(true);
});

test('the set-up register only, when one is named; the chosen sheets when consolidating', async () => {
  const { bytes } = await file();
  const names = async (over: object) => (await gridsOfXlsx({ xlsx: bytes, hint: {}, aliases: {}, workbook: 'b.xlsx', qualify: true, ...over }, () => undefined)).candidates.map((c) => c.name);
  expect(await names({ hint: { named: '备注' } })).toEqual(['备注']);
  expect(await names({ sheets: ['备注'] })).toEqual(['备注']);
});

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

// Issue 12: the refusal is a value rendered in the pane's language, the reason included (it was English inside a Chinese line).
test.each([
  ['text', new TextEncoder().encode('编号,客户\n1,2'), '这是文本文件（CSV 或类似格式）', 'it is a text file (CSV or similar)'],
  ['empty', new Uint8Array(0), '文件是空的（0 字节）', 'the file is empty (0 bytes)'],
  ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'zip 文件不完整（缺少中央目录）', 'the zip is truncated (its central directory is missing)'],
])('%s: one line naming the file, why and what to do, in zh and in en, no stack', async (_what, bytes, zh, en) => {
  const e = (await probeXlsx('x.xlsx', bytes).catch((x: Error) => x)) as Error;
  if (!(e instanceof MsgError)) throw new Error(`not a MsgError: ${String(e)}`);
  expect(render(e.msg, 'zh')).toMatch(/^无法把 x\.xlsx 当作 \.xlsx 工作簿读取（[^\n]+）：[^\n]+$/);
  expect(render(e.msg, 'zh')).toContain(zh);
  expect(render(e.msg, 'en')).toMatch(/^cannot read x\.xlsx as an \.xlsx workbook: [^\n]+; [^\n]+$/);
  expect(render(e.msg, 'en')).toContain(en);
  expect(render(e.msg, 'en')).not.toMatch(CJK);
  const g = (await gridsOfXlsx({ xlsx: bytes, hint: {}, aliases: {}, workbook: 'x.xlsx', qualify: true }, () => undefined).catch((x: Error) => x)) as MsgError;
  expect(g.msg).toEqual(e.msg);
});
