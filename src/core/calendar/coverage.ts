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

/** What the shipped table covers, said once: which package and which years. */
function shipped(cal: Calendar): string {
  const yrs = cal.spec.coveredYears;
  if (!yrs) return '';
  return cal.spec.name === 'china' ? `内置 ${CHINA_DAYS_SOURCE} 收录至 ${yrs[1]} 年` : `内置日历收录 ${yrs[0]}–${yrs[1]} 年`;
}

/**
 * The error text of a function cell counted through an uncovered year (docs/functions.md catalogues
 * it); `where` says how to add the days: the 投诉政策 sheet (TIER/DUE/STATUS) or the holidays argument.
 */
export function uncoveredMessage(cal: Calendar, year: number, where: 'policy' | 'holidays' = 'policy'): string {
  const add = where === 'policy' ? `请在「投诉政策」表中添加 ${year} 年的放假/上班日期` : `请在 holidays 参数中给出 ${year} 年的放假日期`;
  const addEn = where === 'policy' ? `add ${year}'s days to the 投诉政策 sheet` : `give ${year}'s days off in the holidays argument`;
  return `日历未覆盖 ${year} 年 (${shipped(cal)}): ${add} (calendar ${cal.spec.name} has no ${year} holiday notice; ${addEn})`;
}

/** The warning of check, report and the pane: the year, how many rows, and what to do. */
export function coverageWarning(cp: CompiledPolicy, year: number, rows: number): string {
  const last = cp.calendar.spec.coveredYears?.[1] ?? year;
  const why = year > last ? `, 国务院 ${year} 年放假通知尚未收录` : '';
  return `日历 ${cp.policy.calendar.base} 不含 ${year} 年的放假安排 (${shipped(cp.calendar)}${why})：${rows} 行的时限按仅周末计算；请在「投诉政策」表中添加 ${year} 年的放假/上班日期 (the calendar has no ${year} holiday notice: deadlines of ${rows} row(s) count weekends only; add ${year}'s days to the policy sheet)`;
}

/** Warnings for the rows per uncovered year, in year order. */
export function coverageWarnings(cp: CompiledPolicy, rowsByYear: ReadonlyMap<number, number>): string[] {
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
