// The check of a whole register at an as-of time: tier, deadlines, breaches and status per row,
// and a summary. This is what `complaints check` prints and what the task pane lists.
import { CompiledPolicy } from './policy/compile';
import { RegisterRead } from './register/read';
import { assignTiers, tierReasonMsg, TierReasonKind } from './tier';
import { evaluate, formatDeadline, Status, STATUSES } from './sla';
import { MilestoneKey } from './policy/types';
import { uncoveredYear } from './calendar/calendar';
import { coverageWarnings } from './calendar/coverage';
import { Stamp, dayOfStamp, formatStamp } from './time';
import { FIELD_BY_KEY } from './register/fields';
import { DuplicateId, duplicateIds, duplicateIdWarning } from './register/ids';
import { DEFAULT_APPEAL_WORKDAYS } from './policy/types';
import { EXPLAIN_WITHIN_HOURS } from './rework';
import { Day, formatDay } from './time';
import { Msg, msg } from './messages/msg';

/** 001: "An appeal (申诉) … must come within 1 working day." */
const appealLateMessage = (lastDay: Day, n: number): Msg => msg('row.appealLate', { n, lastDay: formatDay(lastDay) });

/** 004: "explain within 24 h and give a date". */
const explanationLateMessage = (by: Stamp, hours: number): Msg => msg('row.explanationLate', { hours, by: formatStamp(by, ' ') });

export interface CheckRow {
  row: number;
  id: string;
  tier: string;
  /** Why the row has its tier, as a value (`check --json` renders it in the CLI's language); absent on error rows. */
  tierReason?: Msg;
  /** Which rule decided the tier; absent on error rows. */
  tierRule?: TierReasonKind;
  due: Partial<Record<MilestoneKey, string>>;
  done: Partial<Record<MilestoneKey, string>>;
  breached: MilestoneKey[];
  status: Status;
  hoursLeft?: number;
  /** A year the row's deadlines were counted through that the calendar has no notice for (a warning names it). */
  uncoveredYear?: number;
  /** 重新处理: reopened and not yet resolved again (the pane shows the state; the status is its clock's). */
  reopened?: boolean;
  /** The reopened complaint's own resolve deadline while it runs (as `due` writes one): the queue's next step for it. */
  reopenDue?: string;
  /** 申诉: whether the department's appeal came in time, and the verdict when recorded. */
  appeal?: { late: boolean; upheld?: boolean };
  /** 延期: the extension's explanation came after 24 h of receipt (true), in time (false), or was not recorded (absent). */
  explanationLate?: boolean;
  errors: { column: string; msg: Msg }[];
}

export interface CheckSummary {
  rows: number;
  byStatus: Record<Status, number>;
  byTier: Record<string, number>;
  rowsWithErrors: number;
  errors: number;
  invalid: number;
  asOf: string;
  policy: string;
  calendar: string;
  headerRow: number;
  warnings: Msg[];
  /** 编号 held by more than one row, with the rows of each. */
  duplicateIds: DuplicateId[];
  /** Second-round counts (issue 13): rows with an extension, reopened rows (and those still being handled again), appeals. */
  rework?: { extensions: number; explanationsLate: number; reopened: number; reopenedOpen: number; appeals: number; appealsLate: number; appealsUpheld: number };
}

export interface CheckReport {
  rows: CheckRow[];
  summary: CheckSummary;
}

export function checkRegister(read: RegisterRead, cp: CompiledPolicy, asOf: Stamp): CheckReport {
  const complaints = read.complaints;
  const tiers = assignTiers(cp, complaints);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const byTier: Record<string, number> = Object.fromEntries(cp.policy.tiers.map((t) => [t.key, 0]));
  const uncovered = new Map<number, number>();
  const countUncovered = (y: number | undefined) => {
    if (y !== undefined) uncovered.set(y, (uncovered.get(y) ?? 0) + 1);
  };
  let errors = 0;
  let rowsWithErrors = 0;
  let invalid = 0;
  const rework = { extensions: 0, explanationsLate: 0, reopened: 0, reopenedOpen: 0, appeals: 0, appealsLate: 0, appealsUpheld: 0 };

  const rows = complaints.map((c, i) => {
    const t = tiers[i];
    const ev = evaluate(cp, c, t.rank, asOf);
    const errs = c.errors.map((e) => ({ column: e.column, msg: e.msg }));
    for (const p of t.problems) errs.push({ column: read.map.headers[p.field] ?? FIELD_BY_KEY[p.field].zh, msg: p.msg });
    // A complaint received in an uncovered year, or a deadline counted through one (issue 13).
    const year = c.received !== undefined ? uncoveredYear(cp.calendar, dayOfStamp(c.received)) ?? ev.uncoveredYear : undefined;
    countUncovered(year);
    byStatus[ev.status]++;
    if (ev.status !== 'error') byTier[t.key] = (byTier[t.key] ?? 0) + 1;
    if (errs.length) rowsWithErrors++;
    if (c.valid === false) invalid++;
    errors += errs.length;
    const due: CheckRow['due'] = {};
    const done: CheckRow['done'] = {};
    for (const m of ev.milestones) {
      if (m.due) due[m.key] = formatDeadline(m.due);
      if (m.done !== undefined) done[m.key] = formatStamp(m.done);
    }
    const out: CheckRow = {
      row: c.row,
      id: c.id ?? '',
      tier: ev.status === 'error' ? '' : t.key,
      tierReason: ev.status === 'error' ? undefined : tierReasonMsg(cp, t),
      tierRule: ev.status === 'error' ? undefined : t.reasonKind,
      due,
      done,
      breached: ev.breached,
      status: ev.status,
      errors: errs,
    };
    if (ev.hoursLeft !== undefined) out.hoursLeft = ev.hoursLeft;
    if (year !== undefined) out.uncoveredYear = year;
    if (c.extendedTo !== undefined) rework.extensions++;
    if (ev.extension?.late !== undefined) out.explanationLate = ev.extension.late;
    if (ev.extension?.late && c.valid !== false) {
      rework.explanationsLate++;
      out.errors.push({ column: read.map.headers.extensionExplained ?? FIELD_BY_KEY.extensionExplained.zh, msg: explanationLateMessage(ev.extension.by, EXPLAIN_WITHIN_HOURS) });
      if (out.errors.length === 1) rowsWithErrors++;
      errors++;
    }
    if (ev.reopen) {
      rework.reopened++;
      if (ev.reopen.done === undefined) {
        rework.reopenedOpen++;
        out.reopened = true;
        out.reopenDue = formatDeadline(ev.reopen.due);
      }
    }
    if (ev.appeal) {
      rework.appeals++;
      if (ev.appeal.late) rework.appealsLate++;
      if (ev.appeal.upheld) rework.appealsUpheld++;
      out.appeal = ev.appeal.upheld === undefined ? { late: ev.appeal.late } : { late: ev.appeal.late, upheld: ev.appeal.upheld };
      if (ev.appeal.late) {
        const late = appealLateMessage(ev.appeal.lastDay, cp.policy.appealWorkdays ?? DEFAULT_APPEAL_WORKDAYS);
        out.errors.push({ column: read.map.headers.appealed ?? FIELD_BY_KEY.appealed.zh, msg: late });
        rowsWithErrors += errs.length === 1 ? 1 : 0;
        errors++;
      }
    }
    return out;
  });

  const warnings = coverageWarnings(cp, uncovered);
  const duplicates = duplicateIds(complaints);
  for (const d of duplicates) warnings.push(duplicateIdWarning(d));
  return {
    rows,
    summary: {
      rows: rows.length,
      byStatus,
      byTier,
      rowsWithErrors,
      errors,
      invalid,
      asOf: formatStamp(asOf),
      policy: cp.policy.name,
      calendar: cp.policy.calendar.base,
      headerRow: read.headerRow,
      warnings,
      duplicateIds: duplicates,
      rework,
    },
  };
}

/** Overdue first, then due soon, then the rest; by hours left, then row. */
export function urgencyOrder(a: CheckRow, b: CheckRow): number {
  const rank = (r: CheckRow) => STATUSES.indexOf(r.status);
  return rank(a) - rank(b) || (a.hoursLeft ?? Infinity) - (b.hoursLeft ?? Infinity) || a.row - b.row;
}
