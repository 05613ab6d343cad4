// A sheet's rows packed (typed arrays and a text list, shared strings as indices: what the report's
// second thread hands over, transferred) and unpacked against the table give the cells the sheet
// holds, whatever the block size, and the refusals the one-thread reader always gave.
import { SheetRows } from '../src/reader/sheet';
import { PackedBlock, transferables, unpack } from '../src/reader/packed';
import { XmlTokenizer } from '../src/reader/tokenizer';
import { CellValue } from '../src/core/register/cells';

const STRINGS = ['客户', '受理时间', '张三', ''];

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** Every block of the sheet, taken `per` rows at a time, passed through a structured clone with its buffers transferred, unpacked. */
function read(xml: string, per: number, date1904 = false): { first: number; rows: CellValue[][] }[] | string {
  // Style 1 is a date format (18.8.30 numFmt 14), style 0 is General.
  const rows = new SheetRows({ sheet: 'S', dateStyles: [false, true], date1904 });
  const out: PackedBlock[] = [];
  try {
    const t = new XmlTokenizer(rows);
    // Cut into small chunks, blocks taken between them, as the reader does between inflated chunks.
    for (let i = 0; i < xml.length; i += 7) {
      t.write(xml.slice(i, i + 7));
      while (rows.waiting >= per) out.push(rows.take(per) as PackedBlock);
    }
    t.close();
    for (let b = rows.take(per, true); b; b = rows.take(per, true)) out.push(b);
    return out.map((b) => unpack(structuredClone(b, { transfer: transferables(b) }), STRINGS, 'S', date1904));
  } catch (e) {
    return (e as Error).message;
  }
}

/** A row with cells at the given columns only (the others holes, as the sheet leaves them). */
const sparse = (cells: Record<number, CellValue>): CellValue[] => {
  const r: CellValue[] = [];
  for (const [k, v] of Object.entries(cells)) r[Number(k)] = v;
  return r;
};

const GOOD = sheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><v>46235.5</v></c><c r="D3" t="inlineStr"><is><t>直写</t></is></c><c r="E3" t="s"><v>3</v></c></row>' +
    '<row><c t="s"><v>2</v></c><c t="s"><v></v></c><c t="s"><v>0</v></c><c t="s"><v>01</v></c></row>' +
    '<row r="6"><c r="A6" s="1"><v>46235.5</v></c><c r="B6" s="1"><v>60</v></c><c r="C6" t="d"><v>2026-08-01T12:00:00</v></c><c r="D6" t="e"><v>#N/A</v></c><c r="E6" t="b"><v>0</v></c><c r="F6" t="str"><v>公式</v></c><c r="G6"><v>无</v></c></row>' +
    '<row r="9"><c r="B9" t="b"><v>1</v></c><c r="Z9" t="s"><v>1</v></c></row>',
);

const NOON = new Date(Date.UTC(2026, 7, 1, 12));
const EXPECTED: CellValue[][] = [
  ['客户', '受理时间'],
  [],
  sparse({ 0: '张三', 2: 46235.5, 3: '直写', 4: '' }),
  // No r=: row 4, cells by order; an empty index is an empty cell; "01" is looked up as 1, as it always was.
  ['张三', null, '客户', '受理时间'],
  [],
  // 46235.5 is 2026-08-01 12:00 (serial 25569 is 1970-01-01); a serial before 61 stays a number.
  [NOON, 60, NOON, { error: '#N/A' }, false, '公式', '无'],
  [],
  [],
  sparse({ 1: true, 25: '受理时间' }),
];

test.each([1, 2, 4096])('a good sheet: the cells it holds, %i rows a block', (per) => {
  const blocks = read(GOOD, per);
  if (typeof blocks === 'string') throw new Error(blocks);
  expect(blocks[0].first).toBe(1);
  blocks.forEach((b, i) => i > 0 && expect(b.first).toBe(blocks[i - 1].first + blocks[i - 1].rows.length));
  expect(blocks.flatMap((b) => b.rows)).toStrictEqual(EXPECTED);
});

test('the 1904 date system: a serial counts from 1904-01-01 (ECMA-376 Part 1, 18.17.4.1)', () => {
  const blocks = read(sheet('<row r="1"><c r="A1" s="1"><v>44773.5</v></c></row>'), 4096, true);
  expect(blocks).toStrictEqual([{ first: 1, rows: [[NOON]] }]);
});

test.each([
  ['an index past the table', '7'],
  ['a non-canonical index past the table', '012'],
  ['a fraction', '1.5'],
  ['not a number', 'x'],
  ['a negative index', '-1'],
])('%s (%s): refused, naming the row and the index as written', (_what, v) => {
  const xml = sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>${v}</v></c></row>`);
  expect(read(xml, 4096)).toBe(`sheet "S" row 2: cell refers to shared string ${v}, which does not exist`);
  expect(read(xml, 1)).toBe(`sheet "S" row 2: cell refers to shared string ${v}, which does not exist`);
});
