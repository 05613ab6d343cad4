// The month (or quarter) at a glance, for the task pane: the key figures of core's report and the
// counts per day (per month for a quarter) its small chart draws. Nothing here is computed anew:
// every number is read from reportFigures, so the pane and the exported sheets agree.
import type { ReportFigures } from './figures-types';

export interface MonthSummary {
  period: string;
  asOf: string;
  complaints: number;
  /** Shares 0–1; null when there is nothing to divide. */
  onTime: number | null;
  resolution: number | null;
  /** The survey's CSAT when there is a survey, else the register's follow-up ratings. */
  satisfaction: number | null;
  satisfactionFrom: 'survey' | 'register' | 'none';
  overdue: number;
  departments: { unit: string; received: number; onTime: number | null; score: number | null; grade: string }[];
  /** Day of the month (or month of the quarter) and the complaints received on it, every one present. */
  byDay: { key: string; count: number }[];
  /** The second round (issue 13): extensions, those explained after 24 h (004), reopens, appeals. */
  rework: { extensions: number; lateExplanations: number; reopens: number; appeals: number };
}

export function monthSummary(f: ReportFigures): MonthSummary {
  const survey = f.satisfaction.survey;
  const register = f.satisfaction.register;
  const from = survey.responses > 0 && survey.csat !== null ? 'survey' : register.responses > 0 && register.csat !== null ? 'register' : 'none';
  return {
    period: f.period.label,
    asOf: f.period.asOf,
    complaints: f.population,
    onTime: f.onTime.all.value,
    resolution: f.resolution.value,
    satisfaction: from === 'survey' ? survey.csat : from === 'register' ? register.csat : null,
    satisfactionFrom: from,
    overdue: f.overdue.length,
    departments: f.appraisal.departments.map((d) => ({ unit: d.unit, received: d.received, onTime: d.onTimeRate, score: d.score, grade: d.grade })),
    byDay: f.byDay.map((c) => ({ key: c.key, count: c.count })),
    rework: {
      extensions: f.rework?.extensions ?? 0,
      lateExplanations: f.rework?.lateExplanations ?? 0,
      reopens: f.rework?.reopens ?? 0,
      appeals: f.rework?.appeals.total ?? 0,
    },
  };
}
