// A policy the user typed wrong names the cell, not only the row (issue 10: "say so and name the
// cell"): one row per kind of line, the bad value put in one column, the problem's place is that cell.
import { policyFromTable, policyToTable, problemAt, problemPlace, POLICY_SHEET } from '../src/core/policy/table';
import { preset } from '../src/core/policy/presets';
import { CellValue } from '../src/core/register/cells';
import { msg, render } from '../src/core/messages';

const base = (): CellValue[][] => policyToTable(preset('severity')!).map((r) => [...r]);
const rowOf = (t: CellValue[][], type: string, item?: string) => t.findIndex((r) => r[0] === type && (item === undefined || r[1] === item));

const cases: { name: string; type: string; item?: string; col: number; value: CellValue; letter: string; zh: string; en: string }[] = [
  { name: '预警小时 not a number', type: '设置', item: '预警小时', col: 2, value: 'abc', letter: 'C', zh: '预警小时 须为不小于 0 的小时数，实为「abc」', en: '预警小时 (the due-soon window) must be a non-negative number of hours, got "abc"' },
  { name: 'an unknown setting', type: '设置', item: '预警小时', col: 1, value: '不存在', letter: 'B', zh: '未知的设置「不存在」（可用 名称 / 日历 / 周末 / 预警小时 / 预警比例 / 重新处理工作日 / 申诉工作日 / 批号多次投诉件数 / 默认等级 / 编号格式）', en: 'unknown setting "不存在" (use 名称 / 日历 / 周末 / 预警小时 / 预警比例 / 重新处理工作日 / 申诉工作日 / 批号多次投诉件数 / 默认等级 / 编号格式)' },
  { name: 'a clock with an unknown milestone', type: '时限', col: 2, value: 'lunch', letter: 'C', zh: '未知的节点「lunch」', en: 'unknown milestone "lunch" (use contact, ' },
  { name: 'a clock with an unknown unit', type: '时限', col: 3, value: 'zz', letter: 'D', zh: '未知的时限类型「zz」（可用 小时 / 工作日 / 工作小时）', en: 'unknown clock "zz" (use 小时 / 工作日 / 工作小时)' },
  { name: 'a clock amount that is no number', type: '时限', col: 4, value: '三天', letter: 'E', zh: '时限数值「三天」不是数字', en: 'the amount "三天" is not a number' },
  { name: 'a clock anchor that is no milestone', type: '时限', col: 5, value: '下班', letter: 'F', zh: '未知的起算点「下班」（可用 受理 或一个节点）', en: 'unknown anchor "下班" (受理 or a milestone)' },
  { name: 'an unknown line type', type: '时限', col: 0, value: '其它', letter: 'A', zh: '未知的行类型「其它」（可用 设置 / 等级 / 时限 / 规则 / 日历 / 工作时间 / 考核 / 处罚 / 质量考核）', en: 'unknown line type "其它" (use 设置 / 等级 / 时限 / 规则 / 日历 / 工作时间 / 考核 / 处罚 / 质量考核)' },
];

describe.each(cases)('$name', ({ type, item, col, value, letter, zh, en }) => {
  test(`names ${POLICY_SHEET}!${letter}<row>`, () => {
    const t = base();
    const i = rowOf(t, type, item);
    expect(i).toBeGreaterThan(0);
    t[i][col] = value;
    const { problems } = policyFromTable(t);
    expect(problems).toHaveLength(1);
    expect(problemPlace(problems[0])).toBe(`${POLICY_SHEET}!${letter}${i + 1}`);
  });
  test('says what is wrong in the reader\'s language, quoting the cell', () => {
    const t = base();
    t[rowOf(t, type, item)][col] = value;
    const [p] = policyFromTable(t).problems;
    expect(render(p.message, 'zh')).toContain(zh);
    expect(render(p.message, 'en')).toContain(en);
  });
});

test('a problem found when the policy is compiled (no cell) names its row', () => {
  expect(problemPlace({ row: 12, where: 'clocks[3]', message: msg('policy.noTier') })).toBe(`${POLICY_SHEET} row 12`);
  expect(problemPlace({ where: 'preset', message: msg('policy.noTier') })).toBe('preset');
});

test('a policy problem with its place reads in the reader\'s language (the pane, a refused report)', () => {
  const t = base();
  const i = rowOf(t, '时限');
  t[i][4] = '三天';
  const [cell] = policyFromTable(t).problems;
  expect(render(problemAt(cell), 'zh')).toBe(`${POLICY_SHEET}!E${i + 1}：时限数值「三天」不是数字`);
  expect(render(problemAt(cell), 'en')).toBe(`${POLICY_SHEET}!E${i + 1}: the amount "三天" is not a number`);
  const compiled = { row: 12, where: 'clocks[3]', message: msg('policy.noTier') };
  expect(render(problemAt(compiled), 'zh')).toBe('投诉政策 第 12 行：政策中没有定义任何等级');
  expect(render(problemAt(compiled), 'en')).toBe('投诉政策 row 12: the policy defines no tier');
  expect(render(problemAt({ where: 'preset', message: msg('policy.unknownPreset', { value: 'x', presets: 'severity' }) }), 'en')).toBe('preset: unknown preset "x" (presets: severity)');
  expect(render(msg('policy.problem', { why: problemAt(compiled) }), 'en')).toBe('policy problem: 投诉政策 row 12: the policy defines no tier');
});
