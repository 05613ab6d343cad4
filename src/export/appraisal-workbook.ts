// The appraisal workbook from exceljs' document model (the task pane's download, the specs); the
// rendering is appraisal-render.ts's, shared with the CLI's streaming writer.
import ExcelJS from 'exceljs';
import { ReportModel } from '../core/report/model';
import { BookTarget, render, withCharts } from './appraisal-render';

export { render, withCharts } from './appraisal-render';
export type { BookTarget } from './appraisal-render';

/**
 * The appraisal workbook as an exceljs document, without charts (exceljs has no chart model):
 * write it with appraisalWorkbookBytes to get them.
 */
export function appraisalWorkbook(model: ReportModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  render(wb as unknown as BookTarget, model);
  return wb;
}

/** The appraisal workbook's bytes from the document model, charts included (the task pane's download). */
export async function appraisalWorkbookBytes(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const layouts = render(wb as unknown as BookTarget, model);
  return withCharts(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), layouts);
}
