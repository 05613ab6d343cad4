// Per-case quality fines (001 品质客诉): every valid complaint of the period whose tier has fines in
// the policy gets one line per role, at the amount the policy charges (default: the lower bound).
import { CompiledPolicy } from '../policy/compile';
import { formatStamp } from '../time';
import { Evaluated } from './figures-basics';

export interface QualityFineLine {
  row: number;
  branch: string;
  id: string;
  received: string;
  department: string;
  /** Who the complaint is about (被投诉人), else its handler: the 责任员工 of 001. */
  staff: string;
  loss: number | null;
  tier: string;
  role: string;
  /** The policy's range for the role, e.g. "100–500". */
  range: string;
  fine: number;
}

export function qualityFineLines(cp: CompiledPolicy, pop: readonly Evaluated[]): QualityFineLine[] {
  const fines = cp.policy.appraisal.qualityFines ?? [];
  if (fines.length === 0) return [];
  const out: QualityFineLine[] = [];
  for (const e of pop) {
    const tier = cp.policy.tiers[e.rank];
    for (const q of fines) {
      if (q.tier !== tier.key) continue;
      out.push({
        row: e.c.row,
        branch: e.c.branch ?? '',
        id: e.c.id ?? '',
        received: formatStamp(e.c.received as number),
        department: e.c.department ?? '',
        staff: e.c.staff ?? e.c.handler ?? '',
        loss: e.c.loss ?? null,
        tier: tier.zh,
        role: q.role,
        range: `${q.min}–${q.max}`,
        fine: q.fine,
      });
    }
  }
  return out;
}
