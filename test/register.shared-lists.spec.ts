// Issue 11 (a million rows in 1 GB): a factor list is kept once per distinct list, frozen, so
// rows share it; what each row reads is unchanged, and no row can change another's list.
import { readRegister } from '../src/core/register/read';

const HEAD = ['投诉编号', '受理时间', '客户', '情形'];
const grid = [
  HEAD,
  ['T1', '2026-10-01 09:00', '甲', '人身伤害、质量缺陷'],
  ['T2', '2026-10-02 09:00', '乙', '人身伤害、质量缺陷'],
  ['T3', '2026-10-03 09:00', '丙', '质量缺陷'],
  ['T4', '2026-10-04 09:00', '丁', ''],
  ['T5', '2026-10-05 09:00', '戊', null],
];

const complaints = () => {
  const r = readRegister(grid);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value.complaints;
};

test.each([
  ['T1', ['人身伤害', '质量缺陷']],
  ['T2', ['人身伤害', '质量缺陷']],
  ['T3', ['质量缺陷']],
  ['T4', []],
  ['T5', []],
])('row %s reads its factors as written', (id, factors) => {
  expect(complaints().find((c) => c.id === id)?.factors).toEqual(factors);
});

test('rows with the same factors share one frozen list; different lists stay apart', () => {
  const [a, b, c, d, e] = complaints();
  expect(a.factors).toBe(b.factors);
  expect(a.factors).not.toBe(c.factors);
  expect(d.factors).toBe(e.factors);
  for (const x of [a, c, d]) expect(Object.isFrozen(x.factors)).toBe(true);
  expect(() => (a.factors as string[]).push('x')).toThrow(TypeError);
  expect(b.factors).toEqual(['人身伤害', '质量缺陷']);
});

// Issue 11 (fewer allocations per row): errors are gathered in one list while a row is read and
// copied out only for a row that has some; every other row keeps the shared frozen empty list.
test('each row with errors keeps its own errors; clean rows share the frozen empty list', () => {
  const r = readRegister([
    ['投诉编号', '受理时间', '客户', '损失金额（元）'],
    ['E1', '2026-10-01 09:00', '甲', '约五千'],
    ['E2', '2026-10-02 09:00', '乙', '100'],
    ['E3', '2026-13-45 09:00', '丙', '很多'],
    ['E4', '2026-10-04 09:00', '丁', '200'],
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const [e1, e2, e3, e4] = r.value.complaints;
  expect(e1.errors.map((e) => [e.row, e.column])).toEqual([[2, '损失金额（元）']]);
  expect(e3.errors.map((e) => [e.row, e.column])).toEqual([[4, '受理时间'], [4, '损失金额（元）']]);
  expect(e1.errors).not.toBe(e3.errors);
  expect(e2.errors).toBe(e4.errors);
  expect(e2.errors).toEqual([]);
  expect(Object.isFrozen(e2.errors)).toBe(true);
  expect(() => e2.errors.push(e1.errors[0])).toThrow(TypeError);
});
