// Time left or overdue for one checked row, in the unit of its nearest open clock: working days
// for a day clock ("剩 3 个工作日"), days and hours or hours and minutes for an hour clock. The
// rule is core's (queue.ts), the same the task pane's queue shows.
import { CheckRow } from '../core/check';
import { Calendar } from '../core/calendar/calendar';
import { Stamp } from '../core/time';
import { nextOpen, sayTimeLeft, timeLeftOf } from '../core/queue';
import { m } from './lang';

export function timeLeft(row: CheckRow, cal: Calendar, asOf: Stamp): string {
  const nearest = nextOpen(row);
  return nearest ? sayTimeLeft(timeLeftOf(nearest, cal, asOf), m) : '';
}
