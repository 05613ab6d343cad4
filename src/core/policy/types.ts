// A policy is data: which tiers exist, which clocks run for each tier, and how a complaint is
// tiered. Presets are values of this type; users edit them in the 投诉政策 sheet.
import { CalendarDay, WorkInterval } from '../calendar/calendar';
import type { Msg } from '../messages/msg';

export const MILESTONES = ['contact', 'report', 'plan', 'resolve', 'followup'] as const;
export type MilestoneKey = (typeof MILESTONES)[number];

/**
 * hours: calendar hours; workdays: working days (a date deadline); workhours: working hours;
 * promised: the complaint's own 承诺办结时间 (000: 一般投诉 "within the time promised"), no amount.
 */
export const CLOCK_KINDS = ['hours', 'workdays', 'workhours', 'promised'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export type Anchor = 'receipt' | MilestoneKey;

export interface TierDef {
  key: string;
  zh: string;
  en: string;
}

export interface ClockDef {
  tier: string;
  milestone: MilestoneKey;
  clock: ClockKind;
  amount: number;
  anchor: Anchor;
}

export type TierRule =
  /**
   * Loss strictly above `above` and, when set, at most `upTo` (inclusive). `includeLower` makes the
   * lower bound "at least" and `excludeUpper` the upper one "under" (001's quality tiers: 500 to
   * under 2,000; 2,000 or more).
   */
  | { kind: 'loss'; tier: string; above: number; upTo?: number; includeLower?: boolean; excludeUpper?: boolean }
  | { kind: 'factor'; tier: string; factor: string }
  /**
   * A complaint whose own tier (before escalation) is `from`, on a subject that already had a
   * complaint of tier `from` within `withinMonths` calendar months before, becomes `tier`.
   */
  | { kind: 'repeat'; tier: string; from: string; withinMonths: number; sameCustomer: boolean };

export interface PolicyCalendar {
  /** A shipped calendar (`china`, `weekends`) the days below add to. */
  base: string;
  weekend: string;
  days: CalendarDay[];
  hours: WorkInterval[];
}

/** A rung of the monthly penalty ladder (004): from `atLeast` valid complaints about one person. */
export interface PenaltyRung {
  atLeast: number;
  action: string;
  fine: number;
}

export const SATISFACTION_MEASURES = ['csat', 'mean'] as const;
/** csat: share of 4–5 ratings; mean: the mean rating as a share of 5. Both on 0–100. */
export type SatisfactionMeasure = (typeof SATISFACTION_MEASURES)[number];

export const TIMELINESS_MEASURES = ['response', 'onTime'] as const;
export type TimelinessMeasure = (typeof TIMELINESS_MEASURES)[number];

export interface AppraisalSettings {
  /** Weights of the three components of the appraisal score, in percent (002: 30/40/30). */
  weights: { timeliness: number; resolution: number; satisfaction: number };
  /** Score thresholds: 优秀 at or above `excellent`, 合格 at or above `pass`, else 不合格. */
  grades: { excellent: number; pass: number };
  satisfactionMeasure: SatisfactionMeasure;
  /**
   * The timeliness component: 'response' (002's 平均响应时间, the response against its target; the
   * default) or 'onTime' (the on-time rate over every milestone).
   */
  timelinessMeasure?: TimelinessMeasure;
  /** Highest rung that applies wins. */
  penalties: PenaltyRung[];
  /** Per-case quality fines by tier and role (001 品质客诉); none unless the policy sets them. */
  qualityFines?: QualityFine[];
}

/** A fine per case for one role at one tier: the policy's range, and the amount charged (default: the lower bound). */
export interface QualityFine {
  tier: string;
  role: string;
  min: number;
  max: number;
  fine: number;
}

export interface Policy {
  name: string;
  calendar: PolicyCalendar;
  /** Lowest first: when several rules apply, the highest tier wins (等级从高). */
  tiers: TierDef[];
  defaultTier: string;
  clocks: ClockDef[];
  rules: TierRule[];
  /** With warnPercent 0: an open milestone due within this many hours is "due soon". */
  warnHours: number;
  /**
   * An open milestone in the last this-many percent of its clock is "due soon" (default 25, like
   * JSM's "breach soon"): a 2 h urgent clock warns in its last 30 minutes, not from the start.
   */
  warnPercent?: number;
  /** Per tier key, an absolute due-soon window in hours that replaces the percentage for that tier. */
  tierWarnHours?: Record<string, number>;
  /**
   * A reopened complaint's resolve clock in working days when its tier's resolve clock is not a
   * fixed one (promised, or none); default 3 (001 三篇: "Handle within 3 working days").
   */
  reopenWorkdays?: number;
  /** Working days after dispatch a department may appeal within (001: 1). */
  appealWorkdays?: number;
  appraisal: AppraisalSettings;
  /**
   * A batch (批号) with at least this many complaints in the period is flagged as "several complaints"
   * (004 4.2.1 records the batch so that one bad batch shows up); default 2.
   */
  batchSeveral?: number;
  /** The 编号 pattern new rows get, e.g. TS-{YYYY}-{####} (see register/ids.ts); default that one. */
  idPattern?: string;
}

export const DEFAULT_WARN_PERCENT = 25;
export const DEFAULT_REOPEN_WORKDAYS = 3;
export const DEFAULT_APPEAL_WORKDAYS = 1;
export const DEFAULT_BATCH_SEVERAL = 2;

/** A problem found while loading a policy; `row` is the 投诉政策 sheet row when it came from there. */
export interface PolicyProblem {
  row?: number;
  where: string;
  /** Catalogued (src/core/messages/problems.ts), rendered in the reader's language where shown. */
  message: Msg;
}

export const MILESTONE_LABELS: Readonly<Record<MilestoneKey, { zh: string; en: string }>> = {
  contact: { zh: '首次联系', en: 'Contact' },
  report: { zh: '上报/派单', en: 'Report' },
  plan: { zh: '初步方案', en: 'Plan' },
  resolve: { zh: '办结', en: 'Resolve' },
  followup: { zh: '回访', en: 'Follow-up' },
};

export const CLOCK_LABELS: Readonly<Record<ClockKind, { zh: string; en: string }>> = {
  hours: { zh: '小时', en: 'hours' },
  workdays: { zh: '工作日', en: 'working days' },
  workhours: { zh: '工作小时', en: 'working hours' },
  promised: { zh: '承诺时间', en: 'as promised' },
};
