// A sheet read with deferred shared strings (the report's second thread: indices, resolved on the
// main thread by resolveStrings) gives the very rows and refusals of one read with the table.
import { SheetRows, RowBlock, resolveStrings } from '../src/reader/sheet';
import { XmlTokenizer } from '../src/reader/tokenizer';
import { CellValue } from '../src/core/register/cells';

const STRINGS = ['客户', '受理时间', '张三', ''];

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

/** Every block of the sheet, taken `per` rows at a time, with or without the table. */
function read(xml: string, deferred: boolean, per: number): { first: number; rows: CellValue[][] }[] | string {
  const rows = new SheetRows({ sheet: 'S', sharedStrings: deferred ? undefined : STRINGS, dateStyles: [], date1904: false });
  const out: RowBlock[] = [];
  try {
    const t = new XmlTokenizer(rows);
    // Cut into small chunks, blocks taken between them, as the reader does between inflated chunks.
    for (let i = 0; i < xml.length; i += 7) {
      t.write(xml.slice(i, i + 7));
      while (rows.waiting >= per) out.push(rows.take(per) as RowBlock);
    }
    t.close();
    for (let b = rows.take(per, true); b; b = rows.take(per, true)) out.push(b);
    return out.map((b) => (deferred ? resolveStrings(b, STRINGS, 'S') : b));
  } catch (e) {
    return (e as Error).message;
  }
}

const GOOD = sheet(
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3"><v>46235.5</v></c><c r="D3" t="inlineStr"><is><t>直写</t></is></c><c r="E3" t="s"><v>3</v></c></row>' +
    '<row><c t="s"><v>2</v></c><c t="s"><v></v></c><c t="s"><v>0</v></c></row>' +
    '<row r="9"><c r="B9" t="b"><v>1</v></c><c r="Z9" t="s"><v>1</v></c></row>',
);

test.each([1, 2, 4096])('a good sheet: the same rows deferred as with the table, %i rows a block', (per) => {
  const direct = read(GOOD, false, per);
  expect(typeof direct).not.toBe('string');
  expect(read(GOOD, true, per)).toEqual(direct);
  // The strings were resolved, not left null.
  expect(JSON.stringify(read(GOOD, true, per))).toContain('张三');
});

test.each([
  ['an index past the table', '7'],
  ['a non-canonical index', '012'],
  ['a fraction', '1.5'],
  ['not a number', 'x'],
  ['a negative index', '-1'],
])('%s (%s): the same refusal deferred as with the table', (_what, v) => {
  const xml = sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>${v}</v></c></row>`);
  const direct = read(xml, false, 4096);
  expect(direct).toBe(`sheet "S" row 2: cell refers to shared string ${v}, which does not exist`);
  expect(read(xml, true, 4096)).toBe(direct);
});
