// The streaming reader (src/reader) against SheetJS, an independent reader, on the same files:
// every variant of the bad-input corpus, the committed fixtures and an exceljs-written register.
// One row per file; every cell compared.
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as XLSX from 'xlsx';
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../src/reader';
import { bytesSource } from '../src/reader/source';
import { fileSource } from '../src/reader/node-source';
import { CellValue, isErrorValue } from '../src/core/register/cells';
import { demoRegister } from '../src/core/demo/generate';
import { addRegisterSheet } from '../src/export/write-register';
import { makeFilesCorpus, Corpus } from './helpers/bad-corpus';

// Made at load time (synchronously) so each file is its own row of the table.
const corpus: Corpus = makeFilesCorpus();
const demoDir = mkdtempSync(join(tmpdir(), 'reader-demo-'));
const demoFile = join(demoDir, 'demo.xlsx');
// Written by another library: SheetJS with and without a shared-string table.
const sheetjsFiles = [true, false].map((sst) => {
  const path = join(demoDir, `sheetjs-${sst ? 'sst' : 'inline'}.xlsx`);
  const wb = XLSX.utils.book_new();
  const demo = demoRegister(5, 50);
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([demo.headers, ...demo.rows.map((r) => r.map((v) => (v instanceof Date ? v.getTime() / 86_400_000 + 25569 : v ?? null)))]), '登记表');
  XLSX.writeFile(wb, path, { bookSST: sst });
  return path;
});

beforeAll(async () => {
  const demo = demoRegister(3, 300);
  const wb = new ExcelJS.Workbook();
  addRegisterSheet(wb, demo.headers, demo.rows);
  await wb.xlsx.writeFile(demoFile);
}, 60_000);

const fixtures = join(__dirname, 'fixtures');

async function ours(path: string): Promise<{ names: string[]; date1904: boolean; grids: CellValue[][][] }> {
  const wb = await XlsxWorkbook.open(bytesSource(readFileSync(path)));
  const grids = [];
  for (const n of wb.sheetNames) grids.push(await wb.grid(n));
  return { names: wb.sheetNames, date1904: wb.date1904, grids };
}

/** SheetJS' value for a cell, in the reader's terms (dates as serials, compared as serials). */
function sheetjsCell(c: XLSX.CellObject | undefined): unknown {
  if (!c || c.t === 'z') return null;
  if (c.t === 'e') return { error: c.w };
  if (c.t === 's' && c.v === '') return null;
  return c.v;
}

/** Our value as SheetJS gives it: a Date back to its serial in the workbook's date system. */
function asSheetjs(v: CellValue, date1904: boolean): unknown {
  if (v === undefined || v === '') return null;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
  if (isErrorValue(v)) return { error: v.error };
  return v;
}

const files = (): [string, string][] => [
  ...corpus.variants.map((v): [string, string] => [v.name, join(corpus.dir, v.file)]),
  ['exceljs-written demo register', demoFile],
  ['SheetJS-written register, shared strings', sheetjsFiles[0]],
  ['SheetJS-written register, inline strings', sheetjsFiles[1]],
  ...['register-messy.xlsx', 'register-with-policy.xlsx', 'bad-policy.xlsx', 'no-register.xlsx'].map((f): [string, string] => [`fixture ${f}`, join(fixtures, f)]),
];

describe('every cell as SheetJS reads it', () => {
  test('corpus has the variants the issue lists', () => {
    expect(corpus.variants.map((v) => v.name)).toEqual(
      expect.arrayContaining(['cells-without-r', 'inline-rich-text-several-runs', 'shared-formulas', '1904-date-system', 'formula-error-cells', 'worksheet-before-workbook-part']),
    );
  });
  test.each(files())('%s', async (label, path) => {
    {
      const got = await ours(path);
      const ref = XLSX.read(readFileSync(path), { type: 'buffer', cellDates: false });
      expect([label, got.names]).toEqual([label, ref.SheetNames]);
      expect([label, got.date1904]).toEqual([label, !!ref.Workbook?.WBProps?.date1904]);
      got.names.forEach((name, si) => {
        const ws = ref.Sheets[name];
        const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : { e: { r: -1, c: -1 } };
        const grid = got.grids[si];
        const rows = Math.max(grid.length, range.e.r + 1);
        for (let r = 0; r < rows; r++) {
          const cols = Math.max(grid[r]?.length ?? 0, range.e.c + 1);
          for (let c = 0; c < cols; c++) {
            const mine = asSheetjs(grid[r]?.[c], got.date1904);
            const theirs = sheetjsCell(ws[XLSX.utils.encode_cell({ r, c })]);
            const where = `${label} ${name}!${XLSX.utils.encode_cell({ r, c })}`;
            if (typeof mine === 'number' && typeof theirs === 'number') expect([where, Math.abs(mine - theirs) < 1e-6]).toEqual([where, true]);
            else expect([where, mine]).toEqual([where, theirs]);
          }
        }
      });
    }
  });
});

describe('what the variants must read as', () => {
  const cell = async (file: string, ref: string) => {
    const { grids } = await ours(join(corpus.dir, file));
    const { r, c } = XLSX.utils.decode_cell(ref);
    return grids[0][r][c];
  };
  test.each([
    ['rich-text.xlsx', 'A3', 'A-002', 'every run, without the phonetic guide'],
    ['no-refs.xlsx', 'C4', '客户3', 'cells placed by order'],
    ['formula-errors.xlsx', 'B2', { error: '#DIV/0!' }, 'an error value, not empty'],
    ['formula-errors.xlsx', 'E3', { error: '#N/A' }, 'an error value, not empty'],
    ['shared-formulas.xlsx', 'E4', 300, 'the cached value of a shared formula'],
    ['date1904.xlsx', 'B2', new Date('2026-11-03T10:00:00Z'), 'a 1904 serial on the same wall clock'],
    ['date-range.xlsx', 'B3', new Date(Math.round((3_000_000 - 25569) * 86_400_000)), 'past 9999 stays a date the parser refuses'],
  ] as [string, string, CellValue, string][])('%s %s is %j (%s)', async (file, ref, expected) => {
    expect(await cell(file, ref)).toEqual(expected);
  });
});

describe('control characters and long cells', () => {
  test('_xHHHH_ escapes decode and 32,767-character cells come whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reader-long-'));
    const path = join(dir, 'long.xlsx');
    const long = '投'.repeat(32_767);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow([long, 'a\u0001b\u001fc', 'tab\there']);
    await wb.xlsx.writeFile(path);
    const { grids } = await ours(path);
    const full = new ExcelJS.Workbook();
    await full.xlsx.readFile(path);
    expect(grids[0][0]).toEqual([1, 2, 3].map((c) => full.worksheets[0].getCell(1, c).value));
    expect((grids[0][0][0] as string).length).toBe(32_767);
  });
});

describe('blocks', () => {
  test('a sheet comes in blocks that cover every row once, in order', async () => {
    const wb = await XlsxWorkbook.open(await fileSource(demoFile));
    const name = wb.sheetNames[0];
    let next = 1;
    let blocks = 0;
    for await (const b of wb.blocks(name, 64)) {
      expect(b.first).toBe(next);
      expect(b.rows.length).toBeGreaterThan(0);
      next += b.rows.length;
      blocks++;
    }
    await wb.close();
    expect(next - 1).toBe(301);
    expect(blocks).toBeGreaterThan(4);
  });
});
