// Wall-clock time, independent of the machine's time zone. A workbook holds wall-clock times
// (Excel serials have no zone), so every conversion goes through Date.UTC / getUTC*: the
// local zone never gets a chance to move a date.

/** Whole days since 1970-01-01 (a Thursday). */
export type Day = number;
/** Minutes since 1970-01-01 00:00, wall clock. May carry a fraction for seconds. */
export type Stamp = number;

export const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
export const EXCEL_EPOCH_OFFSET = 25569;

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** True when y-m-d names a real calendar date (rejects 2026-02-30). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function ymdOf(day: Day): Ymd {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Monday = 0 … Sunday = 6, the order of Excel's weekend mask strings. */
export function weekdayMon0(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function stampOf(day: Day, minuteOfDay = 0): Stamp {
  return day * MINUTES_PER_DAY + minuteOfDay;
}

export function dayOfStamp(t: Stamp): Day {
  return Math.floor(t / MINUTES_PER_DAY);
}

export function minuteOfDay(t: Stamp): number {
  return t - dayOfStamp(t) * MINUTES_PER_DAY;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** ISO-like `YYYY-MM-DDTHH:mm`, rounded to the minute. */
export function formatStamp(t: Stamp, sep = 'T'): string {
  const r = Math.round(t);
  const day = dayOfStamp(r);
  const mins = r - day * MINUTES_PER_DAY;
  return `${formatDay(day)}${sep}${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;
}

/** Excel serial (1900 system) to a stamp, rounded to the second to drop float noise. */
export function stampFromSerial(serial: number): Stamp {
  const seconds = Math.round((serial - EXCEL_EPOCH_OFFSET) * 86400);
  return seconds / 60;
}

export function serialFromStamp(t: Stamp): number {
  return t / MINUTES_PER_DAY + EXCEL_EPOCH_OFFSET;
}

export function serialFromDay(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/**
 * A JS Date as the workbook meant it. exceljs and Excel on the web hand dates over as UTC instants
 * whose UTC fields are the wall clock, so the UTC fields are read, never the local ones.
 */
export function stampFromDate(dt: Date): Stamp {
  return Math.round(dt.getTime() / 1000) / 60;
}

export function dateFromStamp(t: Stamp): Date {
  return new Date(Math.round(t * 60) * 1000);
}

/**
 * The same wall-clock time `months` calendar months earlier or later, with the day clipped to the
 * end of a shorter month (2026-05-31 minus three months is 2026-02-28).
 */
export function addMonthsClipped(t: Stamp, months: number): Stamp {
  const day = dayOfStamp(t);
  const { y, m, d } = ymdOf(day);
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = idx - ny * 12 + 1;
  const last = ymdOf(dayOf(ny, nm + 1, 1) - 1).d;
  return stampOf(dayOf(ny, nm, Math.min(d, last)), t - day * MINUTES_PER_DAY);
}

/** Parses `YYYY-MM-DD` strictly. */
export function parseIsoDay(s: string): Day | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? dayOf(y, mo, d) : undefined;
}
