// OoxmlPackage.editAround leaves a part's bulk (a worksheet's rows) as bytes and edits the rest:
// the part it leaves must be byte for byte what the same edit of the whole text gives.
import { strFromU8, strToU8 } from 'fflate';
import { OoxmlPackage } from '../src/export/charts/package';

const ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2"><v>3.5</v></c></row>';
const drawingAfterData = (xml: string) => xml.replace('</sheetData>', '</sheetData><drawing r:id="rId9"/>');
const withNs = (xml: string) => drawingAfterData(xml.replace('<worksheet ', '<worksheet xmlns:r="urn:r" '));

test.each([
  ['rows, an edit after them', `<?xml version="1.0"?><worksheet a="1"><cols/><sheetData>${ROWS}</sheetData><pageSetup/></worksheet>`, drawingAfterData],
  ['rows, an edit before and after them', `<worksheet a="1"><sheetData>${ROWS}</sheetData></worksheet>`, withNs],
  ['CJK text around the rows (UTF-8 kept whole)', `<worksheet a="1"><sheetData>${ROWS}</sheetData><headerFooter><oddFooter>超期清单 &amp;P / &amp;N</oddFooter></headerFooter></worksheet>`, withNs],
  ['empty sheetData', '<worksheet a="1"><sheetData></sheetData></worksheet>', withNs],
  ['self-closed sheetData (edited whole)', '<worksheet a="1"><sheetData/></worksheet>', (x: string) => x.replace('<sheetData/>', '<sheetData/><drawing r:id="rId9"/>')],
  ['no sheetData (edited whole)', '<worksheet a="1"></worksheet>', (x: string) => x.replace('</worksheet>', '<x/></worksheet>')],
])('%s: the same bytes as editing the whole text', (_, xml, edit) => {
  const pkg = new OoxmlPackage({ 'p.xml': strToU8(xml) });
  const seen: string[] = [];
  pkg.editAround('p.xml', '<sheetData>', '</sheetData>', (x) => (seen.push(x), edit(x)));
  expect(strFromU8(pkg.bytes((f) => f['p.xml']))).toBe(edit(xml));
  // The edit never sees the rows.
  expect(seen.join('')).not.toContain('<row ');
});

test('an edit that drops the place of the rows is refused, not written', () => {
  const pkg = new OoxmlPackage({ 'p.xml': strToU8(`<worksheet><sheetData>${ROWS}</sheetData></worksheet>`) });
  expect(() => pkg.editAround('p.xml', '<sheetData>', '</sheetData>', (x) => x.replace('<sheetData></sheetData>', ''))).toThrow(/lost <sheetData><\/sheetData>/);
  expect(pkg.text('p.xml')).toContain(ROWS);
});
