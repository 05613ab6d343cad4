// The second round of a complaint: a reopen after an unsatisfied follow-up (000) runs its own
// resolve clock from the reopening; a department's appeal (001) must come within a working day of
// dispatch, and an upheld one restarts the resolve clock at the new department from the transfer.
import { addWorkdays } from './calendar/calendar';
import { CompiledPolicy } from './policy/compile';
import { ClockDef, DEFAULT_APPEAL_WORKDAYS, DEFAULT_REOPEN_WORKDAYS } from './policy/types';
import { Complaint } from './register/complaint';
import { Day, MINUTES_PER_DAY, Stamp, dayOfStamp } from './time';
import type { Deadline } from './sla';

export interface ReopenState {
  at: Stamp;
  due: Deadline;
  done?: Stamp;
  breached: boolean;
}

export interface AppealState {
  at: Stamp;
  /** The last day the appeal was in time: dispatch (or receipt) plus the appeal window in working days. */
  lastDay: Day;
  late: boolean;
  upheld?: boolean;
}

/** A reopened complaint's resolve deadline: its tier's fixed resolve clock from the reopening, else N working days. */
export function reopenDeadline(cp: CompiledPolicy, resolveClock: ClockDef | undefined, at: Stamp, fixed: (c: ClockDef, anchor: Stamp) => Deadline | undefined): Deadline {
  const own = resolveClock && resolveClock.clock !== 'promised' ? fixed(resolveClock, at) : undefined;
  if (own) return own;
  const day = addWorkdays(cp.calendar, dayOfStamp(at), cp.policy.reopenWorkdays ?? DEFAULT_REOPEN_WORKDAYS);
  return { kind: 'date', day, end: (day + 1) * MINUTES_PER_DAY };
}

/** The appeal, when there is one: in time when made by the end of the N-th working day after dispatch. */
export function appealState(cp: CompiledPolicy, c: Complaint): AppealState | undefined {
  if (c.appealed === undefined || c.received === undefined) return undefined;
  const dispatch = c.reported ?? c.received;
  const lastDay = addWorkdays(cp.calendar, dayOfStamp(dispatch), cp.policy.appealWorkdays ?? DEFAULT_APPEAL_WORKDAYS);
  return { at: c.appealed, lastDay, late: dayOfStamp(c.appealed) > lastDay, upheld: c.appealUpheld };
}

/**
 * 004 4.4.3 "所有投诉问题必须在24小时内作出回复,…无法在24小时内答复的,需在24小时内向客户说明情况,并给予客户明确解决时间":
 * 24 calendar hours (the text says 小时, not 工作日) from receipt.
 */
export const EXPLAIN_WITHIN_HOURS = 24;

export interface ExtensionState {
  /** The new resolve deadline the customer was given (延期至). */
  to: Stamp;
  /** When the customer was told (延期说明时间), when recorded. */
  explained?: Stamp;
  /** The last moment the explanation was in time: receipt + 24 h. */
  by: Stamp;
  /** Explained after `by`; undefined when no explanation time is recorded (nothing to judge). */
  late?: boolean;
}

/** The extension, when there is one (延期至 with its reason), and whether its explanation came within 24 h. */
export function extensionState(c: Complaint): ExtensionState | undefined {
  if (c.extendedTo === undefined || c.received === undefined) return undefined;
  const by = c.received + EXPLAIN_WITHIN_HOURS * 60;
  const out: ExtensionState = { to: c.extendedTo, by };
  if (c.extensionExplained !== undefined) {
    out.explained = c.extensionExplained;
    out.late = c.extensionExplained > by;
  }
  return out;
}

/** Where an upheld appeal restarts the resolve clock: the transfer, else the appeal itself. */
export const restartAt = (c: Complaint): Stamp | undefined => (c.appealUpheld ? c.transferredAt ?? c.appealed : undefined);
