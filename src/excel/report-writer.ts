// Draws the month's report sheets in the open workbook from the layout of
// src/workbook/report-layout.ts, the same layout the exceljs exporter draws: values in chunks
// below the 5 MB request limit, then styles, formats, conditional formats, widths and charts.
import { ReportModel } from '../core/report/model';
import { a1Range } from '../workbook/address';
import { reportCharts } from '../workbook/charts';
import { MAX_REQUEST_BYTES, chunkRows, estimateRowBytes } from '../workbook/chunking';
import { ReportSheetLayout, REPORT_SHEET_NAMES, generatedSheetName, layoutReportSheet } from '../workbook/report-layout';
import { GENERATED_MARK } from '../workbook/setup-plan';
import { BODY_SIZE, CellStyle, REPORT_FONT, REPORT_STYLES } from '../workbook/style';
import { SheetsState, suspend, throwIfCancelled } from './adapter';
import { reportValuesFor } from './dates';

type Ctx = Excel.RequestContext;

export interface GenerateResult {
  sheets: string[];
  /** Report sheet names that were taken by a sheet of the user's, with the name used instead. */
  renamed: { wanted: string; used: string }[];
  charts: number;
}

/** Excel's column width is in points; a character of the default font is about 6.5 points wide. */
const POINTS_PER_CHAR = 6.5;

function applyStyle(r: Excel.Range, st: CellStyle): void {
  if (st.bold !== undefined) r.format.font.bold = st.bold;
  if (st.italic !== undefined) r.format.font.italic = st.italic;
  if (st.size !== undefined) r.format.font.size = st.size;
  if (st.color !== undefined) r.format.font.color = st.color;
  if (st.fill !== undefined) r.format.fill.color = st.fill;
  if (st.wrap) r.format.wrapText = true;
}

/** A layout's formats, queued before its values: a text column is '@' first, so no text becomes a formula. */
function queueFormats(ws: Excel.Worksheet, l: ReportSheetLayout): void {
  // Office.js accepts one format for a whole range; its typings only describe the 2-D form.
  for (const f of l.formats) (ws.getRange(f.range) as unknown as { numberFormat: unknown }).numberFormat = f.format;
}

/** A layout's looks: a few requests per block, independent of the number of rows. */
function queueLooks(ws: Excel.Worksheet, l: ReportSheetLayout): void {
  const all = ws.getRange(a1Range(0, 0, l.values.length - 1, l.width - 1));
  all.format.font.name = REPORT_FONT.name;
  all.format.font.size = BODY_SIZE;
  for (const s of l.styles) applyStyle(ws.getRange(s.range), REPORT_STYLES[s.style]);
  for (const range of l.dataBars) {
    const cf = ws.getRange(range).conditionalFormats.add('DataBar' as Excel.ConditionalFormatType.dataBar);
    cf.dataBar.barDirection = 'LeftToRight' as Excel.ConditionalDataBarDirection.leftToRight;
  }
  for (const h of l.highlights) {
    for (const x of h.rules) {
      const cf = ws.getRange(h.range).conditionalFormats.add('CellValue' as Excel.ConditionalFormatType.cellValue);
      cf.cellValue.rule = { formula1: `="${x.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      cf.cellValue.format.fill.color = x.fill;
      cf.cellValue.format.font.color = x.font;
    }
  }
  l.widths.forEach((w, i) => (ws.getRange(a1Range(0, i, 0, i)).getEntireColumn().format.columnWidth = Math.round(w * POINTS_PER_CHAR)));
  ws.freezePanes.freezeRows(l.freezeRows);
}

/**
 * Renders the report model as sheets of the open workbook: deletes the add-in's earlier report
 * sheets (marked), never one of the user's; writes values in chunks (one sync per MAX_REQUEST_BYTES), then
 * formats, conditional formats and charts, and marks the new sheets. Needs the sheets state (from
 * readWorkbook); one sync per chunk plus one.
 */
export async function writeReportSheets(ctx: Ctx, model: ReportModel, state: SheetsState, signal?: AbortSignal): Promise<GenerateResult> {
  const sheets = ctx.workbook.worksheets;
  const ours = state.generated.filter((n) => REPORT_SHEET_NAMES.some((r) => n === r || n.startsWith(`${r} (`)));
  const remaining = state.names.filter((n) => !ours.includes(n));
  // Dates are written in the workbook's own date system (1904 workbooks: src/excel/dates.ts).
  const layouts = model.sheets.map(layoutReportSheet).map((l) => ({ ...l, values: reportValuesFor(l.values, l.formats, state.dateOffset ?? 0) }));
  const renamed: GenerateResult['renamed'] = [];
  suspend(ctx);
  // A workbook must keep one sheet: add the new sheets before deleting the old ones.
  const tmpNames = layouts.map((l, i) => {
    const final = generatedSheetName(l.name, remaining, []);
    if (final !== l.name) renamed.push({ wanted: l.name, used: final });
    remaining.push(final);
    return { final, temp: ours.includes(final) ? `~${i}~${Date.now() % 100000}` : final };
  });
  const added = layouts.map((_, i) => sheets.add(tmpNames[i].temp));
  for (const n of ours) sheets.getItem(n).delete();
  added.forEach((ws, i) => {
    if (tmpNames[i].temp !== tmpNames[i].final) ws.name = tmpNames[i].final;
    ws.customProperties.add(GENERATED_MARK, model.properties.period);
    queueFormats(ws, layouts[i]);
  });
  // Values, in chunks under the request limit; the structural changes above ride with the first.
  let pending = 0;
  for (let s = 0; s < layouts.length; s++) {
    const l = layouts[s];
    for (const [from, to] of chunkRows(l.values)) {
      const bytes = l.values.slice(from, to).reduce((n, r) => n + estimateRowBytes(r), 0);
      if (pending > 0 && pending + bytes > MAX_REQUEST_BYTES) {
        await ctx.sync();
        throwIfCancelled(signal);
        suspend(ctx);
        pending = 0;
      }
      added[s].getRange(a1Range(from, 0, to - 1, l.width - 1)).values = l.values.slice(from, to);
      pending += bytes;
    }
  }
  layouts.forEach((l, s) => queueLooks(added[s], l));
  let charts = 0;
  for (const c of reportCharts(layouts)) {
    const ws = added[layouts.findIndex((l) => l.name === c.sheet)];
    const type = { line: 'Line', columnClustered: 'ColumnClustered', barClustered: 'BarClustered' }[c.type] as Excel.ChartType;
    const chart = ws.charts.add(type, ws.getRange(c.values), 'Columns' as Excel.ChartSeriesBy.columns);
    chart.series.getItemAt(0).setXAxisValues(ws.getRange(c.categories));
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.setPosition(c.at);
    chart.width = 480;
    chart.height = 260;
    charts++;
  }
  added[0]?.activate();
  await ctx.sync();
  return { sheets: tmpNames.map((t) => t.final), renamed, charts };
}
