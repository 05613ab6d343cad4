// SLA clocks of one complaint: a deadline per milestone of its tier, which milestones were
// breached, and the row's status at an as-of time.
import { addWorkdays, addWorkingHours, countWorkdays, countWorkingHours, uncoveredYearIn } from './calendar/calendar';
import { PausePeriod, closedAt, openPauseStart } from './register/periods';
import { AppealState, ExtensionState, ReopenState, appealState, extensionState, reopenDeadline, restartAt } from './rework';
import { CompiledPolicy } from './policy/compile';
import { ClockDef, MilestoneKey } from './policy/types';
import { Complaint, DONE_FIELD } from './register/complaint';
import { Day, Stamp, MINUTES_PER_DAY, dayOfStamp, formatDay, formatStamp } from './time';

export const STATUSES = ['overdue', 'due-soon', 'on-track', 'paused', 'closed-late', 'closed-on-time', 'invalid', 'error'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<Status, { zh: string; en: string }>> = {
  overdue: { zh: '已超期', en: 'Overdue' },
  'due-soon': { zh: '即将到期', en: 'Due soon' },
  'on-track': { zh: '处理中', en: 'On track' },
  // Issue 13: an open pause (暂停开始 without 暂停结束): waiting for the customer, no clock runs.
  paused: { zh: '暂停中', en: 'Paused' },
  'closed-late': { zh: '超期办结', en: 'Closed late' },
  'closed-on-time': { zh: '按时办结', en: 'Closed on time' },
  // 004: an invalid complaint (caused by a misunderstanding, not our error) runs no clock that can breach.
  invalid: { zh: '无效投诉', en: 'Invalid' },
  error: { zh: '数据有误', en: 'Error' },
};

export interface Deadline {
  kind: 'date' | 'datetime';
  /** The date (for a working-day clock) — the whole day counts as on time. */
  day?: Day;
  /** The last on-time moment; for a date deadline, the midnight that ends its day. */
  end: Stamp;
}

export interface MilestoneState {
  key: MilestoneKey;
  due?: Deadline;
  /** When it was done: recorded, or taken as the resolution time (see README). */
  done?: Stamp;
  breached: boolean;
  /** A pause still running stops this clock: the deadline shown is as of now and moves on until the pause ends. */
  paused?: boolean;
  /**
   * A year the deadline was counted through (working days or hours) that the calendar has no
   * holiday notice for: the deadline is only a weekend-mask guess.
   */
  uncovered?: number;
}

export interface Evaluation {
  milestones: MilestoneState[];
  breached: MilestoneKey[];
  /** The first milestone's uncovered year, when one was counted on a year the calendar lacks. */
  uncoveredYear?: number;
  /** 重新处理: the reopened complaint's own resolve clock (000); the pane shows the state from it. */
  reopen?: ReopenState;
  /** 申诉 (001): when the department appealed, whether in time, and the verdict. */
  appeal?: AppealState;
  /** 延期 (004): the extension and whether the customer was told within 24 h of receipt. */
  extension?: ExtensionState;
  status: Status;
  /** Hours from as-of to the nearest open deadline (negative when past). */
  hoursLeft?: number;
}

export function formatDeadline(d: Deadline): string {
  return d.kind === 'date' ? formatDay(d.day as Day) : formatStamp(d.end);
}

/** Done (or still open) at t, is that late? A date deadline is met until its day is over. */
export const isLate = (d: Deadline, t: Stamp): boolean => (d.kind === 'date' ? t >= d.end : t > d.end);

/**
 * A time the user typed as a deadline (承诺办结时间, 延期至): midnight exactly means the date only,
 * so the whole day is on time; any other time is the last on-time moment.
 */
export function typedDeadline(t: Stamp): Deadline {
  const day = dayOfStamp(t);
  return t === day * MINUTES_PER_DAY ? { kind: 'date', day, end: (day + 1) * MINUTES_PER_DAY } : { kind: 'datetime', end: t };
}

function deadlineFrom(cp: CompiledPolicy, c: ClockDef, anchor: Stamp | Deadline, complaint: Complaint): Deadline | undefined {
  const cal = cp.calendar;
  const at = typeof anchor === 'number' ? anchor : anchor.end;
  switch (c.clock) {
    case 'promised':
      return complaint.promised === undefined ? undefined : typedDeadline(complaint.promised);
    case 'hours':
      return { kind: 'datetime', end: at + c.amount * 60 };
    case 'workhours':
      return { kind: 'datetime', end: addWorkingHours(cal, at, c.amount) };
    case 'workdays': {
      // A date deadline as anchor counts from that date, not from the midnight after it.
      const from = typeof anchor === 'number' ? dayOfStamp(anchor) : anchor.kind === 'date' ? (anchor.day as Day) : dayOfStamp(anchor.end);
      const day = addWorkdays(cal, from, c.amount);
      return { kind: 'date', day, end: (day + 1) * MINUTES_PER_DAY };
    }
  }
}

/** The pause moves a deadline later: hour clocks by the hours, date deadlines by whole days. */
function extend(d: Deadline, pausedHours: number): Deadline {
  if (!(pausedHours > 0)) return d;
  if (d.kind === 'datetime') return { kind: 'datetime', end: d.end + pausedHours * 60 };
  const days = Math.ceil(pausedHours / 24);
  return { kind: 'date', day: (d.day as Day) + days, end: d.end + days * MINUTES_PER_DAY };
}

/**
 * Pause periods stop the clock in its own unit (issue 13). Walking the periods in order: one that
 * starts before the deadline (and after the clock started) moves the deadline by its length —
 * calendar hours for an hour clock, working hours for a working-hour clock, and for a working-day
 * clock the working days whose end (midnight) it covers, added as working days, so the deadline
 * stays on a working day.
 */
function pauseBy(cp: CompiledPolicy, kind: ClockDef['clock'], start: Stamp, d: Deadline, pauses: readonly PausePeriod[], asOf: Stamp): Deadline {
  const cal = cp.calendar;
  let out = d;
  for (const p of pauses) {
    const s = Math.max(p.start, start);
    if (s >= out.end) break;
    // A pause still running has lasted until the as-of time.
    const e = closedAt(p, asOf);
    if (e <= s) continue;
    if (kind === 'hours') out = { kind: 'datetime', end: out.end + (e - s) };
    else if (kind === 'workhours') out = { kind: 'datetime', end: addWorkingHours(cal, out.end, countWorkingHours(cal, s, e)) };
    else if (out.kind === 'date') {
      const first = dayOfStamp(s);
      const last = dayOfStamp(e) - 1;
      const n = last >= first ? countWorkdays(cal, first, last) : 0;
      if (n > 0) {
        const day = addWorkdays(cal, out.day as Day, n);
        out = { kind: 'date', day, end: (day + 1) * MINUTES_PER_DAY };
      }
    }
  }
  return out;
}

const MILESTONE_INDEX: Readonly<Record<MilestoneKey, number>> = { contact: 0, report: 1, plan: 2, resolve: 3, followup: 4 };

/**
 * The due-soon window of one deadline, in minutes: the tier's absolute window when the policy gives
 * one, else the last `warnPercent` % of the time from the clock's start to its deadline (JSM's
 * "breach soon"), else (percent 0) the policy-wide 预警小时.
 */
function warnWindow(cp: CompiledPolicy, rank: number, start: Stamp, due: Deadline): number {
  const own = cp.warnMinutesByRank[rank];
  if (own !== undefined) return own;
  if (cp.warnPercent > 0) return ((due.end - start) * cp.warnPercent) / 100;
  return cp.warnMinutes;
}

/** When a milestone counts as done: recorded, or (any step before the follow-up) when the complaint was resolved. */
const doneAt = (c: Complaint, m: MilestoneKey): Stamp | undefined => c[DONE_FIELD[m]] ?? (c.resolved !== undefined && m !== 'followup' ? c.resolved : undefined);

/**
 * Every clock of the complaint's tier is done (and a reopening re-resolved), or it is invalid or
 * unreadable: no clock runs at any as-of time, so `evaluate` cannot find it overdue, due soon or
 * paused. A report skips evaluating such an older complaint, which only an overdue one would list.
 */
export function settled(cp: CompiledPolicy, c: Complaint, rank: number): boolean {
  if (c.broken || c.received === undefined || c.valid === false) return true;
  if (c.reopened !== undefined && c.reresolved === undefined) return false;
  for (const clock of cp.clocksByRank[rank] ?? []) if (doneAt(c, clock.milestone) === undefined) return false;
  return true;
}

export function evaluate(cp: CompiledPolicy, c: Complaint, rank: number, asOf: Stamp): Evaluation {
  if (c.broken || c.received === undefined) return { milestones: [], breached: [], status: 'error' };
  // 004 有效/无效投诉: an invalid complaint still shows its deadlines but is never overdue or late.
  const invalid = c.valid === false;
  const clocks = cp.clocksByRank[rank] ?? [];
  const resolved = c.resolved;
  // Deadlines by milestone (after pause periods, before the total pause), for the milestones anchored on them.
  const deadlines: (Deadline | undefined)[] = [undefined, undefined, undefined, undefined, undefined];
  const milestones: MilestoneState[] = [];
  const breached: MilestoneKey[] = [];
  let nearest = Infinity;
  let anyLate = false;
  let anySoon = false;
  let allSettled = true;
  let uncoveredYear: number | undefined;
  const restart = restartAt(c);
  const openStart = openPauseStart(c.pauses);
  let anyPaused = false;

  for (const clock of clocks) {
    // Resolving a complaint settles the steps before it: an unrecorded one counts as done then.
    const done = doneAt(c, clock.milestone);
    let anchor: Stamp | Deadline | undefined;
    if (clock.anchor === 'receipt') anchor = c.received;
    else if (clock.anchor === 'resolve') anchor = resolved; // follow-up waits for the recorded resolution
    else anchor = c[DONE_FIELD[clock.anchor]] ?? deadlines[MILESTONE_INDEX[clock.anchor]];
    // 001: an upheld appeal moves the complaint; the new department's resolve clock starts at the transfer.
    if (clock.milestone === 'resolve' && restart !== undefined) anchor = restart;

    let due: Deadline | undefined;
    let late = false;
    let heldOpen = false;
    // 004: an extension (延期至, with its reason) replaces the resolve deadline, whatever the clock.
    const extended = clock.milestone === 'resolve' && c.extendedTo !== undefined ? typedDeadline(c.extendedTo) : undefined;
    const raw = anchor === undefined ? undefined : extended ?? deadlineFrom(cp, clock, anchor, c);
    if (anchor !== undefined && raw !== undefined) {
      // A promised or extended date was agreed with the customer: a pause does not move it again.
      const fixed = clock.milestone === 'followup' || extended || clock.clock === 'promised';
      const start = typeof anchor === 'number' ? anchor : anchor.end;
      const periods = !fixed && c.pauses ? pauseBy(cp, clock.clock, start, raw, c.pauses, asOf) : raw;
      // A running pause that began before this deadline stops its clock: the deadline is not known yet.
      if (!fixed && done === undefined && openStart !== undefined && openStart < raw.end && openStart <= asOf) heldOpen = true;
      // What depends on this milestone counts from it after the pause periods (each period then
      // counts once: the dependent clock only starts at this deadline), but before the total
      // 暂停时长, which every milestone adds on its own.
      deadlines[MILESTONE_INDEX[clock.milestone]] = periods;
      due = fixed ? raw : extend(periods, c.paused ?? 0);
      late = !invalid && isLate(due, done ?? asOf);
      if (late) breached.push(clock.milestone);
      if (done === undefined) {
        if (due.end < nearest) nearest = due.end;
        if (late) anyLate = true;
        else if (due.end - asOf <= warnWindow(cp, rank, typeof anchor === 'number' ? anchor : anchor.end, due)) anySoon = true;
        allSettled = false;
      }
    }
    const state: MilestoneState = { key: clock.milestone, due, done, breached: late };
    if (heldOpen) {
      state.paused = true;
      anyPaused = true;
    }
    if (due && anchor !== undefined && (clock.clock === 'workdays' || clock.clock === 'workhours') && !extended) {
      const from = dayOfStamp(typeof anchor === 'number' ? anchor : anchor.end - 1);
      const u = uncoveredYearIn(cp.calendar, from, due.kind === 'date' ? (due.day as Day) : dayOfStamp(due.end));
      if (u !== undefined) {
        state.uncovered = u;
        uncoveredYear ??= u;
      }
    }
    milestones.push(state);
  }

  // 000: reopened after an unsatisfied follow-up, the complaint runs a resolve clock of its own.
  let reopen: ReopenState | undefined;
  if (c.reopened !== undefined) {
    const resolveClock = clocks.find((k) => k.milestone === 'resolve');
    const rdue = reopenDeadline(cp, resolveClock, c.reopened, (k, at) => deadlineFrom(cp, k, at, c));
    reopen = { at: c.reopened, due: rdue, done: c.reresolved, breached: !invalid && isLate(rdue, c.reresolved ?? asOf) };
    if (c.reresolved === undefined) {
      allSettled = false;
      if (rdue.end < nearest) nearest = rdue.end;
      if (reopen.breached) anyLate = true;
      else if (rdue.end - asOf <= warnWindow(cp, rank, c.reopened, rdue)) anySoon = true;
    }
  }

  let status: Status;
  let hoursLeft: number | undefined;
  if (invalid) {
    status = 'invalid';
  } else if (!allSettled) {
    hoursLeft = Math.round(((nearest - asOf) / 60) * 100) / 100;
    if (anyLate) status = 'overdue';
    // 暂停中: waiting for the customer, the clocks stand still (a deadline passed before the pause, or a date agreed with the customer, is still overdue).
    else if (anyPaused) status = 'paused';
    else if (anySoon) status = 'due-soon';
    else status = 'on-track';
  } else if (resolved !== undefined) {
    status = breached.length > 0 || reopen?.breached ? 'closed-late' : 'closed-on-time';
  } else {
    status = 'on-track';
  }
  const out: Evaluation = { milestones, breached, status, hoursLeft };
  if (reopen) out.reopen = reopen;
  const appeal = appealState(cp, c);
  if (appeal) out.appeal = appeal;
  const extension = extensionState(c);
  if (extension) out.extension = extension;
  if (uncoveredYear !== undefined) out.uncoveredYear = uncoveredYear;
  return out;
}
