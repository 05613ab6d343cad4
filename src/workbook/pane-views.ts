// What the pane's home card and monthly figures show, from the grids both backends read: the
// register found (or why not), the 投诉政策 rows, the as-of time. Pure: core's check, queue,
// status card and report figures; the backends only read the workbook.
import { CellValue } from '../core/register/cells';
import { checkRegister } from '../core/check';
import { buildQueue } from '../core/queue';
import { StatusCard, statusCard } from '../core/status';
import { reportFigures } from '../core/report/figures';
import { MonthSummary, monthSummary } from '../core/report/summary';
import { Stamp } from '../core/time';
import { Result, err, ok } from '../core/result';
import { MonthInput, RegisterFound, policyOf, policyProblem, policyProblems } from './model';

/** The home card of a workbook: whatever it holds, never an error (a missing register is a line on the card). */
export function statusView(found: Result<RegisterFound>, policyRows: CellValue[][] | undefined, asOf: Stamp): StatusCard {
  const lp = policyOf(policyRows);
  const cp = lp.result.ok ? lp.result.value : undefined;
  const base = { policySheet: policyRows !== undefined, policyProblems: policyProblems(lp), calendar: cp?.calendar };
  if (!found.ok) return statusCard({ ...base, registerProblem: found.error });
  const reg = found.value;
  if (!cp) return statusCard({ ...base, register: reg.sheet });
  const report = checkRegister(reg.read, cp, asOf);
  return statusCard({ ...base, register: reg.sheet, rows: report.summary.rows, badCells: report.summary.errors, invalid: report.summary.invalid, queue: buildQueue(report.rows, reg.read.complaints, cp.calendar, asOf) });
}

/** The period's key figures, from the same figures the monthly sheets are written from. */
export function monthSummaryOf(m: Omit<MonthInput, 'includeContacts' | 'registerLabel'>): Result<MonthSummary> {
  if (!m.policy.result.ok) return err(policyProblem(m.policy));
  return ok(monthSummary(reportFigures({ policy: m.policy.result.value, complaints: m.reg.read.complaints, survey: m.survey, period: m.period, asOf: m.asOf })));
}
