// A policy the user typed wrong names the cell, not only the row (issue 10: "say so and name the
// cell"): one row per kind of line, the bad value put in one column, the problem's place is that cell.
import { policyFromTable, policyToTable, problemPlace, POLICY_SHEET } from '../src/core/policy/table';
import { preset } from '../src/core/policy/presets';
import { CellValue } from '../src/core/register/cells';

const base = (): CellValue[][] => policyToTable(preset('severity')!).map((r) => [...r]);
const rowOf = (t: CellValue[][], type: string, item?: string) => t.findIndex((r) => r[0] === type && (item === undefined || r[1] === item));

const cases: { name: string; type: string; item?: string; col: number; value: CellValue; letter: string }[] = [
  { name: '预警小时 not a number', type: '设置', item: '预警小时', col: 2, value: 'abc', letter: 'C' },
  { name: 'an unknown setting', type: '设置', item: '预警小时', col: 1, value: '不存在', letter: 'B' },
  { name: 'a clock with an unknown milestone', type: '时限', col: 2, value: 'lunch', letter: 'C' },
  { name: 'a clock with an unknown unit', type: '时限', col: 3, value: 'zz', letter: 'D' },
  { name: 'a clock amount that is no number', type: '时限', col: 4, value: '三天', letter: 'E' },
  { name: 'a clock anchor that is no milestone', type: '时限', col: 5, value: '下班', letter: 'F' },
  { name: 'an unknown line type', type: '时限', col: 0, value: '其它', letter: 'A' },
];

describe.each(cases)('$name', ({ type, item, col, value, letter }) => {
  test(`names ${POLICY_SHEET}!${letter}<row>`, () => {
    const t = base();
    const i = rowOf(t, type, item);
    expect(i).toBeGreaterThan(0);
    t[i][col] = value;
    const { problems } = policyFromTable(t);
    expect(problems).toHaveLength(1);
    expect(problemPlace(problems[0])).toBe(`${POLICY_SHEET}!${letter}${i + 1}`);
  });
});

test('a problem found when the policy is compiled (no cell) names its row', () => {
  expect(problemPlace({ row: 12, where: 'clocks[3]', message: 'x' })).toBe(`${POLICY_SHEET} row 12`);
  expect(problemPlace({ where: 'preset', message: 'x' })).toBe('preset');
});
