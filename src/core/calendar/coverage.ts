// Calendar coverage: a deadline counted in working days through a year the holiday table has no
// notice for is a weekend-only guess (2027-01-01 would be a working day). The functions refuse to
// give one (an error value); check, report and the pane warn with the words below, and the
// warning goes away once the user adds that year's days to the 投诉政策 sheet.
import { CHINA_DAYS_SOURCE } from './china-days.generated';
import type { CompiledPolicy } from '../policy/compile';
import { Calendar, uncoveredYear } from './calendar';
import { Complaint } from '../register/complaint';
import { assignTiers } from '../tier';
import { evaluate } from '../sla';
import { Stamp, dayOf, dayOfStamp, stampOf } from '../time';
import { Msg, msg } from '../messages/msg';

/** What the shipped table covers, said once: which package and which years. */
function shipped(cal: Calendar): Msg | string {
  const yrs = cal.spec.coveredYears;
  if (!yrs) return '';
  return cal.spec.name === 'china' ? msg('cal.shippedChina', { source: CHINA_DAYS_SOURCE, last: yrs[1] }) : msg('cal.shippedOwn', { first: yrs[0], last: yrs[1] });
}

/**
 * The error text of a function cell counted through an uncovered year (docs/functions.md catalogues
 * it); `where` says how to add the days: the 投诉政策 sheet (TIER/DUE/STATUS) or the holidays argument.
 */
export function uncoveredMessage(cal: Calendar, year: number, where: 'policy' | 'holidays' = 'policy'): Msg {
  return msg(where === 'policy' ? 'cal.uncoveredPolicy' : 'cal.uncoveredHolidays', { year, shipped: shipped(cal), calendar: cal.spec.name });
}

/** The warning of check, report and the pane: the year, how many rows, and what to do. */
export function coverageWarning(cp: CompiledPolicy, year: number, rows: number): Msg {
  const last = cp.calendar.spec.coveredYears?.[1] ?? year;
  const notice = year > last ? msg('warn.coverageNotice', { year }) : '';
  return msg('warn.coverage', { calendar: cp.policy.calendar.base, year, shipped: shipped(cp.calendar), notice, rows });
}

/** Warnings for the rows per uncovered year, in year order. */
export function coverageWarnings(cp: CompiledPolicy, rowsByYear: ReadonlyMap<number, number>): Msg[] {
  return [...rowsByYear.keys()].sort((a, b) => a - b).map((y) => coverageWarning(cp, y, rowsByYear.get(y) as number));
}

/**
 * Rows per uncovered year for a report, where the deadlines are not computed row by row: only rows
 * with a time near or past the end of the covered years (or before them) can count through an
 * uncovered year, so only those are tiered and evaluated. Their repeat history is the candidates'
 * own, which can only lower a tier the whole register would raise; the year found is the same for
 * every tier whose clocks reach it.
 */
export function reportCoverage(cp: CompiledPolicy, complaints: readonly Complaint[], asOf: Stamp): Map<number, number> {
  const out = new Map<number, number>();
  const yrs = cp.calendar.spec.coveredYears;
  if (!yrs) return out;
  const lo = stampOf(dayOf(yrs[0], 1, 1));
  // Two months cover the longest shipped clock (15 working days, then 3 for the follow-up).
  const hi = stampOf(dayOf(yrs[1], 11, 1));
  const near = (t: Stamp | undefined) => t !== undefined && (t < lo || t >= hi);
  const candidates = complaints.filter((c) => !c.broken && c.received !== undefined && (near(c.received) || near(c.contacted) || near(c.reported) || near(c.planned) || near(c.resolved)));
  if (candidates.length === 0) return out;
  const tiers = assignTiers(cp, candidates);
  candidates.forEach((c, i) => {
    const y = uncoveredYear(cp.calendar, dayOfStamp(c.received as Stamp)) ?? evaluate(cp, c, tiers[i].rank, asOf).uncoveredYear;
    if (y !== undefined) out.set(y, (out.get(y) ?? 0) + 1);
  });
  return out;
}
