// Working-hours arithmetic (addWorkingHours / countWorkingHours) on the china calendar with office
// hours 09:00-12:00 and 13:30-18:00 (7.5 working hours a day), plus the whole-day calendar without
// hours, plus a seeded property test against a naive minute-by-minute clock.
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import {
  Calendar,
  CalendarDay,
  WorkInterval,
  addWorkingHours,
  checkHours,
  compileCalendar,
  countWorkingHours,
} from '../src/core/calendar/calendar';
import { BUILTIN_CALENDAR_SPECS, builtinCalendar } from '../src/core/calendar/builtin';
import { Day, MINUTES_PER_DAY, Stamp, formatStamp, parseIsoDay, stampOf } from '../src/core/time';
import { refWeekday, REF_MONDAY } from './helpers/calendar-reference';
import { seededRandom as mulberry32 } from '../src/core/random';

const OFFICE: WorkInterval[] = [
  { start: 9 * 60, end: 12 * 60 },
  { start: 13 * 60 + 30, end: 18 * 60 },
];

function compiled(hours?: WorkInterval[]): Calendar {
  const r = compileCalendar({ ...BUILTIN_CALENDAR_SPECS.china, name: 'china-office', hours });
  if (!r.ok) throw new MsgError(r.error);
  return r.value;
}
const office = compiled(OFFICE);
const wholeDay = builtinCalendar('china') as Calendar;

/** "2026-10-08T10:00" -> stamp. */
function at(s: string): Stamp {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(s);
  const day = m ? parseIsoDay(m[1]) : undefined;
  if (!m || day === undefined) throw new Error(`bad stamp ${s}`);
  return stampOf(day, Number(m[2]) * 60 + Number(m[3]));
}

test('the office calendar has 7.5 working hours a day; no hours means 24', () => {
  expect(office.minutesPerDay).toBe(450);
  expect(wholeDay.minutesPerDay).toBe(MINUTES_PER_DAY);
  expect(compiled([]).minutesPerDay).toBe(MINUTES_PER_DAY);
});

// ---------------------------------------------------------------------------------------------
// addWorkingHours
// ---------------------------------------------------------------------------------------------

// 2026: 10/1-10/7 holidays, Saturday 10/10 and Sunday 9/20 are make-up days, 10/11 is a Sunday.
const ADD_CASES: Array<[string, string, number, string]> = [
  // [what, start, hours, expected]
  ['inside a period', '2026-10-08T10:00', 1, '2026-10-08T11:00'],
  ['inside a period', '2026-10-08T10:15', 0.25, '2026-10-08T10:30'],
  ['inside a period, one minute', '2026-10-08T10:00', 1 / 60, '2026-10-08T10:01'],
  ['inside a period, 6 minutes', '2026-10-08T10:00', 0.1, '2026-10-08T10:06'],
  ['ends exactly at 12:00', '2026-10-08T10:00', 2, '2026-10-08T12:00'],
  ['crosses lunch', '2026-10-08T10:00', 2.5, '2026-10-08T14:00'],
  ['ends exactly at 18:00', '2026-10-08T14:00', 4, '2026-10-08T18:00'],
  ['a whole day from 09:00 ends at 18:00', '2026-10-08T09:00', 7.5, '2026-10-08T18:00'],
  ['past 18:00 rolls to the next morning', '2026-10-08T14:00', 4.5, '2026-10-09T09:30'],
  ['in the lunch break', '2026-10-08T12:30', 1, '2026-10-08T14:30'],
  ['at 12:00 sharp', '2026-10-08T12:00', 1, '2026-10-08T14:30'],
  ['at 13:30 sharp', '2026-10-08T13:30', 4.5, '2026-10-08T18:00'],
  ['before 09:00', '2026-10-08T07:00', 1, '2026-10-08T10:00'],
  ['at midnight', '2026-10-08T00:00', 3, '2026-10-08T12:00'],
  ['at 08:59', '2026-10-08T08:59', 7.5, '2026-10-08T18:00'],
  ['after 18:00', '2026-10-08T19:00', 1, '2026-10-09T10:00'],
  ['at 18:00 sharp', '2026-10-08T18:00', 0.5, '2026-10-09T09:30'],
  ['at 23:59', '2026-10-08T23:59', 3, '2026-10-09T12:00'],
  ['on a Sunday', '2026-10-11T10:00', 1, '2026-10-12T10:00'],
  ['on an ordinary Saturday', '2026-10-17T09:00', 7.5, '2026-10-19T18:00'],
  ['on a holiday Saturday', '2026-10-03T10:00', 1, '2026-10-08T10:00'],
  ['on a holiday Monday', '2026-10-05T15:00', 2, '2026-10-08T11:00'],
  ['the last hour before the holiday', '2026-09-30T17:00', 1, '2026-09-30T18:00'],
  ['into the holiday', '2026-09-30T17:00', 1.5, '2026-10-08T09:30'],
  ['on the make-up Saturday', '2026-10-10T10:00', 1, '2026-10-10T11:00'],
  ['Friday into the make-up Saturday', '2026-10-09T17:00', 2, '2026-10-10T10:00'],
  ['make-up Saturday over Sunday', '2026-10-10T17:00', 2, '2026-10-12T10:00'],
  ['Saturday night into the make-up Sunday', '2026-09-19T20:00', 1, '2026-09-20T10:00'],
  ['three days over the holiday', '2026-09-30T09:00', 22.5, '2026-10-09T18:00'],
  ['three days and a half hour', '2026-09-30T09:00', 23, '2026-10-10T09:30'],
  ['afternoon over the holiday', '2026-09-30T16:00', 4, '2026-10-08T11:00'],
  ['ten days', '2026-09-28T09:00', 75, '2026-10-15T18:00'],
  ['Spring Festival: Friday into make-up Saturday', '2026-02-13T17:00', 3, '2026-02-14T11:00'],
  ['Spring Festival: over the 9-day break', '2026-02-14T17:00', 2, '2026-02-24T10:00'],
  ['zero hours stays put, even off hours', '2026-10-11T03:00', 0, '2026-10-11T03:00'],
  // Backwards: the clock stops where it runs out, at the start of a period when on a boundary.
  ['back inside a period', '2026-10-08T11:00', -1, '2026-10-08T10:00'],
  ['back to 09:00 the same morning', '2026-10-08T10:00', -1, '2026-10-08T09:00'],
  ['back to 13:30, not 12:00', '2026-10-08T14:30', -1, '2026-10-08T13:30'],
  ['back over lunch', '2026-10-08T14:30', -2, '2026-10-08T11:00'],
  ['back over the holiday', '2026-10-08T09:30', -1, '2026-09-30T17:30'],
  ['back over the holiday, two hours', '2026-10-08T10:00', -2, '2026-09-30T17:00'],
  ['back over Sunday to the make-up Saturday', '2026-10-12T09:00', -7.5, '2026-10-10T09:00'],
  ['back from an evening', '2026-10-08T20:00', -0.5, '2026-10-08T17:30'],
];

describe('addWorkingHours, office hours 09:00-12:00 and 13:30-18:00', () => {
  test.each(ADD_CASES)('%s: %s + %p h = %s', (_what, start, hours, expected) => {
    expect(formatStamp(addWorkingHours(office, at(start), hours))).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// countWorkingHours
// ---------------------------------------------------------------------------------------------

const COUNT_CASES: Array<[string, string, string, number]> = [
  // [what, a, b, hours from a to b]; the reversed pair must give the negative.
  ['afternoon over the holiday', '2026-09-30T16:00', '2026-10-08T11:00', 4],
  ['the lunch break', '2026-10-08T12:00', '2026-10-08T13:30', 0],
  ['across lunch', '2026-10-08T11:00', '2026-10-08T14:00', 1.5],
  ['a whole working day', '2026-10-08T00:00', '2026-10-09T00:00', 7.5],
  ['a Sunday', '2026-10-11T00:00', '2026-10-12T00:00', 0],
  ['the make-up Saturday', '2026-10-10T00:00', '2026-10-11T00:00', 7.5],
  ['the holiday week', '2026-10-01T00:00', '2026-10-08T00:00', 0],
  ['October 2026 (18 working days)', '2026-10-01T00:00', '2026-11-01T00:00', 135],
  ['evening to the make-up Saturday', '2026-10-08T17:00', '2026-10-10T10:00', 9.5],
  ['the same moment', '2026-10-08T10:00', '2026-10-08T10:00', 0],
  ['overnight', '2026-10-08T18:00', '2026-10-09T09:00', 0],
  ['one minute', '2026-10-08T09:00', '2026-10-08T09:01', 1 / 60],
  ['Spring Festival', '2026-02-13T09:00', '2026-02-25T09:00', 22.5],
];

describe('countWorkingHours, office hours', () => {
  test.each(COUNT_CASES)('%s: %s to %s = %p h', (_what, a, b, expected) => {
    expect(countWorkingHours(office, at(a), at(b))).toBeCloseTo(expected, 10);
    expect(countWorkingHours(office, at(b), at(a))).toBeCloseTo(-expected, 10);
    if (expected > 0) {
      // add and count agree: the forward clock from a runs out at b or at the last period end before b.
      const end = addWorkingHours(office, at(a), expected);
      expect(countWorkingHours(office, at(a), end)).toBeCloseTo(expected, 10);
      expect(end).toBeLessThanOrEqual(at(b));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// No hours set: the whole working day counts, 24 hours a working day.
// ---------------------------------------------------------------------------------------------

describe('no working hours set: 24 hours per working day', () => {
  test.each([
    ['a day over the holiday', '2026-09-30T10:00', 24, '2026-10-08T10:00'],
    ['a working day from midnight ends at its end', '2026-09-30T00:00', 24, '2026-10-01T00:00'],
    ['through the make-up Saturday', '2026-10-09T12:00', 36, '2026-10-11T00:00'],
    ['one hour past it skips Sunday', '2026-10-09T12:00', 37, '2026-10-12T01:00'],
    ['from a holiday', '2026-10-03T10:00', 1, '2026-10-08T01:00'],
    ['back one hour from Monday 10:00', '2026-10-12T10:00', -1, '2026-10-12T09:00'],
    ['back over Sunday', '2026-10-12T10:00', -11, '2026-10-10T23:00'],
    ['back to the start of Monday', '2026-10-12T10:00', -10, '2026-10-12T00:00'],
  ])('%s: %s + %p h = %s', (_what, start, hours, expected) => {
    expect(formatStamp(addWorkingHours(wholeDay, at(start), hours as number))).toBe(expected);
  });

  test.each([
    ['2026-09-30T00:00', '2026-10-11T00:00', 96],
    ['2026-10-01T00:00', '2026-11-01T00:00', 18 * 24],
    ['2026-10-08T06:00', '2026-10-08T18:30', 12.5],
    ['2026-10-09T20:00', '2026-10-12T01:00', 4 + 24 + 1],
  ])('countWorkingHours(%s, %s) = %p', (a, b, expected) => {
    expect(countWorkingHours(wholeDay, at(a), at(b))).toBe(expected);
    expect(countWorkingHours(wholeDay, at(b), at(a))).toBe(-expected);
  });
});

describe('working hours validation', () => {
  test.each<[string, WorkInterval[]]>([
    ['overlapping', [{ start: 540, end: 720 }, { start: 700, end: 1080 }]],
    ['out of order', [{ start: 810, end: 1080 }, { start: 540, end: 720 }]],
    ['end before start', [{ start: 1000, end: 900 }]],
    ['empty period', [{ start: 600, end: 600 }]],
    ['past midnight', [{ start: 1200, end: 1441 }]],
    ['negative', [{ start: -60, end: 600 }]],
  ])('%s hours are rejected', (_what, hours) => {
    const why = checkHours(hours);
    expect(why && en(why)).toMatch(/^working hours \S+-\S+ (are not a period within one day|overlap or are out of order)$/);
    expect(why && zh(why)).toMatch(/^工作时间 \S+-\S+ (不是一天之内的时段|有重叠或顺序颠倒)$/);
    expect(compileCalendar({ name: 'x', weekend: '0000011', days: [], hours }).ok).toBe(false);
  });

  test('adjacent periods and a whole day are accepted', () => {
    expect(checkHours([{ start: 540, end: 720 }, { start: 720, end: 1080 }])).toBeUndefined();
    expect(checkHours([{ start: 0, end: 1440 }])).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Property test: random calendars, random office hours and random spans against a naive clock
// that steps minute by minute, over a window of a few weeks.
// ---------------------------------------------------------------------------------------------


describe('property: random calendars and hours against a minute-stepping clock', () => {
  test('600 seeded cases', () => {
    const rnd = mulberry32(0x0930);
    const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
    const failures: string[] = [];
    for (let i = 0; i < 600; i++) {
      let mask: string;
      do mask = Array.from({ length: 7 }, () => (rnd() < 0.3 ? '1' : '0')).join('');
      while (mask === '1111111');
      const base = int(REF_MONDAY - 3000, REF_MONDAY + 3000);
      const lines: CalendarDay[] = [];
      for (let k = int(0, 12); k > 0; k--) lines.push({ day: base + int(-10, 30), kind: rnd() < 0.6 ? 'off' : 'work', name: 'l' });
      // One to three periods on a 5-minute grid (or none: the whole day), in order, maybe adjacent.
      const hours: WorkInterval[] = [];
      if (rnd() < 0.85) {
        let cursor = int(0, 10) * 30;
        for (let p = int(1, 3); p > 0 && cursor < MINUTES_PER_DAY - 5; p--) {
          const start = cursor + (rnd() < 0.2 ? 0 : int(0, 24) * 5);
          const end = Math.min(MINUTES_PER_DAY, start + int(1, 60) * 5);
          if (start >= end) break;
          hours.push({ start, end });
          cursor = end;
        }
      }
      const r = compileCalendar({ name: `h${i}`, weekend: mask, days: lines, hours });
      if (!r.ok) {
        failures.push(`#${i} compile: ${en(r.error)}`);
        continue;
      }
      const cal = r.value;
      const periods = hours.length > 0 ? hours : [{ start: 0, end: MINUTES_PER_DAY }];
      const last = new Map<Day, string>();
      for (const l of lines) last.set(l.day, l.kind);
      const dayWorks = (d: Day): boolean => {
        const k = last.get(d);
        return k !== undefined ? k === 'work' : mask[refWeekday(d)] === '0';
      };
      const minuteWorks = (m: number): boolean => {
        const d = Math.floor(m / MINUTES_PER_DAY);
        const mod = m - d * MINUTES_PER_DAY;
        return dayWorks(d) && periods.some((p) => mod >= p.start && mod < p.end);
      };
      const naiveAdd = (t: number, minutes: number): number => {
        let m = t;
        if (minutes > 0) {
          for (let left = minutes; left > 0; m++) if (minuteWorks(m)) left--;
        } else {
          for (let left = -minutes; left > 0; ) if (minuteWorks(--m)) left--;
        }
        return m;
      };
      const naiveCount = (a: number, b: number): number => {
        const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
        let n = 0;
        for (let m = lo; m < hi; m++) if (minuteWorks(m)) n++;
        return sign * n;
      };

      const t = stampOf(base + int(-3, 20), int(0, MINUTES_PER_DAY - 1));
      // At most about four working days of this calendar, so the minute-stepping stays short.
      const span = Math.min(1500, 4 * cal.minutesPerDay);
      const minutes = int(-span, span);
      const label = `#${i} mask=${mask} hours=${JSON.stringify(hours)} lines=${JSON.stringify(lines.map((l) => [l.day - base, l.kind]))} t=${formatStamp(t)} minutes=${minutes}`;
      const got = addWorkingHours(cal, t, minutes / 60);
      const want = minutes === 0 ? t : naiveAdd(t, minutes);
      if (got !== want) failures.push(`${label}: add ${formatStamp(got)} != ${formatStamp(want)}`);
      const u = t + int(-5 * MINUTES_PER_DAY, 5 * MINUTES_PER_DAY);
      const count = countWorkingHours(cal, t, u);
      const countRef = naiveCount(t, u) / 60;
      if (Math.abs(count - countRef) > 1e-9) failures.push(`${label}: count to ${formatStamp(u)} ${count} != ${countRef}`);
      // The clock and the counter agree whatever the direction.
      const back = countWorkingHours(cal, t, got) * 60;
      if (Math.abs(back - minutes) > 1e-6) failures.push(`${label}: count(t, add(t, h)) = ${back} min`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
