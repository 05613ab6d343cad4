// One spec per Excel rule the strict fake (test/helpers/excel-strict.ts) enforces; each would pass
// silently on the old permissive fake (office-addin-mock objects, removed), which is what makes them worth
// having. The rules and their Microsoft documentation pages are in test/helpers/excel-rules.ts.
import { StrictExcel } from './helpers/excel-strict';
import { OfficeError, calledFunctions, coerceValue, declaredExcelApi, sheetNameProblem, structuredColumns } from './helpers/excel-rules';

const fails = async (p: Promise<unknown>, code: string) => {
  await expect(p).rejects.toBeInstanceOf(OfficeError);
  await p.catch((e: OfficeError) => expect(e.code).toBe(code));
};

describe('request limits (Excel on the web)', () => {
  test('a request over 5 MB fails as a whole with RequestPayloadSizeLimitExceeded; nothing of it is applied', async () => {
    const x = new StrictExcel({ platform: 'web' });
    x.addSheet('S');
    const ctx = x.context();
    const ws = ctx.workbook.worksheets.getItem('S');
    const rows = Array.from({ length: 60_000 }, (_, i) => [`客户投诉说明 ${i} 这是一段较长的文字`, i, 'x'.repeat(20)]);
    ws.getRange(`A1:C${rows.length}`).values = rows;
    await fails(ctx.sync(), 'RequestPayloadSizeLimitExceeded');
    expect(x.value('S', 0, 0)).toBeNull();
    expect(x.requests[0].requestBytes).toBeGreaterThan(5_000_000);
  });

  test('the same request on desktop has no payload limit', async () => {
    const x = new StrictExcel({ platform: 'desktop' });
    x.addSheet('S');
    const ctx = x.context();
    const rows = Array.from({ length: 60_000 }, (_, i) => [`客户投诉说明 ${i} 这是一段较长的文字`, i, 'x'.repeat(20)]);
    ctx.workbook.worksheets.getItem('S').getRange(`A1:C${rows.length}`).values = rows;
    await ctx.sync();
    expect(x.value('S', 59_999, 1)).toBe(59_999);
  });

  test('a response over 5 MB fails with ResponsePayloadSizeLimitExceeded', async () => {
    const x = new StrictExcel({ platform: 'web' });
    x.addSheet('S', Array.from({ length: 80_000 }, (_, i) => [`第 ${i} 行的投诉内容很长很长很长`, i, '备注备注备注']));
    const ctx = x.context();
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1:C80000');
    r.load('values');
    await fails(ctx.sync(), 'ResponsePayloadSizeLimitExceeded');
  });

  test('reading a range of more than 5,000,000 cells fails with RangeExceedsLimit, on every platform', async () => {
    const x = new StrictExcel({ platform: 'desktop' });
    x.addSheet('S', [['a']]);
    const ctx = x.context();
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1:Z200000');
    r.load('values');
    await fails(ctx.sync(), 'RangeExceedsLimit');
  });
});

test('reading a property that was not loaded (and synced) throws PropertyNotLoaded', async () => {
  const x = new StrictExcel();
  x.addSheet('S', [['a']]);
  const ctx = x.context();
  const ws = ctx.workbook.worksheets.getItem('S');
  expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  ws.load('name');
  expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' })); // queued, not yet synced
  await ctx.sync();
  expect(ws.name).toBe('S');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowCount');
  await ctx.sync();
  expect(used.rowCount).toBe(1);
  expect(() => used.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
});

describe('requirement sets', () => {
  test('an API above the ExcelApi set the add-in declares fails with ApiNotFound', async () => {
    const x = new StrictExcel({ excelApi: '1.11' });
    x.addSheet('S');
    const ctx = x.context();
    ctx.workbook.worksheets.getItem('S').customProperties.add('k', 'v'); // ExcelApi 1.12
    await fails(ctx.sync(), 'ApiNotFound');
    expect(x.sheet('S')!.props.size).toBe(0);
  });

  test('the default set is the one manifest.xml declares', () => {
    expect(new StrictExcel().excelApi).toBe(declaredExcelApi());
    expect(declaredExcelApi('<OfficeApp><Requirements><Sets><Set Name="ExcelApi" MinVersion="1.7"/></Sets></Requirements></OfficeApp>')).toBe('1.7');
    expect(declaredExcelApi('<OfficeApp><Requirements><Sets/></Requirements></OfficeApp>')).toBe('1.1');
  });
});

describe('Range.values: strings Excel reads as formulas or numbers', () => {
  test.each([
    ['=HYPERLINK("http://x","y")', 'formula'],
    ['+86 138****0000', 'formula'],
    ['-', 'formula'],
    ['0000011', 11],
    ['12.5%', 0.125],
    ['张先生', '张先生'],
  ])('%s without "@" becomes %s', (text, expected) => {
    const c = coerceValue(text, false);
    if (expected === 'formula') expect(c.kind).toBe('formula');
    else expect(c).toEqual({ kind: 'value', value: expected });
  });

  test('written to the fake: the formula is stored, and an unknown function shows #NAME?; with "@" set first the text stays', async () => {
    const x = new StrictExcel();
    x.addSheet('S');
    const ctx = x.context();
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('A1:C1').values = [['=EVIL()', '0000011', '+86 138']];
    const b = ws.getRange('A2:C2');
    (b as unknown as { numberFormat: string }).numberFormat = '@';
    b.values = [['=EVIL()', '0000011', '+86 138']];
    await ctx.sync();
    expect(x.formula('S', 0, 0)).toBe('=EVIL()');
    expect(x.value('S', 0, 0)).toBe('#NAME?');
    expect(x.value('S', 0, 1)).toBe(11);
    expect(x.sheet('S')!.cells[1]).toEqual(['=EVIL()', '0000011', '+86 138']);
    expect(x.formula('S', 1, 0)).toBeUndefined();
  });
});

describe('Range.formulas: invariant names; custom functions by their registered names', () => {
  test('a registered custom function is known; an unregistered name gives #NAME?', async () => {
    const x = new StrictExcel({ functions: ['TIER'] });
    x.addSheet('S');
    const ctx = x.context();
    ctx.workbook.worksheets.getItem('S').getRange('A1:B1').formulas = [['=COMPLAINTS.TIER(1,"")', '=COMPLAINTS.投诉等级(1,"")']];
    await ctx.sync();
    expect(x.value('S', 0, 0)).toBe(0);
    expect(x.value('S', 0, 1)).toBe('#NAME?');
  });

  test('function names are found outside strings and structured references', () => {
    expect(calledFunctions('=IF(A1="SUM(x)",COMPLAINTS.DUE("plan",[@[a(b)]]),0)')).toEqual(['IF', 'COMPLAINTS.DUE']);
  });
});

describe('tables', () => {
  test('structured references must name a column exactly: a trimmed name is refused', async () => {
    const x = new StrictExcel();
    x.addSheet('S', [[' 受理时间 ', '等级'], [1, 'a']]);
    x.addTable('S', 'A1:B2', 'T');
    const ctx = x.context();
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('B2').formulas = [['=COMPLAINTS.TIER([@[受理时间]])']];
    await fails(ctx.sync(), 'InvalidArgument');
    ws.getRange('B2').formulas = [['=COMPLAINTS.TIER([@[ 受理时间 ]])']];
    await ctx.sync();
    expect(x.formula('S', 1, 1)).toBe('=COMPLAINTS.TIER([@[ 受理时间 ]])');
  });

  test('column names are unique: a repeated header is renamed as Excel does, an added duplicate refused', async () => {
    const x = new StrictExcel();
    x.addSheet('S', [['a', 'a', null]]);
    const t = x.addTable('S', 'A1:C1', 'T');
    expect(t.columns).toEqual(['a', 'a2', 'Column3']);
    const ctx = x.context();
    ctx.workbook.tables.getItem('T').columns.add(undefined, undefined, 'A2');
    await fails(ctx.sync(), 'InvalidArgument');
  });

  test('escaped structured references are read back to the column name', () => {
    expect(structuredColumns("=X([@[损失金额（元）]],[@[a'[1']]],T[[#This Row],[b]])")).toEqual(['损失金额（元）', 'a[1]', 'b']);
  });

  test('a table over merged cells or over another table is refused (MergedRangeConflict)', async () => {
    const x = new StrictExcel();
    x.addSheet('S', [['a', 'b'], [1, 2]]);
    x.sheet('S')!.merges.push({ r0: 0, c0: 0, r1: 0, c1: 1 });
    const ctx = x.context();
    ctx.workbook.worksheets.getItem('S').tables.add("'S'!A1:B2", true);
    await fails(ctx.sync(), 'MergedRangeConflict');
  });
});

test('a protected sheet refuses writes (AccessDenied)', async () => {
  const x = new StrictExcel();
  x.addSheet('S').protected = true;
  const ctx = x.context();
  ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
  await fails(ctx.sync(), 'AccessDenied');
});

describe('sheet names', () => {
  test.each([['a'.repeat(32)], ['a/b'], ['[x]'], ['q?'], ['a:b'], ['*'], ['a\\b'], ['   ']])('%s is refused', async (name) => {
    expect(sheetNameProblem(name)).toBeDefined();
    const x = new StrictExcel();
    x.addSheet('S');
    const ctx = x.context();
    ctx.workbook.worksheets.add(name);
    await fails(ctx.sync(), 'InvalidArgument');
  });
  test('31 characters and Chinese names are fine; a taken name (any case) is ItemAlreadyExists', async () => {
    const x = new StrictExcel();
    x.addSheet('Sheet1');
    const ctx = x.context();
    ctx.workbook.worksheets.add('月'.repeat(31));
    await ctx.sync();
    ctx.workbook.worksheets.add('SHEET1');
    await fails(ctx.sync(), 'ItemAlreadyExists');
  });
});

test('custom property values over 255 characters are trimmed (outside Excel on the web); keys over 255 are refused', async () => {
  const x = new StrictExcel({ platform: 'desktop' });
  x.addSheet('S');
  const ctx = x.context();
  const props = ctx.workbook.worksheets.getItem('S').customProperties;
  props.add('k', 'v'.repeat(300));
  await ctx.sync();
  expect(x.sheet('S')!.props.get('k')).toHaveLength(255);
  props.add('k'.repeat(256), 'v');
  await fails(ctx.sync(), 'InvalidArgument');
});
