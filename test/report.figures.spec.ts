import { MsgError } from '../src/core/messages';
import { msg } from '../src/core/messages';
import { FIELD_BY_KEY } from '../src/core/register/fields';
import { reportFigures, ReportFigures } from '../src/core/report/figures';
import { parsePeriod, previousPeriod } from '../src/core/report/period';
import { SurveyResponse } from '../src/core/report/survey';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';
import { Complaint } from '../src/core/register/complaint';
import { preset } from '../src/core/policy/presets';

// A small October on the severity preset; every expected figure below is worked out by hand.
const october: ComplaintInit[] = [
  // c1 general, all on time, rated 5
  { id: 'c1', department: 'A', handler: '甲', customer: '王', subject: 'X', received: '2026-10-09 10:00', contacted: '2026-10-09 12:00', planned: '2026-10-10 09:00', resolved: '2026-10-12 10:00', followedUp: '2026-10-14 10:00', satisfaction: 5 },
  // c2 general, same customer and subject: a secondary complaint; contact late, no follow-up by the deadline, rated 2
  { id: 'c2', department: 'A', handler: '甲', customer: '王', subject: 'X', received: '2026-10-20 10:00', contacted: '2026-10-22 10:00', planned: '2026-10-21 12:00', resolved: '2026-10-25 10:00', satisfaction: 2 },
  // c3 major, contact, report (立即上报: 1 h) and plan met, resolve due 2026-11-05: open and not yet due
  { id: 'c3', department: 'B', handler: '乙', staff: '张三', received: '2026-10-15 09:00', factors: ['人身伤害'], contacted: '2026-10-15 14:00', reported: '2026-10-15 09:40', planned: '2026-10-16 08:00' },
  // c4 general, nothing done
  { id: 'c4', department: 'B', handler: '乙', staff: '张三', received: '2026-10-16 09:00' },
  // c5 invalid
  { id: 'c5', department: 'B', received: '2026-10-05 09:00', valid: false },
  // c6 received in September, still open: carried over into the overdue list
  { id: 'c6', department: 'A', received: '2026-09-30 10:00', contact: '13812345678' },
  // c7 unreadable: no customer
  { id: 'c7', received: '2026-10-10 10:00', customer: undefined, broken: true, errors: [{ row: 0, column: '客户', msg: msg('row.required', { field: FIELD_BY_KEY.customer }) }] },
  // c8 no handler; contacted only after the as-of time
  { id: 'c8', department: 'A', staff: '张三', received: '2026-10-28 10:00', contacted: '2026-11-02 10:00' },
];
const survey: SurveyResponse[] = [
  { row: 2, date: at('2026-10-12 10:00'), customer: '李', department: 'A', scores: { product: 5, service: 4, price: 2, brand: 5 }, comment: '价格偏高' },
  { row: 3, date: at('2026-09-12 10:00'), department: 'B', scores: { product: 3, service: 3, price: 3, brand: 3 } },
];

function figures(rows: ComplaintInit[], period: string, asOf?: string, timeliness: 'response' | 'onTime' = 'onTime'): ReportFigures {
  const p = parsePeriod(period);
  if (!p.ok) throw new MsgError(p.error);
  const complaints: Complaint[] = rows.map((r) => complaint(r));
  const policy = preset('severity')!;
  policy.appraisal.timelinessMeasure = timeliness;
  return reportFigures({ policy: compiled(policy), complaints, survey, period: p.value, asOf: asOf ? at(asOf) : p.value.end });
}

// The scores below use the on-time rate as the timeliness component (the option); the default,
// 002's average response time against its target, has its own tests.
const f = figures(october, '2026-10');
const unit = (list: ReportFigures['appraisal']['departments'], name: string) => list.find((u) => u.unit === name)!;

test('population, invalid and unreadable rows', () => {
  expect(f.population).toBe(5);
  expect(f.invalid).toBe(1);
  expect(f.badRows.map((b) => b.errors[0].column)).toEqual(['客户']);
  expect(f.period).toEqual({ kind: 'month', label: '2026-10', start: '2026-10-01T00:00', end: '2026-11-01T00:00', asOf: '2026-11-01T00:00' });
});

test('counts by department, tier and day', () => {
  expect(f.byDepartment).toEqual([{ key: 'A', count: 3, share: 0.6 }, { key: 'B', count: 2, share: 0.4 }]);
  expect(f.byTier).toEqual([{ key: '一般投诉', count: 4, share: 0.8 }, { key: '重要投诉', count: 0, share: 0 }, { key: '重大投诉', count: 1, share: 0.2 }]);
  expect(f.byDay).toHaveLength(31);
  expect(f.byDay.filter((d) => d.count > 0).map((d) => d.key)).toEqual(['9', '15', '16', '20', '28']);
  expect(f.byCategory).toEqual([{ key: '(未填)', count: 5, share: 1 }]);
});

test('secondary complaints, resolution rate and resolution time', () => {
  expect(f.secondary).toEqual({ num: 1, den: 5, value: 0.2 });
  expect(f.resolution).toEqual({ num: 2, den: 5, value: 0.4 });
  // 72 h and 120 h; 2 working days (10-10 is a 调休 Saturday) and 3.
  expect(f.resolutionTime).toEqual({ resolved: 2, meanHours: 96, medianHours: 96, meanWorkdays: 2.5, medianWorkdays: 2.5 });
});

test.each([
  ['contact', 2, 5, 0.4],
  ['plan', 3, 5, 0.6],
  ['followup', 1, 2, 0.5],
  ['report', 1, 1, 1], // c3, reported within the hour
  ['resolve', 0, 0, null], // c3's resolve is open and not yet due: left out
  ['all', 7, 13, 0.5385],
])('on-time rate %s = %d / %d', (m, num, den, value) => {
  expect(f.onTime[m as keyof ReportFigures['onTime']]).toEqual({ num, den, value });
});

test('department appraisal: weighted score and grade', () => {
  const a = unit(f.appraisal.departments, 'A');
  expect(a).toMatchObject({ received: 3, resolved: 2, resolutionRate: 0.6667, onTimeRate: 0.5, rated: 2, meanSatisfaction: 3.5, csat: 0.5 });
  expect(a.components).toEqual({ timeliness: 50, resolution: 66.67, satisfaction: 50 });
  expect(a.score).toBe(56.7);
  expect(a.grade).toBe('不合格');
  expect(a.note).toBe('');
});

test('a unit with no rating is scored on the other components, rescaled, and says so', () => {
  const b = unit(f.appraisal.departments, 'B');
  expect(b.components).toEqual({ timeliness: 60, resolution: 0, satisfaction: null }); // 3 of c3's and c4's 5 deadlines met
  expect(b.score).toBe(25.7); // (60×30 + 0×40) / 70
  expect(b.note).toMatch(/满意度/);
});

test('handler appraisal: the rating counts for the handler', () => {
  const jia = unit(f.appraisal.handlers, '甲');
  expect(jia).toMatchObject({ received: 2, resolved: 2, rated: 2, csat: 0.5 });
  expect(jia.score).toBe(75);
  expect(jia.grade).toBe('合格');
  expect(f.appraisal.handlers.map((h) => h.unit).sort()).toEqual(['(未填)', '乙', '甲']);
});

describe('timeliness by response time (002: 投訴響應時間 | 平均響應時間 | 30%), the default', () => {
  const r = figures(october, '2026-10', undefined, 'response');
  // Response = the tier's first clock from receipt (contact, 24 h general / 6 h major), as a share of
  // the time allowed; a missing response past its deadline counts up to the as-of time (11-01 00:00).
  test.each<[string, number, number, number | null]>([
    // c1 2/24 h, c2 48/24 h, c8 not contacted by the as-of time: 86/24 h → mean 1.8889 → 100 ÷ 1.8889
    ['A', 52.94, 1.8889, 45.33],
    // c3 5/6 h, c4 never contacted: 375/24 h → mean 8.2292 → 100 ÷ 8.2292
    ['B', 12.15, 8.2292, 190],
  ])('department %s: response score %d (mean ratio %d), mean response %d h', (name, score, ratio, hours) => {
    const u = r.indicators.departments.find((d) => d.unit === name)!;
    expect(u.responseScore).toBe(score);
    expect(u.responseRatio).toBe(ratio);
    expect(u.meanResponseHours).toBe(hours);
    expect(unit(r.appraisal.departments, name).components.timeliness).toBe(score);
  });

  test('at or under the target on average scores 100', () => {
    const g = figures([{ id: 'x', department: 'C', received: '2026-10-09 10:00', contacted: '2026-10-10 10:00' }], '2026-10', undefined, 'response');
    expect(unit(g.appraisal.departments, 'C').components.timeliness).toBe(100);
  });

  test('handler 甲: c1 and c2 → ratio 1.0417 → 96; score (96×30 + 100×40 + 50×30) / 100', () => {
    expect(unit(r.appraisal.handlers, '甲').components.timeliness).toBe(96);
    expect(unit(r.appraisal.handlers, '甲').score).toBe(83.8);
  });
});

describe('indicators the policies name: 平均解决时间, 重复率, 建议采纳率', () => {
  const g = figures([
    ...october,
    { id: 's1', department: 'C', handler: '丙', received: '2026-10-05 10:00', resolved: '2026-10-06 16:00', suggestionAdopted: true },
    { id: 's2', department: 'C', handler: '丙', received: '2026-10-06 10:00', suggestionAdopted: false },
    { id: 's3', department: 'C', handler: '丙', received: '2026-10-07 10:00', suggestionAdopted: true },
  ], '2026-10');
  test.each<[string, number | null, number | null, number | null, number]>([
    // A: c1 72 h, c2 120 h → 96 h; c2 is a secondary complaint of c1 → 1 of 3
    ['A', 96, 0.3333, null, 0],
    ['B', null, 0, null, 0],
    // C: s1 30 h; 2 of 3 suggestions adopted
    ['C', 30, 0, 0.6667, 3],
  ])('department %s: 平均解决时间 %s h, 重复率 %s, 建议采纳率 %s of %d', (name, hours, repeat, adoption, suggestions) => {
    const u = g.indicators.departments.find((d) => d.unit === name)!;
    expect([u.meanResolutionHours, u.repeatRate, u.adoptionRate, u.suggestions]).toEqual([hours, repeat, adoption, suggestions]);
  });
});

describe('处理人 at rating time: the rating is credited to who resolved the complaint (办结人)', () => {
  const g = figures([
    { id: 'h1', department: 'A', handler: '乙', resolvedBy: '甲', received: '2026-10-09 10:00', contacted: '2026-10-09 11:00', resolved: '2026-10-10 10:00', satisfaction: 5 },
    { id: 'h2', department: 'A', handler: '乙', received: '2026-10-11 10:00', contacted: '2026-10-11 11:00', resolved: '2026-10-12 10:00', satisfaction: 1 },
  ], '2026-10');
  test.each<[string, number, number]>([['甲', 1, 5], ['乙', 1, 1]])('%s: %d rated, mean %d', (name, rated, meanRating) => {
    expect(unit(g.appraisal.handlers, name)).toMatchObject({ rated, meanSatisfaction: meanRating });
    expect(g.indicators.handlers.map((h) => h.unit)).toContain(name);
  });
});

test('penalty ladder per staff member', () => {
  expect(f.penalties).toEqual([{ month: '2026-10', staff: '张三', count: 3, action: '通报批评', fine: 200 }]);
  expect(f.reward).toBeNull();
});

test.each([
  [1, undefined],
  [2, 100],
  [3, 200],
  [4, 300],
  [5, 300],
  [6, 0],
])('%d complaints in a month → fine %s', (n, fine) => {
  const rows = Array.from({ length: n }, (_, i) => ({ staff: '李四', received: `2026-10-${String(i + 2).padStart(2, '0')} 10:00` }));
  const p = figures(rows, '2026-10').penalties;
  if (fine === undefined) expect(p).toEqual([]);
  else expect(p[0]).toMatchObject({ count: n, fine, action: n >= 6 ? '辞退审查' : '通报批评' });
});

test('satisfaction: follow-up ratings, survey, trend and cases to reopen', () => {
  const s = f.satisfaction;
  expect(s.register).toMatchObject({ responses: 2, mean: 3.5, csat: 0.5 });
  expect(s.survey).toMatchObject({ responses: 1, mean: 4, csat: 0.75 });
  expect(s.survey.byDimension.find((d) => d.dimension === 'price')).toMatchObject({ responses: 1, mean: 2, csat: 0 });
  expect(s.previous).toEqual({ period: '2026-09', register: { responses: 0, mean: null, csat: null }, survey: { responses: 1, mean: 3, csat: 0 } });
  expect(s.unsatisfied.map((u) => [u.id, u.rating])).toEqual([['c2', 2]]);
  expect(s.lowSurvey.map((r) => [r.row, r.lowest])).toEqual([[2, 2]]);
});

test('overdue list: breached this period, and older ones still overdue', () => {
  expect(f.overdue.map((o) => [o.id, o.carriedOver]).sort()).toEqual([['c2', false], ['c4', false], ['c6', true], ['c8', false]]);
  const c6 = f.overdue.find((o) => o.id === 'c6')!;
  expect(c6.contact).toBe('13812345678'); // figures keep it; the workbook masks it
  expect(c6.due).toEqual({ contact: '2026-10-01T10:00', plan: '2026-10-02T10:00' });
});

test('as-of mid-month: later records and later complaints have not happened yet', () => {
  const mid = figures(october, '2026-10', '2026-10-21 00:00');
  expect(mid.population).toBe(4); // c8 not yet received
  expect(mid.resolution.num).toBe(1); // c2 resolved on 10-25
  expect(mid.period.asOf).toBe('2026-10-21T00:00');
});

describe('quarter', () => {
  const rows: ComplaintInit[] = [...october, { id: 'q3', department: 'B', handler: '乙', received: '2026-08-03 10:00' }];
  const q = figures(rows, '2026-Q4');

  test('a department failing two quarters in a row is flagged', () => {
    const b = q.quarter!.departments.find((d) => d.unit === 'B')!;
    expect(b.grade).toBe('不合格');
    expect(b.previousGrade).toBe('不合格');
    expect(b.failedTwice).toBe(true);
    expect(q.quarter!.previous).toBe('2026-Q3');
  });

  test('by month, and the year-end reward list in Q4', () => {
    expect(q.byDay.map((d) => d.key)).toEqual(['10', '11', '12']);
    expect(q.reward).toEqual({ year: 2026, staff: ['乙', '甲'].sort((a, b) => a.localeCompare(b)) });
  });
});

test('periods', () => {
  expect(parsePeriod('2026-13').ok).toBe(false);
  expect(parsePeriod('2026Q5').ok).toBe(false);
  const jan = parsePeriod('2027-01');
  expect(jan.ok && previousPeriod(jan.value).label).toBe('2026-12');
  const q1 = parsePeriod('2027-q1');
  expect(q1.ok && previousPeriod(q1.value).label).toBe('2026-Q4');
});

test('overdue list order: still overdue first, then by receipt time (compared as the fixed YYYY-MM-DDTHH:mm text)', () => {
  const keys = f.overdue.map((o) => [o.status === 'overdue' ? 0 : 1, o.received] as const);
  expect(keys.length).toBeGreaterThan(2);
  const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  expect(keys).toEqual(sorted);
  for (const [, r] of keys) expect(r).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
});
