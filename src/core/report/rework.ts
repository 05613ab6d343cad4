// The appraisal's counts of the second round (issue 13): extensions (延期, 004) and those explained
// to the customer later than 24 h after receipt, reopens (重新处理,
// 000) and appeals (申诉, 001), overall and per department, for the period's valid complaints. A
// reopen also counts as a repeat (重复率/二次投诉) in the figures.
import { CompiledPolicy } from '../policy/compile';
import { Complaint } from '../register/complaint';
import { appealState, extensionState } from '../rework';
import { Stamp } from '../time';
import { counted, inPeriod } from './figures-basics';

export interface ReworkUnit {
  unit: string;
  extensions: number;
  /** Extensions explained to the customer after the 24 h 004 allows. */
  lateExplanations: number;
  reopens: number;
  appeals: number;
}

export interface ReworkFigures {
  extensions: number;
  lateExplanations: number;
  reopens: number;
  appeals: { total: number; upheld: number; rejected: number; late: number };
  /** Per department (the department after an upheld appeal; the appeal counts for the one that made it). */
  byDepartment: ReworkUnit[];
}

const UNFILLED = '(未填)';

export function reworkFigures(cp: CompiledPolicy, complaints: readonly Complaint[], period: { start: Stamp; end: Stamp }, asOf: Stamp): ReworkFigures {
  const out: ReworkFigures = { extensions: 0, lateExplanations: 0, reopens: 0, appeals: { total: 0, upheld: 0, rejected: 0, late: 0 }, byDepartment: [] };
  const units = new Map<string, ReworkUnit>();
  const unit = (name: string | undefined) => {
    const k = name || UNFILLED;
    let u = units.get(k);
    if (!u) units.set(k, (u = { unit: k, extensions: 0, lateExplanations: 0, reopens: 0, appeals: 0 }));
    return u;
  };
  for (const c of complaints) {
    if (!counted(c) || !inPeriod(c, period) || (c.received as number) > asOf) continue;
    if (c.extendedTo !== undefined && c.extendedTo !== null) {
      out.extensions++;
      unit(c.department).extensions++;
      if (extensionState(c)?.late) {
        out.lateExplanations++;
        unit(c.department).lateExplanations++;
      }
    }
    if (c.reopened !== undefined && c.reopened <= asOf) {
      out.reopens++;
      unit(c.department).reopens++;
    }
    const a = appealState(cp, c);
    if (a && a.at <= asOf) {
      out.appeals.total++;
      if (a.upheld === true) out.appeals.upheld++;
      if (a.upheld === false) out.appeals.rejected++;
      if (a.late) out.appeals.late++;
      unit(c.appealFrom ?? c.department).appeals++;
    }
  }
  out.byDepartment = [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit));
  return out;
}
