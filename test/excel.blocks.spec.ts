// The pure parts of block reads/writes (src/excel/blocks.ts) and text formats (src/excel/formats.ts).
import { SAMPLE_ROWS } from '../src/core/register/read';
import { BLOCK_BYTES, BLOCK_CELLS, columnRuns, registerColumns, rowsPerBlock } from '../src/excel/blocks';
import { textRects } from '../src/excel/formats';

test.each([
  [[2, 3, 4, 7], [[2, 4], [7, 7]]],
  [[7, 2, 3, 3], [[2, 3], [7, 7]]],
  [[], []],
])('columnRuns(%j)', (cols, runs) => expect(columnRuns(cols)).toEqual(runs));

test('rows per block: by bytes, capped by cells, at least one', () => {
  expect(rowsPerBlock(500, 20)).toBe(Math.floor(BLOCK_BYTES / 500));
  expect(rowsPerBlock(1, 100)).toBe(Math.floor(BLOCK_CELLS / 100));
  expect(rowsPerBlock(BLOCK_BYTES * 3, 5)).toBe(1);
});

test('register columns: the header row under a title, only headers that name a field (or an alias), exact', () => {
  const top = [['2026 登记'], ['编号', '受理时间', '我的备注', '客户', '责任部门', '投诉事项', '计算等级', 'Date in']];
  expect(registerColumns({})(top)).toEqual({ headerIndex: 1, cols: [0, 1, 3, 4, 5], sampleRows: SAMPLE_ROWS });
  expect(registerColumns({ 'Date in': 'received', 编号: null, 受理时间: null })(top)).toEqual({ headerIndex: 1, cols: [3, 4, 5, 7], sampleRows: SAMPLE_ROWS });
});

test('text cells as rectangles: vertical runs per column, merged side by side', () => {
  const rows = [
    ['title', null, null],
    ['a', 'b', 1],
    ['c', 'd', 2],
    [3, 'e', 'f'],
  ];
  expect(textRects(rows, 10)).toEqual([
    { r0: 10, c0: 0, r1: 12, c1: 0 },
    { r0: 11, c0: 1, r1: 13, c1: 1 },
    { r0: 13, c0: 2, r1: 13, c1: 2 },
  ]);
  expect(textRects([['x', 'y'], ['z', 'w']])).toEqual([{ r0: 0, c0: 0, r1: 1, c1: 1 }]);
  // Empty cells between strings join the run; a trailing empty one does not extend it.
  expect(textRects([['a'], [null], ['b'], [null]])).toEqual([{ r0: 0, c0: 0, r1: 2, c1: 0 }]);
});
