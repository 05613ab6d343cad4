import { evaluate, formatDeadline, Evaluation } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { preset } from '../src/core/policy/presets';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';
import { CompiledPolicy } from '../src/core/policy/compile';

function run(cp: CompiledPolicy, row: ComplaintInit, asOf: string): Evaluation & { due: Record<string, string>; tier: string } {
  const c = complaint(row);
  const t = assignTiers(cp, [c])[0];
  const ev = evaluate(cp, c, t.rank, at(asOf));
  const due: Record<string, string> = {};
  for (const m of ev.milestones) if (m.due) due[m.key] = formatDeadline(m.due);
  return { ...ev, due, tier: t.key };
}

const severity = compiled('severity');
const klass = compiled('class');
const urgency = compiled('urgency');

describe('deadlines', () => {
  test.each<[string, CompiledPolicy, ComplaintInit, Record<string, string>]>([
    ['general: hours from receipt', severity, { received: '2026-11-03 14:00' }, { contact: '2026-11-04T14:00', plan: '2026-11-05T14:00' }],
    ['important over 国庆 with the 10-10 调休 Saturday', severity, { received: '2026-09-30 10:00', factors: ['质量缺陷'] },
      { report: '2026-09-30T22:00', plan: '2026-10-02T10:00', resolve: '2026-10-15' }],
    ['major: 15 working days', severity, { received: '2026-09-30 10:00', factors: ['人身伤害'] },
      { contact: '2026-09-30T16:00', report: '2026-09-30T11:00', plan: '2026-10-01T10:00', resolve: '2026-10-27' }],
    ['follow-up counts from the recorded resolution', severity, { received: '2026-09-30 10:00', resolved: '2026-10-09 15:00' },
      { contact: '2026-10-01T10:00', plan: '2026-10-02T10:00', followup: '2026-10-13' }],
    ['class1: resolve counts from the dispatch deadline when not dispatched', klass, { received: '2026-11-06 16:00', factors: ['欺诈'] },
      { report: '2026-11-09', resolve: '2026-11-12' }],
    ['class2: 2 working days after dispatch', klass, { received: '2026-11-06 16:00' }, { report: '2026-11-09', resolve: '2026-11-11' }],
    ['class1: resolve counts from the recorded dispatch', klass, { received: '2026-11-06 16:00', reported: '2026-11-07 10:00', factors: ['欺诈'] },
      { report: '2026-11-09', resolve: '2026-11-11' }],
    ['urgent: 2 hours', urgency, { received: '2026-11-03 23:30', factors: ['紧急'] }, { contact: '2026-11-04T01:30' }],
    ['pause moves hour clocks by its hours', urgency, { received: '2026-11-03 14:00', paused: 10 }, { contact: '2026-11-05T00:00' }],
    ['pause moves date deadlines by whole days, follow-up not at all', klass,
      { received: '2026-11-06 16:00', paused: 30, resolved: '2026-11-10 09:00' }, { report: '2026-11-11', resolve: '2026-11-13', }],
  ])('%s', (_name, cp, row, expected) => {
    expect(run(cp, row, '2026-11-03 15:00').due).toEqual(expected);
  });

  test('working-hours clocks skip nights, lunch and weekends', () => {
    const p = preset('severity')!;
    p.calendar.hours = [{ start: 9 * 60, end: 12 * 60 }, { start: 13 * 60 + 30, end: 18 * 60 }];
    p.clocks = [{ tier: 'general', milestone: 'contact', clock: 'workhours', amount: 4, anchor: 'receipt' }];
    const cp = compiled(p);
    expect(run(cp, { received: '2026-11-06 16:00' }, '2026-11-06 16:00').due).toEqual({ contact: '2026-11-09T11:00' });
    expect(run(cp, { received: '2026-11-09 11:00' }, '2026-11-09 11:00').due).toEqual({ contact: '2026-11-09T16:30' });
    expect(run(cp, { received: '2026-11-07 20:00' }, '2026-11-07 20:00').due).toEqual({ contact: '2026-11-09T14:30' });
  });
});

describe('breaches at the edge of a deadline', () => {
  test.each<[string, CompiledPolicy, ComplaintInit, string[]]>([
    ['date deadline: 23:59 on the day is on time', klass, { received: '2026-11-06 16:00', reported: '2026-11-09 23:59', resolved: '2026-11-10 10:00' }, []],
    ['date deadline: midnight after is late', klass, { received: '2026-11-06 16:00', reported: '2026-11-10 00:00', resolved: '2026-11-10 10:00' }, ['report']],
    ['hour deadline: exactly on time', urgency, { received: '2026-11-03 14:00', contacted: '2026-11-04 14:00' }, []],
    ['hour deadline: a minute late', urgency, { received: '2026-11-03 14:00', contacted: '2026-11-04 14:01' }, ['contact']],
    ['an open milestone past due is breached', urgency, { received: '2026-11-01 09:00' }, ['contact']],
    ['unrecorded steps count as done at resolution', severity,
      { received: '2026-11-01 09:00', contacted: '2026-11-01 10:00', resolved: '2026-11-04 10:00', followedUp: '2026-11-04 12:00' }, ['plan']],
  ])('%s', (_name, cp, row, breached) => {
    expect(run(cp, row, '2026-11-05 12:00').breached).toEqual(breached);
  });
});

describe('status', () => {
  const low = { received: '2026-11-03 14:00', factors: ['非紧急'] }; // contact due 2026-11-06 14:00
  test.each<[string, ComplaintInit, string, string, number | undefined]>([
    ['on track', low, '2026-11-03 15:00', 'on-track', 71],
    ['due soon inside the 24 h window', low, '2026-11-06 13:00', 'due-soon', 1],
    ['due soon at the deadline itself', low, '2026-11-06 14:00', 'due-soon', 0],
    ['overdue a minute after', low, '2026-11-06 14:01', 'overdue', -0.02],
    ['done but not resolved: still open, no clock running', { ...low, contacted: '2026-11-04 10:00' }, '2026-11-10 10:00', 'on-track', undefined],
    ['resolved, all on time', { ...low, contacted: '2026-11-04 10:00', resolved: '2026-11-05 10:00' }, '2026-11-10 10:00', 'closed-on-time', undefined],
    ['resolved, one late', { ...low, contacted: '2026-11-06 15:00', resolved: '2026-11-07 10:00' }, '2026-11-10 10:00', 'closed-late', undefined],
    ['missing receipt time', { received: undefined }, '2026-11-10 10:00', 'error', undefined],
  ])('%s', (_name, row, asOf, status, hoursLeft) => {
    const r = run(urgency, row, asOf);
    expect(r.status).toBe(status);
    expect(r.hoursLeft).toBe(hoursLeft);
  });

  test('a resolved complaint waits for its follow-up visit', () => {
    const row = { received: '2026-11-03 14:00', contacted: '2026-11-03 15:00', resolved: '2026-11-04 10:00' };
    const open = run(severity, row, '2026-11-05 10:00');
    expect(open.due.followup).toBe('2026-11-09');
    expect(open.status).toBe('on-track');
    expect(open.hoursLeft).toBe(110); // to the end of 2026-11-09
    expect(run(severity, row, '2026-11-10 00:00').status).toBe('overdue');
    expect(run(severity, { ...row, followedUp: '2026-11-09 20:00' }, '2026-11-12 10:00').status).toBe('closed-on-time');
  });

  test('an error row has no milestones', () => {
    const c = complaint({ received: '2026-11-03 14:00', customer: undefined, broken: true });
    expect(evaluate(severity, c, 0, at('2026-11-04 00:00'))).toEqual({ milestones: [], breached: [], status: 'error' });
  });
});
