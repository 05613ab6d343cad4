// The host-neutral workbook layer (src/workbook) on its own: addresses, request chunking, the
// header mapping, the set-up plan and the report layout. Outside truth where there is one:
// Excel's column letters, JSON's own byte count.
import { a1, a1Range, columnLetter, quoteSheet } from '../src/workbook/address';
import { MAX_REQUEST_BYTES, chunkRows, estimateRowBytes } from '../src/workbook/chunking';
import { applyAliases, headerAliases, mappingProblems, previewAdopt } from '../src/workbook/mapping';
import { NEW_REGISTER_HEADERS, STATUS_DUE_SOON, STATUS_OVERDUE, computedColumns, setupPlan } from '../src/workbook/setup-plan';
import { NO_ROWS, layoutReportSheet, generatedSheetName } from '../src/workbook/report-layout';
import { reportCharts } from '../src/workbook/charts';
import { DUE_SOON_FILL, OVERDUE_FILL } from '../src/workbook/style';
import { preset } from '../src/core/policy/presets';
import { FIELD_BY_KEY } from '../src/core/register/fields';
import { ReportSheet } from '../src/core/report/model';
import { at } from './helpers/build';
import { serialFromStamp } from '../src/core/time';

const severity = preset('severity')!;

describe('addresses', () => {
  // Excel's own letters: the last column of a worksheet is XFD = 16384 ("Excel specifications and limits").
  test.each([[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD']])('column %d is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });
  test('A1 cells and ranges from 0-based corners; quoted sheet names', () => {
    expect(a1(0, 0)).toBe('A1');
    expect(a1Range(2, 1, 2, 1)).toBe('B3');
    expect(a1Range(0, 0, 9, 27)).toBe('A1:AB10');
    expect(quoteSheet("Tom's 登记")).toBe("'Tom''s 登记'");
  });
});

describe('chunking', () => {
  test.each([
    [['abc', 12.5, null, true]],
    [['投诉内容：产品质量问题', '😀', '']],
    [[]],
  ])('the estimate of %j is its JSON size in UTF-8 (plus the comma that follows it)', (row) => {
    const exact = Buffer.byteLength(JSON.stringify(row), 'utf8');
    expect(estimateRowBytes(row)).toBeGreaterThanOrEqual(exact);
    expect(estimateRowBytes(row)).toBeLessThanOrEqual(exact + 1);
  });
  test('slices cover every row once, in order, each under the limit unless one row alone is larger', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`第${i}行`.repeat(i % 7 === 0 ? 300 : 1), i]);
    const max = 20_000;
    const slices = chunkRows(rows, max);
    expect(slices[0][0]).toBe(0);
    expect(slices[slices.length - 1][1]).toBe(rows.length);
    for (let i = 1; i < slices.length; i++) expect(slices[i][0]).toBe(slices[i - 1][1]);
    for (const [a, b] of slices) {
      const size = rows.slice(a, b).reduce((n, r) => n + estimateRowBytes(r), 0);
      if (b - a > 1) expect(size).toBeLessThanOrEqual(max);
    }
    expect(slices.length).toBeGreaterThan(1);
    expect(chunkRows([[1]])).toEqual([[0, 1]]);
    expect(MAX_REQUEST_BYTES).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('header mapping', () => {
  const top = [['2026 年投诉登记'], ['编号', '受理时间', '客户', 'Finished', 'Notes']];
  test('finds the header row under a title; an unknown header is proposed as not used', () => {
    const p = previewAdopt('S', top, 4, 2, 40);
    expect(p.headerRow).toBe(5);
    expect(p.guessed).toBe(false);
    expect(p.columns.map((c) => [c.col, c.header, c.field])).toEqual([[2, '编号', 'id'], [3, '受理时间', 'received'], [4, '客户', 'customer'], [5, 'Finished', null], [6, 'Notes', null]]);
  });
  test('a corrected mapping: problems, aliases, and the grid the reader sees (the user\'s cells untouched)', () => {
    const cols = previewAdopt('S', top, 0, 0, 9).columns.map((c) => (c.header === 'Finished' ? { ...c, field: 'resolved' as const } : c));
    expect(mappingProblems(cols)).toEqual([]);
    const twice = cols.map((c) => (c.header === 'Notes' ? { ...c, field: 'resolved' as const } : c));
    expect(mappingProblems(twice)).toEqual([expect.stringMatching(/^「Notes」与「Finished」都映射为 .*two columns map to/)]);
    const none = cols.map((c) => (c.field === 'customer' ? { ...c, field: null } : c));
    expect(mappingProblems(none)).toEqual([expect.stringMatching(/^缺少必填列 .*missing required column/)]);
    const aliases = headerAliases(cols);
    expect(aliases).toEqual({ 'Finished': 'resolved' });
    const grid = top.map((r) => [...r]);
    const seen = applyAliases(grid, 1, { ...aliases, 编号: null });
    expect(seen[1]).toEqual([null, '受理时间', '客户', FIELD_BY_KEY.resolved.zh, 'Notes']);
    expect(grid[1]).toEqual(['编号', '受理时间', '客户', 'Finished', 'Notes']);
  });
});

describe('set-up plan', () => {
  const headers = [...NEW_REGISTER_HEADERS];
  const columns = previewAdopt('R', [headers], 0, 0, 0).columns;
  const plan = setupPlan({ sheet: 'R', headerRow: 0, firstCol: 0, headers, lastRow: 5, columns, policy: severity });
  test('computed columns go right of the user\'s, one formula per column with structured references', () => {
    const computed = computedColumns(severity);
    expect(plan.newHeaders.map((h) => h.header)).toEqual(computed.map((c) => c.header));
    expect(plan.newHeaders[0].col).toBe(headers.length);
    expect(plan.formulas[0].formula).toMatch(/^=COMPLAINTS\.TIER\(\[@\[/);
    expect(plan.formulas[plan.formulas.length - 1].formula).toMatch(/^=COMPLAINTS\.STATUS\(/);
    expect(plan.tableRange).toBe(a1Range(0, 0, 5, headers.length + computed.length - 1));
  });
  test('the overdue colouring points at the status column with the status words of the core', () => {
    const status = plan.formulas[plan.formulas.length - 1].col;
    expect(plan.conditionalFormats.map((c) => [c.formula, c.fill])).toEqual([
      [`=$${columnLetter(status + 1)}2="${STATUS_OVERDUE}"`, OVERDUE_FILL],
      [`=$${columnLetter(status + 1)}2="${STATUS_DUE_SOON}"`, DUE_SOON_FILL],
    ]);
    expect([STATUS_OVERDUE, STATUS_DUE_SOON]).toEqual(['已超期', '即将到期']);
  });
  test('lists stay under Excel\'s 255 characters and say what they allow', () => {
    expect(plan.validations.length).toBeGreaterThan(3);
    for (const v of plan.validations) {
      expect(v.list.join(',').length).toBeLessThanOrEqual(255);
      expect(v.message).toBe(`可选：${v.list.join('、')}`);
    }
  });
});

describe('report layout', () => {
  const sheet = (blocks: ReportSheet['blocks']): ReportSheet => ({ name: '月度统计', title: 'T', subtitle: 'S', blocks });
  const block = (title: string, rows: ReportSheet['blocks'][number]['rows']) => ({
    title, note: 'n',
    columns: [{ zh: '日', en: 'Day', kind: 'text' as const, width: 6 }, { zh: '件数', en: 'Count', kind: 'int' as const, width: 8, dataBar: true }, { zh: '时间', en: 'At', kind: 'datetime' as const, width: 17 }],
    rows,
  });
  test('title, subtitle, then each block: title, note, two header rows, data, a blank row', () => {
    const l = layoutReportSheet(sheet([block('按日 By day', [['1', 3, '2026-11-03 14:00'], ['2', 0, null]]), block('空 Empty', [])]));
    expect(l.values.map((r) => r[0])).toEqual(['T', 'S', null, '按日 By day', 'n', '日', 'Day', '1', '2', null, '空 Empty', 'n', '日', 'Day', NO_ROWS, null]);
    expect(l.values[7][2]).toBe(serialFromStamp(at('2026-11-03 14:00')));
    expect(l.styles.map((s) => `${s.style} ${s.range}`)).toEqual(['title A1', 'subtitle A2', 'blockTitle A4', 'note A5', 'headerZh A6:C6', 'headerEn A7:C7', 'blockTitle A11', 'note A12', 'headerZh A13:C13', 'headerEn A14:C14']);
    expect(l.formats).toEqual([{ range: 'A8:A9', format: '@', kind: 'text' }, { range: 'B8:B9', format: '0', kind: 'int' }, { range: 'C8:C9', format: 'yyyy-mm-dd hh:mm', kind: 'datetime' }]);
    expect(l.dataBars).toEqual(['B8:B9']);
    expect(l.freezeRows).toBe(2);
    expect(reportCharts([l]).map((c) => [c.categories, c.values])).toEqual([['A8:A9', 'B8:B9']]);
  });
  test('a one-table sheet (a list to print): its note and headers follow the subtitle, frozen down to the English header row', () => {
    const l = layoutReportSheet(sheet([block('x', [['1', 1, null]])]));
    expect(l.values.map((r) => r[0])).toEqual(['T', 'S', 'n', '日', 'Day', '1', null]);
    expect(l.freezeRows).toBe(5);
    expect(l.blocks).toEqual([{ title: 'x', headerRow: 3, firstRow: 5, lastRow: 5, cols: 3 }]);
  });
  test('a generated sheet never takes the name of a sheet of the user\'s', () => {
    expect(generatedSheetName('月度统计', ['月度统计', '月度统计 (2)'], [])).toBe('月度统计 (3)');
    expect(generatedSheetName('月度统计', ['月度统计'], ['月度统计'])).toBe('月度统计');
  });
});
