// The shapes of the report's figures: what reportFigures (./figures.ts) returns and the report
// model, the --json output and the exporters read.
import type { Msg } from '../messages/msg';
import { CompiledPolicy } from '../policy/compile';
import { MilestoneKey } from '../policy/types';
import { Complaint } from '../register/complaint';
import { Status } from '../sla';
import { Stamp } from '../time';
import { Period } from './period';
import { SurveyResponse, SurveyDimension } from './survey';
import { QualityFineLine } from './quality';
import { ProductFigures } from './products';
import { IndicatorFigures } from './indicators';

export interface Rate {
  num: number;
  den: number;
  /** num / den, or null when there is nothing to divide. */
  value: number | null;
}

export interface Count {
  key: string;
  count: number;
  share: number;
}

export interface UnitAppraisal {
  unit: string;
  received: number;
  resolved: number;
  resolutionRate: number | null;
  onTimeRate: number | null;
  rated: number;
  meanSatisfaction: number | null;
  csat: number | null;
  /** Each component on 0–100, null when it cannot be measured. */
  components: { timeliness: number | null; resolution: number | null; satisfaction: number | null };
  score: number | null;
  grade: string;
  note: string;
}

export interface PenaltyLine {
  month: string;
  staff: string;
  count: number;
  action: string;
  fine: number;
}

export interface OverdueLine {
  row: number;
  /** The branch (分公司) of a consolidated report; '' otherwise. */
  branch: string;
  id: string;
  received: string;
  customer: string;
  contact: string;
  department: string;
  handler: string;
  tier: string;
  status: Status;
  breached: readonly MilestoneKey[];
  due: Partial<Record<MilestoneKey, string>>;
  done: Partial<Record<MilestoneKey, string>>;
  /** Received before the period and still overdue at the as-of time. */
  carriedOver: boolean;
  /** Reopened and late on its own resolve clock (重新处理): that clock's deadline. */
  reopenDue?: string;
}

export interface SatisfactionBlock {
  responses: number;
  mean: number | null;
  csat: number | null;
}

export interface SatisfactionFigures {
  register: SatisfactionBlock & { byDepartment: (SatisfactionBlock & { department: string })[] };
  survey: SatisfactionBlock & {
    byDimension: (SatisfactionBlock & { dimension: SurveyDimension; zh: string })[];
    byDepartment: (SatisfactionBlock & { department: string })[];
  };
  previous: { period: string; register: SatisfactionBlock; survey: SatisfactionBlock };
  /** This period's CSAT less the previous period's, from the unrounded rates; null when either is missing. */
  change: { register: number | null; survey: number | null };
  /** Follow-up ratings of 1–2: these complaints must be reopened (000). */
  unsatisfied: { row: number; id: string; customer: string; department: string; handler: string; rating: number; followedUp: string }[];
  /** Survey responses with any score of 1–2. */
  lowSurvey: { row: number; date: string; customer: string; department: string; lowest: number; comment: string }[];
}

export interface QuarterFigures {
  departments: (UnitAppraisal & { previousGrade: string; failedTwice: boolean })[];
  previous: string;
}

import type { ReworkFigures } from './rework';

export interface ReportFigures {
  period: { kind: Period['kind']; label: string; start: string; end: string; asOf: string };
  policy: string;
  population: number;
  invalid: number;
  /** Rows left out of every figure because they could not be read. */
  badRows: { row: number; errors: { column: string; msg: Msg }[] }[];
  byCategory: Count[];
  byChannel: Count[];
  byDepartment: Count[];
  byTier: Count[];
  /** By branch (分公司): consolidated reports over several registers; empty for one register. */
  byBranch: Count[];
  /** By day of the month (month reports) or by month (quarter reports). */
  byDay: Count[];
  secondary: Rate;
  resolutionTime: { resolved: number; meanHours: number | null; medianHours: number | null; meanWorkdays: number | null; medianWorkdays: number | null };
  onTime: Record<MilestoneKey | 'all', Rate>;
  resolution: Rate;
  appraisal: { departments: UnitAppraisal[]; handlers: UnitAppraisal[]; branches: UnitAppraisal[] };
  penalties: PenaltyLine[];
  /** Staff with no valid complaint in the whole year (December and Q4 reports only). */
  reward: { year: number; staff: string[] } | null;
  satisfaction: SatisfactionFigures;
  overdue: OverdueLine[];
  quarter: QuarterFigures | null;
  /** Per-case quality fines by role (001), when the policy sets them; else empty. */
  qualityFines: QualityFineLine[];
  /** Per product category and batch (004); null when no complaint of the period names a product. */
  products: ProductFigures | null;
  /** 平均解决时间, 重复率, 建议采纳率 and 平均响应时间 overall, per department and per handler (credited by 办结人). */
  indicators: IndicatorFigures;
  /** Extensions, reopens and appeals (issue 13; ./rework.ts). */
  rework?: ReworkFigures;
}

export interface ReportInput {
  policy: CompiledPolicy;
  complaints: readonly Complaint[];
  survey: readonly SurveyResponse[];
  period: Period;
  asOf: Stamp;
}
