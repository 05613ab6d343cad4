// The 分公司 (branch) dimension of a consolidated report. Registers kept per branch stay separate
// records: a repeat complaint or a secondary complaint is one to the same branch, and a department,
// handler or staff name is a unit of its branch (two branches may each have a 售后部 or a 张伟).
// So the group's figures are the sum of the branches' figures, as the separate reports give them.
import { Complaint } from '../register/complaint';

/** The branches the complaints name, in first-seen order. */
export function branchesOf(complaints: readonly Complaint[]): string[] {
  const seen = new Set<string>();
  for (const c of complaints) if (c.branch) seen.add(c.branch);
  return [...seen];
}

/**
 * `fn` applied to each branch's complaints on its own, the results put back in the order of
 * `complaints`. With one branch (or none) it is `fn(complaints)`.
 */
export function perBranch<T>(complaints: readonly Complaint[], fn: (rows: readonly Complaint[]) => T[]): T[] {
  if (branchesOf(complaints).length < 2) return fn(complaints);
  const groups = new Map<string, number[]>();
  complaints.forEach((c, i) => {
    const k = c.branch ?? '';
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const out: T[] = new Array(complaints.length);
  for (const idx of groups.values()) {
    const results = fn(idx.map((i) => complaints[i]));
    idx.forEach((i, k) => (out[i] = results[k]));
  }
  return out;
}

/**
 * A unit's name qualified by its branch when several branches are in one report: 北京分公司 · 售后部.
 * `unfilled` names an empty unit (北京分公司 · (未填)); without it an empty name stays empty.
 */
export function unitNamer(complaints: readonly Complaint[]): (c: Complaint, name: string | undefined, unfilled?: string) => string | undefined {
  if (branchesOf(complaints).length < 2) return (_c, name) => name;
  return (c, name, unfilled) => {
    const n = name || unfilled;
    return n && c.branch ? `${c.branch} · ${n}` : name;
  };
}

export interface IdClash {
  id: string;
  /** Every register and row the id appears in (two or more registers). */
  places: { register: string; row: number }[];
}

/**
 * Complaint ids that appear in more than one register. Both rows stay in the figures (branches
 * often number from 1 each, so the same id is usually two complaints); the report names them so
 * a copy made by hand is found.
 */
export function idClashes(registers: readonly { label: string; complaints: readonly Complaint[] }[]): IdClash[] {
  const byId = new Map<string, { register: string; row: number }[]>();
  for (const r of registers) {
    for (const c of r.complaints) {
      if (!c.id) continue;
      const k = c.id.trim().toLowerCase();
      const places = byId.get(k);
      if (places) places.push({ register: r.label, row: c.row });
      else byId.set(k, [{ register: r.label, row: c.row }]);
    }
  }
  const out: IdClash[] = [];
  for (const places of byId.values()) {
    if (new Set(places.map((p) => p.register)).size < 2) continue;
    const first = registers.find((r) => r.label === places[0].register)?.complaints.find((c) => c.row === places[0].row);
    out.push({ id: first?.id ?? '', places });
  }
  return out;
}
