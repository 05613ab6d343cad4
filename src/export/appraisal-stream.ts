// The appraisal workbook from exceljs' streaming writer, one row in memory at a time while the
// sheets are written (the CLI: a month of a million-row register has tens of thousands of overdue
// rows), then the charts added to the finished package. Node only: the task pane writes with the
// document model (appraisalWorkbookBytes). exceljs is loaded on the first write, not with this
// file: the CLI imports it at start, and its ~0.2 s of loading would come before the read begins.
import { Writable } from 'node:stream';
import { ReportModel } from '../core/report/model';
import { BookTarget, render, withCharts } from './appraisal-render';
import { zipWithZlib } from './zip-node';
import { storedParts } from './stored-zip';

/**
 * zlib's level 4, not 6: on the 100,000-row report's 9.3 MB of XML it deflates in ~55 ms instead of
 * ~125 ms for a file ~10 % larger (1.14 MB, not 1.04 MB); the parts are the same bytes either way.
 */
const LEVEL = 4;

export async function appraisalStreamBytes(model: ReportModel): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  // Stored, not deflated: its parts are read in place (storedParts) and the whole package deflated once.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true, zip: { store: true } });
  const layouts = render(wb as unknown as BookTarget, model);
  await wb.commit();
  const stored = Buffer.concat(chunks);
  // The chunks are copied: let them go before the package is zipped again.
  chunks.length = 0;
  return withCharts(await storedParts(stored), layouts, (files) => zipWithZlib(files, LEVEL));
}
