// Time left or overdue for one checked row, in the unit of its nearest open clock: working days
// for a day clock ("剩 3 个工作日"), days and hours or hours and minutes for an hour clock.
import { CheckRow } from '../core/check';
import { Calendar, workdayIndex } from '../core/calendar/calendar';
import { Stamp, dayOfStamp, parseIsoDay, stampOf, MINUTES_PER_DAY } from '../core/time';
import { m } from './lang';

interface Open {
  day?: number;
  end: Stamp;
}

function openDeadline(text: string): Open | undefined {
  const [date, time] = text.split('T');
  const day = parseIsoDay(date);
  if (day === undefined) return undefined;
  if (time === undefined) return { day, end: (day + 1) * MINUTES_PER_DAY };
  const [h, mi] = time.split(':').map(Number);
  return { end: stampOf(day, h * 60 + mi) };
}

function span(minutes: number): string {
  if (minutes >= MINUTES_PER_DAY) {
    const hours = Math.round(minutes / 60);
    return m('unit.dh', { d: Math.floor(hours / 24), h: hours % 24 });
  }
  const whole = Math.round(minutes);
  if (whole % 60 === 0) return m('unit.h', { h: whole / 60 });
  if (whole < 60) return m('unit.m', { m: whole });
  return m('unit.hm', { h: Math.floor(whole / 60), m: whole % 60 });
}

export function timeLeft(row: CheckRow, cal: Calendar, asOf: Stamp): string {
  let nearest: Open | undefined;
  for (const [k, due] of Object.entries(row.due)) {
    if (row.done[k as keyof CheckRow['done']] !== undefined || due === undefined) continue;
    const d = openDeadline(due);
    if (d && (!nearest || d.end < nearest.end)) nearest = d;
  }
  if (!nearest) return '';
  if (nearest.day !== undefined) {
    const today = dayOfStamp(asOf);
    if (today === nearest.day) return m('left.today');
    if (today < nearest.day) return m('left.workdays', { n: workdayIndex(cal, nearest.day) - workdayIndex(cal, today) });
    return m('over.workdays', { n: Math.max(1, workdayIndex(cal, today) - workdayIndex(cal, nearest.day)) });
  }
  const diff = nearest.end - asOf;
  return diff >= 0 ? m('left.hours', { t: span(diff) }) : m('over.hours', { t: span(-diff) });
}
