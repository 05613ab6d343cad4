// The charts of the month's report, planned once from the sheet layouts: Office.js draws them in
// the open workbook (src/excel/report-writer.ts), the exceljs exporter writes them as DrawingML
// chart parts (src/export/charts/). Each chart points at cells the layout writes and carries
// their values, which a file caches for viewers that do not recalculate.
import { REPORT_SHEETS } from '../core/report/sheets';
import { a1, a1Range } from './address';
import { LayoutValue, ReportSheetLayout } from './report-layout';

export interface ChartPlan {
  sheet: string;
  title: string;
  /** Columns (vertical bars), bars (horizontal, for long category names) or a line. */
  type: 'columnClustered' | 'barClustered' | 'line';
  /** Source data: the category column and one value column, data rows only (A1 ranges). */
  categories: string;
  values: string;
  /** The value column's header (the series name) and its cell. */
  seriesName: string;
  seriesCell: string;
  /** The cells' values (categories as text; numbers, null where empty) and the value format. */
  categoryValues: string[];
  numbers: (number | null)[];
  format: string;
  /** A rate chart runs from 0 to 100 %. */
  rate: boolean;
  /** Top-left anchor cell of the chart, 0-based, and the A1 address of it. */
  row: number;
  col: number;
  at: string;
  /** Size in rows of the default height and in columns of the sheet. */
  rows: number;
  cols: number;
}

/** Rows a chart takes (default 15 pt rows: about 8 cm) and the gap above it. */
export const CHART_ROWS = 18;
const GAP = 2;

interface Source {
  layout: ReportSheetLayout;
  block: ReportSheetLayout['blocks'][number] | undefined;
  title: string;
  type: ChartPlan['type'];
  valueCol: number;
  rate: boolean;
}

function plan(s: Source, row: number): ChartPlan | undefined {
  const { layout: l, block: b } = s;
  if (!b || b.lastRow < b.firstRow) return undefined;
  const column = (c: number): LayoutValue[] => l.values.slice(b.firstRow, b.lastRow + 1).map((r) => r[c]);
  const format = l.formats.find((f) => f.range === a1Range(b.firstRow, s.valueCol, b.lastRow, s.valueCol))?.format ?? 'General';
  return {
    sheet: l.name,
    title: s.title,
    type: s.type,
    categories: a1Range(b.firstRow, 0, b.lastRow, 0),
    values: a1Range(b.firstRow, s.valueCol, b.lastRow, s.valueCol),
    seriesName: String(l.values[b.headerRow][s.valueCol] ?? ''),
    seriesCell: a1(b.headerRow, s.valueCol),
    categoryValues: column(0).map((v) => (v === null ? '' : String(v))),
    numbers: column(s.valueCol).map((v) => (typeof v === 'number' ? v : null)),
    format,
    rate: s.rate,
    row,
    col: 0,
    at: a1(row, 0),
    rows: CHART_ROWS,
    cols: Math.max(6, Math.min(l.width, 10)),
  };
}

/**
 * The charts of the month, each below the last table of its sheet (so it prints on the sheet's
 * pages without widening them): complaints per day (月度统计), on-time rate per department (月度考核),
 * CSAT per survey dimension (满意度). A chart whose table has no rows is left out.
 */
export function reportCharts(layouts: readonly ReportSheetLayout[]): ChartPlan[] {
  const find = (name: string) => layouts.find((l) => l.name === name);
  const stats = find(REPORT_SHEETS.stats);
  const appraisal = find(REPORT_SHEETS.appraisal);
  const satisfaction = find(REPORT_SHEETS.satisfaction);
  const sources: Source[] = [];
  if (stats) {
    const perDay = stats.blocks.find((b) => /^按日|^按月/.test(b.title));
    const daily = perDay?.title.startsWith('按日') ?? true;
    sources.push({ layout: stats, block: perDay, title: daily ? '每日投诉量 Complaints per day' : '每月投诉量 Complaints per month', type: daily ? 'line' : 'columnClustered', valueCol: 1, rate: false });
  }
  if (appraisal) {
    // The department block's column E is 及时率 On-time rate.
    sources.push({ layout: appraisal, block: appraisal.blocks.find((b) => b.title.startsWith('部门考核')), title: '各部门及时率 On-time rate per department', type: 'columnClustered', valueCol: 4, rate: true });
  }
  if (satisfaction) {
    // The dimension block's column E is 满意率 CSAT (4–5).
    sources.push({ layout: satisfaction, block: satisfaction.blocks.find((b) => b.title.startsWith('调查各维度')), title: '各维度满意率 CSAT per survey dimension', type: 'barClustered', valueCol: 4, rate: true });
  }
  const below = new Map<string, number>();
  const out: ChartPlan[] = [];
  for (const s of sources) {
    const row = below.get(s.layout.name) ?? s.layout.values.length + GAP;
    const p = plan(s, row);
    if (!p) continue;
    out.push(p);
    below.set(s.layout.name, row + CHART_ROWS + GAP);
  }
  return out;
}
