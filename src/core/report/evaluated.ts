// An evaluation as the report keeps it. A month of a million-row register holds about 330,000
// evaluations at once (the period's complaints and older ones still overdue) beside the
// complaints: the full Evaluation of sla.ts (an object per milestone and per deadline, ~890 bytes)
// does not fit that in 1 GB. The report keeps only what a figure reads: the status, the breached
// milestones, and per milestone its deadline end and done time as numbers in one array; the milestone
// list and an empty breached list are shared between every evaluation with the same clocks.
import { Deadline, Evaluation, Status } from '../sla';
import { MilestoneKey } from '../policy/types';
import { MINUTES_PER_DAY, Stamp } from '../time';

/** Numbers per milestone in `times`: deadline end, done. */
const STRIDE = 2;

export interface PackedEval {
  readonly status: Status;
  readonly breached: readonly MilestoneKey[];
  /** The milestones in clock order (shared). */
  readonly keys: readonly MilestoneKey[];
  /** Per milestone: [due end, done], NaN where there is none (no deadline, not done). */
  readonly times: readonly number[];
  /** Bit i: milestone i is breached. */
  readonly late: number;
  /** Bit i: milestone i's deadline is a date (its day ends at `end`), not a date and time. */
  readonly dates: number;
  /** 重新处理 (000): the reopened complaint's own deadline and whether it was missed. */
  readonly reopen?: { readonly due: Deadline; readonly breached: boolean };
}

const NONE: readonly MilestoneKey[] = Object.freeze([]);
const shared = new Map<string, readonly MilestoneKey[]>([['', NONE]]);

/** One frozen list per distinct milestone list: a few dozen at most, whatever the register's size. */
function sharedKeys(keys: readonly MilestoneKey[]): readonly MilestoneKey[] {
  const k = keys.join(',');
  let out = shared.get(k);
  if (!out) {
    out = Object.freeze([...keys]);
    shared.set(k, out);
  }
  return out;
}

export function packEvaluation(ev: Evaluation): PackedEval {
  const ms = ev.milestones;
  const times = new Array<number>(ms.length * STRIDE);
  let late = 0;
  let dates = 0;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    times[i * STRIDE] = m.due ? m.due.end : NaN;
    times[i * STRIDE + 1] = m.done ?? NaN;
    if (m.breached) late |= 1 << i;
    // A date deadline ends at the midnight after its day (sla.ts makes every one so): the day is not kept.
    if (m.due?.kind === 'date') dates |= 1 << i;
  }
  const packed = {
    status: ev.status,
    breached: sharedKeys(ev.breached),
    keys: sharedKeys(ms.map((m) => m.key)),
    times,
    late,
    dates,
  };
  return ev.reopen ? { ...packed, reopen: { due: ev.reopen.due, breached: ev.reopen.breached } } : packed;
}

/** How many milestones the evaluation has. */
export const milestoneCount = (p: PackedEval): number => p.keys.length;

/** Milestone i's deadline, or undefined when it has none (its anchor is not there yet). */
export function dueOf(p: PackedEval, i: number): Deadline | undefined {
  const end = p.times[i * STRIDE];
  if (Number.isNaN(end)) return undefined;
  return p.dates & (1 << i) ? { kind: 'date', day: end / MINUTES_PER_DAY - 1, end } : { kind: 'datetime', end };
}

/** Milestone i's deadline end (the last on-time moment), undefined when it has none. */
export function dueEndOf(p: PackedEval, i: number): Stamp | undefined {
  const end = p.times[i * STRIDE];
  return Number.isNaN(end) ? undefined : end;
}

/** When milestone i was done (recorded, or taken as the resolution), undefined when not done. */
export function doneOf(p: PackedEval, i: number): Stamp | undefined {
  const t = p.times[i * STRIDE + 1];
  return Number.isNaN(t) ? undefined : t;
}

export const breachedAt = (p: PackedEval, i: number): boolean => (p.late & (1 << i)) !== 0;
