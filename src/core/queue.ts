// The SLA queue a supervisor works from: every open complaint with its next milestone and the
// time left in that milestone's own unit (working days for a day clock, hours for an hour clock),
// grouped overdue / due soon / on track and sorted by time left. Pure: built from core's check
// rows, so the pane and `complaints check` say the same thing.
import type { CheckRow } from './check';
import { Calendar, workdayIndex } from './calendar/calendar';
import type { MilestoneKey } from './policy/types';
import type { Complaint } from './register/complaint';
import { maskText } from './privacy';
import { MINUTES_PER_DAY, Stamp, dayOfStamp, parseIsoDay, stampOf } from './time';
import type { MessageKey, Params } from './messages';

/** An open deadline as check prints it: a date (a working-day clock) or a date-time. */
export interface OpenDeadline {
  milestone: MilestoneKey;
  /** The due date of a working-day clock; absent for an hour clock. */
  day?: number;
  /** The last on-time moment (for a date, the midnight that ends it). */
  end: Stamp;
}

/** A deadline as `CheckRow.due` writes it ("2026-11-05" or "2026-11-05T10:00") read back. */
export function parseDeadline(milestone: MilestoneKey, text: string): OpenDeadline | undefined {
  const [date, time] = text.split('T');
  const day = parseIsoDay(date);
  if (day === undefined) return undefined;
  if (time === undefined) return { milestone, day, end: (day + 1) * MINUTES_PER_DAY };
  const [h, mi] = time.split(':').map(Number);
  return { milestone, end: stampOf(day, h * 60 + mi) };
}

/** The row's nearest milestone not yet done; undefined when every clock is settled. */
export function nextOpen(row: Pick<CheckRow, 'due' | 'done'>): OpenDeadline | undefined {
  let nearest: OpenDeadline | undefined;
  for (const [k, due] of Object.entries(row.due) as [MilestoneKey, string | undefined][]) {
    if (row.done[k] !== undefined || due === undefined) continue;
    const d = parseDeadline(k, due);
    if (d && (!nearest || d.end < nearest.end)) nearest = d;
  }
  return nearest;
}

/**
 * Time left (negative: overdue) in the deadline's unit. `workdays`: working days after today up
 * to the due date (0 = due today; overdue counts at least 1); `minutes`: for an hour clock.
 */
export type TimeLeft = { unit: 'workdays'; n: number } | { unit: 'minutes'; n: number };

export function timeLeftOf(d: OpenDeadline, cal: Calendar, asOf: Stamp): TimeLeft {
  if (d.day === undefined) return { unit: 'minutes', n: d.end - asOf };
  const today = dayOfStamp(asOf);
  if (today <= d.day) return { unit: 'workdays', n: today === d.day ? 0 : workdayIndex(cal, d.day) - workdayIndex(cal, today) };
  return { unit: 'workdays', n: -Math.max(1, workdayIndex(cal, today) - workdayIndex(cal, d.day)) };
}

type Say = (key: MessageKey, params?: Params) => string;

function span(minutes: number, say: Say): string {
  if (minutes >= MINUTES_PER_DAY) {
    const hours = Math.round(minutes / 60);
    return say('unit.dh', { d: Math.floor(hours / 24), h: hours % 24 });
  }
  const whole = Math.round(minutes);
  if (whole % 60 === 0) return say('unit.h', { h: whole / 60 });
  if (whole < 60) return say('unit.m', { m: whole });
  return say('unit.hm', { h: Math.floor(whole / 60), m: whole % 60 });
}

/** "剩 3 个工作日", "今日截止", "超期 2小时" — in the catalogue's words, for the CLI and the pane. */
export function sayTimeLeft(t: TimeLeft, say: Say): string {
  if (t.unit === 'workdays') return t.n === 0 ? say('left.today') : t.n > 0 ? say('left.workdays', { n: t.n }) : say('over.workdays', { n: -t.n });
  return t.n >= 0 ? say('left.hours', { t: span(t.n, say) }) : say('over.hours', { t: span(-t.n, say) });
}

/** A customer's name as the queue shows it: the first character, the rest starred; contact forms masked. */
export function maskName(name: string): string {
  const chars = [...maskText(name.trim())];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}

export const QUEUE_GROUPS = ['overdue', 'due-soon', 'on-track'] as const;
export type QueueGroup = (typeof QUEUE_GROUPS)[number];

/**
 * The second-round states a complaint can be in (issue 13), shown next to its tier: 重新处理
 * (reopened: its own resolve clock runs), 申诉中 / 申诉成立 (an appeal awaiting its verdict / upheld,
 * the complaint now with the new department), 已延期 (an extension moved the resolve deadline),
 * 暂停中 (a pause period covers the as-of time: the clock is stopped), 无效 (never overdue, so never
 * in the queue; counted on the home card).
 */
export const ROW_STATES = ['reopened', 'appeal-pending', 'appeal-upheld', 'extended', 'paused', 'invalid'] as const;
export type RowState = (typeof ROW_STATES)[number];

/** A row's states at `asOf`, in ROW_STATES order. */
export function rowStates(r: Pick<CheckRow, 'reopened' | 'appeal' | 'status'>, c: Complaint | undefined, asOf: Stamp): RowState[] {
  const on: Record<RowState, boolean> = {
    reopened: r.reopened === true,
    'appeal-pending': r.appeal !== undefined && r.appeal.upheld === undefined,
    'appeal-upheld': r.appeal?.upheld === true,
    extended: c?.extendedTo !== undefined,
    paused: r.status === 'paused' || (c?.pauses ?? []).some((p) => p.start <= asOf && (p.end === undefined || asOf < p.end)),
    invalid: r.status === 'invalid',
  };
  return ROW_STATES.filter((k) => on[k]);
}

/** How many rows are in each state (a row in two states counts in both). */
export function countStates(rows: readonly { states?: readonly RowState[] }[]): Record<RowState, number> {
  const out = Object.fromEntries(ROW_STATES.map((k) => [k, 0])) as Record<RowState, number>;
  for (const r of rows) for (const k of r.states ?? []) out[k]++;
  return out;
}

export interface QueueEntry {
  row: number;
  id: string;
  /** Masked (maskName): the queue is on a supervisor's screen. */
  customer: string;
  department: string;
  handler: string;
  tier: string;
  group: QueueGroup;
  next: OpenDeadline;
  left: TimeLeft;
  /** Minutes to the deadline (negative when past): the one sort key across units. */
  minutesLeft: number;
  /** Its second-round states (rowStates); absent on entries built before issue 13. */
  states?: RowState[];
  /** 申诉成立: the department the complaint came from (`department` is the new one). */
  appealFrom?: string;
  /** 已延期: the new resolve deadline. */
  extendedTo?: Stamp;
}

/** The row's next deadline: its nearest open milestone, or the reopened complaint's own resolve clock when that is nearer. */
function nextOf(r: CheckRow): OpenDeadline | undefined {
  const first = nextOpen(r);
  const reopen = r.reopenDue !== undefined ? parseDeadline('resolve', r.reopenDue) : undefined;
  return reopen && (!first || reopen.end < first.end) ? reopen : first;
}

/** The open rows (overdue, due soon, on track with a clock running), most urgent first. */
export function buildQueue(rows: readonly CheckRow[], complaints: readonly Complaint[], cal: Calendar, asOf: Stamp): QueueEntry[] {
  const byRow = new Map(complaints.map((c) => [c.row, c]));
  const out: QueueEntry[] = [];
  for (const r of rows) {
    // A paused complaint stays in the supervisor's list (its clock stands still, so it is on track).
    const group = r.status === 'paused' ? 'on-track' : r.status;
    if (!(QUEUE_GROUPS as readonly string[]).includes(group)) continue;
    const next = nextOf(r);
    if (!next) continue;
    const c = byRow.get(r.row);
    const entry: QueueEntry = {
      row: r.row,
      id: r.id,
      customer: maskName(c?.customer ?? ''),
      department: c?.department ?? '',
      handler: c?.handler ?? '',
      tier: r.tier,
      group: group as QueueGroup,
      next,
      left: timeLeftOf(next, cal, asOf),
      minutesLeft: next.end - asOf,
      states: rowStates(r, c, asOf),
    };
    if (c?.appealFrom !== undefined) entry.appealFrom = c.appealFrom;
    if (c?.extendedTo !== undefined) entry.extendedTo = c.extendedTo;
    out.push(entry);
  }
  const rank = (e: QueueEntry) => QUEUE_GROUPS.indexOf(e.group);
  return out.sort((a, b) => rank(a) - rank(b) || a.minutesLeft - b.minutesLeft || a.row - b.row);
}

export interface QueueFilter {
  department?: string;
  handler?: string;
  tier?: string;
  /** Only the entries in this second-round state. */
  state?: RowState;
}

/** The entries matching every filter set (an empty or absent filter lets all through). */
export function filterQueue(q: readonly QueueEntry[], f: QueueFilter): QueueEntry[] {
  return q.filter((e) => (!f.department || e.department === f.department) && (!f.handler || e.handler === f.handler) && (!f.tier || e.tier === f.tier)
    && (!f.state || (e.states ?? []).includes(f.state)));
}

/** The states some entry of the queue is in, in ROW_STATES order, for the state filter's choices. */
export function stateChoicesOf(q: readonly QueueEntry[]): RowState[] {
  const c = countStates(q);
  return ROW_STATES.filter((k) => c[k] > 0);
}

/** The queue in its three groups, each kept in queue order; every group is present, maybe empty. */
export function groupQueue(q: readonly QueueEntry[]): { group: QueueGroup; entries: QueueEntry[] }[] {
  return QUEUE_GROUPS.map((group) => ({ group, entries: q.filter((e) => e.group === group) }));
}

/** The distinct non-empty values of one field, sorted, for a filter's choices. */
export function choicesOf(q: readonly QueueEntry[], field: 'department' | 'handler' | 'tier'): string[] {
  return [...new Set(q.map((e) => e[field]).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh'));
}
