// Regressions of issue 9 "correctness": one snapshot at the as-of time for every figure of a
// workbook, CSAT change from unrounded rates, a department without ratings keeps its row.
import { MsgError } from '../src/core/messages';
import { reportFigures, ReportFigures } from '../src/core/report/figures';
import { parsePeriod } from '../src/core/report/period';
import { reportModel } from '../src/core/report/sheets';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

function figures(rows: ComplaintInit[], period: string, asOf: string): ReportFigures {
  const p = parsePeriod(period);
  if (!p.ok) throw new MsgError(p.error);
  return reportFigures({ policy: compiled('severity'), complaints: rows.map((r) => complaint(r)), survey: [], period: p.value, asOf: at(asOf) });
}

// Department A: one complaint in October (resolved, rated 5) and one in December, after the as-of.
const quarter: ComplaintInit[] = [
  { id: 'q1', department: 'A', handler: '甲', staff: '张三', received: '2026-10-09 10:00', contacted: '2026-10-09 12:00', planned: '2026-10-10 09:00', resolved: '2026-10-12 10:00', followedUp: '2026-10-14 10:00', satisfaction: 5 },
  { id: 'q2', department: 'A', handler: '甲', staff: '张三', received: '2026-12-10 10:00' },
  { id: 'q3', department: 'A', handler: '甲', staff: '张三', received: '2026-12-11 10:00' },
];

test('the quarterly roll-up honours --as-of: the same department has one score in one workbook', () => {
  const f = figures(quarter, '2026-Q4', '2026-11-05 10:00');
  const appraisal = f.appraisal.departments.find((u) => u.unit === 'A')!;
  const rolled = f.quarter!.departments.find((u) => u.unit === 'A')!;
  expect(appraisal.received).toBe(1); // q2 and q3 had not been received on 11-05
  expect(rolled.received).toBe(1);
  expect(rolled.score).toBe(appraisal.score);
  expect(rolled.grade).toBe(appraisal.grade);
});

test('penalties and ratings after the as-of time do not count', () => {
  const f = figures(quarter, '2026-Q4', '2026-11-05 10:00');
  expect(f.penalties).toEqual([]); // 张三 has 2 in December, after the as-of time
  const later = figures(quarter, '2026-Q4', '2026-12-31 10:00');
  expect(later.penalties.map((p) => [p.month, p.staff, p.count])).toEqual([['2026-12', '张三', 2]]);
});

// CSAT 2/3 now and 1/3 before: the change is 1/3 = 0.3333, where rounded rates give 0.6667 - 0.3333 = 0.3334.
const rated = (id: string, day: string, rating: number, department = 'A'): ComplaintInit => ({ id, department, customer: id, received: `${day} 09:00`, contacted: `${day} 10:00`, resolved: `${day} 12:00`, followedUp: `${day} 18:00`, satisfaction: rating });
const trend: ComplaintInit[] = [
  rated('s1', '2026-09-02', 5), rated('s2', '2026-09-03', 1), rated('s3', '2026-09-04', 1),
  rated('o1', '2026-10-02', 5), rated('o2', '2026-10-03', 4), rated('o3', '2026-10-04', 1),
  { id: 'b1', department: 'B', customer: 'b1', received: '2026-10-05 09:00' },
];

test('满意率变化 is computed from the unrounded rates', () => {
  const f = figures(trend, '2026-10', '2026-11-01 00:00');
  expect(f.satisfaction.register.csat).toBe(0.6667);
  expect(f.satisfaction.previous.register.csat).toBe(0.3333);
  expect(f.satisfaction.change.register).toBe(0.3333);
  const sheet = reportModel(f, compiled('severity').policy, { register: 'r', policyLabel: 'p', includeContacts: false }).sheets.find((s) => s.name === '满意度')!;
  expect(sheet.blocks[0].rows[0][7]).toBe(0.3333);
});

test('a department with complaints but no ratings keeps its row, with —', () => {
  const f = figures(trend, '2026-10', '2026-11-01 00:00');
  expect(f.satisfaction.register.byDepartment.map((d) => [d.department, d.responses, d.csat])).toEqual([['A', 3, 0.6667], ['B', 0, null]]);
  const sheet = reportModel(f, compiled('severity').policy, { register: 'r', policyLabel: 'p', includeContacts: false }).sheets.find((s) => s.name === '满意度')!;
  const byDept = sheet.blocks.find((b) => b.title.startsWith('回访满意度按部门'))!;
  expect(byDept.rows.find((r) => r[0] === 'B')).toEqual(['B', '', 0, '—', '—']);
});
