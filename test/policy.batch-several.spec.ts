// 004 4.2.1 "详细询问产品类别、批号,,产品时间、到货时间,并将投诉的质量问题详细记录到《客户投诉登记表》中":
// the batch is recorded so that one bad batch shows up as several complaints. How many make
// "several" is the policy's 批号多次投诉件数 (default 2), a 投诉政策 setting the policy diff shows.
import { diffPolicy } from '../src/core/policy/diff';
import { policyFromJson, policyToJson } from '../src/core/policy/json';
import { preset, PRESET_NAMES } from '../src/core/policy/presets';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import { compilePolicy } from '../src/core/policy/compile';
import { parsePeriod } from '../src/core/report/period';
import { reportFigures } from '../src/core/report/figures';
import { reportModel } from '../src/core/report/sheets';
import type { Policy } from '../src/core/policy/types';
import { at, compiled, complaint } from './helpers/build';
import { MsgError, render } from '../src/core/messages';
import type { Msg } from '../src/core/messages/msg';

const period = (() => {
  const p = parsePeriod('2026-10');
  if (!p.ok) throw new MsgError(p.error);
  return p.value;
})();
const withSetting = (n: number): Policy => ({ ...preset('severity')!, batchSeveral: n });
// Batch A has three complaints, B two, C one.
const rows = ['A', 'A', 'A', 'B', 'B', 'C'].map((batch, i) => complaint({ id: `P${i + 1}`, received: `2026-10-0${i + 1} 10:00`, productCategory: '冰箱', batch }));
const flaggedWith = (p: Policy) =>
  reportFigures({ policy: compiled(p), complaints: rows, survey: [], period, asOf: at('2026-11-01 00:00') }).products!.batches.filter((b) => b.flagged).map((b) => b.batch);

describe('批号多次投诉件数', () => {
  test.each(PRESET_NAMES)('preset %s: default 2, written as a 设置 line', (name) => {
    expect(preset(name)!.batchSeveral).toBe(2);
    expect(policyToTable(preset(name)!)).toContainEqual(['设置', '批号多次投诉件数', 2, '', '', '', expect.stringContaining('004')]);
  });

  test.each<[number, string[]]>([[2, ['A', 'B']], [3, ['A']], [4, []]])('with %d, the flagged batches are %j', (n, flagged) => {
    expect(flaggedWith(withSetting(n))).toEqual(flagged);
  });

  test('the 产品统计 sheet note says the policy’s number', () => {
    const f = reportFigures({ policy: compiled(withSetting(3)), complaints: rows, survey: [], period, asOf: at('2026-11-01 00:00') });
    const sheet = reportModel(f, withSetting(3), { register: 'r.xlsx', policyLabel: 'severity', includeContacts: false }).sheets.find((s) => s.name === '产品统计')!;
    expect(sheet.blocks[1].note).toContain('3 件及以上');
  });

  test.each<[string, string | number, number | undefined]>([
    ['批号多次投诉件数', 3, 3], ['批号预警件数', '4', 4], ['batchSeveral', 5, 5],
  ])('the sheet line %s = %s reads as %s', (word, value, expected) => {
    const r = policyFromTable([['设置', word, value]]);
    expect(r.problems).toEqual([]);
    expect(r.policy?.batchSeveral).toBe(expected);
  });

  test.each<[string | number]>([[1], [2.5], ['多']])('a bad value %s is one problem naming the cell', (value) => {
    const r = policyFromTable([['设置', '批号多次投诉件数', value]], 7);
    expect(r.problems.map((x) => ({ ...x, message: render(x.message as Msg, 'en') }))).toEqual([{ row: 7, where: '投诉政策!C7', message: expect.stringMatching(/批号多次投诉件数 must be a whole number of complaints, at least 2/) }]);
    expect(render(r.problems[0].message as Msg, 'zh')).toMatch(/批号多次投诉件数 须为不少于 2 的整数/);
  });

  test('JSON round trip keeps it; compile refuses 1', () => {
    expect(policyFromJson(JSON.parse(JSON.stringify(policyToJson(withSetting(3))))).policy?.batchSeveral).toBe(3);
    const r = compilePolicy(withSetting(1));
    expect(r.ok).toBe(false);
  });

  test('the policy diff shows a change, in both languages', () => {
    expect(diffPolicy(preset('severity')!, withSetting(3), 'zh')).toEqual([{ section: 'settings', what: '批号多次投诉件数', before: '2', after: '3' }]);
    expect(diffPolicy(preset('severity')!, withSetting(3), 'en')).toEqual([{ section: 'settings', what: 'Batch flagged from', before: '2', after: '3' }]);
  });
});
