// What saving a policy would change: an unchanged policy says nothing; one changed clock is one
// line naming the tier and milestone by their Chinese names; additions and removals are shown.
import { diffPolicy } from '../src/core/policy/diff';
import { preset } from '../src/core/policy/presets';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import type { Policy } from '../src/core/policy/types';

const copy = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;
const severity = preset('severity')!;

describe('diffPolicy', () => {
  test('the same policy: no lines, also after a round trip through the 投诉政策 sheet', () => {
    expect(diffPolicy(severity, copy(severity), 'zh')).toEqual([]);
    const back = policyFromTable(policyToTable(severity));
    expect(back.policy).toBeTruthy();
    expect(diffPolicy(severity, back.policy!, 'zh')).toEqual([]);
  });

  test('one clock changed: one line, by the tier’s and milestone’s names', () => {
    const p = copy(severity);
    const c = p.clocks.find((x) => x.tier === 'general' && x.milestone === 'contact')!;
    c.amount = 12;
    expect(diffPolicy(severity, p, 'zh')).toEqual([{ section: 'clocks', what: '一般投诉 · 首次联系', before: '24 小时 自 受理', after: '12 小时 自 受理' }]);
    expect(diffPolicy(severity, p, 'en')).toEqual([{ section: 'clocks', what: 'General · Contact', before: '24 hours from receipt', after: '12 hours from receipt' }]);
  });

  test('added and removed tiers, rules and settings', () => {
    const p = copy(severity);
    p.tiers.push({ key: 'vip', zh: '贵宾投诉', en: 'VIP' });
    p.rules = p.rules.filter((r) => !(r.kind === 'factor' && r.factor === '服务态度'));
    p.warnHours = 12;
    const lines = diffPolicy(severity, p, 'zh');
    expect(lines).toContainEqual({ section: 'settings', what: '预警小时', before: '24', after: '12' });
    expect(lines).toContainEqual({ section: 'tiers', what: '贵宾投诉', after: '#4 vip 贵宾投诉 / VIP' });
    expect(lines).toContainEqual({ section: 'rules', what: '情形 服务态度', before: '→ 一般投诉' });
    expect(lines).toHaveLength(3);
  });

  test('a different preset differs in many places, never in raw tier keys', () => {
    const lines = diffPolicy(severity, preset('class')!, 'zh');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines.filter((x) => x.section === 'clocks')) expect(l.what).not.toMatch(/general|important|major|class/);
  });
});
