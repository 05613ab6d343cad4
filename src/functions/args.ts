// Pure argument handling for the workbook functions: Excel date serials in and out, holiday ranges,
// calendar names, and the WORKDAY / NETWORKDAYS arithmetic on top of core. Nothing here touches
// Office, so it runs (and is tested) in Node; functions.ts only turns ArgError into an Excel error.
import { Calendar, addWorkdays, compileCalendar, countWorkdays, uncoveredYearIn, yearsOf } from '../core/calendar/calendar';
import { uncoveredMessage } from '../core/calendar/coverage';
import { fnText } from './lang';
import { msg } from '../core/messages';
import { BUILTIN_CALENDAR_SPECS, builtinCalendar } from '../core/calendar/builtin';
import { Day, EXCEL_EPOCH_OFFSET } from '../core/time';
import { FUNCTIONS, FUNCTION_NAMESPACE, signature } from '../core/functions/table';

/** The Excel error an argument problem maps to: #VALUE! or #NUM!. */
export type ArgErrorCode = 'invalidValue' | 'invalidNumber';

export class ArgError extends Error {
  constructor(
    readonly code: ArgErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ArgError';
  }
}

/** Excel's last date serial, 9999-12-31. */
export const MAX_SERIAL = 2_958_465;

export const DEFAULT_CALENDAR = 'china';

function finiteNumber(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new ArgError('invalidValue', fnText(msg('fn.notNumber', { what, got: v === '' ? msg('fn.emptyValue') : JSON.stringify(v) })));
  }
  return v;
}

/**
 * A date serial (1900 date system) as a day; the time of day is dropped as Excel's INT would.
 * serial = day + 25569. Below 0 or after 9999-12-31 is #NUM!, as in Excel.
 */
export function dayFromSerial(serial: unknown, what = 'date'): Day {
  const s = finiteNumber(serial, what);
  if (s < 0 || s >= MAX_SERIAL + 1) throw new ArgError('invalidNumber', fnText(msg('fn.notSerial', { what, serial: s, max: MAX_SERIAL })));
  return Math.floor(s) - EXCEL_EPOCH_OFFSET;
}

/** A day as a date serial; a result outside Excel's date range is #NUM!. */
export function serialFromDay(day: Day): number {
  const s = day + EXCEL_EPOCH_OFFSET;
  if (s < 0 || s > MAX_SERIAL) throw new ArgError('invalidNumber', fnText(msg('fn.resultOutOfRange')));
  return s;
}

/** A count of days, truncated toward zero as Excel's WORKDAY does with its `days` argument. */
export function truncDays(n: unknown, what = 'days'): number {
  return Math.trunc(finiteNumber(n, what)) + 0; // + 0 turns -0 into 0
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/**
 * The days of a holidays range (number[][] from Excel; a lone value or a flat list is accepted too).
 * Blank cells (null, undefined or '') are skipped; every other cell must be a date serial.
 * Omitted (null / undefined) means no holidays.
 */
export function holidayDays(range: unknown): Day[] {
  if (isBlank(range)) return [];
  const rows: unknown[] = Array.isArray(range) ? range : [range];
  const out: Day[] = [];
  for (const row of rows) {
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    for (const cell of cells) {
      if (isBlank(cell)) continue;
      out.push(dayFromSerial(cell, 'holiday'));
    }
  }
  return out;
}

/** The built-in calendar a `calendar` argument names (case and surrounding spaces ignored); blank is china. */
export function calendarName(name: unknown): string {
  if (isBlank(name)) return DEFAULT_CALENDAR;
  const key = typeof name === 'string' ? name.trim().toLowerCase() : undefined;
  if (key === '') return DEFAULT_CALENDAR;
  if (key === undefined || !Object.prototype.hasOwnProperty.call(BUILTIN_CALENDAR_SPECS, key)) {
    const known = Object.keys(BUILTIN_CALENDAR_SPECS).map((n) => `"${n}"`).join(' / ');
    throw new ArgError('invalidValue', fnText(msg('fn.unknownCalendar', { name: JSON.stringify(name), known })));
  }
  return key;
}

// Calendars with user holidays, compiled once per distinct (calendar, holidays) pair; a sheet tends
// to pass the same holiday range to every row, so a small cache absorbs nearly all of the work.
const CACHE_LIMIT = 32;
const withHolidays = new Map<string, Calendar>();

/** The named built-in calendar with `holidays` added as days off (they win over 调休 working days). */
export function resolveCalendar(name: unknown, holidays: readonly Day[] = []): Calendar {
  const key = calendarName(name);
  if (holidays.length === 0) {
    const cal = builtinCalendar(key);
    if (!cal) throw new ArgError('invalidValue', fnText(msg('fn.calendarBuild', { key })));
    return cal;
  }
  const uniq = [...new Set(holidays)].sort((a, b) => a - b);
  const cacheKey = `${key}|${uniq.join(',')}`;
  const hit = withHolidays.get(cacheKey);
  if (hit) {
    withHolidays.delete(cacheKey); // re-insert: most recently used last
    withHolidays.set(cacheKey, hit);
    return hit;
  }
  const spec = BUILTIN_CALENDAR_SPECS[key];
  const extra = uniq.map((day) => ({ day, kind: 'off' as const, name: 'holiday' }));
  // A year the holidays argument gives days for counts as covered (see coverage.ts).
  const r = compileCalendar({ ...spec, days: [...spec.days, ...extra], addedYears: yearsOf(extra) });
  if (!r.ok) throw new ArgError('invalidValue', fnText(r.error));
  withHolidays.set(cacheKey, r.value);
  if (withHolidays.size > CACHE_LIMIT) withHolidays.delete(withHolidays.keys().next().value as string);
  return r.value;
}

/** WORKDAY(start, days, [holidays], [calendar]) on date serials. */
export function workdaySerial(start: unknown, days: unknown, holidays?: unknown, calendar?: unknown): number {
  const d0 = dayFromSerial(start, 'start');
  const n = truncDays(days);
  const cal = resolveCalendar(calendar, holidayDays(holidays));
  const out = addWorkdays(cal, d0, n);
  const serial = serialFromDay(out); // outside Excel's dates is #NUM! before anything else
  requireCovered(cal, d0, out);
  return serial;
}

/** A count through a year the calendar has no holiday notice for is refused, not guessed from weekends. */
function requireCovered(cal: Calendar, a: Day, b: Day): void {
  const y = uncoveredYearIn(cal, a, b);
  if (y !== undefined) throw new ArgError('invalidValue', fnText(uncoveredMessage(cal, y, 'holidays')));
}

/** NETWORKDAYS(start, end, [holidays], [calendar]): both ends counted, negative when end < start. */
export function networkdaysCount(start: unknown, end: unknown, holidays?: unknown, calendar?: unknown): number {
  const a = dayFromSerial(start, 'start');
  const b = dayFromSerial(end, 'end');
  const cal = resolveCalendar(calendar, holidayDays(holidays));
  requireCovered(cal, a, b);
  return countWorkdays(cal, a, b);
}

export interface CustomFunctionInfo {
  /** The id in functions.json; in a sheet the function is COMPLAINTS.<id>. */
  id: string;
  signature: string;
  description: string;
}

/** The custom functions this build registers, from the function table (src/core/functions/table.json). */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionInfo[] = FUNCTIONS.map((f) => ({
  id: f.id,
  signature: signature(f),
  description: `${f.description.zh} ${f.description.en}`,
}));

export { FUNCTION_NAMESPACE };
