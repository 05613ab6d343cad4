// Checks a policy and turns it into lookup tables the per-row evaluation can use without
// searching: tiers by rank, clocks per tier in anchor order, factor words by normalised text.
import { Msg, msg } from '../messages/msg';
import { Calendar, CalendarSpec, compileCalendar, yearsOf } from '../calendar/calendar';
import { BUILTIN_CALENDAR_SPECS } from '../calendar/builtin';
import { ClockDef, MILESTONES, CLOCK_KINDS, DEFAULT_WARN_PERCENT, MilestoneKey, Policy, PolicyProblem, TierRule, TIMELINESS_MEASURES } from './types';
import { normalizeWord } from '../text';
import { parseIdPattern } from '../register/ids';

export interface CompiledLoss {
  rank: number;
  above: number;
  upTo?: number;
  includeLower?: boolean;
  excludeUpper?: boolean;
}

/** Whether a loss falls in a loss rule's range, each bound inclusive or not as the rule says. */
export function lossMatches(l: Omit<CompiledLoss, 'rank'>, loss: number): boolean {
  const lower = l.includeLower ? loss >= l.above : loss > l.above;
  const upper = l.upTo === undefined || (l.excludeUpper ? loss < l.upTo : loss <= l.upTo);
  return lower && upper;
}

/** The range as staff read it: "> 0 且 ≤ 5,000", "≥ 500 且 < 2,000". */
export function lossRangeText(l: Omit<CompiledLoss, 'rank'>, money: (n: number) => string = String): string {
  const lower = `${l.includeLower ? '≥' : '>'} ${money(l.above)}`;
  return l.upTo === undefined ? lower : `${lower} 且 ${l.excludeUpper ? '<' : '≤'} ${money(l.upTo)}`;
}

export interface CompiledRepeat {
  rank: number;
  fromRank: number;
  withinMonths: number;
  sameCustomer: boolean;
}

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly calendar: Calendar;
  readonly tierRank: ReadonlyMap<string, number>;
  /** Tier key, zh label or en label (normalised) → rank. */
  readonly tierLookup: ReadonlyMap<string, number>;
  readonly defaultRank: number;
  /** Per tier rank, the clocks in an order where every anchor comes before what depends on it. */
  readonly clocksByRank: ReadonlyArray<ReadonlyArray<ClockDef>>;
  readonly factorRank: ReadonlyMap<string, number>;
  readonly lossRules: ReadonlyArray<CompiledLoss>;
  readonly repeatRules: ReadonlyArray<CompiledRepeat>;
  readonly warnMinutes: number;
  /** The last share of a clock (percent) that is "due soon"; 0 means the absolute warnMinutes. */
  readonly warnPercent: number;
  /** Per tier rank, an absolute due-soon window in minutes that replaces the percentage. */
  readonly warnMinutesByRank: ReadonlyArray<number | undefined>;
}

export type PolicyResult = { ok: true; value: CompiledPolicy } | { ok: false; problems: PolicyProblem[] };

/** Where a policy item came from (the 投诉政策 row), when it was read from a sheet. */
export type RowOf = (item: object) => number | undefined;

export function policyCalendarSpec(policy: Policy): CalendarSpec | undefined {
  const base = BUILTIN_CALENDAR_SPECS[policy.calendar.base];
  if (!base) return undefined;
  return {
    name: policy.calendar.base,
    weekend: policy.calendar.weekend || base.weekend,
    days: [...base.days, ...policy.calendar.days],
    hours: policy.calendar.hours,
    coveredYears: base.coveredYears,
    // A year the user added days for (投诉政策 日历 lines) counts as covered: its warning goes away.
    addedYears: yearsOf(policy.calendar.days),
  };
}

export function compilePolicy(policy: Policy, rowOf: RowOf = () => undefined): PolicyResult {
  const problems: PolicyProblem[] = [];
  const add = (item: object | undefined, where: string, message: Msg) =>
    problems.push({ row: item ? rowOf(item) : undefined, where, message });

  const tierRank = new Map<string, number>();
  const tierLookup = new Map<string, number>();
  policy.tiers.forEach((t, i) => {
    if (!t.key) add(t, `tiers[${i}]`, msg('policy.tierNoKey'));
    else if (tierRank.has(t.key)) add(t, `tiers[${i}]`, msg('policy.tierTwice', { tier: t.key }));
    tierRank.set(t.key, i);
    for (const label of [t.key, t.zh, t.en]) if (label) tierLookup.set(normalizeWord(label), i);
  });
  if (policy.tiers.length === 0) add(undefined, 'tiers', msg('policy.noTier'));
  const rankOf = (item: object, where: string, key: string): number => {
    const r = tierRank.get(key);
    if (r === undefined) add(item, where, msg('policy.unknownTier', { tier: key, tiers: [...tierRank.keys()].join(', ') }));
    return r ?? -1;
  };
  const defaultRank = policy.tiers.length ? rankOf(policy, 'defaultTier', policy.defaultTier) : -1;

  if (!(policy.warnHours >= 0)) add(policy, 'warnHours', msg('policy.warnHoursValue', { value: String(policy.warnHours) }));
  const warnPercent = policy.warnPercent ?? DEFAULT_WARN_PERCENT;
  if (!(warnPercent >= 0 && warnPercent <= 100)) add(policy, 'warnPercent', msg('policy.warnPercentValue', { value: String(warnPercent) }));
  for (const k of ['reopenWorkdays', 'appealWorkdays'] as const) {
    const n = policy[k];
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) add(policy, k, msg('policy.wholeWorkdays', { name: k, value: String(n) }));
  }
  if (policy.batchSeveral !== undefined && !(Number.isInteger(policy.batchSeveral) && policy.batchSeveral >= 2)) {
    add(policy, 'batchSeveral', msg('policy.batchSeveral', { name: 'batchSeveral', value: String(policy.batchSeveral) }));
  }
  const warnMinutesByRank: (number | undefined)[] = policy.tiers.map(() => undefined);
  for (const [tier, hours] of Object.entries(policy.tierWarnHours ?? {})) {
    const r = rankOf(policy, `tierWarnHours.${tier}`, tier);
    if (!(Number.isFinite(hours) && hours >= 0)) add(policy, `tierWarnHours.${tier}`, msg('policy.tierWarnHours', { tier, value: String(hours) }));
    else if (r >= 0) warnMinutesByRank[r] = hours * 60;
  }

  const clocksByRank: ClockDef[][] = policy.tiers.map(() => []);
  policy.clocks.forEach((c, i) => {
    const where = `clocks[${i}]`;
    const rank = rankOf(c, where, c.tier);
    if (!MILESTONES.includes(c.milestone)) add(c, where, msg('policy.milestoneKey', { value: String(c.milestone), keys: MILESTONES.join(', ') }));
    if (!CLOCK_KINDS.includes(c.clock)) add(c, where, msg('policy.clockKey', { value: String(c.clock), keys: CLOCK_KINDS.join(', ') }));
    if (c.clock === 'promised') {
      if (c.milestone !== 'resolve') add(c, where, msg('policy.promisedMilestone', { milestone: c.milestone }));
    } else if (!(Number.isFinite(c.amount) && c.amount >= 0)) add(c, where, msg('policy.clockAmount', { value: String(c.amount) }));
    else if (c.clock === 'workdays' && !Number.isInteger(c.amount)) add(c, where, msg('policy.clockWholeDays', { value: String(c.amount) }));
    if (c.anchor !== 'receipt' && !MILESTONES.includes(c.anchor)) add(c, where, msg('policy.anchorKey', { value: String(c.anchor) }));
    if (c.anchor === c.milestone) add(c, where, msg('policy.selfAnchor', { milestone: c.milestone }));
    if (rank >= 0) {
      if (clocksByRank[rank].some((o) => o.milestone === c.milestone)) add(c, where, msg('policy.twoClocks', { tier: c.tier, milestone: c.milestone }));
      else clocksByRank[rank].push(c);
    }
  });
  const ordered = clocksByRank.map((clocks, rank) => orderByAnchor(clocks, policy.tiers[rank]?.key ?? '', add));

  const factorRank = new Map<string, number>();
  const lossRules: CompiledLoss[] = [];
  const repeatRules: CompiledRepeat[] = [];
  policy.rules.forEach((r: TierRule, i) => {
    const where = `rules[${i}]`;
    const rank = rankOf(r, where, r.tier);
    if (r.kind === 'factor') {
      const word = normalizeWord(r.factor);
      if (!word) add(r, where, msg('policy.factorNoWord'));
      else factorRank.set(word, Math.max(rank, factorRank.get(word) ?? -1));
    } else if (r.kind === 'loss') {
      if (!(Number.isFinite(r.above) && r.above >= 0)) add(r, where, msg('policy.lossAboveValue', { value: String(r.above) }));
      if (r.upTo !== undefined && !(Number.isFinite(r.upTo) && r.upTo > r.above)) add(r, where, msg('policy.lossUpToValue', { upTo: String(r.upTo), above: String(r.above) }));
      lossRules.push({ rank, above: r.above, upTo: r.upTo, includeLower: r.includeLower, excludeUpper: r.excludeUpper });
    } else if (r.kind === 'repeat') {
      const fromRank = rankOf(r, where, r.from);
      if (!(Number.isInteger(r.withinMonths) && r.withinMonths > 0)) add(r, where, msg('policy.repeatMonths', { value: String(r.withinMonths) }));
      repeatRules.push({ rank, fromRank, withinMonths: r.withinMonths, sameCustomer: r.sameCustomer });
    } else {
      add(r, where, msg('policy.ruleKind', { value: String((r as { kind: string }).kind) }));
    }
  });

  const a = policy.appraisal;
  const w = a.weights;
  if (![w.timeliness, w.resolution, w.satisfaction].every((x) => Number.isFinite(x) && x >= 0) || w.timeliness + w.resolution + w.satisfaction <= 0) {
    add(a, 'appraisal.weights', msg('policy.weights', { timeliness: String(w.timeliness), resolution: String(w.resolution), satisfaction: String(w.satisfaction) }));
  }
  if (!(a.grades.pass >= 0 && a.grades.excellent <= 100 && a.grades.pass <= a.grades.excellent)) {
    add(a, 'appraisal.grades', msg('policy.grades', { pass: String(a.grades.pass), excellent: String(a.grades.excellent) }));
  }
  (a.qualityFines ?? []).forEach((q, i) => {
    rankOf(q, `appraisal.qualityFines[${i}]`, q.tier);
    if (!q.role) add(q, `appraisal.qualityFines[${i}]`, msg('policy.qualityRole'));
    if (![q.min, q.max, q.fine].every((x) => Number.isFinite(x) && x >= 0) || !(q.min <= q.fine && q.fine <= q.max)) {
      add(q, `appraisal.qualityFines[${i}]`, msg('policy.qualityRange', { min: String(q.min), fine: String(q.fine), max: String(q.max) }));
    }
  });
  if (a.timelinessMeasure !== undefined && !TIMELINESS_MEASURES.includes(a.timelinessMeasure)) add(a, 'appraisal.timelinessMeasure', msg('policy.timelinessValue', { known: TIMELINESS_MEASURES.join(' / '), value: String(a.timelinessMeasure) }));
  if (policy.idPattern !== undefined) {
    const ip = parseIdPattern(policy.idPattern);
    if (!ip.ok) add(policy, 'idPattern', ip.error);
  }
  const seen = new Set<number>();
  a.penalties.forEach((r, i) => {
    if (seen.has(r.atLeast)) add(r, `appraisal.penalties[${i}]`, msg('policy.penaltyTwice', { n: r.atLeast }));
    seen.add(r.atLeast);
  });

  let calendar: Calendar | undefined;
  const spec = policyCalendarSpec(policy);
  if (!spec) add(policy.calendar, 'calendar', msg('policy.unknownCalendar', { value: policy.calendar.base, known: Object.keys(BUILTIN_CALENDAR_SPECS).join(', ') }));
  else {
    const c = compileCalendar(spec);
    if (c.ok) calendar = c.value;
    else add(policy.calendar, 'calendar', c.error);
  }

  if (problems.length > 0 || !calendar) return { ok: false, problems };
  return {
    ok: true,
    value: {
      policy,
      calendar,
      tierRank,
      tierLookup,
      defaultRank,
      clocksByRank: ordered,
      factorRank,
      lossRules,
      repeatRules,
      warnMinutes: policy.warnHours * 60,
      warnPercent,
      warnMinutesByRank,
    },
  };
}

/** Anchors first; a cycle or an anchor on a milestone the tier has no clock for is reported. */
function orderByAnchor(clocks: ClockDef[], tier: string, add: (item: object, where: string, message: Msg) => void): ClockDef[] {
  const byKey = new Map<MilestoneKey, ClockDef>(clocks.map((c) => [c.milestone, c]));
  const out: ClockDef[] = [];
  const state = new Map<MilestoneKey, 'visiting' | 'done'>();
  const visit = (c: ClockDef, path: MilestoneKey[]): void => {
    const s = state.get(c.milestone);
    if (s === 'done') return;
    if (s === 'visiting') {
      add(c, `clocks(${tier})`, msg('policy.anchorCycle', { tier, path: [...path, c.milestone].join(' → ') }));
      return;
    }
    state.set(c.milestone, 'visiting');
    if (c.anchor !== 'receipt') {
      const dep = byKey.get(c.anchor);
      // An anchor without a clock of its own still works from its recorded time (e.g. follow-up
      // after the recorded resolution when the tier has no resolve deadline).
      if (dep) visit(dep, [...path, c.milestone]);
    }
    state.set(c.milestone, 'done');
    out.push(c);
  };
  for (const c of clocks) visit(c, []);
  return out;
}
