// The charts of the month's report, planned from the sheet layouts (Office.js draws them; an
// exceljs workbook has none, exceljs cannot write charts).
import { REPORT_SHEETS } from '../core/report/sheets';
import { a1, a1Range } from './address';
import { ReportSheetLayout } from './report-layout';

export interface ChartPlan {
  sheet: string;
  title: string;
  type: 'columnClustered' | 'line';
  /** Source data: a category column and one value column, header row included. */
  categories: string;
  values: string;
  /** Top-left anchor cell of the chart. */
  at: string;
}

/** The charts of the month: on-time rate per department (月度考核) and complaints per day (月度统计). */
export function reportCharts(layouts: readonly ReportSheetLayout[]): ChartPlan[] {
  const out: ChartPlan[] = [];
  const stats = layouts.find((l) => l.name === REPORT_SHEETS.stats);
  const perDay = stats?.blocks.find((b) => /^按日|^按月/.test(b.title));
  if (stats && perDay && perDay.lastRow >= perDay.firstRow) {
    out.push({
      sheet: stats.name,
      title: perDay.title.startsWith('按日') ? '每日投诉量 Complaints per day' : '每月投诉量 Complaints per month',
      type: 'columnClustered',
      categories: a1Range(perDay.firstRow, 0, perDay.lastRow, 0),
      values: a1Range(perDay.firstRow, 1, perDay.lastRow, 1),
      at: a1(3, stats.width + 1),
    });
  }
  const appraisal = layouts.find((l) => l.name === REPORT_SHEETS.appraisal);
  const depts = appraisal?.blocks[0];
  if (appraisal && depts && depts.lastRow >= depts.firstRow) {
    // Column 4 (E) of the appraisal block is 及时率 On-time rate.
    out.push({
      sheet: appraisal.name,
      title: '各部门及时率 On-time rate per department',
      type: 'columnClustered',
      categories: a1Range(depts.firstRow, 0, depts.lastRow, 0),
      values: a1Range(depts.firstRow, 4, depts.lastRow, 4),
      at: a1(3, appraisal.width + 1),
    });
  }
  return out;
}
