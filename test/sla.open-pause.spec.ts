// Issue 13 §2: an open-ended pause (暂停开始 without 暂停结束, or `start–` in 暂停期间) means "paused
// now, waiting for the customer": the clocks stop from its start until it ends, the complaint shows
// 暂停中, it is not overdue while paused, and the pause counts up to the as-of time. Per clock unit,
// with the sources of sla.pauses.spec.ts: 002 "| 一般 normal | 24 h |"; 001 "| 二类投诉 class 2 |
// 1 working day | 2 working days after dispatch |"; 000 "| 一般投诉 general | 24 h | – | solution within
// 48 h | within the time promised (no fixed number) |". 2026-11-07/08 are a weekend.
import { evaluate, formatDeadline } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { parsePeriods } from '../src/core/register/periods';
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { preset } from '../src/core/policy/presets';
import { dueCells, statusCells } from '../src/functions/register';
import { CompiledPolicy } from '../src/core/policy/compile';
import { Policy } from '../src/core/policy/types';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';
import { serial } from './helpers/fn-time';
import { MsgError } from '../src/core/messages';

const urgency = compiled('urgency');
const klass = compiled('class');
const severity = compiled('severity');
const workhours = (() => {
  const p = preset('urgency') as Policy;
  p.calendar.hours = [{ start: 9 * 60, end: 18 * 60 }];
  p.clocks = [{ tier: 'normal', milestone: 'contact', clock: 'workhours', amount: 4, anchor: 'receipt' }];
  return compiled(p);
})();

function periods(text: string) {
  const r = parsePeriods(text);
  if (!r.ok) throw new MsgError(r.error);
  if (!r.value) throw new Error('empty');
  return r.value;
}
function run(cp: CompiledPolicy, row: ComplaintInit, pauses: string, asOf: string) {
  const c = complaint({ ...row, pauses: periods(pauses) });
  const ev = evaluate(cp, c, assignTiers(cp, [c])[0].rank, at(asOf));
  return { status: ev.status, due: Object.fromEntries(ev.milestones.filter((m) => m.due).map((m) => [m.key, formatDeadline(m.due!)])), ev };
}

describe('the clocks stand still from the start of a running pause, in their own unit', () => {
  test.each<[string, CompiledPolicy, ComplaintInit, string, string, string, Record<string, string>]>([
    // 24 h from Tue 14:00 = Wed 14:00; paused since Tue 16:00, as of Thu 10:00 the pause has lasted 42 h → Fri 08:00.
    ['calendar hours: moved by the hours paused so far', urgency, { received: '2026-11-03 14:00' }, '2026-11-03 16:00–', '2026-11-05 10:00', 'paused', { contact: '2026-11-06T08:00' }],
    // the same, an hour later: the deadline moves on with the as-of time while the pause runs.
    ['… and it moves on while the pause runs', urgency, { received: '2026-11-03 14:00' }, '2026-11-03 16:00–', '2026-11-05 11:00', 'paused', { contact: '2026-11-06T09:00' }],
    // Working days: Mon 10:00 → Thu 09:00 covers the ends of Mon, Tue, Wed: report Thu, resolve Mon 11-16 (as a closed period would).
    ['working days: by the working days whose end it covered, never onto a weekend', klass, { received: '2026-11-06 16:00' }, '2026-11-09 10:00 至今', '2026-11-12 09:00', 'paused', { report: '2026-11-12', resolve: '2026-11-16' }],
    // Working hours 09–18: 1 h runs to 11:00, paused since; as of Wed 10:00 → 3 h more from then → Wed 13:00.
    ['working hours: by the working hours paused so far', workhours, { received: '2026-11-03 10:00' }, '2026-11-03 11:00 – now', '2026-11-04 10:00', 'paused', { contact: '2026-11-04T13:00' }],
    ['a deadline passed before the pause began is still overdue', urgency, { received: '2026-11-03 14:00' }, '2026-11-04 15:00–', '2026-11-05 10:00', 'overdue', { contact: '2026-11-04T14:00' }],
    ['a pause that has not begun yet stops nothing', urgency, { received: '2026-11-03 14:00' }, '2026-11-06 09:00–', '2026-11-03 15:00', 'on-track', { contact: '2026-11-04T14:00' }],
    // 承诺办结时间 was agreed with the customer: a pause does not move it (as for closed periods); contact (24 h) and plan (48 h) move by the 47 h paused.
    ['a promised date is not moved: overdue once it passed, while contact and plan wait', severity, { received: '2026-11-03 09:00', promised: at('2026-11-04 18:00') }, '2026-11-03 10:00–', '2026-11-05 09:00', 'overdue', { contact: '2026-11-06T08:00', plan: '2026-11-07T08:00', resolve: '2026-11-04T18:00' }],
  ])('%s', (_n, cp, row, pauses, asOf, status, due) => {
    const r = run(cp, row, pauses, asOf);
    expect(r.status).toBe(status);
    expect(r.due).toEqual(due);
  });

  test('resolved: the status is the closed one, the pause no longer matters', () => {
    expect(run(urgency, { received: '2026-11-03 14:00', contacted: '2026-11-03 15:00', resolved: '2026-11-03 15:00' }, '2026-11-03 16:00–', '2026-11-05 10:00').status).toBe('closed-on-time');
  });

  test('hours left count to the deadline as of now', () => {
    expect(run(urgency, { received: '2026-11-03 14:00' }, '2026-11-03 16:00–', '2026-11-05 10:00').ev.hoursLeft).toBe(22);
  });
});

describe('reading a running pause', () => {
  test.each<[string, { start: number; end?: number }[]]>([
    ['2026-11-03 16:00–', [{ start: at('2026-11-03 16:00') }]],
    ['2026-11-03 16:00 -', [{ start: at('2026-11-03 16:00') }]],
    ['2026-11-03 16:00 至今', [{ start: at('2026-11-03 16:00') }]],
    ['2026-11-03 16:00 to now', [{ start: at('2026-11-03 16:00') }]],
    ['2026-11-02 09:00–12:00; 2026-11-03 16:00–', [{ start: at('2026-11-02 09:00'), end: at('2026-11-02 12:00') }, { start: at('2026-11-03 16:00') }]],
    // A period recorded inside a running pause is part of it.
    ['2026-11-03 16:00–; 2026-11-04 09:00–10:00', [{ start: at('2026-11-03 16:00') }]],
  ])('%j', (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });

  test('暂停开始 without 暂停结束 in the register: check shows 暂停中 and no error', () => {
    const read = readRegister([['受理时间', '客户', '暂停开始', '暂停结束'], ['2026-11-03 14:00', '王先生', '2026-11-03 16:00', ''], ['2026-11-03 14:00', '李女士', '', '']]);
    if (!read.ok) throw new MsgError(read.error);
    const r = checkRegister(read.value, urgency, at('2026-11-05 10:00'));
    expect(r.rows.map((x) => [x.status, x.errors])).toEqual([['paused', []], ['overdue', []]]);
    expect(r.summary.byStatus.paused).toBe(1);
    expect(r.rows[0].due.contact).toBe('2026-11-06T08:00');
  });
});

describe('the custom functions', () => {
  const received = serial('2026-11-03', 14);
  test('STATUS: 暂停中 while the pause runs, 已超期 once it is closed too late', () => {
    expect(statusCells(urgency, { received, tier: 'normal', pauses: '2026-11-03 16:00–' }, at('2026-11-05 10:00'))).toBe('暂停中');
    expect(statusCells(urgency, { received, tier: 'normal', pauses: '2026-11-03 16:00–' }, at('2026-11-05 10:00'), 'key')).toBe('paused');
    expect(statusCells(urgency, { received, tier: 'normal', pauses: '2026-11-03 16:00–18:00' }, at('2026-11-05 10:00'))).toBe('已超期');
  });
  test('DUE: 暂停中 for a deadline the running pause holds; a date for one it does not', () => {
    expect(dueCells(urgency, { milestone: 'contact', received, tier: 'normal', pauses: '2026-11-03 16:00–' })).toBe('暂停中');
    expect(dueCells(urgency, { milestone: 'contact', received, tier: 'normal', pauses: '2026-11-05 16:00–' })).toBe(serial('2026-11-04', 14));
  });
});
