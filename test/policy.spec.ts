import { preset, PRESET_NAMES } from '../src/core/policy/presets';
import { en, zh } from './helpers/msg';
import { compilePolicy } from '../src/core/policy/compile';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import { policyFromJson, policyToJson } from '../src/core/policy/json';
import { ClockDef } from '../src/core/policy/types';
import { parseIsoDay } from '../src/core/time';

const clockOf = (name: string, tier: string, milestone: string): ClockDef | undefined =>
  preset(name)!.clocks.find((c) => c.tier === tier && c.milestone === milestone);

describe('presets carry every number of policy-rules.md', () => {
  test.each([
    // Preset A (000)
    ['severity', 'general', 'contact', 'hours', 24, 'receipt'],
    ['severity', 'general', 'plan', 'hours', 48, 'receipt'],
    ['severity', 'general', 'resolve', 'promised', 0, 'receipt'], // "within the time promised": the row's 承诺办结时间 (issue 13)
    ['severity', 'general', 'followup', 'workdays', 3, 'resolve'],
    ['severity', 'important', 'report', 'hours', 12, 'receipt'],
    ['severity', 'important', 'plan', 'hours', 48, 'receipt'],
    ['severity', 'important', 'resolve', 'workdays', 7, 'receipt'],
    ['severity', 'important', 'followup', 'workdays', 3, 'resolve'],
    ['severity', 'major', 'contact', 'hours', 6, 'receipt'],
    ['severity', 'major', 'report', 'hours', 1, 'receipt'], // "immediately": 1 h, a setting (issue 13)
    ['severity', 'major', 'plan', 'hours', 24, 'receipt'],
    ['severity', 'major', 'resolve', 'workdays', 15, 'receipt'],
    ['severity', 'major', 'followup', 'workdays', 3, 'resolve'],
    // Preset B (001)
    ['class', 'class1', 'report', 'workdays', 1, 'receipt'],
    ['class', 'class1', 'resolve', 'workdays', 3, 'report'],
    ['class', 'class2', 'report', 'workdays', 1, 'receipt'],
    ['class', 'class2', 'resolve', 'workdays', 2, 'report'],
    // Preset C (002)
    ['urgency', 'low', 'contact', 'hours', 72, 'receipt'],
    ['urgency', 'normal', 'contact', 'hours', 24, 'receipt'],
    ['urgency', 'urgent', 'contact', 'hours', 2, 'receipt'],
  ])('%s %s %s = %s %d from %s', (name, tier, milestone, clock, amount, anchor) => {
    expect(clockOf(name, tier, milestone)).toEqual({ tier, milestone, clock, amount, anchor });
  });

  test.each([
    ['severity', 'general', 'report'],
    ['severity', 'important', 'contact'],
    ['class', 'grumble', 'report'],
    ['class', 'grumble', 'resolve'],
  ])('%s %s has no %s clock', (name, tier, milestone) => {
    expect(clockOf(name, tier, milestone)).toBeUndefined();
  });

  test.each([
    ['severity', ['general', 'important', 'major'], ['一般投诉', '重要投诉', '重大投诉'], 'general'],
    ['class', ['grumble', 'class2', 'class1'], ['一般性抱怨', '二类投诉', '一类投诉'], 'class2'],
    ['urgency', ['low', 'normal', 'urgent'], ['非紧急', '一般', '紧急'], 'normal'],
  ])('%s tiers lowest first, default', (name, keys, zh, def) => {
    const p = preset(name as string)!;
    expect(p.tiers.map((t) => t.key)).toEqual(keys);
    expect(p.tiers.map((t) => t.zh)).toEqual(zh);
    expect(p.defaultTier).toBe(def);
    expect(p.warnHours).toBe(24);
    expect(p.calendar.base).toBe('china');
  });

  test('class loss thresholds and repeat rules', () => {
    const rules = preset('class')!.rules;
    expect(rules.filter((r) => r.kind === 'loss')).toEqual([
      { kind: 'loss', tier: 'class1', above: 5000 },
      { kind: 'loss', tier: 'class2', above: 0, upTo: 5000 },
    ]);
    expect(rules.filter((r) => r.kind === 'repeat')).toEqual([
      { kind: 'repeat', tier: 'class1', from: 'class2', withinMonths: 3, sameCustomer: false },
      { kind: 'repeat', tier: 'class2', from: 'grumble', withinMonths: 3, sameCustomer: false },
    ]);
  });

  test.each(PRESET_NAMES)('%s compiles', (name) => {
    expect(compilePolicy(preset(name)!).ok).toBe(true);
  });
});

describe('policy table (the 投诉政策 sheet)', () => {
  test.each(PRESET_NAMES)('%s round-trips through the table', (name) => {
    const p = preset(name)!;
    p.calendar.days.push({ day: parseIsoDay('2027-01-01')!, kind: 'off', name: '元旦' }, { day: parseIsoDay('2027-02-07')!, kind: 'work', name: '春节调休' });
    p.calendar.hours.push({ start: 540, end: 720 }, { start: 810, end: 1080 });
    const back = policyFromTable(policyToTable(p));
    expect(back.problems).toEqual([]);
    expect(back.policy).toEqual(p);
  });

  test.each(PRESET_NAMES)('%s round-trips through JSON', (name) => {
    const p = preset(name)!;
    p.calendar.days.push({ day: parseIsoDay('2027-10-09')!, kind: 'work', name: '国庆调休' });
    const back = policyFromJson(JSON.parse(JSON.stringify(policyToJson(p))));
    expect(back.problems).toEqual([]);
    expect(back.policy).toEqual(p);
  });

  test('English line types and labels are read too', () => {
    const r = policyFromTable([
      ['Type', 'Item', 'Value'],
      ['setting', 'calendar', 'weekends'],
      ['tier', 'a', 'A级', 'A'],
      ['tier', 'b', 'B级', 'B'],
      ['clock', 'b', 'Contact', 'working hours', 4, 'receipt'],
      ['rule', 'factor', 'b', '加急'],
      ['hours', '09:00', '17:00'],
    ]);
    expect(r.problems).toEqual([]);
    const p = r.policy!;
    expect(p.calendar.base).toBe('weekends');
    expect(p.defaultTier).toBe('a');
    expect(p.clocks).toEqual([{ tier: 'b', milestone: 'contact', clock: 'workhours', amount: 4, anchor: 'receipt' }]);
    expect(p.calendar.hours).toEqual([{ start: 540, end: 1020 }]);
    expect(compilePolicy(p).ok).toBe(true);
  });

  test('a bad policy reports every problem with its sheet row', () => {
    const rows = [
      ['类型 Type', '项目 Item', '值 Value', '值2', '值3', '值4'],
      ['等级', 'low', '低'],
      ['等级', 'high', '高'],
      ['时限', 'high', 'contact', '小时', -5, '受理'], // row 4: negative amount
      ['时限', 'high', 'plan', '小时', 10, 'resolve'], // row 5: cycle plan → resolve → plan
      ['时限', 'high', 'resolve', '工作日', 2, 'plan'], // row 6
      ['规则', '情形', 'urgent', '加急'], // row 7: unknown tier
      ['日历', '2027-02-30', '放假', '?'], // row 8: bad date
      ['日历', '2027-01-01', '请假', '?'], // row 9: bad kind
      ['规则', '损失', 'high', '很多'], // row 10: not a number
      ['杂项', 'x'], // row 11: unknown line type
      ['时限', 'nope', 'contact', '小时', 3], // row 12: unknown tier in a clock
    ];
    const t = policyFromTable(rows);
    const c = compilePolicy(t.policy!, t.rowOf);
    const problems = [...t.problems, ...(c.ok ? [] : c.problems)];
    const rowsWith = (re: RegExp) => problems.filter((p) => re.test(en(p.message))).map((p) => p.row);
    const rowsWithZh = (re: RegExp) => problems.filter((p) => re.test(zh(p.message))).map((p) => p.row);
    expect(rowsWith(/non-negative/)).toEqual([4]);
    expect(rowsWith(/cycle/).length).toBeGreaterThan(0);
    expect(rowsWith(/cycle/).every((r) => r === 5 || r === 6)).toBe(true);
    expect(rowsWith(/unknown tier "urgent"/)).toEqual([7]);
    expect(rowsWith(/bad date "2027-02-30"/)).toEqual([8]);
    expect(rowsWith(/放假 or 上班/)).toEqual([9]);
    expect(rowsWith(/not a number/)).toEqual([10]);
    expect(rowsWith(/unknown line type/)).toEqual([11]);
    expect(rowsWith(/unknown tier "nope"/)).toEqual([12]);
    // The same problems in the Chinese pane and `check` under zh, each quoting what the user typed.
    expect(rowsWithZh(/^时限数值须为不小于 0 的数字，实为 -5$/)).toEqual([4]);
    expect(rowsWithZh(/^等级「high」的起算点循环：/).every((r) => r === 5 || r === 6)).toBe(true);
    expect(rowsWithZh(/^等级「high」的起算点循环：/).length).toBeGreaterThan(0);
    expect(rowsWithZh(/^未知的等级「urgent」（等级：low, high）$/)).toEqual([7]);
    expect(rowsWithZh(/^B 列日期「2027-02-30」无法识别（应为 YYYY-MM-DD）$/)).toEqual([8]);
    expect(rowsWithZh(/^C 列须为 放假 或 上班，实为「请假」$/)).toEqual([9]);
    expect(rowsWithZh(/^损失下限「很多」不是数字$/)).toEqual([10]);
    expect(rowsWithZh(/^未知的行类型「杂项」/)).toEqual([11]);
    expect(rowsWithZh(/^未知的等级「nope」/)).toEqual([12]);
    expect(problems.filter((p) => /[a-z]{4,}/.test(zh(p.message).replace(/「[^」]*」|\b(low|high|plan|resolve|contact)\b/g, '')))).toEqual([]);
  });

  test('bad JSON policies are refused with the place named', () => {
    const notObject = policyFromJson([]).problems[0].message;
    expect(en(notObject)).toBe('a policy must be a JSON object');
    expect(zh(notObject)).toBe('政策须为 JSON 对象');
    expect(policyFromJson({ tiers: [], clocks: 3, rules: [], calendar: {}, defaultTier: 'x' }).problems.map((p) => p.where)).toEqual(['clocks']);
    const j = policyToJson(preset('severity')!);
    j.calendar.days = [{ date: '2026-02-30', kind: 'off', name: '' }];
    const days = policyFromJson(j).problems;
    expect(days.map((p) => p.where)).toEqual(['calendar.days[0]']);
    expect(en(days[0].message)).toBe('bad date "2026-02-30" (expected YYYY-MM-DD)');
    expect(zh(days[0].message)).toBe('日期 "2026-02-30" 无法识别（应为 YYYY-MM-DD）');
  });

  test('compile refuses unknown calendar, bad weekend and unknown default tier', () => {
    const p = preset('severity')!;
    p.calendar.base = 'mars';
    p.defaultTier = 'none';
    const r = compilePolicy(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((x) => x.where).sort()).toEqual(['calendar', 'defaultTier']);
    const q = preset('severity')!;
    q.calendar.weekend = '1111111';
    const s = compilePolicy(q);
    expect(!s.ok && en(s.problems[0].message)).toMatch(/no working day/);
  });
});

test('rows shorter than the header (trailing cells not stored) read as empty cells', () => {
  const r = policyFromTable([
    ['类型', '项目', '值'],
    ['等级', 'a', 'A'],
    ['等级', 'b', 'B'],
    ['规则', '损失', 'b', 5000],
    ['规则', '重复', 'b', 'a'],
  ]);
  expect(r.problems).toEqual([]);
  expect(r.policy!.rules).toEqual([
    { kind: 'loss', tier: 'b', above: 5000, upTo: undefined },
    { kind: 'repeat', tier: 'b', from: 'a', withinMonths: 3, sameCustomer: false },
  ]);
});
