// Day-by-day reference implementations the calendar's closed form is checked against. They are
// deliberately naive and share nothing with src/core/calendar.
import { Day } from '../../src/core/time';

/** Monday = 0, counted from a Monday found with Date.UTC (independent of the code under test). */
export const REF_MONDAY = Date.UTC(2024, 0, 1) / 86_400_000;
if (new Date(REF_MONDAY * 86_400_000).getUTCDay() !== 1) throw new Error('2024-01-01 is a Monday');
export const refWeekday = (d: Day): number => (((d - REF_MONDAY) % 7) + 7) % 7;

export function naiveWorkday(isWork: (d: Day) => boolean, start: Day, n: number): Day {
  let d = start;
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (isWork(d)) left--;
  }
  return d;
}

export function naiveNetworkdays(isWork: (d: Day) => boolean, a: Day, b: Day): number {
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let d = lo; d <= hi; d++) if (isWork(d)) n++;
  return sign * n;
}
