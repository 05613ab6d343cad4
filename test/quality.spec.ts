// Loss-based quality tiers (轻微/一般/重大) and the per-case fines by role, 001 客户投诉考核办法
// 四、投诉考核 1、品质客诉, as the quality-001 preset.
import { MsgError, render } from '../src/core/messages';
import { assignTiers, tierReason } from '../src/core/tier';
import { compilePolicy } from '../src/core/policy/compile';
import { preset } from '../src/core/policy/presets';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import { reportFigures } from '../src/core/report/figures';
import { reportModel } from '../src/core/report/sheets';
import { parsePeriod } from '../src/core/report/period';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const quality = compiled('quality-001');
const tierOf = (row: ComplaintInit) => {
  const c = complaint({ received: '2026-11-03 10:00', ...row });
  return assignTiers(quality, [c])[0];
};

describe('quality tiers by loss, bounds exactly as 001 says', () => {
  test.each<[number, string, string]>([
    [0, 'minor', '①轻微品质投诉:总损失费用500元以下的'],
    [499.99, 'minor', '①轻微品质投诉:总损失费用500元以下的'],
    [500, 'general', '②一般品质投诉:a: 总损失费用2000元以下,500元以上的'],
    [1999.99, 'general', '②一般品质投诉:a: 总损失费用2000元以下,500元以上的'],
    [2000, 'major', '③重大品质投诉:a: 总损失费用2000元(含2000元)以上的'],
    [250000, 'major', '③重大品质投诉:a: 总损失费用2000元(含2000元)以上的'],
  ])('loss %d yuan → %s (%s)', (loss, tier) => {
    expect(tierOf({ loss }).key).toBe(tier);
  });

  test.each<[string, string, string]>([
    ['电气性能不良', 'general', '②…b: 客户的终端客户投诉,电气性能不良'],
    ['批次100%不良', 'major', '③…b: 批次100%不良'],
    ['安全性能重大不良', 'major', '③…c: 客户的终端客户投诉,安全性能重大不良'],
  ])('factor %s → %s (%s)', (factor, tier) => {
    expect(tierOf({ loss: 10, factors: [factor] }).key).toBe(tier);
  });

  test('no loss and no factor: 轻微, the lowest tier', () => {
    expect(tierOf({}).key).toBe('minor');
  });

  test('the reason shows each bound as the text has it', () => {
    expect(tierReason(quality, tierOf({ loss: 500 }))).toBe('损失 500 元 ≥ 500 且 < 2,000 → 一般品质投诉');
    expect(tierReason(quality, tierOf({ loss: 2000 }))).toBe('损失 2,000 元 ≥ 2,000 → 重大品质投诉');
  });

  test('the 投诉政策 sheet keeps the bounds: [ ) in 值4, and refuses another word there with its cell', () => {
    const rows = policyToTable(preset('quality-001')!);
    const back = policyFromTable(rows);
    expect(back.problems).toEqual([]);
    expect(back.policy!.rules.filter((r) => r.kind === 'loss')).toEqual(preset('quality-001')!.rules.filter((r) => r.kind === 'loss'));
    const i = rows.findIndex((r) => r[0] === '规则' && r[2] === 'general' && r[1] === '损失');
    const bad = rows.map((r, j) => (j === i ? [...r.slice(0, 5), '含', ...r.slice(6)] : r));
    const problems = policyFromTable(bad).problems;
    expect(problems.map((p) => ({ row: p.row, where: p.where }))).toEqual([{ row: i + 1, where: `投诉政策!F${i + 1}` }]);
    expect(render(problems[0].message, 'en')).toBe('the loss bounds "含" must be one of (] [) [] () ([ includes the lower bound, ) excludes the upper)');
    expect(render(problems[0].message, 'zh')).toBe('损失区间「含」须为 (] [) [] () 之一（[ 含下限，) 不含上限）');
  });
});

describe('per-case quality fines by role (ranges as settings, default the lower bound)', () => {
  test.each<[string, string, number, number, string]>([
    ['minor', '班组长', 30, 50, '班组长考核30-50元/例'],
    ['general', '班组长', 50, 200, '班组长考核50-200元/例'],
    ['general', '工程师', 100, 200, '相关部门工程师,部长承担管理责任,考核100-200元/例'],
    ['general', '部长', 100, 200, '相关部门工程师,部长承担管理责任,考核100-200元/例'],
    ['major', '责任员工', 100, 200, '责任员工考核100-200元/例'],
    ['major', '班组长', 100, 500, '班组长、直接主管、工程师、部长承担管理责任,考核100-500元/例'],
    ['major', '直接主管', 100, 500, '同上'],
    ['major', '工程师', 100, 500, '同上'],
    ['major', '部长', 100, 500, '同上'],
  ])('%s %s %d–%d (%s)', (tier, role, min, max) => {
    expect(preset('quality-001')!.appraisal.qualityFines).toContainEqual({ tier, role, min, max, fine: min });
  });

  test('a fine outside its range is refused by compile, naming it', () => {
    const p = preset('quality-001')!;
    p.appraisal.qualityFines![0].fine = 60;
    const r = compilePolicy(p);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((x) => render(x.message, 'en'))).toEqual(['a quality fine must satisfy 0 ≤ min (30) ≤ fine (60) ≤ max (50)']);
    expect(!r.ok && r.problems.map((x) => render(x.message, 'zh'))).toEqual(['质量考核须满足 0 ≤ 最低（30）≤ 考核罚款（60）≤ 最高（50）']);
  });

  test('the sheet line 质量考核 round-trips, an empty 值4 charging the lower bound', () => {
    const rows = policyToTable(preset('quality-001')!);
    expect(policyFromTable(rows).policy!.appraisal.qualityFines).toEqual(preset('quality-001')!.appraisal.qualityFines);
    const noFine = rows.map((r) => (r[0] === '质量考核' ? [...r.slice(0, 5), '', r[6]] : r));
    expect(policyFromTable(noFine).policy!.appraisal.qualityFines!.map((q) => q.fine)).toEqual(preset('quality-001')!.appraisal.qualityFines!.map((q) => q.min));
  });

  const period = parsePeriod('2026-11');
  if (!period.ok) throw new MsgError(period.error);
  const rows = [
    complaint({ id: 'Q1', received: '2026-11-03 10:00', loss: 499.99, department: '生产部', staff: '赵' }),
    complaint({ id: 'Q2', received: '2026-11-04 10:00', loss: 2000, department: '生产部', staff: '钱' }),
    complaint({ id: 'Q3', received: '2026-11-05 10:00', loss: 800, valid: false }),
  ];
  const f = reportFigures({ policy: quality, complaints: rows, survey: [], period: period.value, asOf: at('2026-12-01 00:00') });

  test('each valid case gets one line per role of its tier; an invalid one none', () => {
    expect(f.qualityFines.map((q) => [q.id, q.tier, q.role, q.fine])).toEqual([
      ['Q1', '轻微品质投诉', '班组长', 30],
      ['Q2', '重大品质投诉', '责任员工', 100],
      ['Q2', '重大品质投诉', '班组长', 100],
      ['Q2', '重大品质投诉', '直接主管', 100],
      ['Q2', '重大品质投诉', '工程师', 100],
      ['Q2', '重大品质投诉', '部长', 100],
    ]);
    expect(f.qualityFines[1]).toMatchObject({ staff: '钱', department: '生产部', loss: 2000, range: '100–200' });
  });

  test('the appraisal sheet carries them; a policy without fines has no such block', () => {
    const sheet = (name: string, ff = f) => reportModel(ff, compiled(name).policy, { register: 'r.xlsx', policyLabel: name, includeContacts: false }).sheets.find((s) => s.name === '月度考核')!;
    const block = sheet('quality-001').blocks.find((b) => b.title.startsWith('品质投诉考核'))!;
    expect(block.rows).toHaveLength(6);
    expect(block.rows[0].slice(-4)).toEqual(['轻微品质投诉', '班组长', '30–50', 30]);
    const severity = reportFigures({ policy: compiled('severity'), complaints: rows, survey: [], period: period.value, asOf: at('2026-12-01 00:00') });
    expect(severity.qualityFines).toEqual([]);
    expect(sheet('severity', severity).blocks.some((b) => b.title.startsWith('品质投诉考核'))).toBe(false);
  });
});
