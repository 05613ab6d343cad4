// Tiering: every rule that applies proposes a tier, the highest wins (等级从高); repeat
// escalation looks at earlier complaints on the same subject by their tier before escalation;
// a manual override decides outright. Each result records which rule decided it; the words of
// the reason are made only when someone reads them (tierReason), which keeps 100k rows fast.
import { CompiledPolicy, lossMatches } from './policy/compile';
import { Complaint } from './register/complaint';
import { addMonthsClipped } from './time';
import { normalizeWordCached } from './text';
import { Bilingual, Msg, msg, render } from './messages';

export type TierReasonKind = 'default' | 'factor' | 'loss' | 'repeat' | 'override';

export interface TierProblem {
  field: 'factors' | 'tierOverride';
  msg: Msg;
}

export interface TierResult {
  rank: number;
  key: string;
  reasonKind: TierReasonKind;
  /** The factor word (factor), the loss amount (loss), or the repeat count (repeat). */
  detail?: string | number;
  /** Which loss rule applied. */
  ruleIndex?: number;
  /** The tier before repeat escalation and override. */
  baseRank: number;
  /** The repeat rule's window and from-tier, for the reason text. */
  repeatOf?: { fromRank: number; withinMonths: number };
  /** Messages about the tier inputs (unknown factor words, an override that is no tier). */
  problems: TierProblem[];
}

const NO_PROBLEMS: TierProblem[] = [];
const addProblem = (t: TierResult, p: TierProblem) => {
  if (t.problems === NO_PROBLEMS) t.problems = [];
  t.problems.push(p);
};

const norm = normalizeWordCached;

/** The policy's own words as a list: 、-joined in Chinese, quoted in English (they are what the user types). */
const wordList = (words: readonly string[]) => ({ zh: words.join('、'), en: words.map((w) => `"${w}"`).join(', ') });

const money = (n: number): string => {
  const [int, frac] = String(Math.round(n * 100) / 100).split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
};

/** A tier by its name in the language shown (the key where the policy gives none). */
const tierName = (cp: CompiledPolicy, rank: number): Bilingual => {
  const t = cp.policy.tiers[rank];
  return t ? { zh: t.zh || t.key, en: t.en || t.key } : { zh: String(rank), en: String(rank) };
};

/** A loss rule's range, e.g. "≥ 500 且 < 2,000" / "≥ 500 and < 2,000". */
const lossRange = (l: CompiledPolicy['lossRules'][number]): Msg => {
  const lower = { op: l.includeLower ? '≥' : '>', above: money(l.above) };
  return l.upTo === undefined ? msg('reason.lower', lower) : msg('reason.between', { ...lower, opUp: l.excludeUpper ? '<' : '≤', upTo: money(l.upTo) });
};

/** The reason as a value, e.g. 情形「人身伤害」→ 重大投诉 / factor "人身伤害" → Major: rendered where it is shown. */
export function tierReasonMsg(cp: CompiledPolicy, t: TierResult): Msg {
  const tier = tierName(cp, t.rank);
  switch (t.reasonKind) {
    case 'factor':
      return msg('reason.factor', { factor: String(t.detail), tier });
    case 'loss':
      return msg('reason.loss', { amount: money(t.detail as number), range: lossRange(cp.lossRules[t.ruleIndex as number]), tier });
    case 'repeat':
      return msg('reason.repeat', { months: t.repeatOf?.withinMonths ?? 0, n: t.detail as number, from: tierName(cp, t.repeatOf?.fromRank ?? -1), tier });
    case 'override':
      return msg('reason.override', { tier });
    default:
      return msg('reason.default', { tier });
  }
}

/** The reason as staff read it in Chinese, e.g. 情形「人身伤害」→ 重大投诉. */
export const tierReason = (cp: CompiledPolicy, t: TierResult): string => render(tierReasonMsg(cp, t), 'zh');

/** The tier from loss and factors alone (no history, no override). */
export function baseTier(cp: CompiledPolicy, c: Complaint): TierResult {
  const t: TierResult = { rank: -1, key: '', reasonKind: 'default', detail: undefined, ruleIndex: undefined, baseRank: -1, repeatOf: undefined, problems: NO_PROBLEMS };
  for (const f of c.factors) {
    const r = cp.factorRank.get(norm(f));
    if (r === undefined) {
      addProblem(t, { field: 'factors', msg: msg('tier.unknownFactor', { factor: f, known: wordList([...cp.factorRank.keys()]) }) });
    } else if (r > t.rank) {
      t.rank = r;
      t.reasonKind = 'factor';
      t.detail = f;
    }
  }
  if (c.loss !== undefined) {
    cp.lossRules.forEach((l, i) => {
      const loss = c.loss as number;
      if (lossMatches(l, loss) && l.rank > t.rank) {
        t.rank = l.rank;
        t.reasonKind = 'loss';
        t.detail = loss;
        t.ruleIndex = i;
      }
    });
  }
  if (t.rank < 0) t.rank = cp.defaultRank;
  t.key = cp.policy.tiers[t.rank].key;
  t.baseRank = t.rank;
  return t;
}

const subjectKey = (c: Complaint, sameCustomer: boolean): string | undefined => {
  if (!c.subject) return undefined;
  const s = norm(c.subject);
  if (!s) return undefined;
  return sameCustomer ? `${s}\u0000${norm(c.customer ?? '')}` : s;
};

/**
 * Tiers for a whole register. Repeat escalation needs the history, so this takes every row.
 * Invalid complaints (是否有效 = 否) and rows without a receipt time are no one's history.
 */
export function assignTiers(cp: CompiledPolicy, rows: readonly Complaint[]): TierResult[] {
  const out = rows.map((c) => baseTier(cp, c));

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
          t.detail = inWindow + 1;
          t.repeatOf = { fromRank: rule.fromRank, withinMonths: rule.withinMonths };
        }
        if (t.baseRank === rule.fromRank) inWindow++;
      }
    }
  }

  rows.forEach((c, i) => {
    if (c.tierOverride === undefined) return;
    const r = cp.tierLookup.get(norm(c.tierOverride));
    const t = out[i];
    if (r === undefined) {
      addProblem(t, { field: 'tierOverride', msg: msg('tier.unknownTier', { value: c.tierOverride, tiers: { zh: cp.policy.tiers.map((x) => x.zh || x.key).join('、'), en: cp.policy.tiers.map((x) => `${x.en || x.key} (${x.key})`).join(', ') } }) });
      return;
    }
    t.rank = r;
    t.key = cp.policy.tiers[r].key;
    t.reasonKind = 'override';
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
