// The appraisal indicators the policies name beyond on-time, resolution and satisfaction:
// 平均解决时间 (average resolution time), 重复率 (repeat rate), 建议采纳率 (adoption of suggestions,
// when the register has the column) and 002's 投诉响应时间 "平均响应时间" (average response time), measured
// against the response target: each complaint's response time as a share of the time its tier allows.
import { CompiledPolicy } from '../policy/compile';
import { MILESTONES, MilestoneKey } from '../policy/types';
import { Complaint } from '../register/complaint';
import { Stamp } from '../time';
import { Evaluated, UNFILLED, mean, round } from './figures-basics';
import { breachedAt, doneOf, dueEndOf } from './evaluated';

export interface UnitIndicators {
  unit: string;
  received: number;
  /** 平均解决时间: mean hours from receipt to resolution of the resolved ones. */
  meanResolutionHours: number | null;
  /** 重复率: share of secondary complaints (二次投诉, 001). */
  repeatRate: number | null;
  /** 建议采纳率: adopted ÷ answered, null when no row answers 建议是否采纳. */
  adoptionRate: number | null;
  suggestions: number;
  /** 平均响应时间 in hours, of the complaints whose response is measured. */
  meanResponseHours: number | null;
  /** Mean of response time ÷ allowed time (1 = on the target on average). */
  responseRatio: number | null;
  /** The response component on 0–100: 100 at or under the target, else 100 ÷ ratio. */
  responseScore: number | null;
}

// Asked once per complaint per figure (several hundred thousand times in a big month): one answer per policy and tier.
const responseCache = new WeakMap<CompiledPolicy, Map<number, MilestoneKey | undefined>>();

/** The milestone that is the response (002: "公司开始处理投诉的时间"): the tier's first clock from receipt. */
export function responseMilestone(cp: CompiledPolicy, rank: number): MilestoneKey | undefined {
  let byRank = responseCache.get(cp);
  if (!byRank) responseCache.set(cp, (byRank = new Map()));
  if (!byRank.has(rank)) {
    const clocks = cp.clocksByRank[rank] ?? [];
    byRank.set(rank, MILESTONES.find((m) => clocks.some((c) => c.milestone === m && c.anchor === 'receipt')));
  }
  return byRank.get(rank);
}

/**
 * One complaint's response: hours to it and the share of the allowed time they took. A response
 * still missing past its deadline counts from the as-of time (it is at least that late); one
 * missing and not yet due is not measured.
 */
export function responseOf(cp: CompiledPolicy, e: Evaluated, asOf: Stamp): Response | undefined {
  // A report asks it of each complaint five times (overall, per department and handler, twice in
  // the appraisal), always at the complaint's own as-of time: that answer is kept on it.
  if (e.at !== asOf) return responseAt(cp, e, asOf);
  if (e.response === undefined) e.response = responseAt(cp, e, asOf) ?? null;
  return e.response ?? undefined;
}

function responseAt(cp: CompiledPolicy, e: Evaluated, asOf: Stamp): Response | undefined {
  const key = responseMilestone(cp, e.rank);
  const i = key ? e.ev.keys.indexOf(key) : -1;
  const end = i < 0 ? undefined : dueEndOf(e.ev, i);
  if (end === undefined || e.c.received === undefined) return undefined;
  const at = doneOf(e.ev, i) ?? (breachedAt(e.ev, i) ? asOf : undefined);
  if (at === undefined) return undefined;
  const allowed = end - e.c.received;
  const took = Math.max(0, at - e.c.received);
  return { hours: round(took / 60, 2), ratio: allowed > 0 ? took / allowed : took > 0 ? Infinity : 0 };
}

/** Hours to a complaint's response and the share of the allowed time they took. */
export interface Response {
  hours: number;
  ratio: number;
}

/** The response component of the appraisal (0–100) from capped ratios, or null when nothing is measured. */
export function responseScore(ratios: readonly number[]): number | null {
  if (!ratios.length) return null;
  const r = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  return round(r <= 1 ? 100 : 100 / r, 2);
}

export function unitIndicators(cp: CompiledPolicy, unit: string, items: readonly Evaluated[], secondary: (e: Evaluated) => boolean, asOf: Stamp): UnitIndicators {
  const resolved = items.filter((e) => e.c.resolved !== undefined && e.c.received !== undefined);
  const answered = items.filter((e) => e.c.suggestionAdopted !== undefined);
  const responses = items.map((e) => responseOf(cp, e, e.at ?? asOf)).filter((r): r is Response => r !== undefined);
  const ratios = responses.map((r) => Math.min(r.ratio, 100));
  return {
    unit,
    received: items.length,
    meanResolutionHours: mean(resolved.map((e) => ((e.c.resolved as number) - (e.c.received as number)) / 60)),
    repeatRate: items.length ? round(items.filter(secondary).length / items.length) : null,
    adoptionRate: answered.length ? round(answered.filter((e) => e.c.suggestionAdopted).length / answered.length) : null,
    suggestions: answered.length,
    meanResponseHours: mean(responses.map((r) => r.hours)),
    responseRatio: ratios.length ? round(ratios.reduce((a, b) => a + b, 0) / ratios.length) : null,
    responseScore: responseScore(ratios),
  };
}

export function indicatorsBy(cp: CompiledPolicy, items: readonly Evaluated[], key: (c: Complaint) => string | undefined, secondary: (e: Evaluated) => boolean, asOf: Stamp): UnitIndicators[] {
  const groups = new Map<string, Evaluated[]>();
  for (const e of items) {
    const k = key(e.c) || UNFILLED;
    const g = groups.get(k);
    if (g) g.push(e);
    else groups.set(k, [e]);
  }
  return [...groups].map(([k, g]) => unitIndicators(cp, k, g, secondary, asOf)).sort((a, b) => a.unit.localeCompare(b.unit));
}

export interface IndicatorFigures {
  overall: UnitIndicators;
  departments: UnitIndicators[];
  handlers: UnitIndicators[];
}

/** Handlers are credited by 办结人 where the register has it: who resolved the complaint, not who holds it now. */
export const creditedHandler = (c: Complaint): string | undefined => c.resolvedBy || c.handler;

export function indicatorFigures(cp: CompiledPolicy, pop: readonly Evaluated[], secondary: (e: Evaluated) => boolean, asOf: Stamp): IndicatorFigures {
  return {
    overall: unitIndicators(cp, '全部 All', pop, secondary, asOf),
    departments: indicatorsBy(cp, pop, (c) => c.department, secondary, asOf),
    handlers: indicatorsBy(cp, pop, creditedHandler, secondary, asOf),
  };
}

/** The timeliness component by response time (0–100) for a unit's complaints, each at its own as-of time. */
export function responseComponent(cp: CompiledPolicy, items: readonly Evaluated[]): number | null {
  const ratios: number[] = [];
  for (const e of items) {
    const r = e.at === undefined ? undefined : responseOf(cp, e, e.at);
    if (r) ratios.push(Math.min(r.ratio, 100));
  }
  return responseScore(ratios);
}
