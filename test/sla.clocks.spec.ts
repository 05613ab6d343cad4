// Issue 13, "Clocks": validity, the "immediately" clock and due soon per tier. Each table quotes
// the line of ../shared/domain/policy-rules.md (or the issue) it proves.
import { evaluate, formatDeadline } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { preset } from '../src/core/policy/presets';
import { Policy } from '../src/core/policy/types';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import { policyFromJson, policyToJson } from '../src/core/policy/json';
import { compilePolicy, CompiledPolicy } from '../src/core/policy/compile';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';
import { render } from '../src/core/messages';

function run(cp: CompiledPolicy, row: ComplaintInit, asOf: string) {
  const c = complaint(row);
  const ev = evaluate(cp, c, assignTiers(cp, [c])[0].rank, at(asOf));
  const due: Record<string, string> = {};
  for (const m of ev.milestones) if (m.due) due[m.key] = formatDeadline(m.due);
  return { ...ev, due };
}

const edited = (name: string, edit: (p: Policy) => void): CompiledPolicy => {
  const p = preset(name) as Policy;
  edit(p);
  return compiled(p);
};

describe('"Valid vs invalid (有效/无效投诉: caused by our error, or by a misunderstanding) (004)": an invalid complaint is never overdue', () => {
  const urgency = compiled('urgency');
  const late = { received: '2026-11-01 09:00' }; // contact was due 2026-11-02 09:00
  test.each<[string, ComplaintInit, string, string[]]>([
    ['valid and past due: overdue', { ...late, valid: true }, 'overdue', ['contact']],
    ['validity not stated: judged as valid', late, 'overdue', ['contact']],
    ['invalid and past due: invalid, nothing breached', { ...late, valid: false }, 'invalid', []],
    ['invalid, contacted late and resolved: still invalid, not closed late', { ...late, valid: false, contacted: '2026-11-04 09:00', resolved: '2026-11-04 10:00' }, 'invalid', []],
  ])('%s', (_n, row, status, breached) => {
    const r = run(urgency, row, '2026-11-05 12:00');
    expect(r.status).toBe(status);
    expect(r.breached).toEqual(breached);
    // The deadline stays visible either way.
    expect(r.due.contact).toBe('2026-11-02T09:00');
  });
  test('an invalid complaint has no hours left to count down', () => {
    expect(run(urgency, { ...late, valid: false }, '2026-11-01 10:00').hoursLeft).toBeUndefined();
  });
});

describe('"| 重大投诉 major | 6 h (special team, senior lead) | immediately | 24 h | 15 working days |" (000): immediately is a clock', () => {
  const severity = compiled('severity');
  const major = { received: '2026-11-03 14:00', factors: ['人身伤害'] };
  test.each<[string, CompiledPolicy, ComplaintInit, string, string[]]>([
    ['default 1 h after receipt', severity, major, '2026-11-03T15:00', []],
    ['reported within the hour: on time', severity, { ...major, reported: '2026-11-03 15:00' }, '2026-11-03T15:00', []],
    ['reported a minute after the hour: breached', severity, { ...major, reported: '2026-11-03 15:01' }, '2026-11-03T15:00', ['report']],
    ['the setting: 0.5 h', edited('severity', (p) => (p.clocks.find((c) => c.tier === 'major' && c.milestone === 'report')!.amount = 0.5)), major, '2026-11-03T14:30', []],
  ])('%s', (_n, cp, row, due, breached) => {
    const r = run(cp, row, '2026-11-03 14:10');
    expect(r.due.report).toBe(due);
    expect(r.breached).toEqual(breached);
  });
  test('not reported 61 minutes after receipt: overdue', () => {
    expect(run(severity, major, '2026-11-03 15:01').status).toBe('overdue');
  });
});

describe('"Due soon per tier: a percentage of the clock (default: last 25 %, like JSM\'s "breach soon") or an absolute per tier" (issue 13)', () => {
  const urgent = { received: '2026-11-03 14:00', factors: ['紧急'] }; // 002 "| 紧急 urgent | 2 h |"
  const low = { received: '2026-11-03 14:00', factors: ['非紧急'] }; // 002 "| 非紧急 non-urgent | 72 h |"
  const urgency = compiled('urgency');
  test.each<[string, CompiledPolicy, ComplaintInit, string, string]>([
    ['a 2 h urgent clock is not due soon at receipt', urgency, urgent, '2026-11-03 14:00', 'on-track'],
    ['… nor 91 minutes in (29 minutes left)', urgency, urgent, '2026-11-03 15:29', 'on-track'],
    ['… and is due soon in its last 30 minutes (25 % of 2 h)', urgency, urgent, '2026-11-03 15:30', 'due-soon'],
    ['a 72 h clock is due soon in its last 18 h', urgency, low, '2026-11-05 20:00', 'due-soon'],
    ['… and on track 18 h 1 min before', urgency, low, '2026-11-05 19:59', 'on-track'],
    ['the percentage is a setting (50 %: the last hour of 2 h)', edited('urgency', (p) => (p.warnPercent = 50)), urgent, '2026-11-03 15:00', 'due-soon'],
    ['an absolute window for one tier replaces the percentage', edited('urgency', (p) => (p.tierWarnHours = { urgent: 1.5 })), urgent, '2026-11-03 14:30', 'due-soon'],
    ['… only for that tier', edited('urgency', (p) => (p.tierWarnHours = { urgent: 1.5 })), low, '2026-11-05 19:59', 'on-track'],
    ['percentage 0: the policy-wide 预警小时 (24 h) for every tier', edited('urgency', (p) => (p.warnPercent = 0)), urgent, '2026-11-03 14:00', 'due-soon'],
  ])('%s', (_n, cp, row, asOf, status) => {
    expect(run(cp, row, asOf).status).toBe(status);
  });

  test('a working-day deadline counts its share from receipt to the end of its day', () => {
    // class2 report: 1 working day after Friday 2026-11-06 16:00 → Monday 2026-11-09, ends 11-10 00:00;
    // span 80 h, 25 % = 20 h: due soon from 2026-11-09 04:00.
    const klass = compiled('class');
    const row = { received: '2026-11-06 16:00', reported: undefined };
    expect(run(klass, row, '2026-11-09 03:59').status).toBe('on-track');
    expect(run(klass, row, '2026-11-09 04:00').status).toBe('due-soon');
  });

  test('the policy sheet and JSON carry 预警比例 and per-tier 预警小时', () => {
    const p = preset('urgency') as Policy;
    p.warnPercent = 40;
    p.tierWarnHours = { urgent: 1 };
    const table = policyToTable(p);
    expect(table).toContainEqual(['设置', '预警比例', 40, '', '', '', expect.any(String)]);
    expect(table).toContainEqual(['设置', '预警小时', 1, 'urgent', '', '', expect.any(String)]);
    const back = policyFromTable(table);
    expect(back.problems).toEqual([]);
    expect(back.policy?.warnPercent).toBe(40);
    expect(back.policy?.tierWarnHours).toEqual({ urgent: 1 });
    expect(back.policy?.warnHours).toBe(24);
    const json = policyFromJson(JSON.parse(JSON.stringify(policyToJson(p))));
    expect(json.policy?.tierWarnHours).toEqual({ urgent: 1 });
    expect(json.policy?.warnPercent).toBe(40);
  });

  test.each<[string, (p: Policy) => void, string]>([
    ['a share above 100 %', (p) => (p.warnPercent = 120), 'warnPercent'],
    ['a window for a tier that does not exist', (p) => (p.tierWarnHours = { nosuch: 2 }), 'tierWarnHours.nosuch'],
    ['a negative window', (p) => (p.tierWarnHours = { urgent: -1 }), 'tierWarnHours.urgent'],
  ])('refused: %s', (_n, edit, where) => {
    const p = preset('urgency') as Policy;
    edit(p);
    const r = compilePolicy(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((x) => x.where)).toContain(where);
  });

  test('the sheet refuses a share outside 0–100 in its cell', () => {
    const r = policyFromTable([['设置', '预警比例', 150]]);
    expect(r.problems.map((p) => ({ row: p.row, where: p.where }))).toEqual([{ row: 1, where: '投诉政策!C1' }]);
    expect(render(r.problems[0].message, 'zh')).toBe('预警比例 须为 0 到 100 之间的百分数，实为「150」');
    expect(render(r.problems[0].message, 'en')).toBe('预警比例 (the due-soon share) must be a percentage from 0 to 100, got "150"');
  });
});
