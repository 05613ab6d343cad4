// `complaints check`: read a register, evaluate every row, print a table or JSON.
import { checkRegister, CheckReport, urgencyOrder } from '../core/check';
import { STATUS_LABELS } from '../core/sla';
import { MILESTONE_LABELS } from '../core/policy/types';
import { loadRegister, parseAsOf, resolvePolicy } from './load';
import { textTable } from './format';
import { streamSink, writeCheckJson } from './json-stream';

export interface CheckOptions {
  sheet?: string;
  policy?: string;
  asOf?: string;
  json?: boolean;
  tz?: string;
}

export async function runCheck(file: string, opts: CheckOptions): Promise<CheckReport & { sheet: string }> {
  const { sheets, register: reg } = await loadRegister(file, opts.sheet);
  const { policy } = await resolvePolicy(sheets, opts.policy);
  const report = checkRegister(reg.read, policy, parseAsOf(opts.asOf, opts.tz));
  return { ...report, sheet: reg.sheet };
}

export function printCheck(report: CheckReport & { sheet: string }, json: boolean | 'ndjson', out: (s: string) => void): void | Promise<void> {
  if (json) return writeCheckJson(report, streamSink(process.stdout), json === 'ndjson');
  const rows = [...report.rows].sort(urgencyOrder).map((r) => [
    String(r.row),
    r.id,
    r.tier,
    STATUS_LABELS[r.status].zh,
    r.hoursLeft === undefined ? '' : r.hoursLeft.toFixed(1),
    r.breached.map((m) => MILESTONE_LABELS[m].zh).join('、'),
    Object.entries(r.due).map(([k, v]) => `${MILESTONE_LABELS[k as keyof typeof MILESTONE_LABELS].zh} ${v}`).join('; '),
    r.errors.map((e) => `[${e.column}] ${e.message}`).join('; '),
  ]);
  out(textTable(['行 Row', '编号 ID', '等级 Tier', '状态 Status', '剩余小时 Left (h)', '超期 Breached', '截止 Due', '问题 Problems'], rows));
  out('');
  out(summaryText(report));
}

export function summaryText(report: CheckReport & { sheet: string }): string {
  const s = report.summary;
  const status = Object.entries(s.byStatus).filter(([, n]) => n > 0).map(([k, n]) => `${STATUS_LABELS[k as keyof typeof STATUS_LABELS].zh} ${k} ${n}`).join(', ');
  const tiers = Object.entries(s.byTier).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    `登记表 sheet "${report.sheet}" (header row ${s.headerRow}), policy ${s.policy}, calendar ${s.calendar}, as of ${s.asOf}`,
    `${s.rows} complaints: ${status}`,
    `tiers: ${tiers}; invalid (无效) ${s.invalid}`,
    `${s.errors} cell problem(s) in ${s.rowsWithErrors} row(s)`,
    ...s.warnings.map((w) => `warning: ${w}`),
  ];
  return lines.join('\n');
}
