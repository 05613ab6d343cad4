// Issue 13: reopen and appeal.
// 000 (policy-rules.md §1): "If the customer is not satisfied at the follow-up, the complaint is reopened and handled again (000)."
// 001 (§3, preset B): "An appeal (申诉) by a department that thinks the complaint is not its own must come within 1 working day."
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { evaluate } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { formatDeadline } from '../src/core/sla';
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { reportFigures } from '../src/core/report/figures';
import { parsePeriod } from '../src/core/report/period';
import { FIELD_BY_KEY, FieldKey } from '../src/core/register/fields';
import { CompiledPolicy } from '../src/core/policy/compile';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const severity = compiled('severity');
const klass = compiled('class');
function run(cp: CompiledPolicy, row: ComplaintInit & Record<string, unknown>, asOf: string) {
  const times: Record<string, number> = {};
  for (const k of ['reopened', 'reresolved', 'appealed', 'transferredAt']) if (typeof row[k] === 'string') times[k] = at(row[k] as string);
  const c = complaint({ ...row, ...times } as ComplaintInit);
  return evaluate(cp, c, assignTiers(cp, [c])[0].rank, at(asOf));
}

describe('重新处理: a reopened complaint runs its own resolve clock', () => {
  // important (000): resolve 7 working days; reopened Mon 2026-11-09 10:00 → 7 working days → Wed 11-18.
  const important = { received: '2026-10-26 09:00', factors: ['质量缺陷'], reported: '2026-10-26 10:00', planned: '2026-10-27 09:00', resolved: '2026-10-30 10:00', followedUp: '2026-11-02 10:00', satisfaction: 2 };
  test.each<[string, CompiledPolicy, Record<string, unknown>, string, string, string, boolean]>([
    ['important: the tier\'s 7 working days from the reopening', severity, { ...important, reopened: '2026-11-09 10:00' }, '2026-11-10 10:00', '2026-11-18', 'on-track', false],
    ['… overdue once they run out', severity, { ...important, reopened: '2026-11-09 10:00' }, '2026-11-19 00:00', '2026-11-18', 'overdue', true],
    ['… closed on time when resolved again within them', severity, { ...important, reopened: '2026-11-09 10:00', reresolved: '2026-11-18 17:00' }, '2026-11-25 00:00', '2026-11-18', 'closed-on-time', false],
    ['… closed late when resolved again after', severity, { ...important, reopened: '2026-11-09 10:00', reresolved: '2026-11-19 09:00' }, '2026-11-25 00:00', '2026-11-18', 'closed-late', true],
    // general has no fixed resolve clock (the promise): 3 working days (001 三篇), the setting's default.
    ['general: 3 working days', severity, { received: '2026-10-26 09:00', contacted: '2026-10-26 10:00', planned: '2026-10-26 11:00', resolved: '2026-10-27 10:00', followedUp: '2026-10-28 10:00', reopened: '2026-11-06 15:00' }, '2026-11-07 10:00', '2026-11-11', 'on-track', false],
  ])('%s', (_n, cp, row, asOf, due, status, breached) => {
    const ev = run(cp, row, asOf);
    expect(ev.reopen && formatDeadline(ev.reopen.due)).toBe(due);
    expect(ev.reopen?.breached).toBe(breached);
    expect(ev.status).toBe(status);
  });

  test('reopened without a resolution: a cell error in 重新处理时间, the row still counts', () => {
    const read = readRegister([['受理时间', '客户', '重新处理时间'], ['2026-11-03 09:00', '王先生', '2026-11-05 10:00']]);
    if (!read.ok) throw new MsgError(read.error);
    const c = read.value.complaints[0];
    expect(c.errors.map((e) => [e.column, zh(e.msg).slice(0, 9)])).toEqual([['重新处理时间', '重新处理须在办结之']]);
    expect(c.reopened).toBeUndefined();
  });
});

describe('申诉: within 1 working day of dispatch; upheld moves the complaint and restarts its clock', () => {
  // class2: dispatched Fri 2026-11-06 10:00 → appeal by the end of Mon 11-09.
  const dispatched = { received: '2026-11-06 09:00', reported: '2026-11-06 10:00', department: '物流部' };
  test.each<[string, Record<string, unknown>, boolean]>([
    ['appealed on the Monday: in time', { ...dispatched, appealed: '2026-11-09 17:00' }, false],
    ['appealed on the Tuesday: late', { ...dispatched, appealed: '2026-11-10 09:00' }, true],
  ])('%s', (_n, row, late) => {
    expect(run(klass, row, '2026-11-10 10:00').appeal?.late).toBe(late);
  });

  test('upheld: the resolve clock restarts at the transfer (2 working days), and the complaint is the new department\'s', () => {
    const read = readRegister([
      ['编号', '受理时间', '客户', '责任部门', '上报时间', '申诉时间', '申诉结果', '改派部门', '改派时间'],
      ['A-1', '2026-11-06 09:00', '王先生', '物流部', '2026-11-06 10:00', '2026-11-09 11:00', '成立', '售后服务部', '2026-11-09 14:00'],
      ['A-2', '2026-11-06 09:00', '李女士', '物流部', '2026-11-06 10:00', '2026-11-09 11:00', '不成立', '', ''],
      ['A-3', '2026-11-06 09:00', '赵先生', '物流部', '2026-11-06 10:00', '2026-11-10 11:00', '不成立', '', ''],
    ]);
    if (!read.ok) throw new MsgError(read.error);
    const [a1, a2] = read.value.complaints;
    expect([a1.department, a1.appealFrom, a1.appealUpheld]).toEqual(['售后服务部', '物流部', true]);
    expect([a2.department, a2.appealUpheld]).toEqual(['物流部', false]);
    const r = checkRegister(read.value, klass, at('2026-11-10 12:00'));
    // restart Mon 11-09 → 2 working days → Wed 11-11; A-2: 2 working days after dispatch 11-06 → Tue 11-10.
    expect(r.rows.map((x) => x.due.resolve)).toEqual(['2026-11-11', '2026-11-10', '2026-11-10']);
    expect(r.rows.map((x) => x.appeal)).toEqual([{ late: false, upheld: true }, { late: false, upheld: false }, { late: true, upheld: false }]);
    expect(r.rows[2].errors.map((e) => ({ column: e.column, message: zh(e.msg) }))).toEqual([{ column: '申诉时间', message: expect.stringContaining('申诉超过派单后 1 个工作日（截止 2026-11-09）') }]);
    expect(en(r.rows[2].errors[0].msg)).toBe('the appeal came after the 1-working-day window, which ended 2026-11-09; the policy does not accept it');
    expect(r.summary.rework).toEqual({ extensions: 0, explanationsLate: 0, reopened: 0, reopenedOpen: 0, appeals: 3, appealsLate: 1, appealsUpheld: 1 });
  });

  test('an unreadable verdict is a cell error', () => {
    const read = readRegister([['受理时间', '客户', '申诉结果'], ['2026-11-03 09:00', '王先生', '待定']]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.complaints[0].errors.map((e) => e.column)).toEqual(['申诉结果']);
  });
});

describe('the appraisal counts extensions, reopens (also as repeats) and appeals', () => {
  test('per period and per department', () => {
    const rows: ComplaintInit[] = [
      { id: 'e1', department: 'A', received: '2026-10-05 09:00', extendedTo: at('2026-10-20 00:00'), extensionReason: '配件' },
      { id: 'r1', department: 'A', received: '2026-10-06 09:00', resolved: '2026-10-07 09:00', reopened: at('2026-10-12 09:00') } as ComplaintInit,
      { id: 'p1', department: 'A', appealFrom: 'B', appealUpheld: true, received: '2026-10-08 09:00', reported: '2026-10-08 10:00', appealed: at('2026-10-09 09:00') } as ComplaintInit,
      { id: 'p2', department: 'B', appealUpheld: false, received: '2026-10-08 09:00', reported: '2026-10-08 10:00', appealed: at('2026-10-12 09:00') } as ComplaintInit,
      { id: 'x', department: 'B', received: '2026-09-08 09:00', extendedTo: at('2026-09-20 00:00'), extensionReason: '上月' },
    ];
    const p = parsePeriod('2026-10');
    if (!p.ok) throw new MsgError(p.error);
    const f = reportFigures({ policy: severity, complaints: rows.map((r) => complaint(r)), survey: [], period: p.value, asOf: p.value.end });
    expect(f.rework).toEqual({
      extensions: 1, lateExplanations: 0, reopens: 1, appeals: { total: 2, upheld: 1, rejected: 1, late: 1 },
      byDepartment: [{ unit: 'A', extensions: 1, lateExplanations: 0, reopens: 1, appeals: 0 }, { unit: 'B', extensions: 0, lateExplanations: 0, reopens: 0, appeals: 2 }],
    });
    expect(f.secondary).toEqual({ num: 1, den: 4, value: 0.25 });
  });
});

describe('the new columns are read through the synonym table', () => {
  const keys: FieldKey[] = ['reopened', 'reresolved', 'appealed', 'appealResult', 'transferredTo', 'transferredAt'];
  const value = (k: FieldKey) => (FIELD_BY_KEY[k].type === 'datetime' ? '2026-11-05 10:00' : k === 'appealResult' ? '成立' : '售后服务部');
  test.each(keys.flatMap((k) => [FIELD_BY_KEY[k].zh, FIELD_BY_KEY[k].en, ...FIELD_BY_KEY[k].synonyms].map((h) => [h, k] as const)))('%j → %s', (header, key) => {
    const read = readRegister([['受理时间', '客户', '办结时间', header], ['2026-11-03 09:00', '王先生', '2026-11-04 09:00', value(key)]]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.map.columns[key]).toBe(3);
    const c = read.value.complaints[0] as unknown as Record<string, unknown>;
    expect(c[key]).toEqual(FIELD_BY_KEY[key].type === 'datetime' ? at('2026-11-05 10:00') : value(key));
  });
});

describe('the windows are settings (投诉政策 设置 lines)', () => {
  test('重新处理工作日 and 申诉工作日 round-trip and apply', () => {
    const { policyFromTable, policyToTable } = jest.requireActual('../src/core/policy/table') as typeof import('../src/core/policy/table');
    const { preset } = jest.requireActual('../src/core/policy/presets') as typeof import('../src/core/policy/presets');
    const table = policyToTable(preset('class')!);
    expect(table).toContainEqual(['设置', '重新处理工作日', 3, '', '', '', expect.any(String)]);
    expect(table).toContainEqual(['设置', '申诉工作日', 1, '', '', '', expect.any(String)]);
    const edited = table.map((r): (string | number)[] => (r[1] === '申诉工作日' ? [r[0], r[1], 2, ...r.slice(3)] : r));
    const back = policyFromTable(edited);
    expect(back.problems).toEqual([]);
    expect(back.policy?.appealWorkdays).toBe(2);
    const cp = compiled(back.policy!);
    // Dispatched Fri 11-06: with 2 working days, Tuesday 11-10 is still in time.
    expect(run(cp, { received: '2026-11-06 09:00', reported: '2026-11-06 10:00', appealed: '2026-11-10 09:00' } as Record<string, unknown>, '2026-11-10 10:00').appeal?.late).toBe(false);
    const notWhole = policyFromTable([['设置', '申诉工作日', 1.5]]).problems[0].message;
    expect(en(notWhole)).toBe('申诉工作日 must be a whole number of working days, got "1.5"');
    expect(zh(notWhole)).toBe('申诉工作日 须为工作日的整数，实为「1.5」');
  });
});
