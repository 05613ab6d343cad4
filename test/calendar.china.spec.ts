// The `china` calendar: State Council holidays (放假) and make-up working days (调休) on top of the
// Saturday/Sunday weekend, which Excel's WORKDAY.INTL cannot express. Dates of the 2026 notice
// (国办发明电〔2025〕7号): 元旦 1/1-1/3 (1/4 Sun works); 春节 2/15-2/23 (2/14 Sat and 2/28 Sat work);
// 清明 4/4-4/6; 劳动节 5/1-5/5 (5/9 Sat works); 端午 6/19-6/21; 中秋 9/25-9/27;
// 国庆 10/1-10/7 (9/20 Sun and 10/10 Sat work).
import { MsgError } from '../src/core/messages';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { WORKDAY } from '@formulajs/formulajs';
import {
  Calendar,
  CalendarDay,
  addWorkdays,
  compileCalendar,
  countWorkdays,
  covers,
  isWorkday,
} from '../src/core/calendar/calendar';
import { BUILTIN_CALENDAR_SPECS, builtinCalendar } from '../src/core/calendar/builtin';
import { CHINA_DAYS_SOURCE, CHINA_FIRST_YEAR, CHINA_LAST_YEAR } from '../src/core/calendar/china-days.generated';
import { Day, dayOf, formatDay, parseIsoDay } from '../src/core/time';
import { refWeekday, naiveWorkday, naiveNetworkdays } from './helpers/calendar-reference';
import { seededRandom as mulberry32 } from '../src/core/random';

const D = (iso: string): Day => {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`bad date ${iso}`);
  return d;
};
const china = builtinCalendar('china') as Calendar;
const weekends = builtinCalendar('weekends') as Calendar;

function compiled(days: readonly CalendarDay[], weekend = '0000011'): Calendar {
  const r = compileCalendar({ name: 't', weekend, days });
  if (!r.ok) throw new MsgError(r.error);
  return r.value;
}
const offDays = (from: string, to: string): CalendarDay[] => {
  const out: CalendarDay[] = [];
  for (let d = D(from); d <= D(to); d++) out.push({ day: d, kind: 'off', name: 'holiday' });
  return out;
};

test('the built-in calendars exist and the table covers 2004-2026', () => {
  // chinese-days: 2026-10-01 (a Thursday) is 国庆, 2026-10-10 (a Saturday) a make-up working day;
  // the weekends calendar knows neither. A plain Thursday works in both.
  expect([isWorkday(china, D('2026-10-01')), isWorkday(weekends, D('2026-10-01'))]).toEqual([false, true]);
  expect([isWorkday(china, D('2026-10-10')), isWorkday(weekends, D('2026-10-10'))]).toEqual([true, false]);
  expect([isWorkday(china, D('2026-11-05')), isWorkday(weekends, D('2026-11-05'))]).toEqual([true, true]);
  expect(builtinCalendar('nope')).toBeUndefined();
  expect(CHINA_DAYS_SOURCE).toMatch(/^chinese-days@/);
  expect([CHINA_FIRST_YEAR, CHINA_LAST_YEAR]).toEqual([2004, 2026]);
});

// ---------------------------------------------------------------------------------------------
// National Day 2026: 7 working days after Wednesday 2026-09-30.
// ---------------------------------------------------------------------------------------------

describe('National Day 2026: 7 working days after 2026-09-30', () => {
  test('china: the holiday week is skipped and Saturday 2026-10-10 works', () => {
    expect(formatDay(addWorkdays(china, D('2026-09-30'), 7))).toBe('2026-10-15');
    expect(isWorkday(china, D('2026-10-10'))).toBe(true);
  });
  test('weekends only: Excel WORKDAY without holidays', () => {
    expect(formatDay(addWorkdays(weekends, D('2026-09-30'), 7))).toBe('2026-10-09');
  });
  // Plain WORKDAY.INTL with the holidays but without the make-up Saturday is one day late. The
  // official holiday is 10/1-10/7 (giving 10-16); a list running to 10/8 (2025's dates) gives 10-19.
  test.each([
    ['2026-10-01', '2026-10-07', '2026-10-16'],
    ['2026-10-01', '2026-10-08', '2026-10-19'],
  ])('holidays %s..%s without make-up days: %s', (from, to, expected) => {
    const excelLike = compiled(offDays(from, to));
    expect(formatDay(addWorkdays(excelLike, D('2026-09-30'), 7))).toBe(expected);
    // The same figure from formula.js's WORKDAY (local-time Dates built from local fields).
    const local = (d: Day): Date => {
      const u = new Date(d * 86_400_000);
      return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
    };
    const hol = offDays(from, to).map((h) => local(h.day));
    const got = WORKDAY(local(D('2026-09-30')), 7, hol) as Date;
    const iso = `${got.getFullYear()}-${String(got.getMonth() + 1).padStart(2, '0')}-${String(got.getDate()).padStart(2, '0')}`;
    expect(iso).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// isWorkday around the 2026 notice.
// ---------------------------------------------------------------------------------------------

const IS_WORKDAY_2026: Array<[string, boolean, string]> = [
  ['2025-12-31', true, 'Wednesday before 元旦'],
  ['2026-01-01', false, '元旦'],
  ['2026-01-03', false, '元旦 on a Saturday'],
  ['2026-01-04', true, 'Sunday make-up day'],
  ['2026-02-13', true, 'Friday before 春节'],
  ['2026-02-14', true, 'Saturday make-up day'],
  ['2026-02-15', false, '春节 (Sunday)'],
  ['2026-02-16', false, '春节 (Monday)'],
  ['2026-02-23', false, '春节 last day (Monday)'],
  ['2026-02-24', true, 'back to work'],
  ['2026-02-28', true, 'Saturday make-up day'],
  ['2026-03-01', false, 'ordinary Sunday'],
  ['2026-04-06', false, '清明 Monday'],
  ['2026-05-05', false, '劳动节 Tuesday'],
  ['2026-05-09', true, 'Saturday make-up day'],
  ['2026-06-19', false, '端午 Friday'],
  ['2026-09-20', true, 'Sunday make-up day'],
  ['2026-09-25', false, '中秋 Friday'],
  ['2026-10-07', false, '国庆 Wednesday'],
  ['2026-10-08', true, 'back to work'],
  ['2026-10-10', true, 'Saturday make-up day'],
  ['2026-10-11', false, 'ordinary Sunday'],
  ['2026-10-17', false, 'ordinary Saturday'],
];

describe('isWorkday on the 2026 notice', () => {
  test.each(IS_WORKDAY_2026)('%s is a working day: %p (%s)', (iso, expected) => {
    expect(isWorkday(china, D(iso))).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// addWorkdays (WORKDAY semantics) across make-up days, both directions.
// ---------------------------------------------------------------------------------------------

const ADD_CASES: Array<[string, number, string, string]> = [
  // [start, n, china, weekends-only]
  // Spring Festival 2026.
  ['2026-02-13', 1, '2026-02-14', '2026-02-16'],
  ['2026-02-13', 2, '2026-02-24', '2026-02-17'],
  ['2026-02-12', 3, '2026-02-24', '2026-02-17'],
  ['2026-02-14', 1, '2026-02-24', '2026-02-16'],
  ['2026-02-15', 1, '2026-02-24', '2026-02-16'],
  ['2026-02-23', 1, '2026-02-24', '2026-02-24'],
  ['2026-02-24', -1, '2026-02-14', '2026-02-23'],
  ['2026-02-24', -2, '2026-02-13', '2026-02-20'],
  ['2026-02-22', -1, '2026-02-14', '2026-02-20'],
  ['2026-02-27', 1, '2026-02-28', '2026-03-02'],
  ['2026-02-28', 1, '2026-03-02', '2026-03-02'],
  ['2026-03-02', -1, '2026-02-28', '2026-02-27'],
  ['2026-03-02', -4, '2026-02-25', '2026-02-24'],
  ['2026-02-10', 10, '2026-03-02', '2026-02-24'],
  ['2026-03-02', -10, '2026-02-10', '2026-02-16'],
  ['2026-02-27', -10, '2026-02-06', '2026-02-13'],
  // Negative offsets landing on or just past make-up days.
  ['2026-10-12', -1, '2026-10-10', '2026-10-09'],
  ['2026-10-11', -1, '2026-10-10', '2026-10-09'],
  ['2026-10-10', -1, '2026-10-09', '2026-10-09'],
  ['2026-10-10', -3, '2026-09-30', '2026-10-07'],
  ['2026-10-08', -1, '2026-09-30', '2026-10-07'],
  ['2026-10-08', -2, '2026-09-29', '2026-10-06'],
  ['2026-09-21', -1, '2026-09-20', '2026-09-18'],
  ['2026-09-21', -2, '2026-09-18', '2026-09-17'],
  ['2026-09-28', -1, '2026-09-24', '2026-09-25'],
  ['2026-01-05', -1, '2026-01-04', '2026-01-02'],
  ['2026-01-05', -2, '2025-12-31', '2026-01-01'],
  ['2026-05-11', -1, '2026-05-09', '2026-05-08'],
  // Positive offsets onto make-up days and over holidays.
  ['2026-05-08', 1, '2026-05-09', '2026-05-11'],
  ['2026-04-30', 1, '2026-05-06', '2026-05-01'],
  ['2026-04-30', 4, '2026-05-09', '2026-05-06'],
  ['2026-09-18', 1, '2026-09-20', '2026-09-21'],
  ['2026-09-19', 1, '2026-09-20', '2026-09-21'],
  ['2025-12-31', 1, '2026-01-04', '2026-01-01'],
  ['2026-10-09', 1, '2026-10-10', '2026-10-12'],
  // A zero offset returns the start, whatever it is.
  ['2026-10-01', 0, '2026-10-01', '2026-10-01'],
  ['2026-10-10', 0, '2026-10-10', '2026-10-10'],
  // Long spans: a whole year of working days.
  ['2025-12-31', 248, '2026-12-31', '2026-12-31'],
  ['2026-12-31', -248, '2025-12-31', '2025-12-31'],
];

describe('addWorkdays on china vs weekends-only', () => {
  test.each(ADD_CASES)('WORKDAY(%s, %i): china %s, weekends %s', (start, n, expectChina, expectWeekends) => {
    expect(formatDay(addWorkdays(china, D(start), n))).toBe(expectChina);
    if (n !== 248 && n !== -248) expect(formatDay(addWorkdays(weekends, D(start), n))).toBe(expectWeekends);
  });
});

// ---------------------------------------------------------------------------------------------
// countWorkdays (NETWORKDAYS semantics) across make-up days, both directions.
// ---------------------------------------------------------------------------------------------

const COUNT_CASES: Array<[string, string, number, number]> = [
  // [a, b, china, weekends-only]; the reversed span is checked to be the negative.
  ['2026-09-30', '2026-10-15', 8, 12],
  ['2026-10-01', '2026-10-31', 18, 22],
  ['2026-09-01', '2026-09-30', 22, 22],
  ['2026-02-01', '2026-02-28', 16, 20],
  ['2026-02-14', '2026-02-14', 1, 0],
  ['2026-02-15', '2026-02-23', 0, 6],
  ['2026-09-19', '2026-09-20', 1, 0],
  ['2026-10-10', '2026-10-11', 1, 0],
  ['2026-10-11', '2026-10-11', 0, 0],
  ['2026-01-01', '2026-01-04', 1, 2],
  ['2026-01-01', '2026-12-31', 248, 261],
  ['2025-01-01', '2025-12-31', 248, 261],
  ['2024-01-01', '2024-12-31', 251, 262],
];

describe('countWorkdays on china vs weekends-only', () => {
  test.each(COUNT_CASES)('NETWORKDAYS(%s, %s): china %i, weekends %i', (a, b, expectChina, expectWeekends) => {
    expect(countWorkdays(china, D(a), D(b))).toBe(expectChina);
    expect(countWorkdays(china, D(b), D(a))).toBe(a === b ? expectChina : 0 - expectChina);
    expect(countWorkdays(weekends, D(a), D(b))).toBe(expectWeekends);
  });
});

// ---------------------------------------------------------------------------------------------
// The generated table (china-days.generated.ts) against chinese-days' own isWorkday.
//
// chinese-days builds its tables by parsing "YYYY-MM-DD" as UTC midnight and reading the date back
// from local fields, so in a zone west of UTC (e.g. TZ=America/Los_Angeles) its whole table is
// shifted one day (it reports Saturday 2026-10-10 as a day off there). So the package is asked in
// its home zone (Asia/Shanghai), in a child process, whatever zone the suite runs under.
// ---------------------------------------------------------------------------------------------

const FIRST = dayOf(2004, 1, 1);
const LAST = dayOf(2026, 12, 31);

/** chinese-days' isWorkday for every day 2004-2026 as "0"/"1", asked in Asia/Shanghai time. */
function chineseDaysInShanghai(): string {
  const script = [
    "const cd = require('chinese-days');",
    "let s = '';",
    'for (const d = new Date(2004, 0, 1); d.getFullYear() <= 2026; d.setDate(d.getDate() + 1)) s += cd.isWorkday(new Date(d)) ? "1" : "0";',
    'process.stdout.write(s);',
  ].join('\n');
  return execFileSync(process.execPath, ['-e', script], {
    cwd: join(__dirname, '..'),
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  });
}
let theirs = '';
beforeAll(() => {
  theirs = chineseDaysInShanghai();
});

describe('every day of 2004-2026 matches chinese-days', () => {
  test('in a child process pinned to Asia/Shanghai', () => {
    expect(theirs.length).toBe(LAST - FIRST + 1);
    const diff: string[] = [];
    for (let d = FIRST; d <= LAST; d++) if ((isWorkday(china, d) ? '1' : '0') !== theirs[d - FIRST]) diff.push(formatDay(d));
    expect(diff).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// User lines on top of the built-in table: later lines win; dates past the table still count.
// ---------------------------------------------------------------------------------------------

const base = BUILTIN_CALENDAR_SPECS.china;
function withLines(lines: CalendarDay[], before = false): Calendar {
  const r = compileCalendar({ ...base, name: 'china+user', days: before ? [...lines, ...base.days] : [...base.days, ...lines] });
  if (!r.ok) throw new MsgError(r.error);
  return r.value;
}

describe('user override lines', () => {
  test('a later work line on a holiday date wins', () => {
    const cal = withLines([{ day: D('2026-10-05'), kind: 'work', name: '值班' }]);
    expect(isWorkday(cal, D('2026-10-05'))).toBe(true);
    expect(formatDay(addWorkdays(cal, D('2026-09-30'), 1))).toBe('2026-10-05');
    expect(formatDay(addWorkdays(cal, D('2026-09-30'), 7))).toBe('2026-10-14');
    expect(countWorkdays(cal, D('2026-10-01'), D('2026-10-31'))).toBe(19);
    expect(formatDay(addWorkdays(cal, D('2026-10-08'), -1))).toBe('2026-10-05');
  });

  test('the same line placed before the table loses to the table', () => {
    const cal = withLines([{ day: D('2026-10-05'), kind: 'work', name: '值班' }], true);
    expect(isWorkday(cal, D('2026-10-05'))).toBe(false);
    expect(formatDay(addWorkdays(cal, D('2026-09-30'), 7))).toBe('2026-10-15');
  });

  test('a later off line cancels a make-up Saturday', () => {
    const cal = withLines([{ day: D('2026-10-10'), kind: 'off', name: '不补班' }]);
    expect(isWorkday(cal, D('2026-10-10'))).toBe(false);
    expect(formatDay(addWorkdays(cal, D('2026-09-30'), 7))).toBe('2026-10-16');
    expect(countWorkdays(cal, D('2026-10-01'), D('2026-10-31'))).toBe(17);
  });

  test('lines that agree with the weekend change nothing', () => {
    const cal = withLines([
      { day: D('2026-10-08'), kind: 'work', name: 'weekday work' },
      { day: D('2026-10-17'), kind: 'off', name: 'Saturday off' },
    ]);
    expect(countWorkdays(cal, D('2026-01-01'), D('2026-12-31'))).toBe(248);
    expect(formatDay(addWorkdays(cal, D('2026-09-30'), 7))).toBe('2026-10-15');
  });

  test('an added 2027 holiday counts beyond the generated table', () => {
    const cal = withLines([
      { day: D('2027-01-01'), kind: 'off', name: '元旦' },
      { day: D('2027-01-09'), kind: 'work', name: '补班' },
    ]);
    expect(isWorkday(china, D('2027-01-01'))).toBe(true); // the shipped table ends with 2026
    expect(isWorkday(cal, D('2027-01-01'))).toBe(false);
    expect(formatDay(addWorkdays(cal, D('2026-12-31'), 1))).toBe('2027-01-04');
    expect(formatDay(addWorkdays(china, D('2026-12-31'), 1))).toBe('2027-01-01');
    expect(countWorkdays(cal, D('2026-12-28'), D('2027-01-08'))).toBe(9);
    expect(countWorkdays(cal, D('2026-12-28'), D('2027-01-10'))).toBe(10);
    expect(formatDay(addWorkdays(cal, D('2027-01-11'), -1))).toBe('2027-01-09');
  });

  test.each([
    ['2003-12-31', false],
    ['2004-01-01', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('covers(%s) = %p', (iso, expected) => {
    expect(covers(china, D(iso))).toBe(expected);
    expect(covers(weekends, D(iso))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: random calendars WITH make-up days (and conflicting lines) against a naive
// day-by-day reference that applies the lines in order, the last one winning.
// ---------------------------------------------------------------------------------------------


describe('property: random calendars with make-up days', () => {
  test('5,000 seeded cases against the naive reference', () => {
    const rnd = mulberry32(0x20260214);
    const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
    const lo = dayOf(1995, 1, 1);
    const hi = dayOf(2045, 12, 31);
    const failures: string[] = [];
    for (let i = 0; i < 5000; i++) {
      let mask: string;
      do mask = Array.from({ length: 7 }, () => (rnd() < 0.3 ? '1' : '0')).join('');
      while (mask === '1111111');
      const start = int(lo, hi);
      const n = int(-400, 400);
      const end = start + int(-600, 600);
      // Lines: holidays, make-up days (mostly on weekend days, where they matter), repeats of
      // earlier dates with the other kind, all in random order. The reference applies them in order.
      const lines: CalendarDay[] = [];
      for (let k = int(0, 40); k > 0; k--) {
        let day = start + int(-500, 500);
        if (lines.length > 0 && rnd() < 0.2) day = lines[int(0, lines.length - 1)].day;
        if (rnd() < 0.4) {
          while (mask[refWeekday(day)] === '0' && mask.includes('1')) day++;
          lines.push({ day, kind: 'work', name: '补班' });
        } else lines.push({ day, kind: rnd() < 0.8 ? 'off' : 'work', name: '放假' });
      }
      if (rnd() < 0.1) lines.push({ day: start, kind: rnd() < 0.5 ? 'off' : 'work', name: 'start' });
      const last = new Map<Day, CalendarDay['kind']>();
      for (const l of lines) last.set(l.day, l.kind);
      const isWork = (d: Day): boolean => {
        const k = last.get(d);
        return k !== undefined ? k === 'work' : mask[refWeekday(d)] === '0';
      };
      const r = compileCalendar({ name: `r${i}`, weekend: mask, days: lines });
      if (!r.ok) {
        failures.push(`#${i} compile: ${r.error}`);
        continue;
      }
      const cal = r.value;
      const label = `#${i} mask=${mask} start=${formatDay(start)} n=${n} end=${formatDay(end)} lines=${lines.map((l) => `${formatDay(l.day)}:${l.kind}`).join(',')}`;
      const wd = addWorkdays(cal, start, n);
      const wdRef = naiveWorkday(isWork, start, n);
      if (wd !== wdRef) failures.push(`${label}: addWorkdays ${formatDay(wd)} != ${formatDay(wdRef)}`);
      const nd = countWorkdays(cal, start, end);
      const ndRef = naiveNetworkdays(isWork, start, end);
      if (nd !== ndRef) failures.push(`${label}: countWorkdays ${nd} != ${ndRef}`);
      for (const d of [start, end, wd, start + 1, start - 1]) {
        if (isWorkday(cal, d) !== isWork(d)) failures.push(`${label}: isWorkday(${formatDay(d)})`);
      }
      // Round trip: going n working days forward and back from a working day returns to it.
      if (n !== 0 && isWork(start) && addWorkdays(cal, wd, -n) !== start) failures.push(`${label}: round trip`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('1,000 random questions on the china calendar against a walk over chinese-days answers', () => {
    // Inside 2004-2026 the reference asks chinese-days (the Asia/Shanghai answers); outside, the
    // shipped calendar has no lines, so only Saturday and Sunday are off.
    const isWork = (d: Day): boolean => (d >= FIRST && d <= LAST ? theirs[d - FIRST] === '1' : refWeekday(d) < 5);
    const rnd = mulberry32(7);
    const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
    const failures: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const start = int(FIRST, LAST);
      const n = int(-400, 400);
      const end = start + int(-600, 600);
      const wd = addWorkdays(china, start, n);
      const wdRef = naiveWorkday(isWork, start, n);
      if (wd !== wdRef) failures.push(`WORKDAY(${formatDay(start)}, ${n}) = ${formatDay(wd)} != ${formatDay(wdRef)}`);
      const nd = countWorkdays(china, start, end);
      const ndRef = naiveNetworkdays(isWork, start, end);
      if (nd !== ndRef) failures.push(`NETWORKDAYS(${formatDay(start)}, ${formatDay(end)}) = ${nd} != ${ndRef}`);
    }
    expect(theirs.length).toBe(LAST - FIRST + 1);
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
