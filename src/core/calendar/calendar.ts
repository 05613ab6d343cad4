// Working-day arithmetic in closed form. A calendar is a weekend mask plus a sorted list of
// exceptions: holidays on weekdays (-1 working day) and make-up days (调休) on weekends (+1).
// F(d), the number of working days from a fixed Monday through d, is the weekend-mask count
// M(d) (closed form) plus the exceptions' running sum up to d (binary search). Every question
// (add, count, is-working, working hours) is answered from F and its inverse, never day by day.
import { Day, Stamp, MINUTES_PER_DAY, dayOfStamp, stampOf, weekdayMon0 } from '../time';
import { Result, ok, err } from '../result';
import { Msg, msg } from '../messages/msg';

export type DayKind = 'off' | 'work';

/** One line of a calendar's date table: 放假 (off) or 上班 (work). */
export interface CalendarDay {
  day: Day;
  kind: DayKind;
  name: string;
}

/** Working time within a working day, in minutes after midnight: [start, end). */
export interface WorkInterval {
  start: number;
  end: number;
}

export interface CalendarSpec {
  name: string;
  /** Excel's 7-character Monday-first weekend mask: "0000011" = Saturday and Sunday off. */
  weekend: string;
  /** Later lines win over earlier ones for the same date, so user lines can override a base calendar. */
  days: readonly CalendarDay[];
  /** Working hours; none means the whole working day counts. */
  hours?: readonly WorkInterval[];
  /** The years the date table is known to cover (outside them only the weekend mask applies). */
  coveredYears?: readonly [number, number];
  /** Years outside coveredYears that the user's own calendar lines (放假/上班) cover. */
  addedYears?: readonly number[];
}

export interface Calendar {
  readonly spec: CalendarSpec;
  readonly perWeek: number;
  /** prefix[r]: working weekdays among the first r weekdays, Monday first (r = 0..7). */
  readonly prefix: Int32Array;
  /** nth[i]: the weekday (Monday = 0) of the (i+1)-th working weekday of a week. */
  readonly nth: Int32Array;
  readonly weekendMask: readonly boolean[];
  /** Exception days, ascending; exCum[i] is the sum of deltas of exceptions 0..i. */
  readonly exDays: Int32Array;
  readonly exCum: Int32Array;
  readonly exDelta: Int8Array;
  readonly hours: readonly WorkInterval[];
  readonly minutesPerDay: number;
}

// 1969-12-29 is a Monday: counting weeks from a Monday keeps the mask prefix table simple.
const ORIGIN: Day = -3;

const WEEKEND_CODES: Readonly<Record<number, string>> = {
  1: '0000011', 2: '1000001', 3: '1100000', 4: '0110000', 5: '0011000', 6: '0001100', 7: '0000110',
  11: '0000001', 12: '1000000', 13: '0100000', 14: '0010000', 15: '0001000', 16: '0000100', 17: '0000010',
};

/** Excel's numeric weekend codes (WORKDAY.INTL / NETWORKDAYS.INTL) as a mask string. */
export function weekendFromCode(code: number): string | undefined {
  return WEEKEND_CODES[code];
}

export function checkWeekend(mask: string): Msg | undefined {
  if (!/^[01]{7}$/.test(mask)) return msg('cal.weekendMask', { mask });
  if (mask === '1111111') return msg('cal.noWorkday');
  return undefined;
}

export function checkHours(hours: readonly WorkInterval[]): Msg | undefined {
  let last = 0;
  for (const h of hours) {
    if (!(h.start >= 0 && h.end <= MINUTES_PER_DAY && h.start < h.end)) return msg('cal.hoursPeriod', { from: fmtMin(h.start), to: fmtMin(h.end) });
    if (h.start < last) return msg('cal.hoursOrder', { from: fmtMin(h.start), to: fmtMin(h.end) });
    last = h.end;
  }
  return undefined;
}

const fmtMin = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function compileCalendar(spec: CalendarSpec): Result<Calendar> {
  const wErr = checkWeekend(spec.weekend);
  if (wErr) return err(wErr);
  const hours = spec.hours && spec.hours.length > 0 ? [...spec.hours] : [{ start: 0, end: MINUTES_PER_DAY }];
  const hErr = checkHours(hours);
  if (hErr) return err(hErr);

  const weekendMask = [...spec.weekend].map((c) => c === '1');
  const prefix = new Int32Array(8);
  const nth: number[] = [];
  for (let i = 0; i < 7; i++) {
    prefix[i + 1] = prefix[i] + (weekendMask[i] ? 0 : 1);
    if (!weekendMask[i]) nth.push(i);
  }

  // A date with a time part counts as its day, as Excel truncates holiday serials; without this a
  // Saturday-noon holiday would pass the weekday test and remove a working day from the count.
  const last = new Map<Day, DayKind>();
  for (const d of spec.days) {
    if (!Number.isFinite(d.day)) return err(msg('calendar.badLine', { name: d.name }));
    last.set(Math.floor(d.day), d.kind);
  }
  const ex: Array<[Day, number]> = [];
  for (const [day, kind] of last) {
    const maskWorking = !weekendMask[weekdayMon0(day)];
    if (kind === 'off' && maskWorking) ex.push([day, -1]);
    else if (kind === 'work' && !maskWorking) ex.push([day, 1]);
  }
  ex.sort((a, b) => a[0] - b[0]);
  const exDays = new Int32Array(ex.length);
  const exCum = new Int32Array(ex.length);
  const exDelta = new Int8Array(ex.length);
  let sum = 0;
  ex.forEach(([day, delta], i) => {
    sum += delta;
    exDays[i] = day;
    exCum[i] = sum;
    exDelta[i] = delta;
  });

  return ok({
    spec,
    perWeek: prefix[7],
    prefix,
    nth: Int32Array.from(nth),
    weekendMask,
    exDays,
    exCum,
    exDelta,
    hours,
    minutesPerDay: hours.reduce((s, h) => s + h.end - h.start, 0),
  });
}

/** Weekend-mask working days from ORIGIN through d (negative before ORIGIN). */
function maskCum(cal: Calendar, d: Day): number {
  const x = d - ORIGIN + 1;
  const weeks = Math.floor(x / 7);
  return weeks * cal.perWeek + cal.prefix[x - weeks * 7];
}

/** The smallest day d with maskCum(d) >= y. */
function maskInverse(cal: Calendar, y: number): Day {
  const q = Math.floor((y - 1) / cal.perWeek);
  const r = y - q * cal.perWeek;
  return ORIGIN + q * 7 + cal.nth[r - 1];
}

/** Binary search: the first index in [0, n) where `after` holds (false … false, true … true), else n. */
function firstWhere(n: number, after: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (!after(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of exceptions on or before d. */
function exceptionsUpTo(cal: Calendar, d: Day): number {
  return firstWhere(cal.exDays.length, (i) => cal.exDays[i] > d);
}

/** F(d): working days from ORIGIN through d on this calendar. */
export function workdayIndex(cal: Calendar, d: Day): number {
  const k = exceptionsUpTo(cal, d);
  return maskCum(cal, d) + (k > 0 ? cal.exCum[k - 1] : 0);
}

/** The smallest day d with F(d) >= target: the target-th working day counted from ORIGIN. */
function nthWorkday(cal: Calendar, target: number): Day {
  const days = cal.exDays;
  const lo = firstWhere(days.length, (i) => maskCum(cal, days[i]) + cal.exCum[i] >= target);
  const carried = lo > 0 ? cal.exCum[lo - 1] : 0;
  const d = maskInverse(cal, target - carried);
  return lo < days.length && d >= days[lo] ? days[lo] : d;
}

export function isWorkday(cal: Calendar, d: Day): boolean {
  const k = exceptionsUpTo(cal, d);
  if (k > 0 && cal.exDays[k - 1] === d) return cal.exDelta[k - 1] > 0;
  return !cal.weekendMask[weekdayMon0(d)];
}

/**
 * WORKDAY.INTL: the working day `n` working days after (n > 0) or before (n < 0) `start`;
 * n = 0 returns start itself. Callers truncate fractional starts and offsets as Excel does.
 */
export function addWorkdays(cal: Calendar, start: Day, n: number): Day {
  if (n === 0) return start;
  const target = n > 0 ? workdayIndex(cal, start) + n : workdayIndex(cal, start - 1) + n + 1;
  return nthWorkday(cal, target);
}

/** NETWORKDAYS.INTL: working days from a to b, both counted; negative when a > b. */
export function countWorkdays(cal: Calendar, a: Day, b: Day): number {
  if (a <= b) return workdayIndex(cal, b) - workdayIndex(cal, a - 1);
  // Written as a difference, not a negation, so an empty backward span is 0, never -0.
  return workdayIndex(cal, b - 1) - workdayIndex(cal, a);
}

/** Working minutes elapsed within a working day up to minute m of it. */
function workedWithinDay(cal: Calendar, m: number): number {
  let s = 0;
  for (const h of cal.hours) {
    if (m <= h.start) break;
    s += Math.min(m, h.end) - h.start;
  }
  return s;
}

/** Working minutes from ORIGIN to t. */
function workMinuteIndex(cal: Calendar, t: Stamp): number {
  const day = dayOfStamp(t);
  const before = workdayIndex(cal, day - 1) * cal.minutesPerDay;
  return isWorkday(cal, day) ? before + workedWithinDay(cal, t - day * MINUTES_PER_DAY) : before;
}

/**
 * The moment `hours` working hours after t (before t when hours < 0). A clock that runs out
 * exactly on a period boundary stops where it ran out: going forward that is the end of the period
 * (18:00), not the start of the next one; going backward it is the start of the period (09:00 the
 * same morning), not the end of the previous working day.
 */
export function addWorkingHours(cal: Calendar, t: Stamp, hours: number): Stamp {
  if (hours === 0) return t;
  const mpd = cal.minutesPerDay;
  const target = Math.round((workMinuteIndex(cal, t) + hours * 60) * 1e6) / 1e6;
  const forward = hours > 0;
  // The working day holding the target minute: k with (k - 1) * mpd < target <= k * mpd going
  // forward, (k - 1) * mpd <= target < k * mpd going backward.
  const k = forward ? Math.ceil(target / mpd - 1e-12) : Math.floor(target / mpd + 1e-12) + 1;
  const day = nthWorkday(cal, k);
  let rem = target - (k - 1) * mpd;
  for (const h of cal.hours) {
    const len = h.end - h.start;
    if (forward ? rem <= len : rem < len) return stampOf(day, h.start + Math.max(0, rem));
    rem -= len;
  }
  return stampOf(day, cal.hours[cal.hours.length - 1].end);
}

/** Working hours between two moments (negative when b is before a). */
export function countWorkingHours(cal: Calendar, a: Stamp, b: Stamp): number {
  return (workMinuteIndex(cal, b) - workMinuteIndex(cal, a)) / 60;
}

/** Whether the calendar's date table is known to cover the day's year (shipped or added by the user). */
export function covers(cal: Calendar, day: Day): boolean {
  return uncoveredYear(cal, day) === undefined;
}

/** The day's year when the calendar's date table does not cover it, else undefined. */
export function uncoveredYear(cal: Calendar, day: Day): number | undefined {
  const yrs = cal.spec.coveredYears;
  if (!yrs) return undefined;
  const y = new Date(day * 86_400_000).getUTCFullYear();
  if (y >= yrs[0] && y <= yrs[1]) return undefined;
  return cal.spec.addedYears?.includes(y) ? undefined : y;
}

const coveredSpan = new WeakMap<Calendar, [Day, Day]>();

/** The first year from a to b (days, inclusive) the calendar does not cover, else undefined. */
export function uncoveredYearIn(cal: Calendar, a: Day, b: Day): number | undefined {
  const yrs = cal.spec.coveredYears;
  if (!yrs) return undefined;
  // Fast path for the common case, a span inside the shipped years (bounds worked out once per calendar).
  let span = coveredSpan.get(cal);
  if (!span) coveredSpan.set(cal, (span = [Date.UTC(yrs[0], 0, 1) / 86_400_000, Date.UTC(yrs[1] + 1, 0, 1) / 86_400_000]));
  if (Math.min(a, b) >= span[0] && Math.max(a, b) < span[1]) return undefined;
  const first = new Date(Math.min(a, b) * 86_400_000).getUTCFullYear();
  const last = new Date(Math.max(a, b) * 86_400_000).getUTCFullYear();
  for (let y = first; y <= last; y++) {
    const u = uncoveredYear(cal, Math.floor(Date.UTC(y, 0, 1) / 86_400_000));
    if (u !== undefined) return u;
  }
  return undefined;
}

/** The years of a list of calendar lines: a year the user gave any 放假/上班 line for counts as covered. */
export function yearsOf(days: readonly CalendarDay[]): number[] {
  return [...new Set(days.filter((d) => Number.isFinite(d.day)).map((d) => new Date(Math.floor(d.day) * 86_400_000).getUTCFullYear()))].sort((a, b) => a - b);
}
