// Tiering: every rule that applies proposes a tier, the highest wins (等级从高); repeat
// escalation looks at earlier complaints on the same subject by their tier before escalation;
// a manual override decides outright. Each result says which rule decided it.
import { CompiledPolicy } from './policy/compile';
import { Complaint } from './register/complaint';
import { addMonthsClipped } from './time';
import { normalizeWord } from './text';

export type TierReasonKind = 'default' | 'factor' | 'loss' | 'repeat' | 'override';

export interface TierResult {
  rank: number;
  key: string;
  reasonKind: TierReasonKind;
  reason: string;
  /** The tier before repeat escalation and override. */
  baseRank: number;
  /** Messages about the tier inputs (unknown factor words, an override that is no tier). */
  problems: { field: 'factors' | 'tierOverride'; message: string }[];
}

const fmtMoney = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function tierZh(cp: CompiledPolicy, rank: number): string {
  return cp.policy.tiers[rank]?.zh ?? String(rank);
}

/** The tier from loss and factors alone (no history, no override). */
export function baseTier(cp: CompiledPolicy, c: Complaint): Omit<TierResult, 'baseRank'> {
  let rank = -1;
  let reasonKind: TierReasonKind = 'default';
  let reason = '';
  const problems: TierResult['problems'] = [];
  for (const f of c.factors) {
    const r = cp.factorRank.get(normalizeWord(f));
    if (r === undefined) {
      problems.push({ field: 'factors', message: `情形「${f}」不在政策的情形列表中 (unknown factor; known: ${[...cp.factorRank.keys()].join('、')})` });
    } else if (r > rank) {
      rank = r;
      reasonKind = 'factor';
      reason = `情形「${f}」→ ${tierZh(cp, r)}`;
    }
  }
  if (c.loss !== undefined) {
    for (const l of cp.lossRules) {
      if (c.loss > l.above && (l.upTo === undefined || c.loss <= l.upTo) && l.rank > rank) {
        rank = l.rank;
        reasonKind = 'loss';
        reason = `损失 ${fmtMoney(c.loss)} 元 > ${fmtMoney(l.above)}${l.upTo !== undefined ? ` 且 ≤ ${fmtMoney(l.upTo)}` : ''} → ${tierZh(cp, l.rank)}`;
      }
    }
  }
  if (rank < 0) {
    rank = cp.defaultRank;
    reason = `默认等级 → ${tierZh(cp, rank)}`;
  }
  return { rank, key: cp.policy.tiers[rank].key, reasonKind, reason, problems };
}

const subjectKey = (c: Complaint, sameCustomer: boolean): string | undefined => {
  if (!c.subject) return undefined;
  const s = normalizeWord(c.subject);
  if (!s) return undefined;
  return sameCustomer ? `${s}\u0000${normalizeWord(c.customer ?? '')}` : s;
};

/**
 * Tiers for a whole register. Repeat escalation needs the history, so this takes every row.
 * Invalid complaints (是否有效 = 否) and rows without a receipt time are no one's history.
 */
export function assignTiers(cp: CompiledPolicy, rows: readonly Complaint[]): TierResult[] {
  const out: TierResult[] = rows.map((c) => ({ ...baseTier(cp, c), baseRank: 0 }));
  out.forEach((t) => (t.baseRank = t.rank));

  for (const rule of cp.repeatRules) {
    for (const group of groupsBySubject(rows, rule.sameCustomer)) {
      // Two pointers over the group sorted by receipt: [left, i) is the window before row i.
      let left = 0;
      let inWindow = 0;
      for (let i = 0; i < group.length; i++) {
        const c = rows[group[i]];
        const start = addMonthsClipped(c.received as number, -rule.withinMonths);
        while (left < i && (rows[group[left]].received as number) < start) {
          if (out[group[left]].baseRank === rule.fromRank) inWindow--;
          left++;
        }
        const t = out[group[i]];
        if (t.baseRank === rule.fromRank && inWindow > 0 && rule.rank > t.rank) {
          t.rank = rule.rank;
          t.key = cp.policy.tiers[rule.rank].key;
          t.reasonKind = 'repeat';
          t.reason = `${rule.withinMonths}个月内同一事项第${inWindow + 1}次${tierZh(cp, rule.fromRank)} → ${tierZh(cp, rule.rank)}`;
        }
        if (t.baseRank === rule.fromRank) inWindow++;
      }
    }
  }

  rows.forEach((c, i) => {
    if (c.tierOverride === undefined) return;
    const r = cp.tierLookup.get(normalizeWord(c.tierOverride));
    const t = out[i];
    if (r === undefined) {
      t.problems.push({ field: 'tierOverride', message: `「${c.tierOverride}」不是政策中的等级 (not a tier; tiers: ${cp.policy.tiers.map((x) => `${x.key}/${x.zh}`).join(', ')})` });
      return;
    }
    t.rank = r;
    t.key = cp.policy.tiers[r].key;
    t.reasonKind = 'override';
    t.reason = `手工指定 → ${tierZh(cp, r)}`;
  });
  return out;
}

function groupsBySubject(rows: readonly Complaint[], sameCustomer: boolean): number[][] {
  const groups = new Map<string, number[]>();
  rows.forEach((c, i) => {
    if (c.broken || c.received === undefined || c.valid === false) return;
    const k = subjectKey(c, sameCustomer);
    if (k === undefined) return;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  });
  const out: number[][] = [];
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    g.sort((a, b) => (rows[a].received as number) - (rows[b].received as number) || a - b);
    out.push(g);
  }
  return out;
}
