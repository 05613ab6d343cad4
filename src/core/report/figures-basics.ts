// The small tools every figure is counted with: rounding, rates, means and medians, a complaint as it
// stood at the as-of time, which complaints count, counts by key and on-time rates per milestone.
import { MILESTONES, MilestoneKey } from '../policy/types';
import { Complaint } from '../register/complaint';
import { PackedEval, breachedAt, doneOf, dueEndOf, milestoneCount } from './evaluated';
import { Stamp } from '../time';
import { Count, Rate } from './figures-types';

export const UNFILLED = '(未填)';
export const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
export const rate = (num: number, den: number): Rate => ({ num, den, value: den > 0 ? round(num / den) : null });
export const mean = (xs: number[]): number | null => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length, 2) : null);
export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return round(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, 2);
}

/** The complaint as it stood at `asOf`: anything recorded later had not happened yet. */
export function asItStood(c: Complaint, asOf: Stamp): Complaint {
  // Asked of every complaint of a report: no list or closure is made for the many unchanged ones.
  const after = (t: Stamp | undefined) => t !== undefined && t > asOf;
  if (!after(c.contacted) && !after(c.reported) && !after(c.planned) && !after(c.resolved) && !after(c.followedUp)) return c;
  const later = (t: Stamp | undefined) => (after(t) ? undefined : t);
  const ratedLater = after(c.followedUp);
  return {
    ...c,
    contacted: later(c.contacted),
    reported: later(c.reported),
    planned: later(c.planned),
    resolved: later(c.resolved),
    followedUp: later(c.followedUp),
    satisfaction: ratedLater ? undefined : c.satisfaction,
  };
}

export interface Evaluated {
  /** Index in the input's complaints (rows of two registers may share a row number). */
  i: number;
  c: Complaint;
  /** The complaint's tier rank (the tier result itself is let go: a figure reads only the rank). */
  rank: number;
  ev: PackedEval;
  /** The as-of time it was evaluated at: a response still missing past its deadline is late by then. */
  at?: Stamp;
  /** Its response at `at` (indicators.ts responseOf), kept once asked: null when none is measured. */
  response?: { readonly hours: number; readonly ratio: number } | null;
}

export const inPeriod = (c: Complaint, p: { start: Stamp; end: Stamp }) => c.received !== undefined && c.received >= p.start && c.received < p.end;
export const counted = (c: Complaint) => !c.broken && c.received !== undefined && c.valid !== false;

export function countBy(items: Evaluated[], key: (e: Evaluated) => string | undefined, order?: string[]): Count[] {
  const m = new Map<string, number>();
  for (const k of order ?? []) m.set(k, 0);
  for (const e of items) {
    const k = key(e) || UNFILLED;
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  const total = items.length;
  const rows = [...m].map(([k, count]) => ({ key: k, count, share: total ? round(count / total) : 0 }));
  return order ? rows : rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function onTimeOf(items: Evaluated[]): Record<MilestoneKey | 'all', Rate> {
  const met: Record<string, number> = { all: 0 };
  const late: Record<string, number> = { all: 0 };
  for (const m of MILESTONES) met[m] = late[m] = 0;
  for (const { ev } of items) {
    for (let i = 0; i < milestoneCount(ev); i++) {
      if (dueEndOf(ev, i) === undefined) continue;
      const key = ev.keys[i];
      if (breachedAt(ev, i)) {
        late[key]++;
        late.all++;
      } else if (doneOf(ev, i) !== undefined) {
        met[key]++;
        met.all++;
      }
    }
  }
  const out = {} as Record<MilestoneKey | 'all', Rate>;
  for (const k of [...MILESTONES, 'all'] as const) out[k] = rate(met[k], met[k] + late[k]);
  return out;
}

/** Items by key, each group in input order, the groups in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const g = groups.get(k);
    if (g) g.push(x);
    else groups.set(k, [x]);
  }
  return groups;
}
