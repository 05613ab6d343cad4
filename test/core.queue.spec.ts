// The SLA queue and the home card: next milestone, time left in that milestone's unit, groups,
// sort, filters, masking, and the card's counts. Deadlines are checked against the ones
// sla.spec.ts proves (024h contact for 一般投诉, 7 working days over 国庆 for 重要投诉).
import { msg } from '../src/core/messages';
import { checkRegister } from '../src/core/check';
import { RegisterRead } from '../src/core/register/read';
import { Complaint } from '../src/core/register/complaint';
import { buildQueue, choicesOf, filterQueue, groupQueue, maskName, nextOpen, sayTimeLeft, timeLeftOf, parseDeadline } from '../src/core/queue';
import { isSetUp, statusCard } from '../src/core/status';
import { lookup } from '../src/core/messages';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const severity = compiled('severity');

function queueOf(rows: ComplaintInit[], asOf: string) {
  const complaints: Complaint[] = rows.map((r, i) => complaint({ row: i + 2, ...r }));
  const read = { headerRow: 1, map: { headers: {} }, complaints, columns: [], unread: [], skipped: [], warnings: [] } as unknown as RegisterRead;
  const report = checkRegister(read, severity, at(asOf));
  return { report, queue: buildQueue(report.rows, complaints, severity.calendar, at(asOf)) };
}

const zh = (key: Parameters<typeof lookup>[1], p?: Parameters<typeof lookup>[2]) => lookup('zh', key, p);

describe('next open milestone', () => {
  test('the nearest deadline not yet done', () => {
    expect(nextOpen({ due: { contact: '2026-11-04T14:00', plan: '2026-11-05T14:00' }, done: {} })?.milestone).toBe('contact');
    expect(nextOpen({ due: { contact: '2026-11-04T14:00', plan: '2026-11-05T14:00' }, done: { contact: '2026-11-04T09:00' } })?.milestone).toBe('plan');
    expect(nextOpen({ due: { contact: '2026-11-04T14:00' }, done: { contact: '2026-11-04T09:00' } })).toBeUndefined();
  });
  test('a date deadline ends at the midnight after its day', () => {
    const d = parseDeadline('resolve', '2026-10-15');
    expect(d?.end).toBe(at('2026-10-16 00:00'));
    expect(parseDeadline('resolve', 'soon')).toBeUndefined();
  });
});

describe('time left in the clock’s own unit', () => {
  // 2026: 国庆 10-01..10-08 off, Saturday 10-10 a working day (sla.spec.ts proves the 10-15 deadline).
  test.each<[string, string, string]>([
    ['2026-10-15', '2026-10-15 09:00', '今日截止'],
    ['2026-10-15', '2026-10-09 09:00', '剩 5 个工作日'], // 10-10 (the 调休 Saturday), 12, 13, 14, 15
    ['2026-10-15', '2026-10-19 09:00', '超期 2 个工作日'],
    ['2026-10-09', '2026-09-30 12:00', '剩 2 个工作日'], // 国庆 10-01..10-07 off: 10-08, 10-09
  ])('due %s, as of %s: %s', (due, asOf, text) => {
    const t = timeLeftOf(parseDeadline('resolve', due)!, severity.calendar, at(asOf));
    expect(sayTimeLeft(t, zh)).toBe(text);
  });
  test('hour clocks count hours, past deadlines say overdue', () => {
    const d = parseDeadline('contact', '2026-11-04T14:00')!;
    expect(sayTimeLeft(timeLeftOf(d, severity.calendar, at('2026-11-04 11:30')), zh)).toBe('剩 2小时30分');
    expect(sayTimeLeft(timeLeftOf(d, severity.calendar, at('2026-11-04 17:00')), zh)).toBe('超期 3小时');
    expect(sayTimeLeft(timeLeftOf(d, severity.calendar, at('2026-11-02 14:00')), (k, p) => lookup('en', k, p))).toBe('2 d 0 h left');
  });
});

describe('the queue', () => {
  const rows: ComplaintInit[] = [
    { id: 'A', customer: '张三丰', department: '售后部', handler: '李四', received: '2026-11-03 14:00' }, // contact due 11-04 14:00
    { id: 'B', customer: '王五', department: '客服部', handler: '赵六', received: '2026-11-01 08:00' }, // overdue
    { id: 'C', customer: '13812345678', department: '客服部', handler: '李四', received: '2026-11-03 22:00', factors: ['质量缺陷'] }, // important: report 12 h, due 11-04 10:00
    { id: 'D', customer: '钱七', received: '2026-11-01 08:00', contacted: '2026-11-01 09:00', planned: '2026-11-01 10:00', resolved: '2026-11-02 10:00' }, // resolved 11-02: the follow-up (3 working days) is still open
  ];
  const { report, queue } = queueOf(rows, '2026-11-04 09:00');

  test('only open rows, overdue first, then by minutes left', () => {
    expect(queue.map((e) => e.id)).toEqual(['B', 'C', 'A', 'D']);
    expect(queue.map((e) => e.group)).toEqual(['overdue', 'due-soon', 'due-soon', 'on-track']);
    expect(queue.find((e) => e.id === 'D')?.next.milestone).toBe('followup');
    // Each group and the minutes agree with core's own status and hours left.
    for (const e of queue) {
      const r = report.rows.find((x) => x.row === e.row)!;
      expect(e.group).toBe(r.status);
      expect(e.minutesLeft / 60).toBeCloseTo(r.hoursLeft!, 1);
    }
  });
  test('the next milestone and its unit', () => {
    const c = queue.find((e) => e.id === 'C')!;
    expect(c.next.milestone).toBe('report');
    expect(c.tier).toBe('important');
    expect(sayTimeLeft(c.left, zh)).toBe('剩 1小时');
  });
  test('customers masked: names starred, phone numbers masked', () => {
    expect(queue.find((e) => e.id === 'A')!.customer).toBe('张**');
    expect(queue.find((e) => e.id === 'C')!.customer).not.toContain('12345678');
    expect(maskName('')).toBe('');
    expect(maskName('王')).toBe('王');
  });
  test('filters and groups', () => {
    expect(filterQueue(queue, { handler: '李四' }).map((e) => e.id)).toEqual(['C', 'A']);
    expect(filterQueue(queue, { department: '客服部', tier: 'general' }).map((e) => e.id)).toEqual(['B']);
    expect(filterQueue(queue, {}).length).toBe(4);
    expect(groupQueue(queue).map((g) => [g.group, g.entries.length])).toEqual([['overdue', 1], ['due-soon', 2], ['on-track', 1]]);
    expect(choicesOf(queue, 'department')).toEqual(['客服部', '售后部'].sort((a, b) => a.localeCompare(b, 'zh')));
  });

  test('the home card counts what the queue holds; the next deadline is the nearest not passed', () => {
    const card = statusCard({ register: '投诉登记表', policySheet: true, policyProblems: [], calendar: severity.calendar, rows: report.summary.rows, badCells: 0, queue });
    expect([card.open, card.overdue, card.dueSoon, card.rows]).toEqual([4, 1, 2, 4]);
    expect(card.next?.id).toBe('C');
    expect(card.calendar).toBe('china');
    expect(card.years?.[0]).toBeLessThanOrEqual(2026);
    expect(isSetUp(card)).toBe(true);
    expect(isSetUp(statusCard({ policySheet: true, policyProblems: [], registerProblem: msg('sheet.none', { names: '' }) }))).toBe(false);
    expect(isSetUp({ ...card, policySheet: false })).toBe(false);
  });
});
