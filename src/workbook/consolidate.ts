// Consolidation in the pane: several register sheets of the open workbook, one appraisal with a
// 分公司 dimension per sheet, by the same core code as `complaints report a.xlsx b.xlsx`
// (core/report/consolidate.ts). Both backends read the sheets; this turns them into the model.
import { CompiledPolicy } from '../core/policy/compile';
import { branchLabels, consolidate, consolidatedReport } from '../core/report/consolidate';
import { ReportModel } from '../core/report/model';
import type { ReportFigures } from '../core/report/figures-types';
import { Period } from '../core/report/period';
import { SurveyResponse } from '../core/report/survey';
import { Stamp } from '../core/time';
import { ReadOptions } from '../core/register/read';
import { LoadedPolicy } from '../core/workbook';
import { Result, err, ok } from '../core/result';
import { msg } from '../core/messages';
import { Aliases } from './mapping';
import { GridSheet, RegisterFound, policyProblem, readRegisterGrid } from './model';

/** The sheets among `grids` that read as a register (with the read options), in their order. */
export function registerSheetNames(grids: readonly GridSheet[], aliasesOf: (sheet: string) => Aliases, opts: ReadOptions): string[] {
  return grids.filter((g) => readRegisterGrid(g, aliasesOf(g.name), opts).ok).map((g) => g.name);
}

/** Each chosen sheet read as a register, or the one line naming the sheet that is not one. */
export function readRegisterSheets(grids: readonly GridSheet[], sheets: readonly string[], aliasesOf: (sheet: string) => Aliases, opts: ReadOptions): Result<RegisterFound[]> {
  const out: RegisterFound[] = [];
  for (const name of sheets) {
    const g = grids.find((x) => x.name === name);
    if (!g) return err(msg('sheet.noSuchShort', { name }));
    const r = readRegisterGrid(g, aliasesOf(name), opts);
    if (!r.ok) return err(msg('sheet.problem', { name, why: r.error }));
    out.push(r.value);
  }
  return ok(out);
}

export interface ConsolidatedMonth {
  regs: readonly RegisterFound[];
  policy: LoadedPolicy;
  survey: SurveyResponse[];
  period: Period;
  asOf: Stamp;
  includeContacts: boolean;
  /** The workbook, for the notes and the report's properties: "Excel" or the file name. */
  workbook: string;
}

/** The appraisal over several register sheets: one branch per sheet, clashing ids named, each sheet's readout in 读取说明. */
export function consolidatedMonthModel(m: ConsolidatedMonth): Result<ReportModel> {
  const r = consolidatedMonth(m);
  return r.ok ? ok(r.value.model) : r;
}

/** The consolidated figures and model over several register sheets: the pane's month summary reads the figures the sheets are written from. */
export function consolidatedMonth(m: ConsolidatedMonth): Result<{ figures: ReportFigures; model: ReportModel }> {
  if (!m.policy.result.ok) return err(policyProblem(m.policy));
  const policy: { policy: CompiledPolicy; label: string } = { policy: m.policy.result.value, label: m.policy.label };
  const labels = branchLabels(m.regs.map((r) => ({ short: r.sheet, long: `${m.workbook} [${r.sheet}]` })));
  const consolidation = consolidate(m.regs.map((r, i) => ({ label: labels[i], source: m.workbook, sheet: r.sheet, read: r.read })), policy);
  return ok(consolidatedReport({
    consolidation, policy, survey: m.survey, period: m.period, asOf: m.asOf, includeContacts: m.includeContacts,
    registerLabel: `${m.workbook} [${m.regs.map((r) => r.sheet).join(', ')}]`,
  }));
}
