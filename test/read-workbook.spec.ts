// Regression: "Cannot read properties of undefined (reading 'sheets')" (issue 9). Cause: exceljs'
// streaming WorkbookReader reads zip entries in file order and, once it has the relationships and
// shared strings, parses a worksheet at once and looks its name up in `this.model.sheets`, the
// model of xl/workbook.xml. A zip whose worksheet comes before xl/workbook.xml (valid: OPC puts no
// order on parts) therefore reaches `undefined.sheets`. The CLI now reads with src/reader, which
// reads workbook.xml first through the zip's central directory; nothing in src/ uses exceljs'
// streaming reader any more, so the message cannot reach a user.
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { makeFilesCorpus } from './helpers/bad-corpus';
import { loadRegister } from '../src/cli/load';
import { plainCell } from '../src/export/read-workbook';

const corpus = makeFilesCorpus();
const sheetFirst = join(corpus.dir, 'sheet-first.xlsx');

test('the cause: exceljs streaming reader on a worksheet stored before xl/workbook.xml', async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(sheetFirst, { sharedStrings: 'cache', worksheets: 'emit' });
  const run = async () => {
    for await (const ws of reader) for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) void row;
  };
  await expect(run()).rejects.toThrow("Cannot read properties of undefined (reading 'sheets')");
});

test('the same file through the CLI reader: the register and its three complaints', async () => {
  const { register } = await loadRegister(sheetFirst);
  expect(register.sheet).toBe('登记表');
  expect(register.read.complaints.map((c) => c.id)).toEqual(['A-001', 'A-002', 'A-003']);
});

test('no source file uses exceljs streaming reader', () => {
  const src = join(__dirname, '..', 'src');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && /stream\.xlsx\.WorkbookReader|WorkbookReader\(/.test(readFileSync(p, 'utf8')) && !p.includes(join('src', 'bench'))) offenders.push(p);
    }
  };
  walk(src);
  expect(offenders).toEqual([]);
});

test.each([
  [{ error: '#N/A' }, { error: '#N/A' }],
  [{ formula: '1/0', result: { error: '#DIV/0!' } }, { error: '#DIV/0!' }],
  [{ richText: [{ text: 'A-' }, { text: '001' }] }, 'A-001'],
  [{ sharedFormula: 'A1', result: 7 }, 7],
])('exceljs full reader value %j is %j to the engine', (v, expected) => {
  expect(plainCell(v as unknown as ExcelJS.CellValue)).toEqual(expected);
});
