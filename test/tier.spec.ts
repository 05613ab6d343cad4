import { assignTiers, tierReason } from '../src/core/tier';
import { en, zh } from './helpers/msg';
import { compiled, complaint, ComplaintInit } from './helpers/build';

const tiersOf = (policy: string, rows: ComplaintInit[]) => {
  const cp = compiled(policy);
  return assignTiers(cp, rows.map((r) => complaint({ received: '2026-11-02 10:00', ...r })));
};
const one = (policy: string, row: ComplaintInit) => tiersOf(policy, [row])[0];

describe('single complaints', () => {
  test.each<[string, ComplaintInit, string, string]>([
    ['severity', {}, 'general', 'default'],
    ['severity', { factors: ['包装破损'] }, 'general', 'factor'],
    ['severity', { factors: ['服务态度'] }, 'general', 'factor'],
    ['severity', { factors: ['质量缺陷'] }, 'important', 'factor'],
    ['severity', { factors: ['流程不畅'] }, 'important', 'factor'],
    ['severity', { factors: ['人身伤害'] }, 'major', 'factor'],
    ['severity', { factors: ['重大经济损失'] }, 'major', 'factor'],
    ['severity', { factors: ['包装破损', '人身伤害', '质量缺陷'] }, 'major', 'factor'], // 等级从高
    ['severity', { factors: [' 质量缺陷 '] }, 'important', 'factor'],
    ['severity', { loss: 1_000_000 }, 'general', 'default'], // severity has no loss rule
    ['class', {}, 'class2', 'default'],
    ['class', { loss: 0 }, 'class2', 'default'],
    ['class', { loss: 0.01 }, 'class2', 'loss'],
    ['class', { loss: 5000 }, 'class2', 'loss'], // up to 5,000 inclusive
    ['class', { loss: 5000.01 }, 'class1', 'loss'],
    ['class', { factors: ['未要求处理'] }, 'grumble', 'factor'],
    ['class', { factors: ['未要求处理', '态度恶劣'] }, 'class2', 'factor'],
    ['class', { factors: ['未要求处理'], loss: 200 }, 'class2', 'loss'],
    ['class', { factors: ['媒体曝光'] }, 'class1', 'factor'],
    ['class', { factors: ['欺诈'], loss: 100 }, 'class1', 'factor'],
    ['class', { factors: ['群体投诉'] }, 'class2', 'factor'],
    ['urgency', {}, 'normal', 'default'],
    ['urgency', { factors: ['紧急'] }, 'urgent', 'factor'],
    ['urgency', { factors: ['非紧急'] }, 'low', 'factor'],
    ['severity', { factors: ['人身伤害'], tierOverride: '一般投诉' }, 'general', 'override'],
    ['severity', { tierOverride: 'major' }, 'major', 'override'],
    ['severity', { tierOverride: 'Important' }, 'important', 'override'],
    ['class', { tierOverride: '一类投诉' }, 'class1', 'override'],
  ])('%s %j → %s (%s)', (policy, row, key, kind) => {
    const t = one(policy, row);
    expect(t.key).toBe(key);
    expect(t.reasonKind).toBe(kind);
    expect(tierReason(compiled(policy), t)).toContain('→');
  });

  test('the reason names the rule', () => {
    const reason = (policy: string, row: ComplaintInit) => tierReason(compiled(policy), one(policy, row));
    expect(reason('severity', { factors: ['人身伤害'] })).toBe('情形「人身伤害」→ 重大投诉');
    expect(reason('class', { loss: 6000 })).toBe('损失 6,000 元 > 5,000 → 一类投诉');
    expect(reason('class', { loss: 1234567.5 })).toBe('损失 1,234,567.5 元 > 5,000 → 一类投诉');
    expect(reason('class', { loss: 300 })).toBe('损失 300 元 > 0 且 ≤ 5,000 → 二类投诉');
    expect(reason('severity', {})).toBe('默认等级 → 一般投诉');
    expect(reason('severity', { tierOverride: 'major' })).toBe('手工指定 → 重大投诉');
  });

  test('unknown factor words and overrides are reported, the rest still tiers', () => {
    const t = one('severity', { factors: ['天灾', '质量缺陷'], tierOverride: '特急' });
    expect(t.key).toBe('important');
    expect(t.problems.map((p) => p.field)).toEqual(['factors', 'tierOverride']);
    expect(zh(t.problems[0].msg)).toContain('天灾');
    expect(en(t.problems[0].msg)).toMatch(/^unknown factor "天灾" \(known: /);
    expect(zh(t.problems[1].msg)).toContain('特急');
    expect(en(t.problems[1].msg)).toMatch(/^"特急" is not a tier of the policy \(tiers: /);
  });
});

describe('repeat escalation (class preset: same subject within three months, anyone)', () => {
  test.each<[string, ComplaintInit[], string[]]>([
    ['second class2 → class1', [
      { subject: '冰箱不制冷', customer: '甲', received: '2026-08-01 10:00' },
      { subject: '冰箱不制冷', customer: '乙', received: '2026-10-01 10:00' },
    ], ['class2', 'class1']],
    ['third too, by tier before escalation', [
      { subject: '冰箱不制冷', received: '2026-08-01 10:00' },
      { subject: '冰箱不制冷', received: '2026-09-01 10:00' },
      { subject: '冰箱不制冷', received: '2026-10-01 10:00' },
    ], ['class2', 'class1', 'class1']],
    ['subject matching ignores spaces and width', [
      { subject: '冰箱 不制冷', received: '2026-08-01 10:00' },
      { subject: '冰箱不制冷　', received: '2026-08-02 10:00' },
    ], ['class2', 'class1']],
    ['more than three months apart: no escalation', [
      { subject: 'A', received: '2026-05-01 10:00' },
      { subject: 'A', received: '2026-08-01 10:01' },
    ], ['class2', 'class2']],
    ['exactly three months before counts', [
      { subject: 'A', received: '2026-05-01 10:00' },
      { subject: 'A', received: '2026-08-01 10:00' },
    ], ['class2', 'class1']],
    ['"three months before" 2026-05-31 is 2026-02-28 (clipped)', [
      { subject: 'A', received: '2026-02-28 10:00' },
      { subject: 'A', received: '2026-05-31 10:00' },
    ], ['class2', 'class1']],
    ['clipped: 2026-02-27 is outside', [
      { subject: 'A', received: '2026-02-27 23:59' },
      { subject: 'A', received: '2026-05-31 10:00' },
    ], ['class2', 'class2']],
    ['row order does not matter', [
      { subject: 'A', received: '2026-10-01 10:00' },
      { subject: 'A', received: '2026-09-01 10:00' },
    ], ['class1', 'class2']],
    ['an earlier class1 is not a class2 repeat', [
      { subject: 'A', received: '2026-09-01 10:00', factors: ['欺诈'] },
      { subject: 'A', received: '2026-10-01 10:00' },
    ], ['class1', 'class2']],
    ['second grumble → class2', [
      { subject: 'B', received: '2026-09-01 10:00', factors: ['未要求处理'] },
      { subject: 'B', received: '2026-10-01 10:00', factors: ['未要求处理'] },
    ], ['grumble', 'class2']],
    ['an invalid complaint is no history', [
      { subject: 'A', received: '2026-09-01 10:00', valid: false },
      { subject: 'A', received: '2026-10-01 10:00' },
    ], ['class2', 'class2']],
    ['no subject, no repeat', [
      { received: '2026-09-01 10:00' },
      { received: '2026-10-01 10:00' },
    ], ['class2', 'class2']],
    ['other subjects do not count', [
      { subject: 'A', received: '2026-09-01 10:00' },
      { subject: 'B', received: '2026-10-01 10:00' },
    ], ['class2', 'class2']],
  ])('%s', (_name, rows, expected) => {
    const t = tiersOf('class', rows);
    expect(t.map((x) => x.key)).toEqual(expected);
    t.filter((x, i) => x.key !== tiersOf('class', [rows[i]])[0].key).forEach((x) => expect(x.reasonKind).toBe('repeat'));
  });

  test('the reason counts the repeat', () => {
    const t = tiersOf('class', [
      { subject: 'A', received: '2026-08-01 10:00' },
      { subject: 'A', received: '2026-09-01 10:00' },
      { subject: 'A', received: '2026-10-01 10:00' },
    ]);
    expect(tierReason(compiled('class'), t[2])).toBe('3个月内同一事项第3次二类投诉 → 一类投诉');
  });

  test('sameCustomer rules only count the same customer', () => {
    const cp = compiled('class');
    const p = { ...cp.policy, rules: cp.policy.rules.map((r) => (r.kind === 'repeat' ? { ...r, sameCustomer: true } : r)) };
    const cp2 = compiled(p);
    const rows = [
      complaint({ subject: 'A', customer: '甲', received: '2026-09-01 10:00' }),
      complaint({ subject: 'A', customer: '乙', received: '2026-09-02 10:00' }),
      complaint({ subject: 'A', customer: '甲', received: '2026-09-03 10:00' }),
    ];
    expect(assignTiers(cp2, rows).map((t) => t.key)).toEqual(['class2', 'class2', 'class1']);
  });

  test('a manual override still decides after escalation', () => {
    const t = tiersOf('class', [
      { subject: 'A', received: '2026-09-01 10:00' },
      { subject: 'A', received: '2026-10-01 10:00', tierOverride: '二类投诉' },
    ]);
    expect(t[1].key).toBe('class2');
    expect(t[1].reasonKind).toBe('override');
  });
});
