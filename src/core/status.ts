// The pane's home card: is the workbook set up (register sheet, policy sheet, the years the
// calendar knows), how many complaints are open, due soon and overdue, and the next deadline.
// Pure: built from the queue (./queue.ts) and what the workbook holds.
import type { Calendar } from './calendar/calendar';
import { QueueEntry, RowState, countStates } from './queue';
import type { Msg } from './messages/msg';

export interface StatusCard {
  /** The register sheet; undefined when none reads as one (then `registerProblem` says why). */
  register?: string;
  registerProblem?: Msg;
  /** True when the workbook has a 投诉政策 sheet (else the default preset is used). */
  policySheet: boolean;
  /** What is wrong with the 投诉政策 sheet, each with its place: rendered in the pane's language where shown. */
  policyProblems: Msg[];
  calendar: string;
  /** The years whose holiday notices the calendar holds; undefined: weekends only, every year alike. */
  years?: readonly [number, number];
  rows: number;
  open: number;
  dueSoon: number;
  overdue: number;
  badCells: number;
  /** The nearest deadline not yet passed. */
  next?: QueueEntry;
  /** The open complaints in each second-round state (queue.ts), and 无效: the invalid rows of the register. */
  states?: Record<RowState, number>;
}

export interface StatusInput {
  register?: string;
  registerProblem?: Msg;
  policySheet: boolean;
  policyProblems: readonly Msg[];
  calendar?: Calendar;
  rows?: number;
  badCells?: number;
  queue?: readonly QueueEntry[];
  /** Rows marked 无效 (is-valid 否): never overdue, so never in the queue. */
  invalid?: number;
}

export function statusCard(i: StatusInput): StatusCard {
  const q = i.queue ?? [];
  let next: QueueEntry | undefined;
  for (const e of q) if (e.minutesLeft >= 0 && (!next || e.minutesLeft < next.minutesLeft)) next = e;
  return {
    register: i.register,
    registerProblem: i.registerProblem,
    policySheet: i.policySheet,
    policyProblems: [...i.policyProblems],
    calendar: i.calendar?.spec.name ?? '',
    years: i.calendar?.spec.coveredYears,
    rows: i.rows ?? 0,
    open: q.length,
    dueSoon: q.filter((e) => e.group === 'due-soon').length,
    overdue: q.filter((e) => e.group === 'overdue').length,
    badCells: i.badCells ?? 0,
    next,
    states: { ...countStates(q), invalid: i.invalid ?? 0 },
  };
}

/** Set up: a register sheet and a policy sheet that reads without problems. */
export const isSetUp = (c: StatusCard): boolean => c.register !== undefined && c.policySheet && c.policyProblems.length === 0;
