// Several registers, one appraisal (issue 15): the host-neutral part of consolidation, shared by
// `complaints report a.xlsx b.xlsx …` (one register per file) and the task pane (one per sheet of
// the open workbook). Each register's complaints carry its branch (分公司) unless their own 分公司
// column names one; ids found in two registers are named; each register's readout is kept for the
// 读取说明 sheet; one policy serves all, and a register with its own policy is told so.
import { Complaint } from '../register/complaint';
import { CompiledPolicy } from '../policy/compile';
import { POLICY_SHEET } from '../policy/table';
import { readout } from '../register/readout';
import { RegisterRead } from '../register/read';
import { IdClash, idClashes } from './branches';
import { notesSheet, RegisterNote } from './notes';
import { reportFigures, ReportFigures } from './figures';
import { reportModel } from './sheets';
import { ReportModel } from './model';
import { Period } from './period';
import { SurveyResponse } from './survey';
import { Stamp } from '../time';
import { Bilingual, Lang, Msg, msg, render } from '../messages';

/**
 * A label per register: its short name, or its long name where two registers share a short name
 * (two files called 华东.xlsx in different folders).
 */
export function branchLabels(parts: readonly { short: string; long: string }[]): string[] {
  return parts.map((p) => (parts.filter((q) => q.short === p.short).length > 1 ? p.long : p.short));
}

export interface RegisterPart {
  /** The branch label (branchLabels). */
  label: string;
  /** Where it was read, for notes: the file, or the workbook's sheet. */
  source: string;
  sheet: string;
  read: RegisterRead;
  /** The source has a 投诉政策 of its own that the consolidated report does not use. */
  ownPolicy?: boolean;
}

export interface Consolidation {
  /** Every register's complaints, each with its branch (none with merge). */
  complaints: Complaint[];
  registers: { label: string; complaints: Complaint[] }[];
  readNotes: RegisterNote[];
  clashes: IdClash[];
  /** Report-wide notes: registers whose own policy is not used, clashing ids. */
  notes: Msg[];
}

/** Where a clashing id is, listed as each language lists (、 / ,), each place in the catalogue's words. */
const placesOf = (c: IdClash): Bilingual => {
  const list = (lang: Lang, sep: string) => c.places.map((p) => render(msg('note.place', { register: p.register, row: p.row }), lang)).join(sep);
  return { zh: list('zh', '、'), en: list('en', ', ') };
};

/** The notes of a consolidation as values: the 读取说明 sheet writes both languages, the CLI its own. */
export const CONSOLIDATION_NOTES = {
  ownPolicy: (source: string, used: string): Msg => msg('note.ownPolicy', { source, sheet: POLICY_SHEET, used }),
  clash: (c: IdClash): Msg => msg('note.clash', { id: c.id, places: placesOf(c) }),
};

/** The registers as one: branches, readouts, clashing ids and notes. `merge`: parts of one register (one per month), no branch. */
export function consolidate(parts: readonly RegisterPart[], policy: { policy: CompiledPolicy; label: string }, merge = false): Consolidation {
  const milestones = policy.policy.policy.clocks.map((c) => c.milestone);
  const notes: Msg[] = [];
  const registers = parts.map((p) => ({ label: p.label, complaints: merge ? p.read.complaints : p.read.complaints.map((c) => (c.branch ? c : { ...c, branch: p.label })) }));
  const readNotes = parts.map((p): RegisterNote => ({ label: `${p.label}: ${p.source} [${p.sheet}]`, readout: readout(p.sheet, p.read, milestones) }));
  for (const p of parts) if (p.ownPolicy) notes.push(CONSOLIDATION_NOTES.ownPolicy(p.source, policy.label));
  const clashes = idClashes(registers);
  for (const c of clashes) notes.push(CONSOLIDATION_NOTES.clash(c));
  return { complaints: registers.flatMap((r) => r.complaints), registers, readNotes, clashes, notes };
}

export interface ConsolidatedInput {
  consolidation: Consolidation;
  policy: { policy: CompiledPolicy; label: string };
  survey: readonly SurveyResponse[];
  period: Period;
  asOf: Stamp;
  includeContacts: boolean;
  /** The registers as the report names them (file names, or workbook [sheets]). */
  registerLabel: string;
}

/** The consolidated appraisal: the figures over every register, the report model and its 读取说明 sheet. */
export function consolidatedReport(i: ConsolidatedInput): { figures: ReportFigures; model: ReportModel } {
  const figures = reportFigures({ policy: i.policy.policy, complaints: i.consolidation.complaints, survey: [...i.survey], period: i.period, asOf: i.asOf });
  const model = reportModel(figures, i.policy.policy.policy, { register: i.registerLabel, policyLabel: i.policy.label, includeContacts: i.includeContacts });
  model.sheets.push(notesSheet(model.properties.title, i.consolidation.readNotes, i.consolidation.notes, i.includeContacts));
  return { figures, model };
}
