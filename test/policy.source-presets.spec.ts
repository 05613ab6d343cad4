// The other clocks of 001 and 004 as presets, each named after its source policy; every line quotes
// the sentence of the source it carries (/work/shared/seeds, policy-rules.md §3 "Other clocks").
import { preset, PRESET_NAMES } from '../src/core/policy/presets';
import { evaluate, formatDeadline } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

type Line = [preset: string, tier: string, milestone: string, clock: string, amount: number, source: string];

const LINES: Line[] = [
  ['handling-001', 'all', 'contact', 'hours', 24, '001 客户投诉处理管理制度: 接待人员应在24小时内进行受理,并为投诉事项开立投诉登记表'],
  ['handling-001', 'all', 'plan', 'hours', 72, '001 客户投诉处理管理制度: 责任人应在72小时内向客户提供初步的解决方案'],
  ['reward-001', 'all', 'plan', 'hours', 48, '001 客户投诉奖罚管理制度范本: 所有投诉必须在48小时内给出初步反馈'],
  ['reward-001', 'all', 'resolve', 'workdays', 7, '001 客户投诉奖罚管理制度范本: 7个工作日内给出最终处理结果'],
  ['valid-001', 'simple', 'contact', 'workdays', 1, '001 客户有效投诉考核制度: 投诉处理部门应在1个工作日内进行登记'],
  ['valid-001', 'complex', 'contact', 'workdays', 1, '001 客户有效投诉考核制度: 投诉处理部门应在1个工作日内进行登记'],
  ['valid-001', 'simple', 'resolve', 'workdays', 2, '001 客户有效投诉考核制度: 对于一般性投诉,投诉处理部门应在2个工作日内调查核实情况,并给予客户答复'],
  ['valid-001', 'complex', 'resolve', 'workdays', 5, '001 客户有效投诉考核制度: 对于复杂性投诉,投诉处理部门应在5个工作日内调查核实情况,并给予客户答复'],
  ['first-ask-001', 'own', 'plan', 'workdays', 1, '001 客户投诉考核办法 (首问负责制): 若为本部门范围的事情,由第一责任人在一个工作日给出处理意见'],
  ['first-ask-001', 'other', 'plan', 'workdays', 3, '001 客户投诉考核办法 (首问负责制): 若为非本部门范围的事情…由第一责任人在三个工作日内给出处理意见'],
  ['three-001', 'normal', 'resolve', 'workdays', 3, '001 客户投诉管理制度(三篇): 客户投诉处理期限不能超过三个工作日'],
  ['three-001', 'special', 'resolve', 'workdays', 7, '001 客户投诉管理制度(三篇): 特殊状况不能超过七个工作日'],
  ['answer-004', 'all', 'contact', 'hours', 24, '004 4.4.3: 所有投诉问题必须在24小时内作出回复'],
];

describe('the other clocks of 001 and 004 are presets', () => {
  test.each(LINES)('%s %s %s = %s %d — %s', (name, tier, milestone, clock, amount) => {
    const p = preset(name);
    expect(p?.clocks.find((c) => c.tier === tier && c.milestone === milestone)).toEqual({ tier, milestone, clock, amount, anchor: 'receipt' });
  });

  test.each([...new Set(LINES.map((l) => l[0]))])('%s carries no clock its source does not state', (name) => {
    const stated = LINES.filter((l) => l[0] === name).map((l) => `${l[1]} ${l[2]}`).sort();
    expect(preset(name)!.clocks.map((c) => `${c.tier} ${c.milestone}`).sort()).toEqual(stated);
  });

  test('every source preset is listed for the pane and the CLI', () => {
    for (const name of new Set(LINES.map((l) => l[0]))) expect(PRESET_NAMES).toContain(name);
  });
});

describe('source presets run as clocks', () => {
  const due = (name: string, row: ComplaintInit): Record<string, string> => {
    const cp = compiled(name);
    const c = complaint(row);
    const ev = evaluate(cp, c, assignTiers(cp, [c])[0].rank, at('2026-11-06 17:00'));
    return Object.fromEntries(ev.milestones.filter((m) => m.due).map((m) => [m.key, formatDeadline(m.due!)]));
  };
  test.each<[string, string, ComplaintInit, Record<string, string>]>([
    // Friday 2026-11-06: working days skip the weekend.
    ['valid-001 complex: 5 working days', 'valid-001', { received: '2026-11-06 10:00', factors: ['复杂'] }, { contact: '2026-11-09', resolve: '2026-11-13' }],
    ['valid-001 simple: 2 working days', 'valid-001', { received: '2026-11-06 10:00' }, { contact: '2026-11-09', resolve: '2026-11-10' }],
    ['first-ask-001 other departments: 3 working days', 'first-ask-001', { received: '2026-11-06 10:00', factors: ['跨部门'] }, { plan: '2026-11-11' }],
    ['three-001 special: 7 working days over 国庆 (10-01–07 off, 10-10 a 调休 Saturday)', 'three-001', { received: '2026-09-30 10:00', factors: ['特殊状况'] }, { resolve: '2026-10-15' }],
    ['handling-001: 24 h and 72 h', 'handling-001', { received: '2026-11-06 10:00' }, { contact: '2026-11-07T10:00', plan: '2026-11-09T10:00' }],
    ['answer-004: 24 h', 'answer-004', { received: '2026-11-06 10:00' }, { contact: '2026-11-07T10:00' }],
  ])('%s', (_n, name, row, expected) => {
    expect(due(name, row)).toEqual(expected);
  });
});
