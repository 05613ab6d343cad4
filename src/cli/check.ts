// `complaints check`: read a register, evaluate every row, print a table or JSON.
import { checkRegister, CheckReport, urgencyOrder } from '../core/check';
import { CompiledPolicy } from '../core/policy/compile';
import { MilestoneKey } from '../core/policy/types';
import { Status } from '../core/sla';
import { Stamp } from '../core/time';
import { maskDeep } from '../core/privacy';
import { loadRegister, parseAsOf, resolvePolicy } from './load';
import { humanTime, textTable } from './format';
import { timeLeft } from './time-left';
import { lang, m, say } from './lang';
import { findOptions, MappingOptions, readoutFor } from './mapping-args';
import { Readout, readoutLines } from '../core/register/readout';
import { streamSink, writeCheckJson } from './json-stream';

export interface CheckOptions extends MappingOptions {
  policy?: string;
  asOf?: string;
  json?: boolean;
  tz?: string;
  includeContacts?: boolean;
}

export type CheckResult = CheckReport & { sheet: string; read: Readout; compiled: CompiledPolicy; at: Stamp };

export async function runCheck(file: string, opts: CheckOptions): Promise<CheckResult> {
  let policy: CompiledPolicy | undefined;
  const { register: reg } = await loadRegister(file, async (sheets) => {
    policy = (await resolvePolicy(sheets, opts.policy)).policy;
    return findOptions(opts, policy);
  });
  if (!policy) throw new Error('loadRegister returned before the policy was resolved');
  const at = parseAsOf(opts.asOf, opts.tz);
  return { ...checkRegister(reg.read, policy, at), sheet: reg.sheet, read: readoutFor(reg, policy), compiled: policy, at };
}

/** Exit code 1: a cell could not be read, or a complaint is overdue. */
export const checkFindings = (r: CheckReport): boolean => r.summary.errors > 0 || r.summary.byStatus.overdue > 0 || r.summary.duplicateIds.length > 0;

const statusName = (s: Status) => m(`status.${s}`);
const milestoneName = (k: MilestoneKey) => m(`milestone.${k}`);
const tierName = (cp: CompiledPolicy, key: string): string => {
  const t = cp.policy.tiers.find((x) => x.key === key);
  return t ? t[lang()] : key;
};

export function printCheck(report: CheckResult, json: boolean | 'ndjson', out: (s: string) => void): void | Promise<void> {
  if (json) return writeCheckJson(report, streamSink(process.stdout), json === 'ndjson');
  const cp = report.compiled;
  const sep = lang() === 'zh' ? '、' : ', ';
  const rows = [...report.rows].sort(urgencyOrder).map((r) => [
    String(r.row),
    r.id,
    tierName(cp, r.tier),
    statusName(r.status),
    r.status === 'error' ? '' : timeLeft(r, cp.calendar, report.at),
    r.breached.map(milestoneName).join(sep),
    Object.entries(r.due).map(([k, v]) => `${milestoneName(k as MilestoneKey)} ${humanTime(v as string)}`).join('; '),
    r.errors.map((e) => `[${e.column}] ${say(e.msg)}`).join('; '),
  ]);
  const cols = (['col.row', 'col.id', 'col.tier', 'col.status', 'col.left', 'col.breached', 'col.due', 'col.problems'] as const).map((k) => m(k));
  out(textTable(cols, rows));
  out('');
  for (const line of readoutLines(report.read, lang())) out(line);
  out(summaryText(report));
}

/** The JSON a check prints: contacts in every string masked unless they were asked for. */
export const checkForOutput = (r: CheckResult, includeContacts: boolean): CheckResult => (includeContacts ? r : { ...maskDeep({ rows: r.rows, summary: r.summary, sheet: r.sheet, read: r.read }), compiled: r.compiled, at: r.at });

export function summaryText(report: CheckResult): string {
  const s = report.summary;
  const sep = lang() === 'zh' ? '，' : ', ';
  const status = Object.entries(s.byStatus).filter(([, n]) => n > 0).map(([k, n]) => `${statusName(k as Status)} ${n}`).join(sep);
  const tiers = Object.entries(s.byTier).map(([k, n]) => `${tierName(report.compiled, k)} ${n}`).join(sep);
  const lines = [
    m('check.sheet', { sheet: report.sheet, headerRow: s.headerRow, policy: s.policy, calendar: s.calendar, asOf: humanTime(s.asOf) }),
    m('check.count', { rows: s.rows, status }),
    m('check.tiers', { tiers, invalid: s.invalid }),
    m('check.errors', { errors: s.errors, rowsWithErrors: s.rowsWithErrors }),
    ...s.warnings.map((w) => m('check.warning', { w: say(w) })),
  ];
  return lines.join('\n');
}
