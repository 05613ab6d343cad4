// Values a fake WorkbookBackend hands the pane in component specs: a home card and a month's
// figures of known content, so a spec can look for them on screen.
import type { StatusCard } from '../../src/core/status';
import type { MonthSummary } from '../../src/core/report/summary';

export const fakeStatus = (over: Partial<StatusCard> = {}): StatusCard => ({
  register: '投诉登记表', policySheet: true, policyProblems: [], calendar: 'china', years: [2004, 2026],
  rows: 12, open: 5, dueSoon: 2, overdue: 1, badCells: 0, ...over,
});

export const fakeSummary = (over: Partial<MonthSummary> = {}): MonthSummary => ({
  period: '2026-10', asOf: '2026-11-01T00:00', complaints: 42, onTime: 0.875, resolution: 0.9, satisfaction: 0.8, satisfactionFrom: 'survey', overdue: 3,
  departments: [{ unit: '售后部', received: 20, onTime: 0.9, score: 88.5, grade: '合格' }],
  byDay: Array.from({ length: 31 }, (_, i) => ({ key: String(i + 1), count: i % 4 })),
  rework: { extensions: 2, lateExplanations: 1, reopens: 1, appeals: 1 },
  ...over,
});
