// A column named only by the saved 列映射 (处理完成 = resolved) is read by the Office backend and,
// in a 1904 workbook, has its serials moved to the 1900 system like any date column; the stored
// corrections of the set-up register win over the mapping's word for the same header.
import { statedAliases } from '../src/workbook/mapping';
import { registerColumns } from '../src/excel/blocks';
import { registerTo1900, DAYS_1904 } from '../src/excel/dates';
import { mappingFromSheet } from '../src/core/register/mapping';
import type { CellValue } from '../src/core/register/cells';

const stated = mappingFromSheet([['列', '处理完成', 'resolved'], ['列', '备注', '-'], ['列', '编码', 'handler']]).mapping.columns;
const top: CellValue[][] = [['CRM 导出'], ['编码', '客户', '开始日期', '处理完成', '备注', '杂项']];

test.each([
  ['no mapping: the corrections as they are', {}, undefined, {}],
  ['mapping: its headers as corrections (a dash stays "not read")', {}, stated, { 处理完成: 'resolved', 备注: null, 编码: 'handler' }],
  ['a stored correction wins for its header', { 编码: 'id' }, stated, { 编码: 'id', 处理完成: 'resolved', 备注: null }],
] as const)('%s', (_what, aliases, s, want) => {
  expect(statedAliases({ ...aliases }, s, top)).toEqual(want);
});

test('the stated column is among the columns read', () => {
  expect(registerColumns({})(top).cols).not.toContain(3);
  expect(registerColumns(statedAliases({}, stated, top))(top)).toMatchObject({ headerIndex: 1, cols: [0, 1, 2, 3] });
});

test('in a 1904 workbook the stated date column is moved to the 1900 system with the others', () => {
  const rows: CellValue[][] = [...top, ['C-1', '华强', 44000, 44001, 5, 7]];
  const out = registerTo1900(rows, statedAliases({}, stated, rows), DAYS_1904);
  expect(out[2]).toEqual(['C-1', '华强', 44000 + DAYS_1904, 44001 + DAYS_1904, 5, 7]);
  expect(registerTo1900(rows, {}, DAYS_1904)[2][3]).toBe(44001);
});
