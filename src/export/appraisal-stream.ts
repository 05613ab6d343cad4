// The appraisal workbook from exceljs' streaming writer, one row in memory at a time while the
// sheets are written (the CLI: a month of a million-row register has tens of thousands of overdue
// rows), then the charts added to the finished package. Node only: the task pane writes with the
// document model (appraisalWorkbookBytes).
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ReportModel } from '../core/report/model';
import { BookTarget, render, withCharts } from './appraisal-workbook';
import { zipWithZlib } from './zip-node';

export async function appraisalStreamBytes(model: ReportModel): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Stored, not deflated: withCharts unzips this package and deflates the whole of it once more.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true, zip: { store: true } });
  const layouts = render(wb as unknown as BookTarget, model);
  await wb.commit();
  return withCharts(Buffer.concat(chunks), layouts, zipWithZlib);
}
