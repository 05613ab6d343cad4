// Issue 13: "Calendar coverage everywhere: when a complaint or deadline falls in a year the calendar
// does not cover, the functions return a clear error value (not a silent weekend-only result), the
// pane and the report warn, and the warning disappears once the user adds that year's days."
// chinese-days@1.5.7 has no 2027 notice (checked: node_modules/chinese-days/dist/chinese-days.json
// has no 2027 key), so 2027 is the uncovered year here; 2027-01-01 (元旦) is a Friday.
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { checkRegister } from '../src/core/check';
import { readRegister } from '../src/core/register/read';
import { preset } from '../src/core/policy/presets';
import { Policy } from '../src/core/policy/types';
import { reportCoverage } from '../src/core/calendar/coverage';
import { CHINA_LAST_YEAR } from '../src/core/calendar/china-days.generated';
import { dueCells, statusCells } from '../src/functions/register';
import { ArgError, networkdaysCount, workdaySerial } from '../src/functions/args';
import { CellFault } from '../src/functions/grid';
import { parseIsoDay } from '../src/core/time';
import { at, compiled, complaint } from './helpers/build';

const serial = (iso: string, hours = 0): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569 + hours / 24;

/** severity with the user's 2027 lines: 元旦 off (2027-01-01), as a 投诉政策 日历 line would add it. */
function with2027(): Policy {
  const p = preset('severity') as Policy;
  p.calendar.days.push({ day: parseIsoDay('2027-01-01') as number, kind: 'off', name: '元旦' });
  return p;
}
const severity = compiled('severity');
const added = compiled(with2027());

const chineseDays = JSON.parse(readFileSync(join(__dirname, '..', 'node_modules', 'chinese-days', 'dist', 'chinese-days.json'), 'utf8')) as { holidays: Record<string, string> };
const shipped2027 = Object.keys(chineseDays.holidays).some((d) => d.startsWith('2027-'));

test('the shipped table ends where chinese-days ends; the README says which year', () => {
  expect(CHINA_LAST_YEAR).toBe(Math.max(...Object.keys(chineseDays.holidays).map((d) => Number(d.slice(0, 4)))));
  expect(shipped2027).toBe(CHINA_LAST_YEAR >= 2027);
  expect(readFileSync(join(__dirname, '..', 'README.md'), 'utf8')).toContain(`covers (2004–${CHINA_LAST_YEAR})`);
});

// The rest is about a year the table lacks: when chinese-days ships 2027 these fail on purpose, to be
// moved to the next year when the README is updated.
describe('a deadline counted through 2027', () => {
  const major = { received: '2026-12-21 10:00', factors: ['人身伤害'] }; // 15 working days → January 2027
  test.each<[string, ReturnType<typeof compiled>, number | undefined]>([
    ['the shipped calendar: 2027 is uncovered', severity, 2027],
    ['the user added 2027 days: covered', added, undefined],
  ])('%s', (_n, cp, year) => {
    const c = complaint(major);
    const ev = evaluate(cp, c, assignTiers(cp, [c])[0].rank, at('2026-12-22 10:00'));
    expect(ev.uncoveredYear).toBe(year);
    expect(ev.milestones.find((m) => m.key === 'resolve')?.uncovered).toBe(year);
    // Hour clocks need no calendar: never flagged.
    expect(ev.milestones.find((m) => m.key === 'contact')?.uncovered).toBeUndefined();
  });

  test('adding 元旦 2027 moves the deadline a day later (it was counted as a working day)', () => {
    const due = (cp: ReturnType<typeof compiled>) => dueCells(cp, { milestone: 'resolve', received: serial('2026-12-21', 10), tier: 'major' });
    expect(due(added)).toBe(serial('2027-01-12'));
    expect(due(severity)).toBeInstanceOf(CellFault);
  });

  test.each<[string, () => unknown]>([
    ['DUE', () => dueCells(severity, { milestone: 'resolve', received: serial('2026-12-21', 10), tier: 'major' })],
    ['STATUS', () => statusCells(severity, { received: serial('2026-12-21', 10), tier: 'major' }, at('2026-12-22 10:00'))],
  ])('%s gives an error value naming the year and what to do', (_n, call) => {
    const out = call();
    expect(out).toBeInstanceOf(CellFault);
    expect((out as CellFault).message).toMatch(/^日历未覆盖 2027 年（内置 chinese-days@[\d.]+ 收录至 2026 年；日历 china）：请在「投诉政策」表中添加 2027 年的放假\/上班日期$/);
  });

  test('a DUE of an hour clock in 2027 is still given', () => {
    expect(dueCells(severity, { milestone: 'contact', received: serial('2027-01-04', 10), tier: 'major' })).toBeCloseTo(serial('2027-01-04', 16), 9);
  });

  test.each<[string, () => number]>([
    ['WORKDAY into 2027', () => workdaySerial(serial('2026-12-30'), 3)],
    ['WORKDAY from 2027', () => workdaySerial(serial('2027-01-04'), 1)],
    ['NETWORKDAYS across the new year', () => networkdaysCount(serial('2026-12-28'), serial('2027-01-08'))],
  ])('%s: #VALUE! with the message, not a weekend-only answer', (_n, call) => {
    let e: unknown;
    try {
      call();
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(ArgError);
    expect((e as ArgError).code).toBe('invalidValue');
    expect((e as ArgError).message).toMatch(/日历未覆盖 2027 年.*请在 holidays 参数中给出 2027 年的放假日期/);
  });

  test('WORKDAY with 2027 days in its holidays argument counts them', () => {
    // 2026-12-31 (Thu) + 1 working day skips 2027-01-01 (off) → Monday 2027-01-04.
    expect(workdaySerial(serial('2026-12-31'), 1, [[serial('2027-01-01')]])).toBe(serial('2027-01-04'));
    expect(workdaySerial(serial('2026-12-30'), 1, null, 'weekends')).toBe(serial('2026-12-31'));
  });

  const grid = [
    ['编号', '受理时间', '客户', '情形'],
    ['A-1', '2026-12-21 10:00', '王先生', '人身伤害'],
    ['A-2', '2026-11-02 10:00', '李女士', ''],
    ['A-3', '2027-01-04 09:00', '赵先生', ''],
  ];
  test.each<[string, ReturnType<typeof compiled>, string[]]>([
    ['check warns, with the rows it concerns and what to do', severity, ['2027:2']],
    ['the warning disappears once 2027 days are added', added, []],
  ])('%s', (_n, cp, expected) => {
    const read = readRegister(grid);
    if (!read.ok) throw new MsgError(read.error);
    const r = checkRegister(read.value, cp, at('2027-01-04 12:00'));
    expect(r.summary.warnings.map(zh).map((w) => `${/不含 (\d+) 年/.exec(w)?.[1]}:${/：(\d+) 行/.exec(w)?.[1]}`)).toEqual(expected);
    if (expected.length) {
      expect(zh(r.summary.warnings[0])).toContain('国务院 2027 年放假通知尚未收录');
      expect(en(r.summary.warnings[0])).toMatch(/has no 2027 holiday notice .*: deadlines of 2 row\(s\) count weekends only/);
      expect(r.rows.filter((x) => x.uncoveredYear === 2027).map((x) => x.id)).toEqual(['A-1', 'A-3']);
    }
    expect(Object.fromEntries(reportCoverage(cp, read.value.complaints, at('2027-01-04 12:00')))).toEqual(expected.length ? { 2027: 2 } : {});
  });
});
