// A fake WorkbookBackend for component specs (each spec overrides what it looks at), and the values it hands the pane: a home card and a month's
// figures of known content, so a spec can look for them on screen.
import type { StatusCard } from '../../src/core/status';
import type { MonthSummary } from '../../src/core/report/summary';
import type { WorkbookBackend } from '../../src/workbook/backend';
import { msg } from '../../src/core/messages';
import { preset } from '../../src/core/policy/presets';

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

/** An Excel backend whose actions answer known messages and whose reads give the preset, the fake card and the fake month. */
export function fakeBackend(over: Partial<WorkbookBackend> = {}): WorkbookBackend {
  return {
    kind: 'excel',
    label: 'Excel',
    inspect: jest.fn(),
    setUpNew: jest.fn(async () => msg('done.setUp', { sheet: '投诉登记表', range: 'A1:AD2' })),
    adopt: jest.fn(),
    readPolicy: jest.fn(async () => ({ policy: preset('severity'), source: 'preset' as const, problems: [] })),
    writePolicy: jest.fn(async () => msg('done.policySaved', { sheet: '投诉政策' })),
    check: jest.fn(),
    whatIsRead: jest.fn(),
    registerSheets: jest.fn(async () => []),
    select: jest.fn(),
    generate: jest.fn(async () => msg('done.generated', { sheets: '月度统计', renamed: '', charts: 1 })),
    exportWorkbook: jest.fn(async () => msg('done.downloaded', { name: 'appraisal-2026-10.xlsx' })),
    status: jest.fn(async () => fakeStatus()),
    monthSummary: jest.fn(async () => fakeSummary()),
    ...over,
  };
}
